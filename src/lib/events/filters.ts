import { collectionPath, eventsForAudiencePath, eventsInCityPath, eventsModePath, eventTypePath } from '../urls.ts';
import { audiencesServed } from '../content/fields.ts';
import { cityOf, province } from '../regions/index.ts';

/**
 * Narrowing the event list without JavaScript: every useful filter is a
 * pre-rendered page, and each page shows chip rows whose counts say how many
 * events a click would list. City and type combine (one city AND one type);
 * audience and online/offline are views of their own. An event for 所有人
 * is listed under every audience (audiencesServed).
 */
export type EventMode = 'online' | 'offline';
export const EVENT_MODES: readonly EventMode[] = ['online', 'offline'];

export interface EventFilter {
  /** A city code, or the province's for province-level events. */
  city?: string | undefined;
  type?: string | undefined;
  audience?: string | undefined;
  mode?: EventMode | undefined;
}

/** The part of an event the filters read (structurally, so no Astro import). */
export interface FilterableEvent {
  type: string;
  region: string;
  audience: readonly string[];
  online?: string | undefined;
  venue?: unknown;
}

/**
 * The city an event counts under: a county's event is its city's; an event of
 * the province itself (region 440000) counts under the province's code.
 */
export function eventCity(event: Pick<FilterableEvent, 'region'>): string | undefined {
  if (event.region === province().code) return province().code;
  return cityOf(event.region)?.code;
}

/** An event with both a venue and an online link is found under both. */
export function hasMode(event: FilterableEvent, mode: EventMode): boolean {
  return mode === 'online' ? Boolean(event.online) : Boolean(event.venue);
}

export function matchesFilter(event: FilterableEvent, filter: EventFilter): boolean {
  if (filter.city !== undefined && eventCity(event) !== filter.city) return false;
  if (filter.type !== undefined && event.type !== filter.type) return false;
  if (filter.audience !== undefined && !audiencesServed(event.audience).includes(filter.audience)) return false;
  if (filter.mode !== undefined && !hasMode(event, filter.mode)) return false;
  return true;
}

/** Keeps the given order (the build's chronological one). */
export function filterEvents<T extends { data: FilterableEvent }>(events: readonly T[], filter: EventFilter): T[] {
  return events.filter((e) => matchesFilter(e.data, filter));
}

const isSet = (value: unknown) => value !== undefined;

/** One string per filter (`440100|seminar||`), to keep a filter's results once per build. */
export function filterKey(filter: EventFilter): string {
  return [filter.city, filter.type, filter.audience, filter.mode].map((v) => v ?? '').join('|');
}

/**
 * The page that lists a filter's events, or null when the site has no page
 * for that combination (only city and type combine).
 */
export function eventFilterPath(filter: EventFilter): string | null {
  const { city, type, audience, mode } = filter;
  const set = [city, type, audience, mode].filter(isSet).length;
  if (set === 0) return collectionPath('events');
  if (city !== undefined && type !== undefined) return set === 2 ? eventsInCityPath(city, type) : null;
  if (set > 1) return null;
  if (city !== undefined) return eventsInCityPath(city);
  if (type !== undefined) return eventTypePath(type);
  if (audience !== undefined) return eventsForAudiencePath(audience);
  return eventsModePath(mode!);
}

export type FacetDimension = 'city' | 'type' | 'audience' | 'mode';

export interface FacetOption {
  /** The value this chip selects; null for the row's "all" chip. */
  value: string | null;
  /** How many events the chip's page lists. */
  count: number;
  /** Where the chip leads; null when it would list nothing (shown, not linked). */
  href: string | null;
  current: boolean;
}

export interface FacetRow {
  dimension: FacetDimension;
  options: FacetOption[];
}

export interface FacetValues {
  cities: readonly string[];
  types: readonly string[];
  audiences: readonly string[];
}

