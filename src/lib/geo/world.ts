/** The prepared map file (scripts/prepare-map.ts) → one planar feature per country, keyed by ISO alpha-3. */
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { WorldMap } from './frame';

export interface CountryShape {
  /** ISO alpha-3, or '' for shapes without an ISO code (Kosovo, N. Cyprus, Somaliland). */
  code: string;
  /** A stable key for keyed rendering, unique even when `code` is ''. */
  key: string;
  /** Already projected: coordinates are in the map frame's pixels. */
  feature: Feature<Geometry>;
}

export function isWorldMap(value: unknown): value is WorldMap {
  const t = value as WorldMap | null;
  return (
    t?.type === 'Topology' &&
    Array.isArray(t.arcs) &&
    Array.isArray(t.objects?.countries?.geometries)
  );
}

export function worldShapes(map: WorldMap): CountryShape[] {
  const collection = feature(map, map.objects.countries);
  return collection.features.map((f, i) => {
    const code = typeof f.id === 'string' ? f.id : '';
    return { code, key: code || `shape-${i}`, feature: f };
  });
}
