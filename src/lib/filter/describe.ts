/** The active filters in words, for a reader of paper: the print list's first line, an export's subtitle. */
import type { Outcome } from '../data/schema';
import type { Messages } from '../i18n/fr';
import { periodText } from '../time/period-text';
import type { TimeRange } from '../time/range';

export interface ActiveFilters {
  themes: Iterable<string>;
  outcomes: Iterable<Outcome>;
  query: string;
  range: TimeRange | null;
  /** The chosen country's name, or null. */
  country: string | null;
}

/** "Thèmes : sport · Issue : Victoire · Pays : Ouganda"; '' when nothing narrows the view. */
export function describeFilters(
  f: ActiveFilters,
  t: Messages,
  themeName: (tag: string) => string,
): string {
  const parts: string[] = [];
  const themes = [...f.themes].map(themeName);
  const outcomes = [...f.outcomes].map((o) => t.outcome[o]);
  if (themes.length) parts.push(t.filterPart(t.themes, themes.join(', ')));
  if (outcomes.length) parts.push(t.filterPart(t.outcomes, outcomes.join(', ')));
  if (f.query.trim()) parts.push(t.filterPart(t.search, t.quoted(f.query.trim())));
  if (f.range) parts.push(t.filterPart(t.period, t.periodLabel(...periodText(...f.range, t))));
  if (f.country) parts.push(t.countryFilter(f.country));
  return parts.join(' · ');
}