/** Whether a chip on this filter's page narrows it (city and type), or opens a view of its own (on an audience or online/offline page). */
export function narrowsFurther(current: EventFilter): boolean {
  return current.audience === undefined && current.mode === undefined;
}

/**
 * Chip rows for a filter page. On a page of city and/or type, the two rows
 * narrow each other: the type row counts within the chosen city and leads to
 * the city+type page. On the full list and on audience or online/offline
 * pages, each chip is its own view. Each row starts with an "all" chip that
 * drops that row's choice. The province's chip is offered only when some
 * event belongs to the province itself.
 */
export function facetRows(events: readonly FilterableEvent[], current: EventFilter, values: FacetValues): FacetRow[] {
  const combinable = narrowsFurther(current);
  const hasProvince = events.some((e) => e.region === province().code);
  const cityValues = hasProvince && !values.cities.includes(province().code) ? [province().code, ...values.cities] : values.cities;

  const row = (dimension: FacetDimension, options: readonly string[], key: keyof EventFilter): FacetRow => {
    // The base this row's chips build on: the other combinable choice, or nothing.
    const base: EventFilter = {};
    if (combinable && dimension === 'city' && current.type !== undefined) base.type = current.type;
    if (combinable && dimension === 'type' && current.city !== undefined) base.city = current.city;
    // One pass counts every chip of the row: the events the base keeps, by their value(s) in this row.
    const counts = new Map<string | null, number>();
    const add = (value: string | null) => counts.set(value, (counts.get(value) ?? 0) + 1);
    for (const event of events) {
      if (!matchesFilter(event, base)) continue;
      add(null);
      for (const value of valuesOf(event, dimension)) add(value);
    }
    const option = (value: string | null): FacetOption => {
      const filter: EventFilter = value === null ? base : { ...base, [key]: value };
      const count = counts.get(value) ?? 0;
      const path = eventFilterPath(filter);
      return {
        value,
        count,
        href: count > 0 || value === null ? path : null,
        current: (current[key] ?? null) === value && (value !== null || isRowOnlyChoiceEmpty(current, key, combinable)),
      };
    };
    return { dimension, options: [option(null), ...options.map(option)] };
  };

  const rows = [row('city', cityValues, 'city'), row('type', values.types, 'type')];
  if (combinable && (current.city !== undefined || current.type !== undefined)) return rows;
  return [...rows, row('audience', values.audiences, 'audience'), row('mode', EVENT_MODES, 'mode')];
}

/** An event's values in a chip row: its city, its type, each of its audiences, each way to join. */
function valuesOf(event: FilterableEvent, dimension: FacetDimension): readonly string[] {
  switch (dimension) {
    case 'city': {
      const city = eventCity(event);
      return city === undefined ? [] : [city];
    }
    case 'type':
      return [event.type];
    case 'audience':
      return [...new Set(audiencesServed(event.audience))];
    case 'mode':
      return EVENT_MODES.filter((mode) => hasMode(event, mode));
  }
}

/**
 * A row's "all" chip is the current one when nothing in that row is chosen
 * and (for rows that do not combine) nothing else is either: on
 * `/events/for/elderly/` the city row's "all" is not what is shown.
 */
function isRowOnlyChoiceEmpty(current: EventFilter, key: keyof EventFilter, combinable: boolean): boolean {
  if (current[key] !== undefined) return false;
  if (!combinable) return false;
  if (key === 'city' || key === 'type') return true;
  return current.city === undefined && current.type === undefined;
}

/** The city+type pages worth building: only combinations that have events. */
export function cityTypeCombinations(events: readonly FilterableEvent[]): { city: string; type: string; count: number }[] {
  const counts = new Map<string, { city: string; type: string; count: number }>();
  for (const event of events) {
    const city = eventCity(event);
    if (city === undefined) continue;
    const key = `${city}/${event.type}`;
    const entry = counts.get(key) ?? { city, type: event.type, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => a.city.localeCompare(b.city) || a.type.localeCompare(b.type));
}
