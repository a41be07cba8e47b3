import { parseBeijingDate } from '../dates/index.ts';
import { subdivisions, cityOf } from '../regions/index.ts';
import type { Region } from '../regions/index.ts';
import { nightOf } from './night-of.ts';
import type { LightingItem } from './types.ts';

export interface LightingNight {
  /** `2023-11-18`: the Beijing day the night begins (see night-of.ts for the rule). */
  night: string;
  /** Midnight Beijing time at the start of that day, for `formatDateZh` and `weekdayZh`. */
  date: Date;
  /** By start, then by id. */
  items: LightingItem[];
}

export interface LightingCity {
  city: Region;
  /** The city's own items and its counties' items, by start, then by id. */
  items: LightingItem[];
}

/** Chronological, then by id, so the order never depends on the file's order or on when the build runs. */
export function byStartThenId(a: LightingItem, b: LightingItem): number {
  return a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Nights in order; a night appears only if something lights up in it. */
export function groupByNight(items: readonly LightingItem[]): LightingNight[] {
  const byNight = new Map<string, LightingItem[]>();
  for (const item of [...items].sort(byStartThenId)) {
    const night = nightOf(item.start);
    const list = byNight.get(night);
    if (list) list.push(item);
    else byNight.set(night, [item]);
  }
  return [...byNight.keys()].sort().map((night) => ({
    night,
    date: parseBeijingDate(night) as Date,
    items: byNight.get(night) ?? [],
  }));
}

/**
 * Cities (and counties directly under the province) by code; a county's
 * items count under its city (天河区 → 广州市). With `includeEmpty`, every
 * one comes back, those without items with [].
 */
export function groupByCity(items: readonly LightingItem[], options: { includeEmpty?: boolean } = {}): LightingCity[] {
  const byCity = new Map<string, LightingItem[]>();
  for (const item of [...items].sort(byStartThenId)) {
    const city = cityOf(item.region);
    // validateLighting only lets through city and county codes, so this is a programming error.
    if (!city) throw new Error(`lighting item ${item.id}: region ${item.region} is in no city`);
    const list = byCity.get(city.code);
    if (list) list.push(item);
    else byCity.set(city.code, [item]);
  }
  return subdivisions()
    .filter((city) => options.includeEmpty || byCity.has(city.code))
    .map((city) => ({ city, items: byCity.get(city.code) ?? [] }));
}
