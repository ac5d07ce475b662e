import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../data/schema';
import { totalsOf } from './totals';

const campaigns = (raw as Dataset).campaigns;

describe('totalsOf', () => {
  it('sums people once per campaign, counts the countries where the issue is, and victories', () => {
    const totals = totalsOf(campaigns);
    expect(totals).toMatchObject({
      campaigns: 13,
      // Focus countries only: not Switzerland (the IOC's seat), a target.
      countries: 12,
      firstYear: 2011,
      lastYear: 2015,
      ongoing: 1,
    });
    expect(totals.victories).toBe(campaigns.filter((c) => c.outcome === 'victory').length);
    // 120k + 7k + 1M + 100k + 85k + 70k + 240k + 1k (largest mobilised figure of each
    // campaign), six of them « plus de »: the sum is a lower bound.
    expect(totals.people).toEqual({ value: 1623000, atLeast: true });
  });

  it('reads a sum of exact figures as exact', () => {
    const china = campaigns.filter((c) => c.id === 'chine-free-the-five');
    expect(totalsOf(china).people).toEqual({ value: 120000, atLeast: false });
  });

  it('counts only the campaigns it is given', () => {
    const uganda = campaigns.filter((c) => c.countries.some((x) => x.code === 'UGA'));
    const totals = totalsOf(uganda);
    expect(totals.campaigns).toBe(2);
    // Uganda is the focus of both; France, Orange's seat, is a target.
    expect(totals.countries).toBe(1);
    expect(totals.people).toEqual({ value: 85000 + 240000, atLeast: true });
  });
});
