/**
 * A country's main territory: its largest polygon and the polygons near it
 * (metropolitan France with Corsica, not French Guiana). The map frames, names
 * and marks a country there. Planar: the shapes are already projected (frame.ts).
 */
import { geoPath } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { CountryShape } from './world';

/** A polygon further from the largest than this share of the largest's longer side is an outlying territory. */
const NEAR = 0.25;

/** The planar measures, in the frame's units (geoPath without projection is planar). */
const planar = geoPath();

type Box = [[number, number], [number, number]];

function gap(a: Box, b: Box): number {
  const dx = Math.max(0, a[0][0] - b[1][0], b[0][0] - a[1][0]);
  const dy = Math.max(0, a[0][1] - b[1][1], b[0][1] - a[1][1]);
  return Math.hypot(dx, dy);
}

export interface Territory {
  /** The main polygons, as one feature (for framing). */
  feature: Feature<MultiPolygon>;
  /** Area of the main polygons, in frame units². */
  area: number;
  /** Centre of the largest polygon: where the country's name and marker go. */
  centre: [number, number];
}

export function mainTerritory(feature: Feature<Geometry>): Territory | undefined {
  const geometry = feature.geometry;
  const rings: Position[][][] =
    geometry?.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry?.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  const parts = rings.map((coordinates) => {
    const f: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    };
    return { coordinates, area: planar.area(f), box: planar.bounds(f) as Box, f };
  });
  const largest = parts.reduce<(typeof parts)[number] | undefined>(
    (best, p) => (!best || p.area > best.area ? p : best),
    undefined,
  );
  if (!largest) return undefined;
  const [[x0, y0], [x1, y1]] = largest.box;
  const reach = NEAR * Math.max(x1 - x0, y1 - y0);
  const main = parts.filter((p) => p === largest || gap(p.box, largest.box) <= reach);
  const centre = planar.centroid(largest.f) as [number, number];
  return {
    feature: {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: main.map((p) => p.coordinates) },
    },
    area: main.reduce((sum, p) => sum + p.area, 0),
    centre,
  };
}

/** The smallest target a pointer or a finger should get (WCAG 2.5.8), in CSS pixels. */
export const MIN_TARGET = 24;

/**
 * Whether a country whose main territory covers `area` frame units² is too small to
 * see or tap when one frame unit is `pxPerUnit` screen pixels (width ÷ frame width × zoom):
 * smaller on screen than a 24 × 24 px target.
 */
export function tooSmall(area: number, pxPerUnit: number): boolean {
  return area * pxPerUnit * pxPerUnit < MIN_TARGET * MIN_TARGET;
}

/** `codes`' shapes cut to their main territories: what a view of them frames. */
export function mainShapes(
  shapes: readonly CountryShape[],
  codes: readonly string[],
): CountryShape[] {
  return shapes
    .filter((s) => codes.includes(s.code))
    .map((s) => ({ ...s, feature: mainTerritory(s.feature)?.feature ?? s.feature }));
}
