/** The active filters, said in one line under an export's subtitle. */
import type { Outcome } from '../../lib/data/schema';
import type { Messages } from '../../lib/i18n/fr';

export interface ActiveFilters {
  themes: Iterable<string>;
  outcomes: Iterable<Outcome>;
  query: string;
  /** The selected country's name, if one is selected. */
  country: string | null;
  /** The chosen period, when the subtitle does not already say it. */
  period?: string | null;
}

export function filtersText(t: Messages, f: ActiveFilters): string {
  const themes = [...f.themes];
  const outcomes = [...f.outcomes].map((o) => t.outcome[o]);
  return [
    f.period ? t.filterPart(t.period, f.period) : '',
    themes.length ? t.filterPart(t.themes, themes.join(', ')) : '',
    outcomes.length ? t.filterPart(t.outcomes, outcomes.join(', ')) : '',
    f.query.trim() ? t.filterQuery(f.query.trim()) : '',
    f.country ? t.filterPart(t.filterCountry, f.country) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
