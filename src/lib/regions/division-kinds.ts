/**
 * What kinds of division a province has below it, read from their names:
 * its prefecture-level divisions are cities (市) in most provinces, leagues
 * (盟) beside them in 内蒙古, autonomous prefectures (自治州) in 四川 or 云南,
 * areas (地区) in 新疆, 西藏 and 黑龙江; its county-level divisions include
 * banners (旗) in 内蒙古. Pages and messages call the divisions as the
 * province does from these facts (src/i18n/zh-CN/divisions.ts): 地市 and
 * 县（市、区） where every prefecture is a city, 盟市 and 旗县（市、区） in 内蒙古.
 * The suffixes are data: division-kinds.json.
 */
import rules from './division-kinds.json' with { type: 'json' };
import type { RegionData } from './data-files.ts';

/** A prefecture-level division's kind: 市, 盟, 自治州, 地区. */
export type CityKind = 'city' | 'league' | 'prefecture' | 'area';

/** The order kinds are listed in: cities first, then as the rules list the others. */
const KIND_ORDER: readonly CityKind[] = ['city', ...rules.cityKinds.map((k) => k.kind as CityKind)];

export function cityKindOf(name: string): CityKind {
  return (rules.cityKinds.find((k) => name.endsWith(k.suffix))?.kind as CityKind | undefined) ?? 'city';
}

/** What a province's divisions are, as its words for them depend on it. */
export interface DivisionMix {
  /** Whether it has prefecture-level divisions (a municipality has none). */
  hasCities: boolean;
  /** The kinds of its prefecture-level divisions, cities first; [] without any. */
  cityKinds: CityKind[];
  /** Whether some of its county-level divisions are banners (旗, 自治旗). */
  banners: boolean;
  /** Whether it names its autonomous prefectures before its cities (云南: 州（市）). */
  prefecturesFirst: boolean;
}

export function divisionMixOf(data: Pick<RegionData, 'province' | 'cities' | 'counties'>): DivisionMix {
  const kinds = new Set(data.cities.map((c) => cityKindOf(c.name)));
  return {
    hasCities: data.cities.length > 0,
    cityKinds: KIND_ORDER.filter((k) => kinds.has(k)),
    banners: data.counties.some((c) => c.name.endsWith(rules.bannerSuffix)),
    prefecturesFirst: rules.prefecturesFirst.includes(data.province.code),
  };
}
