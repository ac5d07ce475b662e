import { describe, expect, it } from 'vitest';
import { stripLayout, type StripInput } from './strip';

const measure = (text: string) => text.length * 16;
const base: StripInput = {
  ids: ['a', 'b', 'c', 'd'],
  keys: [2011 * 12, 2011 * 12, 2011 * 12 + 1, 2015 * 12 + 11],
  span: [2011 * 12, 2015 * 12 + 11],
  hasOngoing: false,
  width: 1800,
  font: 28,
  current: null,
  title: (id) => `Title of campaign ${id}`,
  measure,
  ongoingLabel: 'En cours',
};

describe('the stage strip', () => {
  it('stacks dots of the same month and keeps distant ones on the axis row', () => {
    const { dots } = stripLayout(base);
    expect(dots[0]!.y).toBeGreaterThan(dots[1]!.y);
    expect(dots[3]!.y).toBe(dots[0]!.y);
  });

  it('writes only the current title, whole, centred on its dot', () => {
    const strip = stripLayout({ ...base, current: 'd' });
    expect(strip.caption?.lines).toEqual(['Title of campaign d']);
  });

  it('keeps a title near an end inside the strip', () => {
    const right = stripLayout({ ...base, current: 'd' }).caption!;
    expect(right.x + measure(right.lines[0]!)).toBeLessThanOrEqual(1800 - 14);
    const left = stripLayout({ ...base, current: 'a' }).caption!;
    expect(left.x).toBeGreaterThanOrEqual(14);
  });

  it('wraps a title longer than the strip', () => {
    const strip = stripLayout({ ...base, width: 300, current: 'a' });
    expect(strip.caption!.lines.length).toBeGreaterThan(1);
    expect(strip.caption!.lines.join(' ')).toBe('Title of campaign a');
  });

  it('grows with the type: labels at the stage size fit their years', () => {
    const small = stripLayout({ ...base, font: 19 });
    const large = stripLayout({ ...base, font: 57 });
    expect(large.height).toBeGreaterThan(small.height * 2);
    expect(large.years.filter((y) => y.label).length).toBeGreaterThan(0);
  });
});
