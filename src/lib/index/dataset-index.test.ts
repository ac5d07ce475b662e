import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../tests/fixtures/make';
import { monthKey, ONGOING_KEY } from '../time/month-key';
import { yearRange } from '../time/range';
import { DatasetIndex } from './dataset-index';

const index = new DatasetIndex(
  makeDataset([
    { id: 'late', date: '2015-04', countries: ['CHN'], tags: ['santé'] },
    { id: 'now', date: 'ongoing', countries: ['ECU', { code: 'FRA', role: 'target' }] },
    { id: 'early', date: '2011-02', countries: ['IND'], tags: ['médias', 'écoles'] },
    { id: 'same-month', date: '2011-02', countries: ['UGA', 'FRA'], tags: ['détention'] },
  ]),
);
const ids = (positions: readonly number[]) => positions.map((i) => index.campaigns[i]!.id);

describe('DatasetIndex', () => {
  it('orders campaigns by date, ties in the dataset’s order, ongoing last', () => {
    expect(index.campaigns.map((c) => c.id)).toEqual(['early', 'same-month', 'late', 'now']);
    expect(index.keys).toEqual([
      monthKey('2011-02'),
      monthKey('2011-02'),
      monthKey('2015-04'),
      ONGOING_KEY,
    ]);
  });

  it('finds a campaign and its place by id', () => {
    expect(index.byId.get('late')?.date).toBe('2015-04');
    expect(index.positionOf.get('now')).toBe(3);
    expect(index.byId.get('nope')).toBeUndefined();
  });

  it('spans whole years from the first to the last dated campaign, and knows of ongoing ones', () => {
    expect(index.span).toEqual(yearRange(2011, 2015));
    expect(index.hasOngoing).toBe(true);
  });

  it('sorts the themes in French order, accents ignored', () => {
    expect(index.themes).toEqual(['détention', 'écoles', 'médias', 'santé']);
  });

  it('answers which campaigns a range holds by binary search', () => {
    expect(index.slotsIn(yearRange(2011))).toEqual([0, 2]);
    expect(index.slotsIn(yearRange(2012, 2014))).toEqual([2, 2]);
    expect(index.slotsIn([ONGOING_KEY, ONGOING_KEY])).toEqual([3, 4]);
  });

  it('lists a country’s campaigns in date order, whatever their role', () => {
    expect(ids(index.positionsIn('FRA'))).toEqual(['same-month', 'now']);
    expect(index.positionsIn('BRA')).toEqual([]);
    expect(index.hasCampaignsIn('ECU')).toBe(true);
    expect(index.hasCampaignsIn('BRA')).toBe(false);
    expect([...index.countryCodes].sort()).toEqual(['CHN', 'ECU', 'FRA', 'IND', 'UGA']);
  });

  it('has an empty span at year 0 when every campaign is ongoing', () => {
    const ongoing = new DatasetIndex(makeDataset([{ id: 'a', date: 'ongoing' }]));
    expect(ongoing.span).toEqual([0, 11]);
    expect(ongoing.hasOngoing).toBe(true);
  });
});
