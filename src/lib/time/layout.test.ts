// @vitest-environment node
import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../data/schema';
import { frenchTypography } from '../format/typography';
import { monthKey } from './month-key';
import { timelineScale } from './timeline-scale';
import { fitText, layoutMarks, wrapText, type LayoutOptions, type PlacedMark } from './layout';

/** A fake measurer as wide as DejaVu Sans Bold at 12 px (Chromium's system-ui here), or wider. */
const measure = (text: string) => text.length * 8;

const base: Omit<LayoutOptions, 'maxX'> = {
  spacing: 24,
  labelRows: 6,
  gap: 4,
  minX: 0,
  measure,
  minLabel: 40,
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
function realMarks(width: number) {
  const scale = timelineScale([2011 * 12, 2015 * 12 + 11], true, width);
  return layoutMarks(
    campaigns.map((c) => ({
      id: c.id,
      x: scale.x(monthKey(c.date)),
      label: frenchTypography(c.title),
    })),
    { ...base, maxX: width },
  );
}

describe('layoutMarks', () => {
  it('labels never overlap each other or a dot, at every width from 288 to 3808 px', () => {
    for (let width = 288; width <= 3808; width += 8) {
      const marks = realMarks(width);
      expect(marks).toHaveLength(13);
      expect(collisions(marks, base.spacing), `at ${width} px`).toEqual([]);
      for (const m of marks)
        if (m.label) {
          expect(m.labelX, `${m.id} at ${width} px`).toBeGreaterThanOrEqual(0);
          expect(m.labelX + m.labelWidth, `${m.id} at ${width} px`).toBeLessThanOrEqual(width);
        }
    }
  });

  it('shows every label whole from 1024 px', () => {
    for (let width = 1024; width <= 3808; width += 16) {
      const marks = realMarks(width);
      expect(
        marks.filter((m) => !m.full).map((m) => m.id),
        `at ${width} px`,
      ).toEqual([]);
      expect(marks.every((m) => !m.label!.endsWith('…'))).toBe(true);
    }
  });

  it('keeps marks of neighbouring months on different rows', () => {
    for (const width of [296, 640, 1302]) {
      const byId = new Map(realMarks(width).map((m) => [m.id, m]));
      expect(byId.get('crowdfunding-irak')!.row).not.toBe(
        byId.get('mamans-pour-l-egalite-bresil')!.row,
      );
      expect(byId.get('tabloid-ougandais')!.row).not.toBe(byId.get('blocage-loi-transphobe')!.row);
    }
  });

  it('cuts a label with « … » only when no row holds it whole, and fits the cut in the room', () => {
    const marks = layoutMarks(
      [
        { id: 'a', x: 100, label: 'A rather long title about something' },
        { id: 'b', x: 150, label: 'Short' },
      ],
      { ...base, labelRows: 1, maxX: 300 },
    );
    // `a` alone in its row: the right side has 300 − 100 − 16 = 184 px, less than 280.
    expect(marks[0]!.label).toMatch(/…$/);
    expect(marks[0]!.full).toBe(false);
    expect(marks[0]!.labelX + marks[0]!.labelWidth).toBeLessThanOrEqual(300);
    // With more rows, `a` keeps row 0 cut no more: `b` moves up instead of `a` being cut.
    const roomy = layoutMarks([{ id: 'a', x: 10, label: 'A rather long title' }], {
      ...base,
      maxX: 300,
    });
    expect(roomy[0]!.full).toBe(true);
    expect(roomy[0]!.label).toBe('A rather long title');
  });

  it('leaves a label out when not even minLabel pixels are free, and still places its dot', () => {
    const marks = layoutMarks(
      ['a', 'b', 'c'].map((id, i) => ({ id, x: 100 + i * 24, label: 'Long enough label' })),
      { ...base, labelRows: 1, maxX: 180, minX: 60, minLabel: 80 },
    );
    // `a` has 64 px on its right and 24 on its left, in every row.
    expect(marks[0]!.label).toBeNull();
    expect(collisions(marks, base.spacing)).toEqual([]);
  });

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
    expect(m!.full).toBe(true);
    expect(m!.labelX + m!.labelWidth).toBeLessThanOrEqual(490);
  });
});

describe('fitText', () => {
  it('keeps a text that fits, and cuts one that does not at a word, with an ellipsis', () => {
    expect(fitText('Court', 200, measure)).toBe('Court');
    const cut = fitText('Tous mobilisés pendant les Jeux de Sotchi', 160, measure);
    expect(cut).toBe('Tous mobilisés…');
    expect(measure(cut)).toBeLessThanOrEqual(160);
  });

  it('cuts inside a word when there is no space in the second half', () => {
    expect(fitText('Anticonstitutionnellement', 80, measure)).toBe('Anticonst…');
  });
});

describe('wrapText', () => {
  it('breaks at spaces into lines no wider than asked, losing no word', () => {
    const text = 'Rassembler les Mamans pour l’égalité au Brésil';
    const lines = wrapText(text, 200, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps no-break spaces together', () => {
    expect(wrapText('a\u00a0b c', 24, measure)).toEqual(['a\u00a0b', 'c']);
  });
});
