import { allCounties, cities, cityOf, countiesOf, province, type Region } from './index.ts';

/**
 * The division an address names at its start, as a venue's address is
 * written: `广州市天河区珠江东路4号` → 天河区, `东莞市南城街道…` → 东莞市,
 * `台山市台城街道` → 台山市. Full names only (广州市, 天河区): a street may
 * begin with a short one (中山大道, 天河路). A county is read alone only
 * when its full name is three characters or more and no other's (not 城区).
 * Undefined when the address names none.
 */
export function regionNamedByAddress(address: string): Region | undefined {
  let text = address.normalize('NFKC').replace(/\s+/gu, '');
  for (const name of [province().name, province().shortName]) if (text.startsWith(name)) text = text.slice(name.length);
  const city = cities().find((c) => text.startsWith(c.name));
  if (city) {
    const rest = text.slice(city.name.length);
    return countiesOf(city.code).find((county) => rest.startsWith(county.name)) ?? city;
  }
  const counties = allCounties().filter((county) => [...county.name].length >= 3 && text.startsWith(county.name));
  return counties.length === 1 ? counties[0] : undefined;
}

/** Whether an address naming `named` can be the venue of an event filed under `region` (its own division or one within it). */
export function addressFitsRegion(named: Region, region: Region): boolean {
  if (region.level === 'province' || named.code === region.code) return true;
  if (region.level === 'city') return cityOf(named.code)?.code === region.code;
  // A county's event at an address naming only its city says too little to judge.
  return named.level === 'city' && cityOf(region.code)?.code === named.code;
}
