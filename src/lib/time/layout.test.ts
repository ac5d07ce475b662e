// @vitest-environment node
import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../data/schema';
import { layoutMarks, shorten, type PlacedMark } from './layout';
import { monthKey } from './month-key';
import { yearRange } from './range';
import { timelineScale } from './timeline-scale';

const options = { lanes: 3, charWidth: 6.6, spacing: 10, maxX: 1300, maxChars: 30 };

function overlaps(marks: PlacedMark[]): boolean {
  const placed = marks.filter((m) => m.lane >= 0);
  return placed.some((a, i) =>
    placed.some(
      (b, j) =>
        i < j &&
        a.lane === b.lane &&
        a.labelX < b.labelX + b.labelWidth &&
        b.labelX < a.labelX + a.labelWidth,
    ),
  );
}

describe('layoutMarks', () => {
  const scale = timelineScale(yearRange(2011, 2015), true, 1300);
  const real = layoutMarks(
    (raw as Dataset).campaigns.map((c) => ({
      id: c.id,
      key: monthKey(c.date),
      x: scale.x(monthKey(c.date)),
      label: c.title,
    })),
    options,
  );

  it('stacks campaigns of the same month instead of overlapping them', () => {
    const april2012 = real.filter((m) => m.key === monthKey('2012-04'));
    expect(april2012.map((m) => m.level).sort()).toEqual([0, 1]);
    const march2013 = real.filter((m) => m.key === monthKey('2013-03'));
    expect(march2013.map((m) => m.level).sort()).toEqual([0, 1]);
    const positions = new Set(real.map((m) => `${m.x}:${m.level}`));
    expect(positions.size).toBe(real.length);
  });

  it('never lets two labels collide, on the real data', () => {
    expect(overlaps(real)).toBe(false);
    expect(real.filter((m) => m.lane >= 0).length).toBeGreaterThan(6);
  });

  it('never lets two labels collide, on crowded synthetic data, and drops what does not fit', () => {
    const crowded = layoutMarks(
      Array.from({ length: 400 }, (_, i) => ({
        id: `c${i}`,
        key: i % 50,
        x: (i % 50) * 20,
        label: `Campagne numéro ${i}`,
      })),
      { ...options, maxX: 1000 },
    );
    expect(overlaps(crowded)).toBe(false);
    expect(crowded.some((m) => m.lane === -1)).toBe(true);
    expect(crowded.every((m) => m.lane === -1 || m.labelX + m.labelWidth <= 1000)).toBe(true);
  });
});

describe('shorten', () => {
  it('cuts long labels with an ellipsis', () => {
    expect(shorten('Tous mobilisés pendant les Jeux de Sotchi', 20)).toBe('Tous mobilisés…');
    expect(shorten('Court', 20)).toBe('Court');
  });
});
