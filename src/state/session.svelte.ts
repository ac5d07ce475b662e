/**
 * What the page shows beyond the view: the mode, and while presenting the tour and
 * the slide. The one source of truth for both: roots are mounted from it and the
 * URL writer serialises it. An embed stays an embed; the explorer and the
 * presenter switch without a reload (the venue may have no network).
 */
import type { Launch, Mode, Showing } from '../lib/url/launch';

export class Session {
  readonly launch: Launch;
  #mode = $state<Mode>('explorer');
  #tour = $state<string | null>(null);
  /** Null until the stage knows its tour (a stage that failed to load has no slide). */
  #slide = $state<number | null>(null);
  /** Whether a tour has just ended: the explorer gives focus back to « Présenter ». */
  #returned = $state(false);

  constructor(launch: Launch) {
    this.launch = launch;
    this.#mode = launch.mode;
    this.#tour = launch.tour;
  }

  get mode(): Mode {
    return this.#mode;
  }
  get tour(): string | null {
    return this.#tour;
  }
  /** The slide's index while presenting (0-based). */
  get slide(): number | null {
    return this.#slide;
  }
  get returned(): boolean {
    return this.#returned;
  }

  get showing(): Showing {
    return this.#mode === 'present'
      ? { mode: 'present', tour: this.#tour, slide: this.#slide ?? undefined }
      : { mode: this.#mode };
  }

  /** Starts the tour from the explorer: every campaign, from the first slide. */
  present(): void {
    if (this.#mode !== 'explorer') return;
    this.#tour = null;
    this.#slide = null;
    this.#mode = 'present';
  }

  goToSlide(index: number): void {
    this.#slide = index;
  }

  /** Ends the tour: back to the explorer, whatever mode the page was opened in. */
  leave(): void {
    if (this.#mode !== 'present') return;
    this.#returned = true;
    this.#slide = null;
    this.#mode = 'explorer';
  }
}
