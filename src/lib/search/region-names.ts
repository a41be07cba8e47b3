import { pinyin } from 'pinyin-pro';
import { everydayNamedCodes } from '../regions/everyday-place-names.ts';
import { province, allCounties, cities, parentCity, type Region } from '../regions/index.ts';
import { placeSynonymGroups } from './place-synonyms.ts';

/**
 * 广州市 → 广州, 荔湾区 → 荔湾, 连山壮族瑶族自治县 → 连山, 海南省 → 海南:
 * every division of the site's province whose short name differs from its
 * name; and what a division is called for short, as the search index knows
 * it (place-synonyms.ts), to its short name: 呼市 → 呼和浩特, 科右前旗 →
 * 科尔沁右翼前, so that a query for 呼市 looks for 呼和浩特's pages rather
 * than any page with 呼 and 市 (呼伦贝尔市). The search page receives this
 * map from the build (a few KB of HTML) rather than bundling the whole
 * regions table into its script.
 */
export function regionShortNames(): Record<string, string> {
  const map: Record<string, string> = {};
  const everyday = everydayNamedCodes();
  for (const region of [province(), ...cities(), ...allCounties()]) {
    if (everyday.has(region.code)) Object.assign(map, everydayNamesAsRead(region));
    else if (region.shortName !== region.name) map[region.name] = region.shortName;
  }
  for (const [shortName, ...called] of placeSynonymGroups()) for (const word of called) map[word] ??= shortName!;
  return map;
}

/**
 * How a query names a division whose short name is an everyday word (光明:
 * src/lib/regions/everyday-place-names.json): with its city's short name
 * (深圳光明), or in full where it has no city (a municipality's 和平区).
 */
export function everydayPlaceAsNamed(region: Region): string {
  const city = parentCity(region.code);
  return city ? city.shortName + region.shortName : region.name;
}

/** 光明区, 深圳市光明区, 深圳光明区 → 深圳光明; 光明 alone stays the word it is. */
function everydayNamesAsRead(region: Region): Record<string, string> {
  const city = parentCity(region.code);
  if (!city) return {};
  const names = [region.name, city.name + region.name, city.shortName + region.name];
  const asNamed = everydayPlaceAsNamed(region);
  return Object.fromEntries(names.filter((name) => name !== region.shortName).map((name) => [name, asNamed]));
}

/**
 * guangzhou → 广州, panyu → 番禺: each city's and county's short name in
 * pinyin, for a reader whose input method was off, or who writes the place
 * as a road sign spells it. A spelling two places share names neither, and
 * a county whose short name is an everyday word (光明) has none.
 */
export function regionPinyin(): Record<string, string> {
  const everyday = everydayNamedCodes();
  const places = new Map<string, Set<string>>();
  for (const region of [...cities(), ...allCounties()]) {
    if (everyday.has(region.code)) continue;
    const spelled = pinyin(region.shortName, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
    places.set(spelled, (places.get(spelled) ?? new Set()).add(region.shortName));
  }
  return Object.fromEntries([...places].filter(([, names]) => names.size === 1).map(([spelled, names]) => [spelled, [...names][0]!]));
}
