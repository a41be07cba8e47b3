import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { provinceKind } from './province-kind.ts';
import { readRegionData } from './data-files.ts';
import { contentForProvince } from './test-support.ts';

/** The regions module as a site configured for `code` sees it. */
async function regionsOf(code: string) {
  vi.stubEnv('CONTENT_DIR', contentForProvince(code));
  vi.resetModules();
  return import('./index.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('a province whose county-level cities sit directly under it (海南 460000)', () => {
  const data = readRegionData('460000');
  const direct = data.counties.filter((c) => c.parent === '460000');

  it('divides first into its cities and the counties directly under it', async () => {
    const r = await regionsOf('460000');
    expect(r.province()).toMatchObject({ code: '460000', name: data.province.name, level: 'province' });
    expect(r.cities().map((c) => c.code)).toEqual(data.cities.map((c) => c.code));
    expect(r.subdivisions().map((s) => s.code)).toEqual([...data.cities, ...direct].map((d) => d.code).sort());
    expect(direct.length).toBeGreaterThan(10);
    expect(r.allCounties()).toHaveLength(data.counties.length);
  });

  it('treats a county directly under the province as its own city for grouping, with no parent city', async () => {
    const r = await regionsOf('460000');
    const wenchang = direct.find((c) => c.code === '469005')!;
    expect(r.regionByCode('469005')).toMatchObject({ name: wenchang.name, level: 'county', parent: '460000' });
    expect(r.cityOf('469005')?.code).toBe('469005');
    // A row names it alone, as it does a city.
    expect(r.cityThenCounty('469005').map((c) => c.code)).toEqual(['469005']);
    expect(r.parentCity('469005')).toBeUndefined();
    expect(r.levelOfCode('469005')).toBe('county');
  });

  it('knows a city without counties (儋州 460400) and one with (海口 460100)', async () => {
    const r = await regionsOf('460000');
    expect(r.countiesOf('460400')).toEqual([]);
    expect(r.cityOf('460400')?.code).toBe('460400');
    expect(r.countiesOf('460100').map((c) => c.code)).toEqual(data.counties.filter((c) => c.parent === '460100').map((c) => c.code));
    expect(r.regionByCode('440100')).toBeUndefined();
  });

  it('quotes its own first city, and a district of it, in messages', async () => {
    const r = await regionsOf('460000');
    const city = data.cities[0]!;
    const county = data.counties.find((c) => c.parent === city.code)!;
    expect(r.placeWords()).toEqual({
      name: data.province.name,
      kind: provinceKind(data.province.name),
      // Hainan's filing numbers begin 琼 (琼ICP备…).
      filingPrefix: '琼',
      publicSecurityPrefix: '琼',
      // Every prefecture of Hainan is a city: Guangdong's words (division-words.test.ts has the others).
      divisions: expect.objectContaining({
        or: '地市或县（市、区）',
        and: '地市、县（市、区）',
        city: '地市',
        county: '县（市、区）',
      }),
      code: '460000',
      example: city,
      typed: {
        city: r.shortNameOf(city.name),
        county: county.name,
        countyShort: r.shortNameOf(county.name),
        countyFull: `${city.name}${county.name}`,
        countyCode: county.code,
        withinCity: true,
      },
    });
  });
});

describe('a municipality (北京 110000)', () => {
  it('has no cities: its districts sit directly under it', async () => {
    const r = await regionsOf('110000');
    const data = readRegionData('110000');
    expect(r.cities()).toEqual([]);
    expect(r.subdivisions().map((s) => s.code)).toEqual(data.counties.map((c) => c.code));
    expect(r.provinceShape()).toMatchObject({ cities: 0, directCounties: data.counties.length, counties: data.counties.length });
    expect(r.placeWords().example).toEqual({ code: data.counties[0]!.code, name: data.counties[0]!.name });
    // A district is typed with the municipality's name before it: 北京市东城区.
    expect(r.placeWords().typed).toMatchObject({
      countyFull: `${data.province.name}${data.counties[0]!.name}`,
      countyCode: data.counties[0]!.code,
    });
  });

  it.each(['110000', '500000'])(
    'quotes, as what a region cell takes, only names and codes of a district of %s, none the municipality’s own',
    async (code) => {
      vi.stubEnv('CONTENT_DIR', contentForProvince(code));
      vi.resetModules();
      const r = await import('./index.ts');
      const { resolveRegionName } = await import('./resolve-name.ts');
      const { inputText } = await import('../../i18n/zh-CN/input.ts');
      const examples = inputText.region.typedExamples(r.placeWords()).split('、');
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        const match = resolveRegionName(example);
        expect(match.status === 'found' && match.region.level, example).toBe('county');
      }
    },
  );

  it('names its districts as 区县 in messages, not as cities and counties it does not have', async () => {
    const r = await regionsOf('110000');
    const { inputText } = await import('../../i18n/zh-CN/input.ts');
    const message = inputText.region.unknownName(r.placeWords(), '北京市密云县', ['密云区 110118']);
    expect(message).toBe('“北京市密云县”不是北京市的区县：是否应为 密云区 110118？');
    expect(inputText.region.unknown(r.placeWords(), '110199')).not.toContain('地市');
  });
});

describe('the province setting', () => {
  it('is refused when no data file has its code, or its name is not the code’s', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'province-')), 'content');
    mkdirSync(join(dir, 'data'), { recursive: true });
    const settings = JSON.parse(readFileSync('content/data/site.json', 'utf8'));
    vi.stubEnv('CONTENT_DIR', dir);
    vi.resetModules();
    const { provinceSetting } = await import('../site-settings.ts');
    writeFileSync(join(dir, 'data/site.json'), JSON.stringify({ ...settings, province: { code: '990000', name: 'x' } }));
    expect(() => provinceSetting()).toThrow(/字段“省级行政区划代码”（province\.code）：未知的省级区划代码 "990000"/);
    const hainan = readRegionData('460000').province.name;
    writeFileSync(
      join(dir, 'data/site.json'),
      JSON.stringify({ ...settings, province: { code: '460000', name: hainan.slice(0, 2) } }),
    );
    expect(() => provinceSetting()).toThrow(
      `字段“省份名称”（province.name）：省份名称“${hainan.slice(0, 2)}”与代码 460000 不符：该代码是${hainan}`,
    );
  });
});
