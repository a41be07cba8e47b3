import { cityOf } from '../regions/index.ts';

/**
 * "附近的活动" on an event page: other events a resident could also go to,
 * near in time (within ±7 days) and in place (the same city, or a venue within
 * a short distance, which also catches the next district across a city line).
 */
export interface NearbyCandidate {
  id: string;
  data: {
    region: string;
    start: Date;
    end: Date;
    venue?: { location?: readonly [number, number] | [number, number] | undefined } | undefined;
  };
}

export interface NearbyOptions {
  /** Venues this close count as near whatever their city (default 30 km). */
  km?: number;
  /** How far apart in time, in days (default 7). */
  days?: number;
  /** How many to show (default 6). */
  limit?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const EARTH_RADIUS_KM = 6371;

/** Great-circle distance between two [longitude, latitude] points, in km. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b[1] - a[1]);
  const dLng = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Time between two events' spans in ms: 0 when they overlap. */
function gapMs(a: NearbyCandidate['data'], b: NearbyCandidate['data']): number {
  if (b.start.getTime() > a.end.getTime()) return b.start.getTime() - a.end.getTime();
  if (a.start.getTime() > b.end.getTime()) return a.start.getTime() - b.end.getTime();
  return 0;
}

function venueDistance(a: NearbyCandidate['data'], b: NearbyCandidate['data']): number | undefined {
  const la = a.venue?.location;
  const lb = b.venue?.location;
  return la && lb ? distanceKm(la, lb) : undefined;
}

/**
 * Events near `event`: those within a day of it first, then by days apart;
 * among equals the closer venue first, then the earlier start, then the id
 * (so the order never depends on the build). The event itself is never among them.
 */
export function nearbyEvents<T extends NearbyCandidate>(event: NearbyCandidate, all: readonly T[], options: NearbyOptions = {}): T[] {
  const { km = 30, days = 7, limit = 6 } = options;
  const city = cityOf(event.data.region)?.code;
  const found: { e: T; gap: number; distance: number }[] = [];
  for (const other of all) {
    if (other.id === event.id) continue;
    const gap = gapMs(event.data, other.data);
    if (gap > days * DAY_MS) continue;
    const distance = venueDistance(event.data, other.data);
    const sameCity = city !== undefined && cityOf(other.data.region)?.code === city;
    if (!sameCity && !(distance !== undefined && distance <= km)) continue;
    found.push({ e: other, gap: Math.floor(gap / DAY_MS), distance: distance ?? Number.POSITIVE_INFINITY });
  }
  found.sort(
    (a, b) =>
      a.gap - b.gap ||
      a.distance - b.distance ||
      a.e.data.start.getTime() - b.e.data.start.getTime() ||
      a.e.id.localeCompare(b.e.id),
  );
  return found.slice(0, limit).map((x) => x.e);
}
