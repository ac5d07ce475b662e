// @vitest-environment node
import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import topology from 'world-atlas/countries-110m.json';
import {
  boundsOf,
  fitTransform,
  fittedProjection,
  MAP_ASPECT,
  shapePaths,
  type Bounds,
} from './projection';
import { worldShapes } from './world';

const shapes = worldShapes(topology as never);
const SPHERE = { type: 'Sphere' } as const;
const inside = (inner: Bounds, outer: Bounds) =>
  inner[0][0] >= outer[0][0] &&
  inner[0][1] >= outer[0][1] &&
  inner[1][0] <= outer[1][0] &&
  inner[1][1] <= outer[1][1];

describe('fittedProjection', () => {
  it('fits the sphere to the given size, touching it on one axis and centred on the other', () => {
    for (const [width, height] of [
      [960, 468],
      [320, 156],
      [3840, 1873],
      [600, 600],
    ] as const) {
      const [[x0, y0], [x1, y1]] = geoPath(fittedProjection(width, height, 4)).bounds(SPHERE);
      const tightX = Math.abs(x0 - 4) < 1e-6 && Math.abs(x1 - (width - 4)) < 1e-6;
      const tightY = Math.abs(y0 - 4) < 1e-6 && Math.abs(y1 - (height - 4)) < 1e-6;
      expect(tightX || tightY, `${width}×${height}`).toBe(true);
      expect((x0 + x1) / 2).toBeCloseTo(width / 2, 6);
      expect((y0 + y1) / 2).toBeCloseTo(height / 2, 6);
    }
  });

  it('has an aspect ratio that leaves almost no empty band around the world', () => {
    const width = 960;
    const height = Math.round(width / MAP_ASPECT);
    const [[x0, y0], [x1, y1]] = geoPath(fittedProjection(width, height, 0)).bounds(SPHERE);
    expect((x1 - x0) / width).toBeGreaterThan(0.98);
    expect((y1 - y0) / height).toBeGreaterThan(0.98);
  });

  it('keeps every country inside the view and draws each as a path', () => {
    const projection = fittedProjection(960, 468);
    const path = geoPath(projection);
    for (const s of shapes) {
      expect(
        inside(path.bounds(s.feature), [
          [3.5, 3.5],
          [956.5, 464.5],
        ]),
        s.key,
      ).toBe(true);
    }
    const paths = shapePaths(projection, shapes);
    expect(paths.filter((p) => p.d.startsWith('M')).length).toBe(shapes.length);
  });
});

describe('boundsOf', () => {
  const projection = fittedProjection(960, 468);

  it('finds Uganda inside Africa’s pixel area, east of centre and just north of the equator', () => {
    // Africa's extremes: Senegal (west), Somalia (east), Tunisia (north), South Africa (south).
    const africa = boundsOf(projection, shapes, ['SEN', 'SOM', 'TUN', 'ZAF'])!;
    const uganda = boundsOf(projection, shapes, ['UGA'])!;
    expect(inside(uganda, africa)).toBe(true);
    const [[x0, y0], [x1, y1]] = uganda;
    expect(x1 - x0).toBeGreaterThan(5); // a country, not a dot
    expect(x1 - x0).toBeLessThan(30);
    expect((x0 + x1) / 2).toBeCloseTo(480 + 0.0907 * 952, -1); // ≈ 32.4° E
    expect((y0 + y1) / 2).toBeLessThan(234); // above the equator line
    expect((y0 + y1) / 2).toBeGreaterThan(224);
  });

  it('unites the boxes of several countries', () => {
    const both = boundsOf(projection, shapes, ['FRA', 'CHN'])!;
    const fra = boundsOf(projection, shapes, ['FRA'])!;
    const chn = boundsOf(projection, shapes, ['CHN'])!;
    expect(inside(fra, both) && inside(chn, both)).toBe(true);
    expect(both[0][0]).toBeCloseTo(Math.min(fra[0][0], chn[0][0]), 9);
    expect(both[1][0]).toBeCloseTo(Math.max(fra[1][0], chn[1][0]), 9);
  });

  it('returns nothing for unknown countries', () => {
    expect(boundsOf(projection, shapes, ['XXX'])).toBeUndefined();
  });
});

describe('fitTransform', () => {
  const projection = fittedProjection(960, 468);
  const apply = (
    t: { k: number; x: number; y: number },
    [x, y]: [number, number],
  ): [number, number] => [t.k * x + t.x, t.k * y + t.y];

  it('puts the countries’ centre at the view centre and keeps them inside with padding', () => {
    const box = boundsOf(projection, shapes, ['UGA'])!;
    const t = fitTransform(box, 960, 468);
    const [cx, cy] = apply(t, [(box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2]);
    expect(cx).toBeCloseTo(480, 6);
    expect(cy).toBeCloseTo(234, 6);
    expect(t.k).toBeLessThanOrEqual(6);
    const [x0, y0] = apply(t, box[0]);
    const [x1, y1] = apply(t, box[1]);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(960);
    expect(y1).toBeLessThanOrEqual(468);
  });

  it('zooms as far as the padding allows for a mid-sized country', () => {
    const box = boundsOf(projection, shapes, ['FRA', 'DEU'])!;
    const t = fitTransform(box, 960, 468, { padding: 0.15, maxScale: 20 });
    const [x0, y0] = apply(t, box[0]);
    const [x1, y1] = apply(t, box[1]);
    // The limiting side fills 70 % of the view.
    expect(Math.max((x1 - x0) / 960, (y1 - y0) / 468)).toBeCloseTo(0.7, 6);
  });

  it('does not zoom out below the whole world for countries on several continents', () => {
    const box = boundsOf(projection, shapes, ['RUS', 'USA', 'CHE'])!;
    expect(fitTransform(box, 960, 468).k).toBe(1);
  });
});
