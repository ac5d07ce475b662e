import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../tests/fixtures/make';
import { DatasetIndex } from '../lib/index/dataset-index';
import { yearRange } from '../lib/time/range';
import { Display } from './display.svelte';
import { Filters } from './filters.svelte';
import { Tally } from './tally.svelte';

const signed = (value: number) => ({ value, label: 'ont signé', kind: 'mobilised' as const });
const index = new DatasetIndex(
  makeDataset([
    { id: 'a', date: '2011-02', countries: ['UGA'], impact: [signed(240000), signed(1000)] },
    {
      id: 'b',
      date: '2013-03',
      countries: ['UGA', { code: 'FRA', role: 'target' }],
      impact: [signed(85000)],
      outcome: 'partial',
    },
    { id: 'c', date: '2013-05', countries: ['USA'] },
  ]),
);
function make() {
  const filters = new Filters(index, () => null);
  const display = new Display();
  return { filters, display, tally: new Tally(index, filters, display) };
}

describe('Tally', () => {
  it('counts campaigns per country, whatever the role', () => {
    const { tally } = make();
    expect(tally.values.get('UGA')).toBe(2);
    expect(tally.values.get('FRA')).toBe(1);
    expect(tally.campaignCount('USA')).toBe(1);
    expect(tally.campaignCount('BRA')).toBe(0);
  });

  it('adds up people per focus country, each campaign’s largest figure once', () => {
    const { tally, display } = make();
    display.setMetric('people');
    expect(tally.values.get('UGA')).toBe(240000 + 85000);
    // A target is not where people were mobilised; a country without figures has none (not 0).
    expect(tally.values.has('FRA')).toBe(false);
    expect(tally.values.has('USA')).toBe(false);
    expect(tally.isAtLeast('UGA')).toBe(false);
  });

  it('follows the filters, overview included; « pays concernés » are the focus countries', () => {
    const { tally, filters } = make();
    const exact = (value: number) => ({ value, atLeast: false });
    expect(tally.inView).toEqual({
      campaigns: 3,
      people: exact(325000),
      countries: 2,
      victories: 2,
    });
    filters.setRange(yearRange(2013));
    expect(tally.values.get('UGA')).toBe(1);
    expect(tally.inView).toEqual({
      campaigns: 2,
      people: exact(85000),
      countries: 2,
      victories: 1,
    });
  });

  it('carries « plus de » into the sums and says where a figure could not be placed', () => {
    const over = new DatasetIndex(
      makeDataset([
        { id: 'a', countries: ['UGA'], impact: [{ ...signed(240000), qualifier: 'over' }] },
        { id: 'b', countries: ['UGA'], impact: [signed(7000)] },
        { id: 'c', countries: ['ECU', 'ARG'], impact: [signed(500)] },
      ]),
    );
    const filters = new Filters(over, () => null);
    const display = new Display();
    const tally = new Tally(over, filters, display);
    display.setMetric('people');
    expect(tally.inView.people).toEqual({ value: 247500, atLeast: true });
    expect(tally.values.get('UGA')).toBe(247000);
    expect(tally.isAtLeast('UGA')).toBe(true);
    // Two focus countries and a figure that names neither: credited to none, and said.
    expect(tally.values.has('ECU')).toBe(false);
    expect(tally.unplacedCount('ECU')).toBe(1);
    expect(tally.unplacedCount('UGA')).toBe(0);
  });
});
