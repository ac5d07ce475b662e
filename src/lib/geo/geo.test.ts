// @vitest-environment node
import { describe, expect, it } from 'vitest';
import topology from 'world-atlas/countries-110m.json';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../data/schema';
import { boundsOf, fitTransform, fittedProjection, shapePaths, spherePath } from './projection';
import { isWorldTopology, worldShapes } from './world';

const shapes = worldShapes(topology as never);

describe('worldShapes', () => {
  it('gives every country of the dataset a shape, keyed by alpha-3', () => {
    const codes = new Set(shapes.map((s) => s.code));
    for (const c of (raw as Dataset).campaigns) {
      for (const { code } of c.countries) expect(codes, code).toContain(code);
    }
  });

  it('keeps shapes without an ISO code, with unique keys', () => {
    expect(shapes.filter((s) => s.code === '').length).toBeGreaterThan(0);
    expect(new Set(shapes.map((s) => s.key)).size).toBe(shapes.length);
  });

  it('recognises a topology and refuses anything else', () => {
    expect(isWorldTopology(topology)).toBe(true);
    expect(isWorldTopology({ type: 'Topology' })).toBe(false);
    expect(isWorldTopology('<html>')).toBe(false);
  });
});

describe('fittedProjection', () => {
  it('fits the whole sphere inside the given size', () => {
    const projection = fittedProjection(960, 468, 4);
    const sphere = spherePath(projection);
    const numbers = sphere.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(4 - 1e-6);
    expect(Math.max(...xs)).toBeLessThanOrEqual(956 + 1e-6);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(4 - 1e-6);
    expect(Math.max(...ys)).toBeLessThanOrEqual(464 + 1e-6);
  });

  it('draws every country as a path', () => {
    const paths = shapePaths(fittedProjection(960, 468), shapes);
    expect(paths.filter((p) => p.d.startsWith('M')).length).toBe(shapes.length);
  });
});

describe('boundsOf and fitTransform', () => {
  const projection = fittedProjection(960, 468);

  it('finds Uganda inside Africa, right of centre and below the equator line of the map', () => {
    const [[x0, y0], [x1, y1]] = boundsOf(projection, shapes, ['UGA'])!;
    expect(x0).toBeGreaterThan(480);
    expect(x1).toBeLessThan(620);
    expect(y0).toBeGreaterThan(200);
    expect(y1).toBeLessThan(280);
  });

  it('centres the chosen countries in the view', () => {
    const box = boundsOf(projection, shapes, ['UGA'])!;
    const { k, x, y } = fitTransform(box, 960, 468);
    const cx = (box[0][0] + box[1][0]) / 2;
    const cy = (box[0][1] + box[1][1]) / 2;
    expect(k * cx + x).toBeCloseTo(480, 6);
    expect(k * cy + y).toBeCloseTo(234, 6);
    expect(k).toBeLessThanOrEqual(4);
  });

  it('does not zoom out below the whole world, nor pan it off the view', () => {
    const box = boundsOf(projection, shapes, ['RUS', 'USA', 'CHE'])!;
    expect(fitTransform(box, 960, 468)).toEqual({ k: 1, x: 0, y: 0 });
    const edge = boundsOf(projection, shapes, ['NZL'])!;
    const { k, x, y } = fitTransform(edge, 960, 468);
    expect(x).toBeGreaterThanOrEqual(960 * (1 - k));
    expect(y).toBeGreaterThanOrEqual(468 * (1 - k));
    expect(Math.max(x, y)).toBeLessThanOrEqual(0);
  });

  it('returns nothing for unknown countries', () => {
    expect(boundsOf(projection, shapes, ['XXX'])).toBeUndefined();
  });
});
