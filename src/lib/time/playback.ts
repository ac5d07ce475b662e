/**
 * The time-lapse (« Lecture ») without a clock or a DOM: the months it visits, which
 * campaigns are lit at each, its speeds and its step. The player (a timer) and the
 * video export only walk through this.
 *
 * When a campaign is lit (its dataset `date`):
 * - "YYYY-MM": from that month on in « cumul » (`accumulate`), in that month only in
 *   « mois actif » (`active`): a campaign is dated by the month it started, and the
 *   dataset has no end date, so its month is all we know of its activity.
 * - "YYYY" (the schema refuses it today; a hand-written dataset may still try): from
 *   the January of that year on, and active every month of that year, as the year is
 *   all we know.
 * - "ongoing": never. It has no month to come at; the timeline keeps it in its own
 *   « en cours » slot after the period, and the normal view shows it again when the
 *   playback stops.
 */
import { ONGOING } from '../data/vocabulary';
import { keyToString, monthKey, ONGOING_KEY, type MonthKey } from './month-key';
import type { TimeRange } from './range';

export type PlayMode = 'accumulate' | 'active';
export const PLAY_MODES: readonly PlayMode[] = ['accumulate', 'active'];

/** The speeds offered, as multiples of `MS_PER_MONTH`'s pace. */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];
export const DEFAULT_SPEED: Speed = 1;

/** At 1×, a month lasts half a second: 2011..2015 (60 months) plays in 30 s, 7.5 s at 4×. */
export const MS_PER_MONTH = 500;

export function isSpeed(value: unknown): value is Speed {
  return SPEEDS.includes(value as Speed);
}

export function isPlayMode(value: unknown): value is PlayMode {
  return PLAY_MODES.includes(value as PlayMode);
}

/** How long one month stays on screen at a speed. */
export function monthDuration(speed: Speed): number {
  return MS_PER_MONTH / speed;
}

/** Every month from `first` to `last` ("YYYY-MM", inclusive), in order; empty if reversed. */
export function playbackMonths(first: string, last: string): string[] {
  const months: string[] = [];
  for (let key = monthKey(first), end = monthKey(last); key <= end; key++) {
    months.push(keyToString(key));
  }
  return months;
}

/**
 * The first and last months to play: the period chosen, inside the dataset's span
 * (`DatasetIndex.span`); the whole span when none is chosen or it is only « en cours »,
 * whose campaigns have no month.
 */
export function periodToPlay(range: TimeRange | null, span: TimeRange): [string, string] {
  const from = range && range[0] !== ONGOING_KEY ? Math.max(range[0], span[0]) : span[0];
  const to = range && range[0] !== ONGOING_KEY ? Math.min(range[1], span[1]) : span[1];
  return [keyToString(from), keyToString(Math.max(from, to))];
}

const YEAR = /^\d{4}$/;

/** The months a campaign's date covers, as keys; null for an ongoing one (see above). */
function dateMonths(date: string): readonly [MonthKey, MonthKey] | null {
  if (date === ONGOING) return null;
  if (YEAR.test(date)) {
    const january = Number(date) * 12;
    return [january, january + 11];
  }
  const key = monthKey(date);
  return [key, key];
}

/** The campaigns lit at `month` ("YYYY-MM") in a mode (the rule is in the file's comment). */
export function litCampaignIds(
  campaigns: readonly { id: string; date: string }[],
  month: string,
  mode: PlayMode,
): ReadonlySet<string> {
  const now = monthKey(month);
  const lit = new Set<string>();
  for (const campaign of campaigns) {
    const months = dateMonths(campaign.date);
    if (!months || months[0] > now) continue;
    if (mode === 'accumulate' || now <= months[1]) lit.add(campaign.id);
  }
  return lit;
}

/** The countries of the lit campaigns: what the map lights. */
export function litCountryCodes(
  campaigns: readonly { id: string; countries: readonly { code: string }[] }[],
  lit: ReadonlySet<string>,
): ReadonlySet<string> {
  return new Set(
    campaigns.filter((c) => lit.has(c.id)).flatMap((c) => c.countries.map((x) => x.code)),
  );
}

/**
 * The campaigns that light up at `month`: those whose first month it is. What the
 * player announces (a month without one passes silently).
 */
export function arrivingCampaignIds(
  campaigns: readonly { id: string; date: string }[],
  month: string,
): ReadonlySet<string> {
  const now = monthKey(month);
  return new Set(campaigns.filter((c) => dateMonths(c.date)?.[0] === now).map((c) => c.id));
}

/**
 * The month `delta` steps from `current` among `months`, clamped to the first and
 * last (a key pressed at either end stays there). A month not among them starts at
 * the first.
 */
export function stepMonth(months: readonly string[], current: string, delta: number): string {
  const at = months.indexOf(current);
  if (at < 0) return months[0] ?? current;
  return months[Math.max(0, Math.min(months.length - 1, at + delta))]!;
}

/** The month after `current` while playing, or null when the playback has reached its end. */
export function nextMonth(months: readonly string[], current: string): string | null {
  const at = months.indexOf(current);
  return at < 0 ? (months[0] ?? null) : (months[at + 1] ?? null);
}
