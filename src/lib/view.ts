/**
 * What the reader is looking at, in the domain's terms: the URL serialises it
 * (url/params.ts), the state holds it, scales and catalogues name its parts.
 */
import type { Outcome } from './data/schema';
import type { TimeRange } from './time/range';

export const METRICS = ['campaigns', 'people'] as const;
export type Metric = (typeof METRICS)[number];
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const SORTS = ['newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface View {
  campaign: string | null;
  country: string | null;
  period: TimeRange | null;
  metric: Metric;
  lang: Lang;
  themes: string[];
  outcomes: Outcome[];
  query: string;
  sort: Sort;
}

export const DEFAULT_VIEW: Readonly<View> = Object.freeze({
  campaign: null,
  country: null,
  period: null,
  metric: 'campaigns',
  lang: 'fr',
  themes: [],
  outcomes: [],
  query: '',
  sort: 'newest',
});
