/** A closed range of month keys; `null` means "all time". */
import { bisectLeft, bisectRight } from 'd3-array';
import { ONGOING_KEY, type MonthKey } from './month-key';

export type TimeRange = readonly [MonthKey, MonthKey];

export function yearRange(from: number, to = from): TimeRange {
  return [from * 12, to * 12 + 11];
}

export const ONGOING_RANGE: TimeRange = [ONGOING_KEY, ONGOING_KEY];

export function sameRange(a: TimeRange | null, b: TimeRange | null): boolean {
  return a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);
}

/** Orders the ends and clamps them to the span, so a drag in either direction works. */
export function normaliseRange(a: MonthKey, b: MonthKey, span: TimeRange): TimeRange {
  const lo = Math.max(span[0], Math.min(a, b));
  const hi = Math.min(span[1], Math.max(a, b));
  return [lo, hi];
}

/** Where the keys within `range` start and end in ascending `keys`: a binary search. */
export function slotsIn(keys: readonly MonthKey[], range: TimeRange): [number, number] {
  return [bisectLeft(keys, range[0]), bisectRight(keys, range[1])];
}
