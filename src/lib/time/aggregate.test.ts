import { describe, expect, it } from 'vitest';
import { binCampaigns, binPeriod, rowsNeeded, spreadWithinMonths } from './aggregate';
import { monthKey, ONGOING_KEY } from './month-key';
import { yearRange } from './range';

describe('rowsNeeded', () => {
  it('is the most marks within any window narrower than the spacing', () => {
    expect(rowsNeeded([], 24)).toBe(0);
    expect(rowsNeeded([0, 24, 48], 24)).toBe(1);
    expect(rowsNeeded([0, 10, 20, 100], 24)).toBe(3);
    expect(rowsNeeded([100, 0, 20, 10, 101], 24)).toBe(3);
  });

  it('counts marks on the same spot as one row each', () => {
    expect(rowsNeeded(Array(500).fill(42), 24)).toBe(500);
  });
});

describe('binPeriod', () => {
  it('picks the shortest calendar period whose bins are wide enough', () => {
    expect(binPeriod(40, 36)).toBe(1);
    expect(binPeriod(20, 36)).toBe(3);
    expect(binPeriod(4, 36)).toBe(12);
    expect(binPeriod(2, 36)).toBe(24);
    expect(binPeriod(0.5, 36)).toBe(60);
    expect(binPeriod(0.01, 36)).toBe(60);
  });
});

describe('binCampaigns', () => {
  const items = [
    { id: 'a', key: monthKey('2014-01') },
    { id: 'b', key: monthKey('2014-12') },
    { id: 'c', key: monthKey('2015-04') },
    { id: 'd', key: ONGOING_KEY },
    { id: 'e', key: monthKey('2014-03') },
  ];

  it('counts campaigns per calendar year, in order, with an « en cours » bin last', () => {
    const bins = binCampaigns(items, yearRange(2014, 2015), 12, true);
    expect(bins.map((b) => b.ids)).toEqual([['a', 'b', 'e'], ['c'], ['d']]);
    expect(bins[0]!.range).toEqual(yearRange(2014));
    expect(bins[2]!.range).toEqual([ONGOING_KEY, ONGOING_KEY]);
  });

  it('aligns quarters to January, April, July and October', () => {
    const bins = binCampaigns(items, yearRange(2014, 2015), 3, false);
    expect(bins.map((b) => [b.range, b.ids])).toEqual([
      [
        [monthKey('2014-01'), monthKey('2014-03')],
        ['a', 'e'],
      ],
      [[monthKey('2014-10'), monthKey('2014-12')], ['b']],
      [[monthKey('2015-04'), monthKey('2015-06')], ['c']],
    ]);
  });

  it('leaves out campaigns outside the view, and clips bins to it', () => {
    const view = [monthKey('2014-02'), monthKey('2014-12')] as const;
    const bins = binCampaigns(items, view, 12, false);
    expect(bins).toEqual([{ range: view, ids: ['b', 'e'] }]);
  });
});

describe('spreadWithinMonths', () => {
  it('puts a month’s campaigns side by side across its band, a lone one in the middle', () => {
    const band = (k: number): [number, number] => [k * 100, k * 100 + 100];
    const xs = spreadWithinMonths([1, 2, 2, 2, 1], band);
    [125, 200 + 100 / 6, 250, 300 - 100 / 6, 175].forEach((x, i) =>
      expect(xs[i]).toBeCloseTo(x, 9),
    );
    expect(spreadWithinMonths([3], band)).toEqual([350]);
  });
});
