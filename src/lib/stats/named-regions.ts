/**
 * Regions a summary names (late reports, an import's updated or kept
 * regions, the missing ones): every one, since an official acts on each name
 * and "等" hides the ones to act on. A short list stays on one line; a longer
 * one goes a line per city, its own report first, as an official chases them
 * (one call to the city's bureau). Regions directly under the province (a
 * municipality's districts, 仙桃 in 湖北) are chased through the province.
 */
import { parentCity, province, regionByCode } from '../regions/index.ts';

/** Names up to this many fit one line of a terminal. */
const ONE_LINE = 20;

export interface CityNames {
  /** The city's code, or the province's for the regions directly under it. */
  city: string;
  names: string[];
}
export type NamedRegions = { oneLine: string } | { byCity: CityNames[] };

/** Whom a region is chased through: a city itself, a county's city, or the province for a county directly under it. */
export function chasedThrough(code: string): string {
  const region = regionByCode(code);
  if (region?.level !== 'county') return code;
  return parentCity(code)?.code ?? province().code;
}

/** A group's name on its line: the city's, or `directly(<province>)` (湖北省直辖) for the regions directly under the province. */
export function groupLabel(code: string, directly: (province: string) => string): string {
  const region = regionByCode(code);
  return region?.level === 'province' ? directly(region.name) : (region?.name ?? code);
}

export function nameRegions(codes: readonly string[], name: (code: string) => string): NamedRegions {
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const city = chasedThrough(code);
    const group = groups.get(city) ?? [];
    // The city's own report leads its line.
    if (code === city) group.unshift(name(code));
    else group.push(name(code));
    groups.set(city, group);
  }
  // One group (a municipality's districts) is one line however long: a heading over it would say nothing.
  if (codes.length <= ONE_LINE || groups.size === 1) return { oneLine: codes.map(name).join('、') };
  return { byCity: [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([city, names]) => ({ city, names })) };
}
