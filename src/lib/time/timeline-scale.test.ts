// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ONGOING_KEY } from './month-key';
import { yearRange } from './range';
import { monthTicks, tickPath, timelineScale, yearTicks } from './timeline-scale';

const span = yearRange(2011, 2015);
const scale = timelineScale(span, true, 1000, { left: 20, right: 20, gap: 30, ongoingWidth: 60 });

describe('timelineScale', () => {
  it('spreads the months of the span over the dated part, in order', () => {
    expect(scale.dated).toEqual([20, 890]);
    expect(scale.band(2011 * 12)[0]).toBeCloseTo(20);
    expect(scale.band(2015 * 12 + 11)[1]).toBeCloseTo(890);
    expect(scale.x(2013 * 12)).toBeLessThan(scale.x(2013 * 12 + 1));
  });

  it('places the ongoing segment after a visible gap', () => {
    expect(scale.ongoing).toEqual([920, 980]);
    expect(scale.x(ONGOING_KEY)).toBe(950);
    expect(scale.ongoing![0] - scale.dated[1]).toBe(30);
  });

  it('has no ongoing segment when nothing is ongoing', () => {
    const dated = timelineScale(span, false, 1000);
    expect(dated.ongoing).toBeNull();
    expect(dated.slots.at(-1)).toBe(2015 * 12 + 11);
  });

  it('inverts a pixel to its month, clamped to the span, and the gap to ongoing', () => {
    expect(scale.invert(scale.x(2012 * 12 + 3))).toBe(2012 * 12 + 3);
    expect(scale.invert(-50)).toBe(2011 * 12);
    expect(scale.invert(900)).toBe(2015 * 12 + 11);
    expect(scale.invert(910)).toBe(ONGOING_KEY);
  });

  it('lists every month then the ongoing slot', () => {
    expect(scale.slots).toHaveLength(61);
    expect(scale.slots.at(-1)).toBe(ONGOING_KEY);
  });
});

describe('yearTicks and monthTicks', () => {
  it('label each year at its January', () => {
    expect(yearTicks(scale).map((t) => t.label)).toEqual(['2011', '2012', '2013', '2014', '2015']);
  });

  it('label months in French, shorter as months get narrower, none when too narrow', () => {
    const wide = timelineScale(yearRange(2012), false, 1000);
    const labels = monthTicks(wide, 'fr-FR').map((t) => t.label);
    expect(labels[3]).toBe('avr.');
    expect(labels[0]).toBe(''); // January carries the year instead
    const laptop = timelineScale(yearRange(2011, 2015), true, 1366);
    expect(monthTicks(laptop, 'fr-FR').map((t) => t.label)[3]).toBe('A');
    expect(monthTicks(scale, 'fr-FR').every((t) => t.label === '')).toBe(true);
  });

  it('draw no month ticks when months are narrower than four pixels', () => {
    const twentyYears = timelineScale(yearRange(2006, 2025), true, 1000);
    expect(monthTicks(twentyYears, 'fr-FR')).toEqual([]);
    expect(yearTicks(twentyYears)).toHaveLength(20);
    expect(monthTicks(scale, 'fr-FR')).toHaveLength(60);
  });
});

describe('tickPath', () => {
  it('draws one vertical segment per tick, all in one path', () => {
    expect(tickPath([10, 20.5], 100, 105)).toBe('M10,100V105M20.5,100V105');
    expect(tickPath([], 0, 5)).toBe('');
  });
});
