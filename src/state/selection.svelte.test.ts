import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../tests/fixtures/make';
import { DatasetIndex } from '../lib/index/dataset-index';
import { yearRange } from '../lib/time/range';
import { Filters } from './filters.svelte';
import { Selection } from './selection.svelte';

const index = new DatasetIndex(
  makeDataset([
    { id: 'tv9', date: '2011-02', countries: ['IND'] },
    { id: 'tabloid', date: '2013-03', countries: ['UGA', { code: 'FRA', role: 'target' }] },
    { id: 'loi', date: '2011-03', countries: ['UGA'] },
  ]),
);
function make() {
  const filters = new Filters(index, () => null);
  return { filters, selection: new Selection(index, filters) };
}

describe('Selection', () => {
  it('opens a known campaign and ignores unknown ids', () => {
    const { selection } = make();
    selection.select('tabloid');
    expect(selection.campaign?.id).toBe('tabloid');
    selection.select('nope');
    expect(selection.id).toBe('tabloid');
    selection.select(null);
    expect(selection.campaign).toBeUndefined();
  });

  it('leaves every campaign idle while nothing is emphasised', () => {
    const { selection } = make();
    expect(selection.emphasis).toBeNull();
    expect(selection.status('tv9')).toBe('idle');
  });

  it('lights a selected campaign and its countries, and dims the others', () => {
    const { selection } = make();
    selection.select('tabloid');
    expect([...selection.emphasis!.countries]).toEqual(['UGA', 'FRA']);
    expect(selection.status('tabloid')).toBe('active');
    expect(selection.status('tv9')).toBe('background');
    expect(selection.roleOf('FRA')).toBe('target');
    expect(selection.roleOf('UGA')).toBe('focus');
    expect(selection.roleOf('IND')).toBeUndefined();
  });

  it('lights a chosen country’s campaigns in view', () => {
    const { selection, filters } = make();
    selection.selectCountry('UGA');
    expect([...selection.emphasis!.campaigns]).toEqual(['loi', 'tabloid']);
    filters.setRange(yearRange(2013));
    expect([...selection.emphasis!.campaigns]).toEqual(['tabloid']);
    expect(selection.status('loi')).toBe('background');
  });

  it('previews a hover over the selection, and returns to it after', () => {
    const { selection } = make();
    selection.select('tv9');
    selection.hover({ kind: 'country', code: 'UGA' });
    expect(selection.status('tv9')).toBe('background');
    expect(selection.status('loi')).toBe('active');
    expect(selection.emphasised).toBeUndefined();
    selection.hover(null);
    expect(selection.status('tv9')).toBe('active');
    expect(selection.emphasised?.id).toBe('tv9');
  });

  it('keeps the same emphasis when the same thing is hovered again, so views do not redraw', () => {
    const { selection } = make();
    selection.hover({ kind: 'campaign', id: 'tv9' });
    const first = selection.emphasis;
    selection.hover({ kind: 'campaign', id: 'tv9' });
    expect(selection.emphasis).toBe(first);
  });

  it('puts campaigns out of view in the background whatever is emphasised', () => {
    const { selection, filters } = make();
    filters.setRange(yearRange(2013));
    expect(selection.status('tv9')).toBe('background');
    selection.select('tv9');
    expect(selection.status('tv9')).toBe('background');
  });
});
