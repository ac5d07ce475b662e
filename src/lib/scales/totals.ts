/**
 * What a set of campaigns adds up to, for the presenter's opening and closing
 * slides. (The overview reads the same figures off AppState's tally, `inView`.)
 */
import type { Campaign } from '../data/schema';
import { sum, type Amount } from '../figures/amount';
import { campaignPeople } from './metric';

export interface Totals {
  campaigns: number;
  /** Each campaign's largest mobilisation, summed: participations, not distinct people. */
  people: Amount;
  /** Countries where the issue is (focus role). */
  countries: number;
  victories: number;
  firstYear: number;
  lastYear: number;
  ongoing: number;
}

export function totalsOf(campaigns: readonly Campaign[]): Totals {
  const years = campaigns
    .filter((c) => c.date !== 'ongoing')
    .map((c) => Number(c.date.slice(0, 4)));
  return {
    campaigns: campaigns.length,
    people: sum(campaigns.map(campaignPeople)),
    countries: new Set(
      campaigns.flatMap((c) => c.countries.filter((x) => x.role === 'focus').map((x) => x.code)),
    ).size,
    victories: campaigns.filter((c) => c.outcome === 'victory').length,
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    ongoing: campaigns.filter((c) => c.date === 'ongoing').length,
  };
}
