// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placeBeside } from './place-beside';

const viewport = { width: 375, height: 812 };
const size = { width: 200, height: 40 };
const at = (x: number, y: number) => ({ left: x - 7, right: x + 7, top: y - 7, bottom: y + 7 });
const inside = (p: { left: number; top: number }) =>
  p.left >= 8 &&
  p.top >= 8 &&
  p.left + size.width <= viewport.width - 8 &&
  p.top + size.height <= viewport.height - 8;

describe('placeBeside', () => {
  it('centres the box above its anchor when there is room', () => {
    const p = placeBeside(at(180, 400), size, viewport);
    expect(p).toEqual({ left: 80, top: 400 - 7 - 6 - 40, side: 'above' });
  });

  it('flips below an anchor near the top of the viewport', () => {
    const p = placeBeside(at(180, 20), size, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBe(20 + 7 + 6);
  });

  it('shifts the box inside the viewport at either edge', () => {
    for (const x of [0, 10, 365, 375])
      for (const y of [0, 30, 790, 812]) {
        expect(inside(placeBeside(at(x, y), size, viewport)), `${x},${y}`).toBe(true);
      }
  });
});
