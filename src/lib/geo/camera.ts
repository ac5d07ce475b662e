/**
 * The map's camera, pure: the transform that frames a set of countries, and the
 * smooth path (d3's interpolateZoom) from one transform to another. The map
 * applies them (components/WorldMap/map-zoom.svelte.ts, lib/geo/fly.ts).
 */
import type { GeoStreamWrapper } from 'd3-geo';
import { interpolateZoom, type ZoomView } from 'd3-interpolate';
import { cubicInOut } from 'svelte/easing';
import { boundsOf, type Bounds } from './projection';
import { mainShapes } from './territory';
import type { CountryShape } from './world';

/** Scale, then translate, in screen pixels: d3-zoom's transform without its methods. */
export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };
/** From the whole world to eight times closer. */
export const SCALE_EXTENT: [number, number] = [1, 8];

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

/**
 * The transform that frames the countries `codes` on their main territories (France
 * without French Guiana); none of them drawn: undefined.
 */
export function framing(
  projection: GeoStreamWrapper,
  shapes: readonly CountryShape[],
  codes: readonly string[],
  width: number,
  height: number,
): ZoomTransform | undefined {
  const box = boundsOf(projection, mainShapes(shapes, codes), codes);
  return box && fitTransform(box, width, height);
}

/** The view a transform shows, as d3's interpolateZoom wants it: centre and width in map units. */
export function viewOf(t: ZoomTransform, width: number, height: number): ZoomView {
  return [(width / 2 - t.x) / t.k, (height / 2 - t.y) / t.k, width / t.k];
}

export function transformOf(view: ZoomView, width: number, height: number): ZoomTransform {
  const k = width / view[2];
  return { k, x: width / 2 - view[0] * k, y: height / 2 - view[1] * k };
}

/** A move from one transform to another: how long it takes, and where it is at each moment. */
export interface Flight {
  /** Milliseconds: d3's own estimate for the path, kept between 300 and 1200. */
  duration: number;
  /** The transform when `progress` (0 → 1, of the time) has passed; eased in and out. */
  at(progress: number): ZoomTransform;
}

export function flight(
  from: ZoomTransform,
  to: ZoomTransform,
  width: number,
  height: number,
): Flight {
  const path = interpolateZoom(viewOf(from, width, height), viewOf(to, width, height));
  return {
    duration: Math.min(1200, Math.max(300, path.duration)),
    at: (progress) =>
      progress >= 1 ? to : transformOf(path(cubicInOut(Math.max(0, progress))), width, height),
  };
}
