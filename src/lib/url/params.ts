/**
 * The URL is a pure function of the view: `toParams` writes only what differs
 * from the defaults, `fromParams` reads any URL back and reports what it could
 * not use instead of throwing. No DOM here, so it is tested in plain Node.
 */
import { OUTCOMES } from '../data/vocabulary';
import { isIsoAlpha3 } from '../geo/iso';
import { keyToString, monthKey, ONGOING_KEY, yearString } from '../time/month-key';
import type { TimeRange } from '../time/range';
import { MODE_KEYS } from './keys';
import { DEFAULT_VIEW, LANGS, METRICS, SORTS, type View } from '../view';

export { MODE_KEYS, VIEW_KEYS } from './keys';

/** What a URL asked for that the page cannot give: `fromParams` reports the view's, the modes their own. */
export type UrlProblem =
  | { kind: 'unknown-campaign'; value: string }
  | { kind: 'unknown-country'; value: string }
  | { kind: 'bad-period'; value: string }
  /** A readable period that holds none of the data's months. */
  | { kind: 'period-outside'; value: string }
  | { kind: 'bad-value'; key: string; value: string }
  | { kind: 'unknown-param'; key: string }
  /** `accent=` is a colour, but too faint on the background of these schemes. */
  | { kind: 'weak-accent'; value: string; schemes: readonly ('light' | 'dark')[] }
  /** The presenter's `tour=` and `slide=`. */
  | { kind: 'unknown-tour'; value: string }
  | { kind: 'unknown-slide'; value: string };

/** What the dataset holds; only asked about the values a URL names. */
export interface Known {
  campaignIds: Pick<ReadonlySet<string>, 'has'>;
  themes: Pick<ReadonlySet<string>, 'has'>;
  /** The data's dated months, and whether it has ongoing campaigns: a period must meet them. */
  span?: TimeRange;
  hasOngoing?: boolean;
}

/** Whether `period` holds a month of the data (or its ongoing campaigns); any, without a span. */
function meetsData([from, to]: TimeRange, known: Known): boolean {
  if (!known.span) return true;
  if (known.hasOngoing && to === ONGOING_KEY) return true;
  return from <= known.span[1] && to >= known.span[0];
}

/** Any four-digit year, 0000 to 9999: a period is a filter, and one without campaigns (within the data) shows none. */
function periodEnd(text: string, end: 'start' | 'end'): number | undefined {
  if (text === 'ongoing') return ONGOING_KEY;
  if (/^\d{4}$/.test(text)) return Number(text) * 12 + (end === 'start' ? 0 : 11);
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return monthKey(text);
  return undefined;
}

export function parsePeriod(value: string): TimeRange | undefined {
  const parts = value.split('..');
  if (parts.length > 2) return undefined;
  const from = periodEnd(parts[0] ?? '', 'start');
  const to = periodEnd(parts[1] ?? parts[0] ?? '', 'end');
  if (from === undefined || to === undefined || from > to) return undefined;
  return [from, to];
}

function periodEndText(key: number, end: 'start' | 'end'): string {
  if (key === ONGOING_KEY) return 'ongoing';
  const whole = end === 'start' ? key % 12 === 0 : key % 12 === 11;
  return whole ? yearString(key) : keyToString(key);
}

/** Whole years print as years ("2012..2014"), anything else as months. */
export function formatPeriod([from, to]: TimeRange): string {
  const a = periodEndText(from, 'start');
  const b = periodEndText(to, 'end');
  return a === b ? a : `${a}..${b}`;
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function toParams(view: View): URLSearchParams {
  const params = new URLSearchParams();
  if (view.campaign) params.set('campaign', view.campaign);
  if (view.country) params.set('country', view.country);
  if (view.period) params.set('period', formatPeriod(view.period));
  if (view.metric !== DEFAULT_VIEW.metric) params.set('metric', view.metric);
  if (view.themes.length) params.set('tag', view.themes.join(','));
  if (view.outcomes.length) params.set('outcome', view.outcomes.join(','));
  if (view.query.trim()) params.set('q', view.query.trim());
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.lang !== DEFAULT_VIEW.lang) params.set('lang', view.lang);
  return params;
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

export function fromParams(
  search: string | URLSearchParams,
  known: Known,
): { view: View; problems: UrlProblem[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const view: View = { ...DEFAULT_VIEW, themes: [], outcomes: [] };
  const problems: UrlProblem[] = [];

  for (const key of new Set(params.keys())) {
    const value = params.get(key) ?? '';
    switch (key) {
      case 'campaign':
        if (known.campaignIds.has(value)) view.campaign = value;
        else problems.push({ kind: 'unknown-campaign', value });
        break;
      case 'country': {
        const code = value.toUpperCase();
        if (isIsoAlpha3(code)) view.country = code;
        else problems.push({ kind: 'unknown-country', value });
        break;
      }
      case 'period': {
        const period = parsePeriod(value);
        if (!period) problems.push({ kind: 'bad-period', value });
        else if (!meetsData(period, known)) problems.push({ kind: 'period-outside', value });
        else view.period = period;
        break;
      }
      case 'metric':
        if (oneOf(METRICS, value)) view.metric = value;
        else problems.push({ kind: 'bad-value', key, value });
        break;
      case 'lang':
        if (oneOf(LANGS, value)) view.lang = value;
        else problems.push({ kind: 'bad-value', key, value });
        break;
      case 'sort':
        if (oneOf(SORTS, value)) view.sort = value;
        else problems.push({ kind: 'bad-value', key, value });
        break;
      case 'tag':
        for (const theme of list(value)) {
          if (known.themes.has(theme)) view.themes.push(theme);
          else problems.push({ kind: 'bad-value', key, value: theme });
        }
        break;
      case 'outcome':
        for (const outcome of list(value)) {
          if (oneOf(OUTCOMES, outcome)) view.outcomes.push(outcome);
          else problems.push({ kind: 'bad-value', key, value: outcome });
        }
        break;
      case 'q':
        view.query = value;
        break;
      default:
        if (!MODE_KEYS.includes(key)) problems.push({ kind: 'unknown-param', key });
    }
  }
  return { view, problems };
}

/** "?a=1&b" without "=" after value-less flags such as `embed` and `present`. */
export function toSearch(params: URLSearchParams): string {
  const text = params.toString().replace(/=(?=&|$)/g, '');
  return text ? `?${text}` : '';
}

/** The page's address without query or fragment (not `location.origin`: it is "null" under file://). */
export function pageAddress(href: string): string {
  return href.replace(/[?#].*$/, '');
}
