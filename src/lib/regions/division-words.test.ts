import { afterEach, describe, expect, it, vi } from 'vitest';
import { divisionWords } from '../../i18n/zh-CN/divisions.ts';
import { provincesWithData, readRegionData, type RegionData } from './data-files.ts';
import { divisionMixOf } from './division-kinds.ts';
import { contentForProvince } from './test-support.ts';

/**
 * Every province's words for its divisions, from its region data: where every
 * prefecture-level division is a 市, the words the site always had; where
 * some are 盟, 自治州 or 地区, words that name each kind (盟市, 市（州）,
 * 地（州、市）); where some counties are banners (旗), 旗县（市、区）.
 */
const all = provincesWithData().map((code) => ({ code, data: readRegionData(code) }));
const wordsOf = (data: RegionData) => divisionWords(divisionMixOf(data));

/** What a prefecture-level division is called in a word for them all: 市, 盟, 州 (自治州), 地 (地区). */
const kindWord = (name: string) => (name.endsWith('自治州') ? '州' : name.endsWith('地区') ? '地' : name.endsWith('盟') ? '盟' : '市');
const allCities = (data: RegionData) => data.cities.every((c) => kindWord(c.name) === '市');
const hasBanners = (data: RegionData) => data.counties.some((c) => c.name.endsWith('旗'));

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('a province’s words for its divisions', () => {
  it('stay the site’s own where every prefecture-level division is a city (广东 and the like)', () => {
    const plain = all.filter(({ data }) => data.cities.length > 0 && allCities(data) && !hasBanners(data));
    expect(plain.map((p) => p.code)).toContain('440000');
    for (const { code, data } of plain)
      expect(wordsOf(data), code).toMatchObject({
        or: '地市或县（市、区）',
        and: '地市、县（市、区）',
        city: '地市',
        cities: '地级市',
        counted: '地级以上市',
        cityLevel: '地市级',
        cityOwn: '地市本级',
        ownLevel: '市本级',
        county: '县（市、区）',
        countyShort: '县区',
        countyLevel: '县级',
        awards: { city: '市级', district: '区县级' },
      });
  });

  it('name every kind of prefecture-level division a province has, wherever some is not a city', () => {
    const mixed = all.filter(({ data }) => !allCities(data));
    // 内蒙古, and the provinces with 自治州 or 地区 (四川, 云南, 新疆, 黑龙江 …).
    expect(mixed.length).toBeGreaterThan(10);
    for (const { code, data } of mixed) {
      const words = wordsOf(data);
      for (const kind of new Set(data.cities.map((c) => kindWord(c.name)))) expect(words.city, `${code} ${kind}`).toContain(kind);
      expect(words.city).not.toBe('地市');
      for (const word of [words.cities, words.counted]) expect(word, code).toBe(words.city);
      expect([words.cityLevel, words.cityOwn, words.awards.city]).toEqual([`${words.city}级`, `${words.city}本级`, `${words.city}级`]);
      expect(words.or).toBe(`${words.city}或${words.county}`);
      expect(words.and).toBe(`${words.city}、${words.county}`);
    }
  });

  it('are each province’s own usage: 盟市, 市（州）, 州（市） in 云南, 市（地）, 地（州、市）', () => {
    const city = (code: string) => wordsOf(readRegionData(code)).city;
    expect(city('150000')).toBe('盟市');
    expect(city('510000')).toBe('市（州）');
    expect(city('530000')).toBe('州（市）');
    expect(city('230000')).toBe('市（地）');
    expect(city('650000')).toBe('地（州、市）');
  });

  it('say 旗县（市、区） where some county-level divisions are banners (内蒙古), 县（市、区） elsewhere', () => {
    for (const { code, data } of all.filter(({ data }) => data.cities.length > 0)) {
      const words = wordsOf(data);
      expect(words.county, code).toBe(hasBanners(data) ? '旗县（市、区）' : '县（市、区）');
      expect(words.countyLevel, code).toBe(hasBanners(data) ? '旗县级' : '县级');
      expect(words.awards.district, code).toBe(hasBanners(data) ? '旗县级' : '区县级');
    }
    expect(all.filter(({ data }) => hasBanners(data)).map((p) => p.code)).toEqual(['150000']);
  });

  it('are 区县 for a municipality, which gives no city award', () => {
    for (const { code, data } of all.filter(({ data }) => data.cities.length === 0)) {
      const words = wordsOf(data);
      expect([words.or, words.and], code).toEqual(['区县', '区县']);
      expect(words.awards.city).toBeUndefined();
    }
  });

  it('are what the messages of a 内蒙古 site say', async () => {
    vi.stubEnv('CONTENT_DIR', contentForProvince('150000'));
    vi.resetModules();
    const r = await import('./index.ts');
    const { inputText } = await import('../../i18n/zh-CN/input.ts');
    const data = readRegionData('150000');
    expect(r.placeWords().divisions).toMatchObject({ city: '盟市', county: '旗县（市、区）', cityOwn: '盟市本级' });
    expect(r.provinceShape().divisions).toEqual(r.placeWords().divisions);
    expect(inputText.region.unknownName(r.placeWords(), '火星', [])).toContain(`不是${data.province.name}的盟市或旗县（市、区）`);
  });
});
