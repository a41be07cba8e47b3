import { commonAbbreviations, ownSuffixSpellings } from '../regions/abbreviations.ts';
import { allCounties, cities, province } from '../regions/index.ts';
import type { SynonymGroups } from './synonyms.ts';

/**
 * Search words for the site's own places as people write them: 呼市 for
 * 呼和浩特, 科右前旗 for 科尔沁右翼前旗, 莫旗 and 莫力达瓦旗 for
 * 莫力达瓦达斡尔族自治旗. One group a division, its short name (which its
 * name contains) and what it is called for short: the province's common
 * abbreviations (src/lib/regions/abbreviations.json) and a banner's stem
 * with 旗, which the region reader takes too. Only the configured
 * province's divisions: another province's site indexes none of them
 * (广东's, none at all).
 */
export function placeSynonymGroups(): SynonymGroups {
  const common = new Map(commonAbbreviations(province().code).map((entry) => [entry.code, entry.abbreviations]));
  return [...cities(), ...allCounties()].flatMap((region) => {
    const called = [...(common.get(region.code) ?? []), ...ownSuffixSpellings(region.name, region.shortName)];
    return called.length > 0 ? [[...new Set([region.shortName, ...called])]] : [];
  });
}
