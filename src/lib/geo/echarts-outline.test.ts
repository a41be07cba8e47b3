import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { unitSquare } from '../../../tests/support/unit-square.ts';
import type { Area } from './boundaries.ts';
import { echartsOutlineOf, geometryToDraw, isProvinceMap, movedRuleProblems, partsAsOutlined } from './echarts-outline.ts';

const outline = (id: string | undefined, name: string): Feature<Area> => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties: { name },
  geometry: { type: 'Polygon', coordinates: [] },
});
const noRules = { recoded: [], gaps: [] };
const recode = (sourceCode: string, sourceName: string, code: string) => ({ sourceCode, sourceName, code, why: '撤县设区' });

describe('isProvinceMap (which ECharts file is the province)', () => {
  it('takes 上海 although its 崇明区 has no code', () => {
    expect(isProvinceMap([outline('310101', '黄浦区'), outline(undefined, '崇明区')], '31')).toBe(true);
  });

  it('refuses a map with another province’s unit', () => {
    expect(isProvinceMap([outline('310101', '黄浦区'), outline('320100', '南京市')], '31')).toBe(false);
  });
});

describe('echartsOutlineOf (the outline a subdivision is checked against)', () => {
  const chongqing = [outline('500101', '万州区'), outline('500228', '梁平县')];
  const liangping = { code: '500155', name: '梁平区', parts: ['500155'] };

  it('finds a district recoded since the source under its old code (重庆 梁平县 → 梁平区)', () => {
    const rules = { ...noRules, recoded: [recode('500228', '梁平县', '500155')] };
    expect(echartsOutlineOf(liangping, chongqing, rules)).toEqual({ outline: chongqing[1] });
  });

  it('without the rule, names the unit and the rule to write', () => {
    const found = echartsOutlineOf(liangping, chongqing, noRules);
    expect(found).toEqual({ problem: expect.stringMatching(/梁平区 500155.*recoded/) });
  });

  it('finds a city recoded since the source under its old code by its name (新疆 哈密市 650500, 652200 in ECharts)', () => {
    const xinjiang = [outline('650100', '乌鲁木齐市'), outline('652200', '哈密市')];
    const hami = { code: '650500', name: '哈密市', parts: ['650500', '650502', '650521', '650522'] };
    expect(echartsOutlineOf(hami, xinjiang, noRules)).toEqual({ outline: xinjiang[1] });
  });

  it('checks nothing for a unit the source lacks and a gap stands for (新疆 胡杨河市)', () => {
    const rules = { ...noRules, gaps: [{ code: '659010', name: '胡杨河市', drawnWith: '654202', reason: '2019 年设立' }] };
    expect(echartsOutlineOf({ code: '659010', name: '胡杨河市', parts: ['659010'] }, [], rules)).toEqual({ gap: true });
  });

  it('checks nothing for a gap that ECharts does draw (天津 蓟州区, empty in the county source)', () => {
    const rules = { ...noRules, gaps: [{ code: '120119', name: '蓟州区', drawnWith: '120115', reason: '数据源中为空' }] };
    const tianjin = [outline('120115', '宝坻区'), outline('120119', '蓟州区')];
    expect(echartsOutlineOf({ code: '120119', name: '蓟州区', parts: ['120119'] }, tianjin, rules)).toEqual({ gap: true });
  });

  it('finds a unit without a code by its name (上海 崇明区)', () => {
    const shanghai = [outline('310101', '黄浦区'), outline(undefined, '崇明区')];
    expect(echartsOutlineOf({ code: '310151', name: '崇明区', parts: ['310151'] }, shanghai, noRules)).toEqual({
      outline: shanghai[1],
    });
  });
});

describe('a county under another city since ECharts drew the cities (moved)', () => {
  // 吉林: 公主岭市 220184 has been 长春's since 2020; ECharts' outline of 四平 still holds it.
  const gongzhuling = { code: '220184', name: '公主岭市', from: '220300', why: '2020 年改属长春市' };
  const changchun = { code: '220100', name: '长春市', parts: ['220100', '220102', '220184'] };
  const siping = { code: '220300', name: '四平市', parts: ['220300', '220302', '220382'] };

  it('is checked with the city it was in: left out of its new city’s outline, counted in its old one’s', () => {
    expect(partsAsOutlined(changchun, [gongzhuling])).toEqual(['220100', '220102']);
    expect(partsAsOutlined(siping, [gongzhuling])).toEqual(['220300', '220302', '220382', '220184']);
  });

  it('leaves every other city as the region data has it', () => {
    const jilin = { code: '220200', name: '吉林市', parts: ['220200', '220202'] };
    expect(partsAsOutlined(jilin, [gongzhuling])).toEqual(jilin.parts);
    expect(partsAsOutlined(changchun, [])).toEqual(changchun.parts);
  });

  it('must name a county of the region data, by its name, and a city of the province other than its own', () => {
    const data = {
      cities: [
        { code: '220100', name: '长春市' },
        { code: '220300', name: '四平市' },
      ],
      counties: [{ code: '220184', name: '公主岭市', parent: '220100' }],
    };
    expect(movedRuleProblems([gongzhuling], data)).toEqual([]);
    for (const wrong of [
      { ...gongzhuling, code: '220381' },
      { ...gongzhuling, name: '公主岭' },
      { ...gongzhuling, from: '229900' },
      { ...gongzhuling, from: '220100' },
    ]) {
      expect(movedRuleProblems([wrong], data), JSON.stringify(wrong)).toEqual([
        expect.stringMatching(/^moved 中的 .*from 须是本省另一个市$/),
      ]);
    }
  });
});

describe('a unit drawn from ECharts’ outline (fromOutline)', () => {
  const empty: Area = { type: 'Polygon', coordinates: [] };
  const jizhou = { code: '120119', name: '蓟州区' };
  const tianjin = [
    { ...outline('120115', '宝坻区'), geometry: unitSquare(0) },
    { ...outline('120119', '蓟州区'), geometry: unitSquare(1) },
  ];
  const rule = { ...jizhou, why: '数据源中为空' };

  it('takes ECharts’ polygon of the same code for the unit the rule names (天津 蓟州区, empty in the county source)', () => {
    expect(geometryToDraw(jizhou, empty, tianjin, [rule])).toEqual(unitSquare(1));
  });

  it('keeps the county source’s polygon of every other unit, and of a unit named otherwise', () => {
    expect(geometryToDraw({ code: '120115', name: '宝坻区' }, unitSquare(5), tianjin, [rule])).toEqual(unitSquare(5));
    expect(geometryToDraw({ code: '120119', name: '蓟县' }, empty, tianjin, [rule])).toEqual(empty);
  });

  it('has nothing to draw when ECharts lacks the unit', () => {
    expect(geometryToDraw(jizhou, empty, tianjin.slice(0, 1), [rule])).toBeUndefined();
  });
});
