/**
 * When a timeline has more campaigns than it can show as separate marks, it
 * shows counts per period instead; zooming into a period brings the marks back.
 */
import { ONGOING_KEY, type MonthKey } from './month-key';
import type { TimeRange } from './range';

/**
 * The fewest rows separate marks would need: the most marks within any window
 * `spacing` pixels wide (marks closer than that cannot share a row).
 */
export function rowsNeeded(xs: readonly number[], spacing: number): number {
  const sorted = Float64Array.from(xs).sort();
  let most = 0;
  for (let end = 0, start = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= spacing) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** Periods a bin may span, in months: month, quarter, year, 2 and 5 years. */
export const PERIODS = [1, 3, 12, 24, 60] as const;
export type Period = (typeof PERIODS)[number];

/** The shortest period whose bins are at least `minWidth` pixels wide. */
export function binPeriod(monthWidth: number, minWidth: number): Period {
  return PERIODS.find((p) => p * monthWidth >= minWidth) ?? PERIODS[PERIODS.length - 1]!;
}

export interface Bin {
  /** First and last month of the bin (both ONGOING_KEY for the « en cours » bin), clipped to the view. */
  range: TimeRange;
  /** The campaigns in it, in input order. */
  ids: string[];
}

/**
 * Groups campaigns by calendar-aligned periods (quarters start in January, April…;
 * years in January; 5 years at 2010, 2015…) within `view`; campaigns outside it
 * are left out. « En cours » campaigns get a bin of their own when `ongoing`.
 */
export function binCampaigns(
  items: readonly { id: string; key: MonthKey }[],
  view: TimeRange,
  period: Period,
  ongoing: boolean,
): Bin[] {
  const bins = new Map<number, Bin>();
  for (const { id, key } of items) {
    let start: number;
    if (key === ONGOING_KEY) {
      if (!ongoing) continue;
      start = ONGOING_KEY;
    } else {
      if (key < view[0] || key > view[1]) continue;
      start = Math.floor(key / period) * period;
    }
    let bin = bins.get(start);
    if (!bin) {
      const range: TimeRange =
        start === ONGOING_KEY
          ? [ONGOING_KEY, ONGOING_KEY]
          : [Math.max(view[0], start), Math.min(view[1], start + period - 1)];
      bins.set(start, (bin = { range, ids: [] }));
    }
    bin.ids.push(id);
  }
  return [...bins.entries()].sort((a, b) => a[0] - b[0]).map(([, bin]) => bin);
}

/**
 * x for each of `keys`: campaigns of one month share its band evenly (their day
 * is unknown), so a zoomed-in month shows them side by side, not piled up.
 */
export function spreadWithinMonths(
  keys: readonly MonthKey[],
  band: (key: MonthKey) => [number, number],
): number[] {
  const perMonth = new Map<MonthKey, number>();
  for (const k of keys) perMonth.set(k, (perMonth.get(k) ?? 0) + 1);
  const seen = new Map<MonthKey, number>();
  return keys.map((k) => {
    const i = seen.get(k) ?? 0;
    seen.set(k, i + 1);
    const [a, b] = band(k);
    return a + ((b - a) * (i + 0.5)) / perMonth.get(k)!;
  });
}
