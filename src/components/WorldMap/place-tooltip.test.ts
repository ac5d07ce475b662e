// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placeTooltip, type Box } from './place-tooltip';

const area = { width: 600, height: 300 };
const size = { width: 200, height: 80 };
const point = (x: number, y: number): Box => ({ left: x, top: y, right: x, bottom: y });
const overlaps = (a: Box, b: Box) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
const boxOf = ({ left, top }: { left: number; top: number }): Box => ({
  left,
  top,
  right: left + size.width,
  bottom: top + size.height,
});

describe('placeTooltip', () => {
  it('puts the tooltip below and right of the pointer when there is room', () => {
    expect(placeTooltip(point(100, 50), size, area)).toEqual({ left: 112, top: 62 });
  });

  it('flips left of the pointer near the right edge and above it near the bottom', () => {
    const place = placeTooltip(point(550, 280), size, area);
    expect(place).toEqual({ left: 338, top: 188 });
  });

  it('never leaves the map’s width and never covers its anchor', () => {
    for (const x of [0, 5, 150, 300, 450, 595, 600]) {
      for (const y of [0, 40, 150, 260, 300]) {
        const place = placeTooltip(point(x, y), size, area);
        expect(place.left).toBeGreaterThanOrEqual(4);
        expect(place.left + size.width).toBeLessThanOrEqual(596);
        expect(overlaps(boxOf(place), point(x, y))).toBe(false);
      }
    }
  });

  it('centres under a focused country’s box, or above it when the box is low', () => {
    const box = { left: 280, top: 100, right: 320, bottom: 130 };
    expect(placeTooltip(box, size, area)).toEqual({ left: 200, top: 142 });
    const low = { left: 280, top: 230, right: 320, bottom: 260 };
    expect(placeTooltip(low, size, area)).toEqual({ left: 200, top: 138 });
  });

  it('spills below a map too short for it rather than cover the country', () => {
    const box = { left: 0, top: 20, right: 40, bottom: 60 };
    expect(placeTooltip(box, { width: 200, height: 250 }, { width: 300, height: 150 }).top).toBe(
      72,
    );
  });
});
