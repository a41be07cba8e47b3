import { distanceKm } from '../geo/distance.ts';
import { endOf } from '../dates/index.ts';
import { cityOf } from '../regions/index.ts';
import { eventPhaseAt, orderForNow } from './phase.ts';
import { isCalledOff, type EventStatus } from './status.ts';

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
/** Time between two events' spans in ms: 0 when they overlap. */
function gapMs(a: NearbyCandidate['data'], b: NearbyCandidate['data']): number {
  if (b.start.getTime() > a.end.getTime()) return b.start.getTime() - a.end.getTime();
  if (a.start.getTime() > b.end.getTime()) return a.start.getTime() - b.end.getTime();
  return 0;
}

/** How far apart two events' venues are, in km (as the crow flies); undefined when either has no map point. */
export function venueDistance(a: NearbyCandidate['data'], b: NearbyCandidate['data']): number | undefined {
  const la = a.venue?.location;
  const lb = b.venue?.location;
  return la && lb ? distanceKm(la, lb) : undefined;
}

interface Found<T> {
  e: T;
  gap: number;
  distance: number;
}

/** Whether `other` is near `event` (time and place), with what the order needs; undefined when it is not. */
function nearness<T extends NearbyCandidate>(
  event: NearbyCandidate,
  city: string | undefined,
  other: T,
  km: number,
  days: number,
): Found<T> | undefined {
  if (other.id === event.id) return undefined;
  const gap = gapMs(event.data, other.data);
  if (gap > days * DAY_MS) return undefined;
  const distance = venueDistance(event.data, other.data);
  const sameCity = city !== undefined && cityOf(other.data.region)?.code === city;
  if (!sameCity && !(distance !== undefined && distance <= km)) return undefined;
  return { e: other, gap: Math.floor(gap / DAY_MS), distance: distance ?? Number.POSITIVE_INFINITY };
}

function nearestFirst<T extends NearbyCandidate>(found: Found<T>[], limit: number): T[] {
  found.sort(
    (a, b) =>
      a.gap - b.gap || a.distance - b.distance || a.e.data.start.getTime() - b.e.data.start.getTime() || a.e.id.localeCompare(b.e.id),
  );
  return found.slice(0, limit).map((x) => x.e);
}

/**
 * Events near `event`: those within a day of it first, then by days apart;
 * among equals the closer venue first, then the earlier start, then the id
 * (so the order never depends on the build). The event itself is never among them.
 */
export function nearbyEvents<T extends NearbyCandidate>(event: NearbyCandidate, all: readonly T[], options: NearbyOptions = {}): T[] {
  const { km = 30, days = 7, limit = 6 } = options;
  const city = cityOf(event.data.region)?.code;
  const found: Found<T>[] = [];
  for (const other of all) {
    const near = nearness(event, city, other, km, days);
    if (near) found.push(near);
  }
  return nearestFirst(found, limit);
}

/** What the list of nearby events needs to know of each to order and mark it. */
export interface NearbyListed {
  data: { start: Date; end: Date; allDay?: boolean | undefined; status?: EventStatus | undefined };
}

/**
 * The nearby list as the site is built (it is rebuilt whenever content
 * changes): what is on or still to come first, soonest first, then what was
 * over by `builtAt` (`over`: the page says 已结束, which stays true) and what
 * is called off, in the nearness order. A resident tapping one from WeChat
 * must not find it over without having been told. The page's script orders
 * and marks the same way by the reader's clock (LiveEventOrder.astro), for
 * what ends, starts today or is on after the build.
 */
export function nearbyAsBuilt<T extends NearbyListed>(events: readonly T[], builtAt: Date): { event: T; over: boolean }[] {
  const listed = events.map((event) => ({
    event,
    start: event.data.start,
    end: endOf(event.data),
    calledOff: isCalledOff(event.data),
  }));
  return orderForNow(listed, builtAt).map((e) => ({ event: e.event, over: !e.calledOff && eventPhaseAt(e, builtAt) === 'past' }));
}

/**
 * The same answer as nearbyEvents for every event of a site, without reading
 * the whole list for each one (a build asks on every event page, and that
 * made it quadratic): events are filed once by city and by a grid of cells
 * at least `km` wide, each file sorted by start, and an event looks only at
 * its own city and the nine cells around its venue, within the time window.
 */
export function nearbyFinder<T extends NearbyCandidate>(
  all: readonly T[],
  options: NearbyOptions = {},
): (event: NearbyCandidate) => T[] {
  const { km = 30, days = 7, limit = 6 } = options;
  const window = days * DAY_MS;
  const maxLat = Math.max(0, ...all.map((e) => Math.abs(e.data.venue?.location?.[1] ?? 0)));
  // A cell is at least `km` across in both directions, so anything within km is in the 3×3 block around a venue.
  const latStep = (km / 110.5) * 1.01;
  const lngStep = (km / (111.32 * Math.cos((Math.min(maxLat, 85) * Math.PI) / 180))) * 1.01;
  const cellOf = ([lng, lat]: readonly [number, number]) => [Math.floor(lng / lngStep), Math.floor(lat / latStep)] as const;
  const files = new Map<string, TimeFile<T>>();
  const file = (key: string, event: T) => {
    let f = files.get(key);
    if (!f) files.set(key, (f = new TimeFile<T>()));
    f.add(event);
  };
  for (const event of all) {
    const city = cityOf(event.data.region)?.code;
    if (city !== undefined) file(`city:${city}`, event);
    const location = event.data.venue?.location;
    if (location) file(`cell:${cellOf(location).join(',')}`, event);
  }
  for (const f of files.values()) f.sort();

  return (event) => {
    const city = cityOf(event.data.region)?.code;
    const keys = city !== undefined ? [`city:${city}`] : [];
    const location = event.data.venue?.location;
    if (location) {
      const [x, y] = cellOf(location);
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) keys.push(`cell:${x + dx},${y + dy}`);
    }
    const seen = new Set<T>();
    const found: Found<T>[] = [];
    const from = event.data.start.getTime() - window;
    const to = event.data.end.getTime() + window;
    for (const key of keys) {
      for (const other of files.get(key)?.overlapping(from, to) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        const near = nearness(event, city, other, km, days);
        if (near) found.push(near);
      }
    }
    return nearestFirst(found, limit);
  };
}

/** Events sorted by start, answering "which may overlap [from, to]" by binary search on the start. */
class TimeFile<T extends NearbyCandidate> {
  private events: T[] = [];
  private longest = 0;

  add(event: T): void {
    this.events.push(event);
    this.longest = Math.max(this.longest, event.data.end.getTime() - event.data.start.getTime());
  }

  sort(): void {
    this.events.sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
  }

  *overlapping(from: number, to: number): Generator<T> {
    // An event that ends at or after `from` started no earlier than from − the longest event.
    const earliest = from - this.longest;
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.events[mid]!.data.start.getTime() < earliest) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.events.length && this.events[i]!.data.start.getTime() <= to; i++) yield this.events[i]!;
  }
}
