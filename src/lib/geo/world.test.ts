// @vitest-environment node
import { describe, expect, it } from 'vitest';
import topology from './world-map.json';
import fine from './world-map-fine.json';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../data/schema';
import { isIsoAlpha3 } from './iso';
import { isWorldMap, worldShapes } from './world';

const shapes = worldShapes(topology as never);

describe('worldShapes', () => {
  it('gives every country of the dataset a shape, keyed by alpha-3', () => {
    const codes = new Set(shapes.map((s) => s.code));
    for (const c of (raw as Dataset).campaigns) {
      for (const { code } of c.countries) expect(codes, code).toContain(code);
    }
  });

  it('carries alpha-3 codes, one shape per country', () => {
    const coded = shapes.filter((s) => s.code !== '');
    expect(coded.length).toBeGreaterThan(170);
    for (const s of coded) expect(isIsoAlpha3(s.code), s.code).toBe(true);
    expect(new Set(coded.map((s) => s.code)).size).toBe(coded.length);
    expect(shapes.find((s) => s.code === 'UGA')?.feature.geometry.type).toMatch(/Polygon/);
  });

  it('keeps shapes without an ISO code (Kosovo…), with unique keys', () => {
    expect(shapes.filter((s) => s.code === '').length).toBeGreaterThan(0);
    expect(new Set(shapes.map((s) => s.key)).size).toBe(shapes.length);
  });

  it('has the same countries in the light and the fine file', () => {
    expect(worldShapes(fine as never).map((s) => s.key)).toEqual(shapes.map((s) => s.key));
  });
});

describe('isWorldMap', () => {
  it('recognises a map file and refuses anything else', () => {
    expect(isWorldMap(topology)).toBe(true);
    expect(isWorldMap({ type: 'Topology' })).toBe(false);
    expect(isWorldMap('<html>')).toBe(false);
    expect(isWorldMap(null)).toBe(false);
  });
});
