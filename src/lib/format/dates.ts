/** Campaign months in words: "avril 2015", and the ongoing marker. */
import type { Outcome } from '../data/schema';
import { ONGOING } from '../data/vocabulary';
import { keyToDate, keyYear, monthKey } from '../time/month-key';

const formats = new Map<string, Intl.DateTimeFormat>();

export function monthFormat(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format;
}

/** "2015-04" → "avril 2015"; "ongoing" → the caller's label for it. */
export function formatCampaignDate(date: string, ongoingLabel: string, locale = 'fr-FR'): string {
  if (date === ONGOING) return ongoingLabel;
  const key = monthKey(date);
  // The year as written: Intl names year 0 (1 BC) "1".
  return monthFormat(locale)
    .formatToParts(keyToDate(key))
    .map((part) => (part.type === 'year' ? String(keyYear(key)) : part.value))
    .join('');
}

/**
 * The outcome's words to show beside a campaign's date, or '' when the date has
 * just said them: an ongoing campaign is « En cours » once, not « En cours · En cours ».
 */
export function outcomeBesideDate(
  c: { date: string; outcome: Outcome },
  t: { ongoing: string; outcome: Record<Outcome, string> },
): string {
  const text = t.outcome[c.outcome];
  return c.date === ONGOING && text === t.ongoing ? '' : text;
}
