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
import { geoEqualEarth } from 'd3-geo';
import { quantize } from 'topojson-client';
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

/** Decodes delta-encoded, quantised arcs into absolute longitude/latitude. */
function absoluteArcs(world: Topology): Point[][] {
  const { scale, translate } = world.transform!;
  return world.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
}

function frameProjection(): (p: Point) => Point {
  const projection = geoEqualEarth().fitExtent(
    [
      [FRAME.padding, FRAME.padding],
      [FRAME.width - FRAME.padding, FRAME.height - FRAME.padding],
    ],
    { type: 'Sphere' },
  );
  return (p) => projection(p) as Point;
}

/**
 * The globe's outline, drawn before the countries arrive (and on the server), so it
 * ships in the code. Parallels are straight in Equal Earth: only the sides need points.
 */
export function sphereOutline(): Point[] {
  const project = frameProjection();
  const round = ([x, y]: Point): Point => [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  const side = (lon: number, from: number, to: number) =>
    Array.from({ length: 37 }, (_, i) => round(project([lon, from + ((to - from) * i) / 36])));
  return [...side(-180, -90, 90), ...side(180, 90, -90), round(project([-180, -90]))];
}

export function prepareWorld(world: Topology, { quantization, minWeight }: Detail): WorldMap {
  const project = frameProjection();
  const arcs = absoluteArcs(world).map((arc) => arc.map(project));
  const source = world.objects.countries as GeometryCollection;

  const planar: Topology = {
    type: 'Topology',
    arcs,
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: source.geometries.map(({ properties: _, ...geometry }) => {
          const code = geometry.id === undefined ? undefined : numericToAlpha3(String(geometry.id));
          return { ...geometry, id: code } as (typeof source.geometries)[number];
        }),
      },
    },
  };
  // presimplify weights by planar triangle area: the right measure for projected shapes.
  const simplified = simplify(presimplify(planar as Topology<never>), minWeight);
  const map = quantize(simplified, quantization) as WorldMap;
  // Simplification leaves weights as a third coordinate; the app needs x and y only.
  map.arcs = map.arcs.map((arc) => arc.map(([x, y]): [number, number] => [x!, y!]));
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
