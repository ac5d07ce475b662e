// @vitest-environment node
import { geoArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { describe, expect, it } from 'vitest';
import topology from './world-map.json';
import fine from './world-map-fine.json';
import outline from './sphere.json';
import { FRAME } from './frame';
import {
  boundsOf,
  mapProjection,
  MAP_ASPECT,
  shapePaths,
  spherePath,
  type Bounds,
} from './projection';
import { worldShapes } from './world';
import { numericToAlpha3 } from './iso';

const shapes = worldShapes(topology as never);
const SPHERE: GeoJSON.Polygon = { type: 'Polygon', coordinates: [outline] };
const inside = (inner: Bounds, outer: Bounds) =>
  inner[0][0] >= outer[0][0] &&
  inner[0][1] >= outer[0][1] &&
  inner[1][0] <= outer[1][0] &&
  inner[1][1] <= outer[1][1];

describe('mapProjection', () => {
  it('scales the globe to the width: touching the margin on one axis, centred on the other', () => {
    for (const width of [320, 960, 3840]) {
      const height = width / MAP_ASPECT;
      const [[x0, y0], [x1, y1]] = geoPath(mapProjection(width)).bounds(SPHERE);
      const margin = (FRAME.padding * width) / FRAME.width;
      const tolerance = width / 500; // the outline is rounded to a tenth of a frame pixel
      const tightX = Math.abs(x0 - margin) < tolerance && Math.abs(x1 - width + margin) < tolerance;
      const tightY =
        Math.abs(y0 - margin) < tolerance && Math.abs(y1 - height + margin) < tolerance;
      expect(tightX || tightY, `${width}`).toBe(true);
      expect(Math.abs((x0 + x1) / 2 - width / 2)).toBeLessThan(tolerance);
      expect(Math.abs((y0 + y1) / 2 - height / 2)).toBeLessThan(tolerance);
    }
  });

  it('keeps every country inside the globe and draws each as a path', () => {
    const projection = mapProjection(960);
    const path = geoPath(projection);
    const globe = path.bounds(SPHERE);
    const loose: Bounds = [
      [globe[0][0] - 0.5, globe[0][1] - 0.5],
      [globe[1][0] + 0.5, globe[1][1] + 0.5],
    ];
    for (const s of shapes) expect(inside(path.bounds(s.feature), loose), s.key).toBe(true);
    const paths = shapePaths(projection, shapes);
    expect(paths.filter((p) => p.d.startsWith('M')).length).toBe(shapes.length);
    expect(spherePath(projection)).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('draws the light file within a pixel of the fine one for almost every country on a 1080p screen', () => {
    // The map is about 1 000 px wide on a 1920×1080 screen (46 vh × 2.05).
    const path = geoPath(mapProjection(1100));
    const light = new Map(shapes.map((s) => [s.key, path.bounds(s.feature)]));
    const gaps = worldShapes(fine as never).map((s) => {
      const [[a, b], [c, d]] = path.bounds(s.feature);
      const [[e, f], [g, h]] = light.get(s.key)!;
      return Math.max(Math.abs(a - e), Math.abs(b - f), Math.abs(c - g), Math.abs(d - h));
    });
    // The worst is the tip of Chukotka, a few pixels at the world's edge.
    expect(Math.max(...gaps)).toBeLessThan(5);
    expect(gaps.filter((g) => g < 1).length / gaps.length).toBeGreaterThan(0.95);
  });

  it('is equal-area: each country keeps its share of the globe (so none wraps around it)', () => {
    const path = geoPath();
    const globe = path.area(SPHERE);
    const atlas = feature(world as never, world.objects.countries as never) as unknown as {
      features: { id: string; geometry: GeoJSON.Geometry }[];
    };
    const share = new Map(
      atlas.features.map((f) => [numericToAlpha3(f.id) ?? '', geoArea(f as never) / (4 * Math.PI)]),
    );
    for (const [file, tolerance] of [
      [shapes, 0.1],
      [worldShapes(fine as never), 0.02],
    ] as const) {
      for (const s of file) {
        const expected = share.get(s.code);
        if (!expected || expected < 1e-4) continue; // islands: too few pixels to measure
        expect(Math.abs(path.area(s.feature) / globe / expected - 1), s.code).toBeLessThan(
          tolerance,
        );
      }
    }
  });
});

describe('boundsOf', () => {
  const projection = mapProjection(960);

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
