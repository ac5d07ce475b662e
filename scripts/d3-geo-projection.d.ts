// d3-geo-projection has no published types; the map script uses only geoProject.
declare module 'd3-geo-projection' {
  import type { GeoProjection } from 'd3-geo';
  export function geoProject<T>(object: T, projection: GeoProjection): T;
}
