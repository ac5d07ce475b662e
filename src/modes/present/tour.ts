/**
 * The presenter's tour: an opening slide, one slide per campaign in date order
 * (or the order `?tour=` gives), and a closing slide with totals from the data.
 */
import type { Campaign } from '../../lib/data/schema';
import { campaignPeople } from '../../lib/scales/metric';

export type Slide = { kind: 'opening' } | { kind: 'campaign'; id: string } | { kind: 'closing' };

export function buildTour(
  campaigns: readonly Campaign[],
  tour?: string | null,
): { slides: Slide[]; unknown: string[] } {
  const known = new Set(campaigns.map((c) => c.id));
  const asked = tour
    ? tour
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean)
    : null;
  const unknown = asked ? asked.filter((id) => !known.has(id)) : [];
  const ids = asked ? asked.filter((id) => known.has(id)) : campaigns.map((c) => c.id);
  const slides: Slide[] = [
    { kind: 'opening' },
    ...ids.map((id) => ({ kind: 'campaign' as const, id })),
    { kind: 'closing' },
  ];
  return { slides, unknown };
}

/** `slide=N` is 1-based; anything else starts at the first slide. */
export function slideIndex(value: string | null, count: number): number | undefined {
  if (value === null) return 0;
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= count ? n - 1 : undefined;
}

export interface Totals {
  campaigns: number;
  people: number;
  countries: number;
  victories: number;
  firstYear: number;
  lastYear: number;
  ongoing: number;
}

export function tourTotals(campaigns: readonly Campaign[]): Totals {
  const years = campaigns
    .filter((c) => c.date !== 'ongoing')
    .map((c) => Number(c.date.slice(0, 4)));
  return {
    campaigns: campaigns.length,
    people: campaigns.reduce((sum, c) => sum + campaignPeople(c), 0),
    countries: new Set(campaigns.flatMap((c) => c.countries.map((x) => x.code))).size,
    victories: campaigns.filter((c) => c.outcome === 'victory').length,
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    ongoing: campaigns.filter((c) => c.date === 'ongoing').length,
  };
}
