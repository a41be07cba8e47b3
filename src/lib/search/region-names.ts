import { province, allCounties, cities } from '../regions/index.ts';
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
  for (const region of [province(), ...cities(), ...allCounties()]) {
    if (region.shortName !== region.name) map[region.name] = region.shortName;
  }
  for (const [shortName, ...called] of placeSynonymGroups()) for (const word of called) map[word] ??= shortName!;
  return map;
}
