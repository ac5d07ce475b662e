// @vitest-environment node
import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../data/schema';
import { monthKey } from './month-key';
import { timelineScale } from './timeline-scale';
import { layoutMarks, shorten, type LayoutOptions, type PlacedMark } from './layout';

const base: Omit<LayoutOptions, 'maxX'> = {
  spacing: 24,
  labelRows: 3,
  charWidth: 7,
  gap: 4,
  minX: 0,
  maxChars: 28,
};

/** Every occupied interval (dot hit area, label) of one row. */
function boxes(marks: PlacedMark[], spacing: number) {
  return marks.flatMap((m) => [
    { row: m.row, a: m.x - spacing / 2, b: m.x + spacing / 2, what: `${m.id} dot` },
    ...(m.label
      ? [{ row: m.row, a: m.labelX, b: m.labelX + m.labelWidth, what: `${m.id} label` }]
      : []),
  ]);
}
function collisions(marks: PlacedMark[], spacing: number): string[] {
  const all = boxes(marks, spacing);
  const out: string[] = [];
  all.forEach((p, i) =>
    all.forEach((q, j) => {
      if (
        i < j &&
        p.row === q.row &&
        p.a < q.b - 1e-9 &&
        q.a < p.b - 1e-9 &&
        p.what.split(' ')[0] !== q.what.split(' ')[0]
      )
        out.push(`${p.what} × ${q.what}`);
    }),
  );
  return out;
}

const campaigns = (raw as Dataset).campaigns;

describe('layoutMarks', () => {
  for (const width of [296, 351, 640, 1302, 1856, 3800]) {
    it(`places all 13 real campaigns at ${width} px with no mark or label colliding`, () => {
      const scale = timelineScale([2011 * 12, 2015 * 12 + 11], true, width);
      const marks = layoutMarks(
        campaigns.map((c) => ({ id: c.id, x: scale.x(monthKey(c.date)), label: c.title })),
        { ...base, maxX: width },
      );
      expect(marks).toHaveLength(13);
      expect(collisions(marks, base.spacing)).toEqual([]);
      const byId = new Map(marks.map((m) => [m.id, m]));
      expect(byId.get('crowdfunding-irak')!.row).not.toBe(
        byId.get('mamans-pour-l-egalite-bresil')!.row,
      );
      expect(byId.get('tabloid-ougandais')!.row).not.toBe(byId.get('blocage-loi-transphobe')!.row);
      if (width >= 1302) expect(marks.filter((m) => m.label).length).toBeGreaterThanOrEqual(10);
    });
  }

  it('keeps crowded synthetic input collision-free (10 000 marks)', () => {
    const input = Array.from({ length: 10_000 }, (_, i) => ({
      id: String(i),
      x: (i * 7919) % 1200,
      label: 'x'.repeat(5 + (i % 30)),
    }));
    const marks = layoutMarks(input, { ...base, maxX: 1200 });
    // Pairwise check on a sample of rows keeps the test quick.
    const low = marks.filter((m) => m.row < 40);
    expect(collisions(low, base.spacing)).toEqual([]);
  });

  it('stacks marks of one month in distinct rows, in date order', () => {
    const marks = layoutMarks(
      ['a', 'b', 'c'].map((id) => ({ id, x: 100, label: id })),
      { ...base, maxX: 500 },
    );
    expect(marks.map((m) => m.row)).toEqual([0, 1, 2]);
  });

  it('runs a label left of its mark near the right edge', () => {
    const [m] = layoutMarks([{ id: 'z', x: 490, label: 'En cours depuis longtemps' }], {
      ...base,
      maxX: 500,
    });
    expect(m!.anchor).toBe('end');
    expect(m!.labelX + m!.labelWidth).toBeLessThanOrEqual(490);
  });
});

describe('shorten', () => {
  it('cuts long labels at a word, with an ellipsis', () => {
    expect(shorten('Tous mobilisés pendant les Jeux de Sotchi', 20)).toBe('Tous mobilisés…');
    expect(shorten('Court', 20)).toBe('Court');
  });
});
