/**
 * The campaigns' stories, with an explicit status. A dataset carries them
 * (`inline`), or they come apart, loaded once on demand: `idle` until something
 * asks, `loading`, then `ready` or `failed` (with the lines that say why; the
 * next request tries again, the network may be back).
 */
import type { Campaign, Paragraph } from '../lib/data/schema';

export type NarrativeMap = ReadonlyMap<string, readonly Paragraph[]>;
export type NarrativesStatus = 'inline' | 'idle' | 'loading' | 'ready' | 'failed';

export class Narratives {
  readonly #load: (() => Promise<NarrativeMap>) | undefined;
  #status = $state<NarrativesStatus>('inline');
  #loaded = $state.raw<NarrativeMap | null>(null);
  #problem = $state('');

  /**
   * Without `load`, every campaign carries its own narrative. With `loaded`, they are
   * here from the start (a campaign's page hydrates with its story already drawn).
   */
  constructor(load?: () => Promise<NarrativeMap>, loaded?: NarrativeMap) {
    this.#load = load;
    if (loaded) {
      this.#loaded = loaded;
      this.#status = 'ready';
    } else if (load) this.#status = 'idle';
  }

  get status(): NarrativesStatus {
    return this.#status;
  }

  /** Why they could not be loaded (lines of `file › campaign › field: …`); '' otherwise. */
  get problem(): string {
    return this.#problem;
  }

  /** A campaign's narrative; null until it has arrived (or when it could not). */
  of(c: Campaign): readonly Paragraph[] | null {
    if (this.#status === 'inline') return c.narrative;
    return this.#loaded?.get(c.id) ?? null;
  }

  /** Starts loading them, unless they are here or on their way. */
  request(): void {
    const load = this.#load;
    if (!load || this.#status === 'loading' || this.#status === 'ready') return;
    this.#status = 'loading';
    load().then(
      (narratives) => {
        this.#loaded = narratives;
        this.#problem = '';
        this.#status = 'ready';
      },
      (error: Error) => {
        this.#problem = error.message;
        this.#status = 'failed';
      },
    );
  }
}
