import { geoDistance } from 'd3-geo';

/** The Earth's mean radius (IUGG), in km: distances here are for telling near from far, not for surveying. */
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance between two [longitude, latitude] points, in km (d3-geo's, on a sphere). */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  return geoDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_RADIUS_KM;
}
