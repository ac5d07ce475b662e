import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../data/schema';
import { totalsOf } from './totals';

const campaigns = (raw as Dataset).campaigns;

describe('totalsOf', () => {
  it('sums people once per campaign, counts countries and victories', () => {
    const totals = totalsOf(campaigns);
    expect(totals).toMatchObject({
      campaigns: 13,
      countries: 14,
      firstYear: 2011,
      lastYear: 2015,
      ongoing: 1,
    });
    expect(totals.victories).toBe(campaigns.filter((c) => c.outcome === 'victory').length);
    // 120k + 7k + 1M + 100k + 85k + 70k + 240k + 1k (largest mobilised figure of each campaign)
    expect(totals.people).toBe(1623000);
  });

  it('counts only the campaigns it is given', () => {
    const uganda = campaigns.filter((c) => c.countries.some((x) => x.code === 'UGA'));
    const totals = totalsOf(uganda);
    expect(totals.campaigns).toBe(2);
    expect(totals.countries).toBe(
      new Set(uganda.flatMap((c) => c.countries.map((x) => x.code))).size,
    );
    expect(totals.people).toBeLessThan(totalsOf(campaigns).people);
  });
});
