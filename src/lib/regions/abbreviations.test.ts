import { describe, expect, it } from 'vitest';
import table from './abbreviations.json' with { type: 'json' };
import { abbreviationFit, commonAbbreviations } from './abbreviations.ts';
import { readRegionData } from './data-files.ts';
import { shortNameOf, type Region } from './index.ts';
import { createRegionResolver } from './resolve-name.ts';

/** A province's directory from its shipped data, as the regions module builds it. */
function directoryOf(code: string) {
  const data = readRegionData(code);
  const of = (r: { code: string; name: string }, level: Region['level'], parent: string): Region => ({
    code: r.code,
    name: r.name,
    shortName: shortNameOf(r.name),
    level,
    parent,
  });
  const province: Region = { code, name: data.province.name, shortName: shortNameOf(data.province.name), level: 'province' };
  const counties = data.counties.map((c) => of(c, 'county', c.parent));
  const cities = [...data.cities.map((c) => of(c, 'city', code)), ...counties.filter((c) => c.parent === code)];
  return {
    divisions: [...data.cities.map((c) => of(c, 'city', code)), ...counties],
    resolve: createRegionResolver({ province, cities, countiesOf: (city) => counties.filter((c) => c.parent === city) }),
  };
}

describe('the common abbreviations (abbreviations.json)', () => {
  const provinces = Object.keys(table.provinces);

  it('lists 内蒙古’s, among others a province may have', () => {
    expect(provinces).toContain('150000');
    expect(commonAbbreviations('150000').length).toBeGreaterThan(10);
    expect(commonAbbreviations('990000')).toEqual([]);
  });

  it.each(provinces)('names each division of %s by its code and official name, and each abbreviation once', (province) => {
    const { divisions } = directoryOf(province);
    const seen = new Set<string>();
    for (const { code, name, abbreviations } of commonAbbreviations(province)) {
      expect(divisions.find((d) => d.code === code)?.name, code).toBe(name);
      expect(abbreviations.length, name).toBeGreaterThan(0);
      for (const abbreviation of abbreviations) {
        expect(seen.has(abbreviation), abbreviation).toBe(false);
        seen.add(abbreviation);
        // The rule's letters: a slip in the data file (科左前旗 for 科尔沁右翼前旗) is caught here.
        expect(abbreviationFit(abbreviation, name), `${abbreviation} ${name}`).toBeDefined();
        // …and no division's own name or short name.
        expect(
          divisions.filter((d) => d.name === abbreviation || d.shortName === abbreviation).map((d) => d.name),
          abbreviation,
        ).toEqual([]);
      }
    }
  });

  it.each(provinces)('is how the region reader of %s reads each abbreviation, saying so', (province) => {
    const { resolve } = directoryOf(province);
    for (const { code, abbreviations } of commonAbbreviations(province))
      for (const abbreviation of abbreviations)
        expect(resolve(abbreviation), abbreviation).toMatchObject({ status: 'found', region: { code }, matchedAs: 'abbreviation' });
  });
});
