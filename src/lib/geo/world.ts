/** world-atlas topology → one GeoJSON feature per country, keyed by ISO alpha-3. */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { numericToAlpha3 } from './iso';

export interface CountryShape {
  /** ISO alpha-3, or '' for shapes without an ISO code (Kosovo, N. Cyprus, Somaliland). */
  code: string;
  /** A stable key for keyed rendering, unique even when `code` is ''. */
  key: string;
  feature: Feature<Geometry>;
}

export type WorldTopology = Topology<{ countries: GeometryCollection }>;

export function isWorldTopology(value: unknown): value is WorldTopology {
  const t = value as WorldTopology | null;
  return (
    t?.type === 'Topology' &&
    Array.isArray(t.arcs) &&
    Array.isArray((t.objects as { countries?: GeometryCollection })?.countries?.geometries)
  );
}

export function worldShapes(topology: WorldTopology): CountryShape[] {
  const collection = feature(topology, topology.objects.countries);
  return collection.features.map((f, i) => {
    const code = f.id === undefined ? '' : (numericToAlpha3(String(f.id)) ?? '');
    return { code, key: code || `shape-${i}`, feature: f };
  });
}
