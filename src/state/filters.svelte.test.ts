import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../tests/fixtures/make';
import { DatasetIndex } from '../lib/index/dataset-index';
import { yearRange } from '../lib/time/range';
import { Filters } from './filters.svelte';

const index = new DatasetIndex(
  makeDataset([
    { id: 'tv9', date: '2011-02', countries: ['IND'], tags: ['médias'], outcome: 'victory' },
    { id: 'suede', date: '2012-01', countries: ['SWE'], tags: ['santé'], title: 'Stérilisation' },
    { id: 'tabloid', date: '2013-03', countries: ['UGA', 'FRA'], tags: ['médias'] },
    { id: 'arizona', date: '2013-03', countries: ['USA'], outcome: 'partial' },
    { id: 'cures', date: 'ongoing', countries: ['ECU', 'FRA'], tags: ['santé'] },
  ]),
);
const make = (story: (c: { id: string }) => string[] | null = () => null) =>
  new Filters(index, story);
const withSearch = (filters: Filters, query: string) => {
  filters.setQuery(query);
  return filters.visible;
};
const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

describe('Filters', () => {
  it('keeps every campaign in view, in date order, until something narrows it', () => {
    const filters = make();
    expect(ids(filters.visible)).toEqual(['tv9', 'suede', 'tabloid', 'arizona', 'cures']);
    expect(filters.active).toBe(false);
  });

  it('keeps the campaigns of a period', () => {
    const filters = make();
    filters.setRange(yearRange(2013));
    flushSync();
    expect(ids(filters.visible)).toEqual(['tabloid', 'arizona']);
    expect(Array.from(filters.positions)).toEqual([2, 3]);
    expect(filters.isVisible('tabloid')).toBe(true);
    expect(filters.isVisible('tv9')).toBe(false);
    expect(filters.active).toBe(true);
  });

  it('keeps campaigns with any of the chosen themes, and with any of the chosen outcomes', () => {
    const filters = make();
    filters.toggleTheme('santé');
    expect(ids(filters.visible)).toEqual(['suede', 'cures']);
    filters.toggleTheme('médias');
    expect(ids(filters.visible)).toEqual(['tv9', 'suede', 'tabloid', 'cures']);
    filters.toggleOutcome('victory');
    expect(ids(filters.visible)).toEqual(['tv9', 'suede', 'tabloid']);
    filters.toggleTheme('santé');
    filters.toggleTheme('médias');
    filters.toggleOutcome('victory');
    expect(filters.active).toBe(false);
  });

  it('searches titles and the stories it has, ignoring case and accents', () => {
    expect(ids(withSearch(make(), 'sterilisation'))).toEqual(['suede']);
    // Stories not yet here: only titles and tags answer.
    expect(ids(withSearch(make(), 'PARLEMENT'))).toEqual([]);
    const story = (c: { id: string }) => (c.id === 'tabloid' ? ['Le parlement a voté.'] : []);
    expect(ids(withSearch(make(story), 'PARLEMENT'))).toEqual(['tabloid']);
  });

  it('lists a country’s campaigns in view, whatever their role', () => {
    const filters = make();
    expect(ids(filters.campaignsIn('FRA'))).toEqual(['tabloid', 'cures']);
    filters.setRange(yearRange(2013));
    expect(ids(filters.campaignsIn('FRA'))).toEqual(['tabloid']);
    expect(filters.campaignsIn('BRA')).toEqual([]);
  });

  it('steps among the campaigns in view from one of them, among all from one out of view', () => {
    const filters = make();
    filters.toggleTheme('santé');
    expect(filters.neighbour('suede', 1)?.id).toBe('cures');
    expect(filters.neighbour('cures', 1)).toBeUndefined();
    expect(filters.neighbour('tv9', 1)?.id).toBe('suede');
    expect(filters.neighbour('tv9', -1)).toBeUndefined();
  });

  it('clears every filter but the sort, and applies a whole view at once', () => {
    const filters = make();
    filters.apply({
      period: yearRange(2012, 2013),
      themes: ['médias'],
      outcomes: ['victory'],
      query: 'x',
      sort: 'oldest',
    });
    expect(filters.range).toEqual(yearRange(2012, 2013));
    expect([...filters.themes]).toEqual(['médias']);
    filters.clear();
    expect(filters.active).toBe(false);
    expect(filters.sort).toBe('oldest');
    expect(filters.visible).toHaveLength(5);
  });
});
