/**
 * Regions a summary names (late reports, an import's updated or kept
 * regions, the missing ones): every one, since an official acts on each name
 * and "等" hides the ones to act on. A short list stays on one line; a longer
 * one goes a line per city, its own report first, as an official chases them
 * (one call to the city's bureau). Regions directly under the province (a
 * municipality's districts, 仙桃 in 湖北) are chased through the province.
 */
import { parentCity, province, regionByCode } from '../regions/index.ts';
import type { MissingCounties } from './progress.ts';

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

/** The counties still to report, grouped as missingCountiesByCity groups them; one group of the province's own is one line. */
export function namedMissingCounties(groups: readonly MissingCounties[]): NamedRegions {
  const names = (g: MissingCounties) => g.counties.map((p) => p.name);
  if (groups.length === 1 && regionByCode(groups[0]!.city)?.level === 'province') return { oneLine: names(groups[0]!).join('、') };
  return { byCity: groups.map((g) => ({ city: g.city, names: names(g) })) };
}

/** What a list by city is written with: a city's line, and the name of the province's own group. */
export interface ByCityWords {
  cityLine: (city: string, count: number, names: string) => string;
  directlyUnder: (province: string) => string;
}

/**
 * A heading and its regions as lines: the names on the heading's line, or the heading (called
 * without names) and a line per city under it, `indent` deeper than the words' own.
 */
export function namedLines(heading: (names?: string) => string, named: NamedRegions, words: ByCityWords, indent = ''): string[] {
  if ('oneLine' in named) return [heading(named.oneLine)];
  return [
    heading(),
    ...named.byCity.map(
      ({ city, names }) => `${indent}${words.cityLine(groupLabel(city, words.directlyUnder), names.length, names.join('、'))}`,
    ),
  ];
}
