/**
 * The map's geometry on screen. The shapes are projected at build time into a
 * fixed frame (frame.ts); here D3 only scales them to the container's width and
 * makes path strings and boxes (camera.ts frames the boxes).
 */
import { geoPath, geoTransform, type GeoStreamWrapper } from 'd3-geo';
import outline from './sphere.json';
import { FRAME } from './frame';
import type { CountryShape } from './world';

export { MAP_ASPECT } from './frame';

/** Frame pixels → screen pixels for a map `width` wide. */
export function mapProjection(width: number): GeoStreamWrapper {
  const k = width / FRAME.width;
  return geoTransform({
    point(x, y) {
      this.stream.point(x * k, y * k);
    },
  });
}

/** Screen paths need no more than a hundredth of a pixel, even zoomed in. */
const pathOf = (projection: GeoStreamWrapper) => geoPath(projection).digits(2);

const SPHERE: GeoJSON.Polygon = { type: 'Polygon', coordinates: [outline] };

export function spherePath(projection: GeoStreamWrapper): string {
  return pathOf(projection)(SPHERE) ?? '';
}

export interface ShapePath {
  key: string;
  code: string;
  d: string;
}

export function shapePaths(
  projection: GeoStreamWrapper,
  shapes: readonly CountryShape[],
): ShapePath[] {
  const path = pathOf(projection);
  return shapes.map((s) => ({ key: s.key, code: s.code, d: path(s.feature) ?? '' }));
}

export type Bounds = [[number, number], [number, number]];

export function boundsOf(
  projection: GeoStreamWrapper,
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
