/**
 * Campaign dates as sortable integers: year * 12 + month index, with every
 * ongoing campaign after all dated ones. Ranges and sorting use these keys.
 */
import { ONGOING } from '../data/vocabulary';

export type MonthKey = number;
export const ONGOING_KEY: MonthKey = Number.MAX_SAFE_INTEGER;

/** For a "YYYY-MM" date (the schema's only form besides "ongoing"). */
export function monthKey(date: string): MonthKey {
  if (date === ONGOING) return ONGOING_KEY;
  // Slices, not split(): this runs once per campaign at each load, 10 000 times for some.
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

export function keyYear(key: MonthKey): number {
  return Math.floor(key / 12);
}

export function keyToDate(key: MonthKey): Date {
  const date = new Date(Date.UTC(2000, key % 12, 1));
  // Not Date.UTC(year, …): it reads years 0–99 as 1900–1999.
  date.setUTCFullYear(keyYear(key));
  return date;
}

export function dateToKey(date: Date): MonthKey {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/**
 * A year as the URL and the dataset write it: four digits, "0000" to "9999" (the
 * range the URL reads; keys come from there or from the dataset's dates).
 */
export function yearString(key: MonthKey): string {
  return String(keyYear(key)).padStart(4, '0');
}

/** "2015-04" for a month key, "ongoing" for the ongoing key. */
export function keyToString(key: MonthKey): string {
  if (key === ONGOING_KEY) return ONGOING;
  return `${yearString(key)}-${String((key % 12) + 1).padStart(2, '0')}`;
}

/** Date order, oldest first, ongoing last; ties keep the dataset's order. */
export function byDate<T extends { date: string }>(a: T, b: T): number {
  return monthKey(a.date) - monthKey(b.date);
}
