/**
 * Colour classes for the map. Class 0 is "no campaign" (the neutral land tone);
 * classes 1–5 are the sequential --choro-N colours; class 6 (NO_FIGURE), on the
 * people map only, is a country whose campaigns in view credit it no figure: hatched,
 * so that « no figure » never reads as « no campaign » nor as « 0 people ».
 * D3 bins, CSS colours, so the themes can change the palette without touching the scale.
 */
import { scaleThreshold } from 'd3-scale';
import { formatCount } from '../format/numbers';
import type { Messages } from '../i18n/fr';
import type { Metric } from '../view';

export interface LegendItem {
  cls: number;
  label: string;
}

export interface Choropleth {
  /** The class of a country with this value and this many campaigns in view. */
  classOf(value: number | undefined, campaigns?: number): number;
  legend: LegendItem[];
  title: string;
}

// Spread over the five colours so that neighbouring classes stay distinguishable.
const CAMPAIGN_CLASSES = [1, 3, 5];
const PEOPLE_THRESHOLDS = [10_000, 100_000, 1_000_000];
const PEOPLE_CLASSES = [2, 3, 4, 5];
/** Campaigns in view, none of which credits the country a figure (the people map). */
export const NO_FIGURE = 6;

export function choropleth(metric: Metric, t: Messages): Choropleth {
  const none: LegendItem = { cls: 0, label: t.legendNone };
  if (metric === 'campaigns') {
    const scale = scaleThreshold<number, number>().domain([2, 3]).range(CAMPAIGN_CLASSES);
    return {
      classOf: (value) => (value ? scale(value) : 0),
      title: t.legendCampaigns,
      legend: [
        none,
        { cls: 1, label: t.campaigns(1) },
        { cls: 3, label: t.campaigns(2) },
        { cls: 5, label: t.campaignsOrMore(3) },
      ],
    };
  }
  const scale = scaleThreshold<number, number>().domain(PEOPLE_THRESHOLDS).range(PEOPLE_CLASSES);
  const n = (v: number) => formatCount(v, t.locale);
  return {
    // A value is a credited figure (even 0); none with campaigns in view is « no figure ».
    classOf: (value, campaigns = 0) =>
      value !== undefined ? scale(value) : campaigns > 0 ? NO_FIGURE : 0,
    title: t.legendPeople,
    legend: [
      none,
      { cls: NO_FIGURE, label: t.legendNoFigure },
      { cls: 2, label: t.lessThan(n(10_000)) },
      { cls: 3, label: t.between(n(10_000), n(100_000)) },
      { cls: 4, label: t.between(n(100_000), n(1_000_000)) },
      { cls: 5, label: t.atLeast(n(1_000_000)) },
    ],
  };
}
