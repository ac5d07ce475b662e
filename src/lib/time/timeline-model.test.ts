// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeDataset, type CampaignSketch } from '../../../tests/fixtures/make';
import { DatasetIndex } from '../index/dataset-index';
import { monthKey, ONGOING_KEY } from './month-key';
import { yearRange, type TimeRange } from './range';
import { BAR, binId, binBox, litCounts, MAX_ROWS, tabStop, timelineModel } from './timeline-model';

function modelOf(sketches: CampaignSketch[], width = 960, zoom: TimeRange | null = null) {
  const index = new DatasetIndex(makeDataset(sketches));
  return timelineModel({
    campaigns: index.campaigns,
    keys: index.keys,
    span: index.span,
    hasOngoing: index.hasOngoing,
    zoom,
    width,
    label: (c) => c.title,
    measure: (text) => text.length * 8,
    locale: 'fr',
  });
}

const few: CampaignSketch[] = [
  { id: 'a', date: '2011-02', title: 'TV9' },
  { id: 'b', date: '2013-03', title: 'Tabloïd' },
  { id: 'c', date: '2013-03', title: 'Arizona' },
  { id: 'd', date: 'ongoing', title: 'Traitements' },
];

/** `count` campaigns a month apart from January 2006, so close that marks would pile up. */
const crowd = (count: number): CampaignSketch[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    date: `${2006 + Math.floor((i % 240) / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  }));

describe('timelineModel', () => {
  it('places one mark per campaign at its month, in date order, ongoing last', () => {
    const model = modelOf(few);
    expect(model.dense).toBe(false);
    expect(model.marks.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(model.marks[0]!.x).toBe(model.scale.x(monthKey('2011-02')));
    expect(model.marks[3]!.x).toBe(model.scale.x(ONGOING_KEY));
  });

  it('stacks two campaigns of one month in different rows', () => {
    const [, b, c] = modelOf(few).marks;
    expect(b!.x).toBe(c!.x);
    expect(b!.row).not.toBe(c!.row);
  });

  it('keeps the whole title of every cut or unlabelled mark, in lines within the width', () => {
    const long: CampaignSketch[] = ['2012-01', '2012-02', '2012-03', '2012-04'].map((date, i) => ({
      id: `l${i}`,
      date,
      title: `Une campagne au titre plutôt long numéro ${i}`,
    }));
    const narrow = modelOf([...few, ...long], 320);
    const notWhole = narrow.marks.filter((m) => !m.full);
    expect(notWhole.length).toBeGreaterThan(0);
    expect([...narrow.captions.keys()]).toEqual(notWhole.map((m) => m.id));
    for (const m of notWhole) {
      const caption = narrow.captions.get(m.id)!;
      const title = [...few, ...long].find((c) => c.id === m.id)!.title;
      expect(caption.lines.join(' ')).toBe(title);
      expect(caption.x).toBeGreaterThanOrEqual(0);
      for (const line of caption.lines)
        expect(caption.x + line.length * 8).toBeLessThanOrEqual(318);
    }
    expect(narrow.lane).toBe(Math.max(...[...narrow.captions.values()].map((c) => c.lines.length)));
    // The rows sit below the caption's lines.
    const rows = Math.max(...narrow.marks.map((m) => m.row)) + 1;
    expect(narrow.baseline - (rows - 1) * 24 - 12).toBeGreaterThanOrEqual(narrow.lane * 15);

    const wide = modelOf(few, 1400);
    expect(wide.marks.every((m) => m.full)).toBe(true);
    expect(wide.lane).toBe(0);
  });

  it('puts the axis below the marks and the ticks below the axis', () => {
    const model = modelOf(few);
    const rows = Math.max(...model.marks.map((m) => m.row)) + 1;
    expect(model.axisY).toBeGreaterThan(model.baseline);
    expect(model.baseline).toBeGreaterThanOrEqual((rows - 1) * 24);
    expect(model.height).toBeGreaterThan(model.axisY);
    expect(model.years.map((y) => y.label)).toEqual(['2011', '2012', '2013']);
  });

  it('gives the keyboard the campaigns in date order', () => {
    expect(modelOf(few).items).toEqual(['a', 'b', 'c', 'd']);
  });

  it('zoomed into a period, shows only its campaigns, side by side within their month, and no « en cours »', () => {
    const model = modelOf(few, 960, yearRange(2013));
    expect(model.shown).toEqual(yearRange(2013));
    expect(model.scale.ongoing).toBeNull();
    expect(model.marks.map((m) => m.id)).toEqual(['b', 'c']);
    const [b, c] = model.marks;
    expect(b!.x).toBeLessThan(c!.x);
    const [left, right] = model.scale.band(monthKey('2013-03'));
    expect(b!.x).toBeGreaterThan(left);
    expect(c!.x).toBeLessThan(right);
  });

  it(`switches to bars when marks would need more than ${MAX_ROWS} rows`, () => {
    const model = modelOf(crowd(2000), 640);
    expect(model.dense).toBe(true);
    expect(model.marks).toEqual([]);
    const counted = model.bins.reduce((n, b) => n + b.ids.length, 0);
    expect(counted).toBe(2000);
    expect(model.items).toEqual(model.bins.map(binId));
    expect(model.baseline).toBeGreaterThanOrEqual(BAR);
    expect(model.most).toBe(Math.max(...model.bins.map((b) => b.ids.length)));
  });

  it('knows each campaign’s bar and each bar’s pixel edges', () => {
    const model = modelOf(crowd(2000), 640);
    const bin = model.bins[model.binOf.get('c0')!]!;
    expect(bin.ids).toContain('c0');
    const [x0, x1] = binBox(model, bin);
    expect(x1).toBeGreaterThan(x0);
    expect(x0).toBeGreaterThanOrEqual(model.scale.dated[0]);
  });
});

describe('litCounts', () => {
  const model = modelOf(crowd(2000), 640);
  const all = () => true;

  it('counts, per bar, the campaigns the filters keep', () => {
    expect(litCounts(model, all, null)).toEqual(model.bins.map((b) => b.ids.length));
    const even = (id: string) => Number(id.slice(1)) % 2 === 0;
    expect(litCounts(model, even, null)).toEqual(model.bins.map((b) => b.ids.filter(even).length));
  });

  it('counts only the emphasised campaigns when something is emphasised', () => {
    const counts = litCounts(model, all, new Set(['c0', 'c1']));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect(counts[model.binOf.get('c0')!]).toBeGreaterThan(0);
  });
});

describe('tabStop', () => {
  const model = modelOf(few);

  it('is the first item by default, the selected mark when there is one, the last focused above all', () => {
    expect(tabStop(model, null, null)).toBe('a');
    expect(tabStop(model, null, 'c')).toBe('c');
    expect(tabStop(model, 'b', 'c')).toBe('b');
  });

  it('ignores a focused or selected item that is not drawn', () => {
    const zoomed = modelOf(few, 960, yearRange(2013));
    expect(tabStop(zoomed, 'a', 'd')).toBe('b');
  });
});
