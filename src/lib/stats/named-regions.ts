/**
 * Regions a summary names (late reports, an import's updated or kept
 * regions): every one, since an official acts on each name and "等" hides
 * the ones to act on. A short list stays on one line; a longer one goes a
 * line per city, its own report first, as the chase list of missing regions.
 */
import { cityOf, regionByCode } from '../regions/index.ts';

/** Names up to this many fit one line of a terminal. */
const ONE_LINE = 20;

export interface CityNames {
  /** The city's name, or the region's own code when it has none. */
  city: string;
  names: string[];
}
export type NamedRegions = { oneLine: string } | { byCity: CityNames[] };

export function nameRegions(codes: readonly string[], name: (code: string) => string): NamedRegions {
  if (codes.length <= ONE_LINE) return { oneLine: codes.map(name).join('、') };
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const city = cityOf(code)?.code ?? code;
    const group = groups.get(city) ?? [];
    // The city's own report leads its line.
    if (code === city) group.unshift(name(code));
    else group.push(name(code));
    groups.set(city, group);
  }
  return {
    byCity: [...groups]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([city, names]) => ({ city: regionByCode(city)?.name ?? city, names })),
  };
}
