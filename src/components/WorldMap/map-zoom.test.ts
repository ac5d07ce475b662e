// @vitest-environment node
import { interpolateZoom } from 'd3-interpolate';
import { describe, expect, it } from 'vitest';
import { transformOf, viewOf } from './map-zoom.svelte';

describe('viewOf and transformOf', () => {
  it('turn a zoom transform into d3’s view (centre, width) and back', () => {
    const t = { k: 3, x: -900, y: -200 };
    const view = viewOf(t, 960, 468);
    expect(view[2]).toBeCloseTo(320, 9);
    const back = transformOf(view, 960, 468);
    expect(back.k).toBeCloseTo(3, 9);
    expect(back.x).toBeCloseTo(-900, 9);
    expect(back.y).toBeCloseTo(-200, 9);
  });

  it('let d3’s smooth zoom path start and end exactly on the two transforms', () => {
    const from = { k: 1, x: 0, y: 0 };
    const to = { k: 4, x: -1200, y: -300 };
    const path = interpolateZoom(viewOf(from, 960, 468), viewOf(to, 960, 468));
    const end = transformOf(path(1), 960, 468);
    expect(transformOf(path(0), 960, 468).k).toBeCloseTo(1, 9);
    expect(end.k).toBeCloseTo(4, 9);
    expect(end.x).toBeCloseTo(-1200, 6);
    expect(end.y).toBeCloseTo(-300, 6);
  });
});
