/**
 * `npm run map`: turns world-atlas's 110m countries into the small file the app
 * fetches (src/lib/geo/world-map.json). The work a browser would repeat on every
 * load is done once here: Equal Earth projection into a fixed frame, shapes keyed
 * by ISO alpha-3, names and the merged `land` object dropped, coordinates quantised
 * in screen space and points too close to show dropped. `--check` fails if the
 * committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoEqualEarth, type GeoProjection } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type { FeatureCollection } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { numericToAlpha3 } from '../src/lib/geo/iso.ts';
import { FRAME, type WorldMap } from '../src/lib/geo/frame.ts';

const SOURCE = 'node_modules/world-atlas/countries-110m.json';

export interface Detail {
  /** Grid steps across the frame's width. */
  quantization: number;
  /** Points whose triangle with their neighbours is under this area (frame px²) are dropped. */
  minWeight: number;
}

/**
 * The world view: a third of a frame pixel, so under half a screen pixel on a
 * 1080p map; points with triangles under 1 px² cannot be seen there. Zoomed in,
 * the app swaps in the fine file: 0.05 px steps, every point kept.
 */
export const FILES: Record<string, Detail> = {
  'src/lib/geo/world-map.json': { quantization: 3000, minWeight: 1 },
  'src/lib/geo/world-map-fine.json': { quantization: 20_000, minWeight: 0.002 },
};

type Point = [number, number];

function frameProjection(): GeoProjection {
  return geoEqualEarth().fitExtent(
    [
      [FRAME.padding, FRAME.padding],
      [FRAME.width - FRAME.padding, FRAME.height - FRAME.padding],
    ],
    { type: 'Sphere' },
  );
}

/**
 * The globe's outline, drawn before the countries arrive (and on the server), so it
 * ships in the code. Parallels are straight in Equal Earth: only the sides need points.
 */
export function sphereOutline(): Point[] {
  const projection = frameProjection();
  const project = (p: Point): Point => {
    const [x, y] = projection(p)!;
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  };
  const side = (lon: number, from: number, to: number) =>
    Array.from({ length: 37 }, (_, i) => project([lon, from + ((to - from) * i) / 36]));
  return [...side(-180, -90, 90), ...side(180, 90, -90), project([-180, -90])];
}

export function prepareWorld(world: Topology, { quantization, minWeight }: Detail): WorldMap {
  const countries = feature(world, world.objects.countries as GeometryCollection);
  // d3 projects on the sphere: shapes across the antimeridian (Russia, Fiji) are cut there.
  const projected = geoProject(
    {
      type: 'FeatureCollection',
      features: countries.features.map(({ id, geometry }) => ({
        type: 'Feature',
        id: id === undefined ? undefined : numericToAlpha3(String(id)),
        properties: {},
        geometry,
      })),
    } as FeatureCollection,
    frameProjection(),
  );
  // Rebuilt as a topology so that shared borders are stored (and simplified) once.
  const planar = topology({ countries: projected }, 1e6);
  // presimplify weights by planar triangle area: the right measure for projected shapes.
  const simplified = simplify(presimplify(planar as Topology<never>), minWeight);
  const map = quantize(simplified, quantization) as WorldMap;
  // Simplification leaves weights as a third coordinate; the app needs x and y only.
  map.arcs = map.arcs.map((arc) => arc.map(([x, y]): [number, number] => [x!, y!]));
  for (const g of map.objects.countries.geometries) delete g.properties;
  return map;
}

export function preparedText(detail: Detail): string {
  const world = JSON.parse(readFileSync(SOURCE, 'utf8')) as Topology;
  return JSON.stringify(prepareWorld(world, detail));
}

export const SPHERE_FILE = 'src/lib/geo/sphere.json';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const outputs: [string, () => string][] = [
    ...Object.entries(FILES).map(([file, detail]): [string, () => string] => [
      file,
      () => preparedText(detail),
    ]),
    [SPHERE_FILE, () => JSON.stringify(sphereOutline())],
  ];
  for (const [file, make] of outputs) {
    const text = make();
    if (!check) {
      writeFileSync(file, text);
      console.log(`${file}: ${text.length} bytes`);
    } else if (readFileSync(file, 'utf8') !== text) {
      console.error(`${file} is stale: run npm run map`);
      process.exitCode = 1;
    }
  }
}
