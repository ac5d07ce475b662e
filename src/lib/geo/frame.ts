/**
 * The frame the map file is projected into at build time (scripts/prepare-map.ts):
 * Equal Earth, fitted with a little room around it. The app only scales it.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Width ÷ height of the Equal Earth world, with a little room around it. */
export const MAP_ASPECT = 2.05;
export const FRAME = { width: 1000, height: 1000 / MAP_ASPECT, padding: 4 } as const;

/** Countries keyed by ISO alpha-3 (no id for the few without one). */
export type WorldMap = Topology<{ countries: GeometryCollection }>;
