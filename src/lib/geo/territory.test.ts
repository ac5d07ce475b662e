// @vitest-environment node
import { describe, expect, it } from 'vitest';
import topology from './world-map.json';
import { mainTerritory, MIN_TARGET, tooSmall } from './territory';
import { worldShapes } from './world';
import { FRAME } from './frame';

const shapes = worldShapes(topology as never);
const territoryOf = (code: string) => mainTerritory(shapes.find((s) => s.code === code)!.feature)!;
/** Frame units → CSS pixels for a map `width` px wide, zoomed `k` times. */
const pxPerUnit = (width: number, k = 1) => (width / FRAME.width) * k;

describe('mainTerritory', () => {
  it('keeps metropolitan France and Corsica, and leaves French Guiana out', () => {
    const france = territoryOf('FRA');
    const polygons = france.feature.geometry.coordinates;
    const xs = polygons.flat(2).map((p) => p[0]!);
    // French Guiana lies in South America, far west of Europe on the map.
    expect(Math.min(...xs)).toBeGreaterThan(450);
    // Its centre, where the name goes, is in France (east of the Atlantic, north of the Mediterranean).
    expect(france.centre[0]).toBeGreaterThan(480);
    expect(france.centre[1]).toBeLessThan(100);
  });

  it('keeps a one-polygon country whole', () => {
    const switzerland = shapes.find((s) => s.code === 'CHE')!;
    const territory = mainTerritory(switzerland.feature)!;
    expect(territory.feature.geometry.coordinates).toHaveLength(1);
    expect(territory.area).toBeGreaterThan(0);
  });

  it('leaves Russia’s far side of the antimeridian out of its main territory', () => {
    const russia = territoryOf('RUS');
    const xs = russia.feature.geometry.coordinates.flat(2).map((p) => p[0]!);
    expect(Math.min(...xs)).toBeGreaterThan(400);
  });

  it('gives nothing for a shape without polygons', () => {
    expect(
      mainTerritory({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [0, 0] },
      }),
    ).toBeUndefined();
  });
});

describe('tooSmall', () => {
  it('marks Switzerland, the Netherlands, Uganda and Paraguay on a phone-sized map', () => {
    for (const code of ['CHE', 'NLD', 'UGA', 'PRY'])
      expect(tooSmall(territoryOf(code).area, pxPerUnit(375)), code).toBe(true);
  });

  it('does not mark Russia, Brazil or the United States even on a phone', () => {
    for (const code of ['RUS', 'BRA', 'USA'])
      expect(tooSmall(territoryOf(code).area, pxPerUnit(375)), code).toBe(false);
  });

  it('stops marking a country once it is zoomed to more than a 24 px target', () => {
    const uganda = territoryOf('UGA').area;
    expect(tooSmall(uganda, pxPerUnit(1366, 1))).toBe(true);
    expect(tooSmall(uganda, pxPerUnit(1366, 8))).toBe(false);
    // The threshold is the area of a 24 × 24 px square.
    expect(tooSmall(MIN_TARGET * MIN_TARGET - 1, 1)).toBe(true);
    expect(tooSmall(MIN_TARGET * MIN_TARGET, 1)).toBe(false);
  });
});
