// @vitest-environment node
import { describe, expect, it } from 'vitest';
import topology from 'world-atlas/countries-110m.json';
import raw from '../../../data/campaigns.json';
import type { Dataset } from '../data/schema';
import { isIsoAlpha3 } from './iso';
import { isWorldTopology, worldShapes } from './world';

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
});

describe('isWorldTopology', () => {
  it('recognises a topology and refuses anything else', () => {
    expect(isWorldTopology(topology)).toBe(true);
    expect(isWorldTopology({ type: 'Topology' })).toBe(false);
    expect(isWorldTopology('<html>')).toBe(false);
    expect(isWorldTopology(null)).toBe(false);
  });
});
