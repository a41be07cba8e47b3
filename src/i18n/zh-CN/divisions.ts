/**
 * How pages and messages call the province's divisions, as the province
 * itself does (the facts from src/lib/regions/division-kinds.ts): where every
 * prefecture-level division is a city, 地市 (地级市 in a heading, 地级以上市 in
 * a count) and 县（市、区）; 内蒙古, with its 盟 and 旗, says 盟市 and
 * 旗县（市、区）; a province with 自治州 says 市（州） (云南 州（市）), one with
 * 地区 市（地）, and one with both 地（州、市）. A municipality has no cities:
 * its districts are 区县.
 */
import type { CityKind, DivisionMix } from '../../lib/regions/division-kinds.ts';

export interface DivisionWords {
  /** `或`: 地市或县（市、区）; a municipality's 区县 (it has no cities). */
  or: string;
  /** `和`: 地市、县（市、区）; 区县 in a municipality. */
  and: string;
  /** The prefecture-level divisions together, in a count or a column: 地市, 盟市, 市（州） (已报送：地市 5/12 个, 所属地市). */
  city: string;
  /** As a heading says them: 地级市, 盟市 (各地级市情况). */
  cities: string;
  /** As a count says them: 地级以上市, 盟市 (21 个地级以上市). */
  counted: string;
  /** Their level: 地市级, 盟市级. */
  cityLevel: string;
  /** Their own level, apart from their counties: 地市本级, 盟市本级. */
  cityOwn: string;
  /** What a city's own report covers, as its row says: 市本级, 盟市本级 (地市一行应只填市本级组织的活动). */
  ownLevel: string;
  /** The county-level divisions: 县（市、区）, 旗县（市、区）. */
  county: string;
  /** The same, short, inside a parenthesis: 县区, 旗县区 (不含下辖县区). */
  countyShort: string;
  /** Their level: 县级, 旗县级. */
  countyLevel: string;
  /** The award levels a city and a county give: 市级 and 区县级, 盟市级 and 旗县级; no city level in a municipality. */
  awards: { city?: string; district: string };
  /** Other words editors write for those levels (盟级, 旗县级, 旗级), read as them. */
  awardAliases: { city: string[]; district: string[] };
}

/** A prefecture-level division's own word, before 本级 (盟本级), and what it is under its province (锡林郭勒盟 内蒙古自治区所辖盟). */
export const cityKinds: Record<CityKind, { own: string; under: string; short: string }> = {
  city: { own: '市', under: '地级以上市', short: '市' },
  league: { own: '盟', under: '所辖盟', short: '盟' },
  prefecture: { own: '州', under: '所辖自治州', short: '州' },
  area: { own: '地区', under: '所辖地区', short: '地' },
};

/** The prefecture-level divisions together where not all are cities: 盟市, 市（州）, 州（市）, 市（地）, 地（州、市）. */
function together(mix: DivisionMix): string | undefined {
  const others = mix.cityKinds.filter((k): k is Exclude<CityKind, 'city'> => k !== 'city');
  const has = (...kinds: Exclude<CityKind, 'city'>[]) => others.length === kinds.length && kinds.every((k) => others.includes(k));
  if (others.length === 0) return undefined;
  if (has('league')) return '盟市';
  if (has('prefecture')) return mix.prefecturesFirst ? '州（市）' : '市（州）';
  if (has('prefecture', 'area')) return '地（州、市）';
  return `市（${others.map((k) => cityKinds[k].short).join('、')}）`;
}

export function divisionWords(mix: DivisionMix): DivisionWords {
  const banners = mix.banners;
  const county = banners ? '旗县（市、区）' : '县（市、区）';
  const counties = {
    county,
    countyShort: banners ? '旗县区' : '县区',
    countyLevel: banners ? '旗县级' : '县级',
  };
  const district = banners ? '旗县级' : '区县级';
  const districtAliases = banners ? ['旗县', '旗级', '旗县（市、区）级'] : [];
  const cityAliases = mix.cityKinds.filter((k) => k !== 'city').map((k) => `${cityKinds[k].own}级`);
  const words = together(mix);
  const cities = words
    ? { city: words, cities: words, counted: words, cityLevel: `${words}级`, cityOwn: `${words}本级`, ownLevel: `${words}本级` }
    : { city: '地市', cities: '地级市', counted: '地级以上市', cityLevel: '地市级', cityOwn: '地市本级', ownLevel: '市本级' };
  const awards = { city: words ? `${words}级` : '市级', district };
  const awardAliases = { city: words ? [words, ...cityAliases] : [], district: districtAliases };
  if (!mix.hasCities) return { or: '区县', and: '区县', ...cities, ...counties, awards: { district }, awardAliases };
  return { or: `${cities.city}或${county}`, and: `${cities.city}、${county}`, ...cities, ...counties, awards, awardAliases };
}
