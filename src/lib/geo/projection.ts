/**
 * The map's geometry: an Equal Earth projection fitted to the container, path
 * strings, and the zoom transform that frames a set of countries.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { CountryShape } from './world';

/** Width ÷ height of the Equal Earth world, with a little room around it. */
export const MAP_ASPECT = 2.05;
const SPHERE = { type: 'Sphere' } as const;

export function fittedProjection(width: number, height: number, padding = 4): GeoProjection {
  return geoEqualEarth().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    SPHERE,
  );
}

export function spherePath(projection: GeoProjection): string {
  return geoPath(projection)(SPHERE) ?? '';
}

export interface ShapePath {
  key: string;
  code: string;
  d: string;
}

export function shapePaths(
  projection: GeoProjection,
  shapes: readonly CountryShape[],
): ShapePath[] {
  const path = geoPath(projection);
  return shapes.map((s) => ({ key: s.key, code: s.code, d: path(s.feature) ?? '' }));
}

export type Bounds = [[number, number], [number, number]];

export function boundsOf(
  projection: GeoProjection,
  shapes: readonly CountryShape[],
  codes: readonly string[],
): Bounds | undefined {
  const path = geoPath(projection);
  let box: Bounds | undefined;
  for (const shape of shapes) {
    if (!codes.includes(shape.code)) continue;
    const [[x0, y0], [x1, y1]] = path.bounds(shape.feature);
    box = box
      ? [
          [Math.min(box[0][0], x0), Math.min(box[0][1], y0)],
          [Math.max(box[1][0], x1), Math.max(box[1][1], y1)],
        ]
      : [
          [x0, y0],
          [x1, y1],
        ];
  }
  return box;
}

export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

/** The transform that centres `bounds` in a width×height view with some padding, zoom capped. */
export function fitTransform(
  bounds: Bounds,
  width: number,
  height: number,
  { padding = 0.2, maxScale = 4 } = {},
): ZoomTransform {
  const [[x0, y0], [x1, y1]] = bounds;
  const k = Math.max(
    1,
    Math.min(maxScale, (1 - 2 * padding) / Math.max((x1 - x0) / width, (y1 - y0) / height, 1e-6)),
  );
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  // Keep the world filling the view: never pan past its edges.
  const clamp = (v: number, size: number) => Math.min(0, Math.max(size * (1 - k), v));
  return { k, x: clamp(width / 2 - k * cx, width), y: clamp(height / 2 - k * cy, height) };
}
