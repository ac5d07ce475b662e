/**
 * What a set of campaigns adds up to, for the presenter's opening and closing
 * slides. (The overview reads the same figures off AppState's tally, `inView`.)
 */
import type { Campaign } from '../data/schema';
import { campaignPeople } from './metric';

export interface Totals {
  campaigns: number;
  people: number;
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
    people: campaigns.reduce((sum, c) => sum + campaignPeople(c), 0),
    countries: new Set(campaigns.flatMap((c) => c.countries.map((x) => x.code))).size,
    victories: campaigns.filter((c) => c.outcome === 'victory').length,
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    ongoing: campaigns.filter((c) => c.date === 'ongoing').length,
  };
}
