/**
 * The time-lapse's player (« Lecture »): the playhead's month, whether it moves,
 * its mode and speed. One reason to change: the playhead. The months, what is lit
 * and the pace come from the pure model (lib/time/playback); this part only owns
 * the clock (one timeout at a time, cleared by pause and stop) and says what
 * happens through the announcer. A part of AppState like the others, but loaded
 * with its first use (AppState.loadPlayer), with its views; the explorer's
 * timeline and the presenter's stage share it.
 */
import { formatCampaignDate } from '../../lib/format/dates';
import { playbackMessages, type PlaybackMessages } from '../../lib/i18n/playback';
import type { DatasetIndex } from '../../lib/index/dataset-index';
import {
  arrivingCampaignIds,
  DEFAULT_SPEED,
  litCampaignIds,
  litCountryCodes,
  monthDuration,
  nextMonth,
  periodToPlay,
  playbackMonths,
  stepMonth,
  type PlayMode,
  type Speed,
} from '../../lib/time/playback';
import type { Announcer } from '../../state/announcer.svelte';
import type { Filters } from '../../state/filters.svelte';
import type { Locale } from '../../state/locale.svelte';
import type { Emphasis } from '../../state/selection.svelte';

const NOTHING: ReadonlySet<string> = new Set();

export class Player {
  readonly #index: DatasetIndex;
  readonly #filters: Filters;
  readonly #locale: Locale;
  readonly #announcer: Announcer;
  /** Null while the time-lapse is not shown (never started, or stopped). */
  #month = $state<string | null>(null);
  #playing = $state(false);
  #mode = $state<PlayMode>('accumulate');
  #speed = $state<Speed>(DEFAULT_SPEED);
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(index: DatasetIndex, filters: Filters, locale: Locale, announcer: Announcer) {
    this.#index = index;
    this.#filters = filters;
    this.#locale = locale;
    this.#announcer = announcer;
  }

  /** The playhead's month ("YYYY-MM"), or null when the time-lapse is not shown. */
  get month(): string | null {
    return this.#month;
  }
  get playing(): boolean {
    return this.#playing;
  }
  get mode(): PlayMode {
    return this.#mode;
  }
  get speed(): Speed {
    return this.#speed;
  }

  /** The months played: the period chosen (the filter), else the dataset's span. */
  readonly months = $derived.by(() =>
    playbackMonths(...periodToPlay(this.#filters.range, this.#index.span)),
  );

  /** The campaigns lit at the playhead, among those the filters keep. */
  readonly lit = $derived.by((): ReadonlySet<string> => {
    const month = this.#month;
    return month ? litCampaignIds(this.#filters.visible, month, this.#mode) : NOTHING;
  });

  /** What the views light while the time-lapse shows (Selection follows it), or null. */
  readonly emphasis = $derived.by((): Emphasis | null => {
    if (this.#month === null) return null;
    const campaigns = this.lit;
    return { campaigns, countries: litCountryCodes(this.#filters.visible, campaigns) };
  });

  /** The time-lapse's own words, in the reader's language. */
  get words(): PlaybackMessages {
    return playbackMessages[this.#locale.lang];
  }

  /** « mars 2012 », in the reader's language. */
  monthName(month: string): string {
    const t = this.#locale.messages;
    return formatCampaignDate(month, t.ongoing, t.locale);
  }

  /** Plays from the playhead, or from the first month when stopped or at the end. */
  play(): void {
    const months = this.months;
    if (!months.length || this.#playing) return;
    const at = this.#month;
    if (at === null || at === months.at(-1) || !months.includes(at)) this.#month = months[0]!;
    this.#playing = true;
    this.#say(this.words.started(this.monthName(this.#month!)));
    this.#schedule();
  }

  pause(): void {
    if (!this.#playing) return;
    this.#halt();
    this.#say(this.words.paused(this.monthName(this.#month!)));
  }

  toggle(): void {
    if (this.#playing) this.pause();
    else this.play();
  }

  /** One month forward (1) or back (-1), paused; the first step shows the first month. */
  step(delta: number): void {
    const months = this.months;
    if (!months.length) return;
    this.#halt();
    const at = this.#month;
    this.#month = at === null ? months[0]! : stepMonth(months, at, delta);
    if (this.#month !== at) this.#say(this.words.month(this.monthName(this.#month), this.lit.size));
  }

  setSpeed(speed: Speed): void {
    this.#speed = speed;
    // The month on screen starts again at the new pace.
    this.#schedule();
  }

  setMode(mode: PlayMode): void {
    this.#mode = mode;
  }

  /** Ends the time-lapse: the views show what they showed before it. */
  stop(): void {
    if (this.#month === null) return;
    this.#halt();
    this.#month = null;
    this.#say(this.words.stopped);
  }

  #halt(): void {
    this.#playing = false;
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.#playing) this.#timer = setTimeout(() => this.#advance(), monthDuration(this.#speed));
  }

  #advance(): void {
    const next = nextMonth(this.months, this.#month ?? '');
    if (next === null) {
      this.#halt();
      this.#say(this.words.ended(this.monthName(this.#month!)));
      return;
    }
    this.#month = next;
    // A month says something only when campaigns light up: a screen reader is not flooded.
    const arriving = arrivingCampaignIds(this.#filters.visible, next);
    if (arriving.size) {
      const titles = [...arriving].map((id) => this.#index.byId.get(id)?.title ?? id);
      this.#say(this.words.arrived(this.monthName(next), titles));
    }
    this.#schedule();
  }

  #say(text: string): void {
    this.#announcer.say(text);
  }
}
