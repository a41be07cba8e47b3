/**
 * Divisions whose short name is also an everyday word: 光明 (深圳's 光明区,
 * and "bright"), 和平 (河源's 和平县, and "peace"). Data, by province:
 * everyday-place-names.json. Search takes such a name for the place only
 * with its city's name or its own ending (src/lib/search/region-names.ts).
 */
import table from './everyday-place-names.json' with { type: 'json' };
import { province } from './index.ts';

/** A division and the everyday word its short name is (everyday-place-names.json). */
export interface EverydayPlaceName {
  code: string;
  /** Its short name: `光明`. */
  word: string;
  /** The word's everyday sense, for whoever reads the data file. */
  means: string;
  /** What residents type it in with that sense (世界和平): the search tests ask them. */
  examples: readonly string[];
}

const byProvince: Readonly<Record<string, readonly EverydayPlaceName[]>> = table.provinces;

/** The everyday-word divisions of the province `provinceCode`; none for a province the file leaves out. */
export function everydayPlaceNames(provinceCode: string): readonly EverydayPlaceName[] {
  return byProvince[provinceCode] ?? [];
}

/** The codes of the configured province's divisions whose short name alone names no place in a query. */
export function everydayNamedCodes(): ReadonlySet<string> {
  return new Set(everydayPlaceNames(province().code).map((place) => place.code));
}
