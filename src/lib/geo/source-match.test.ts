import { describe, expect, it } from 'vitest';
import { matchSourceUnits, type MatchRules } from './source-match.ts';

const targets = [
  { code: '440306', name: '宝安区' },
  { code: '440309', name: '龙华区' },
  { code: '440311', name: '光明区' },
];
const noRules: MatchRules = { renamed: [], excluded: [], gaps: [] };
const gap = { code: '440311', name: '光明区', drawnWith: '440306', reason: '数据源早于光明区设立' };

describe('matchSourceUnits', () => {
  it('matches by code and lets a documented gap share its host polygon', () => {
    const result = matchSourceUnits(
      [
        { code: '440306', name: '宝安区' },
        { code: '440309', name: '龙华区' },
      ],
      targets,
      { ...noRules, gaps: [gap] },
    );
    expect(result.problems).toEqual([]);
    expect(result.covers.get('440306')).toEqual(['440306', '440311']);
    expect(result.covers.get('440309')).toEqual(['440309']);
  });

  it('reports a region the source lacks unless a gap explains it', () => {
    const result = matchSourceUnits(
      [
        { code: '440306', name: '宝安区' },
        { code: '440309', name: '龙华区' },
      ],
      targets,
      noRules,
    );
    expect(result.problems).toEqual([expect.stringMatching(/缺少区划 440311 光明区/)]);
  });

  it('reports an old name unless the rename is listed', () => {
    const source = [
      { code: '440306', name: '宝安县' },
      { code: '440309', name: '龙华区' },
    ];
    const rules = { ...noRules, gaps: [gap] };
    expect(matchSourceUnits(source, targets, rules).problems).toEqual([expect.stringMatching(/440306.*宝安县.*宝安区/)]);
    const renamed = [{ code: '440306', sourceName: '宝安县', why: '1993 年撤县设区' }];
    expect(matchSourceUnits(source, targets, { ...rules, renamed }).problems).toEqual([]);
  });

  it('reports a source unit outside the regions module unless excluded, and a unit given twice', () => {
    const source = [
      { code: '440306', name: '宝安区' },
      { code: '440306', name: '宝安区' },
      { code: '440309', name: '龙华区' },
      { code: '442100', name: '东沙群岛' },
    ];
    const problems = matchSourceUnits(source, targets, { ...noRules, gaps: [gap] }).problems;
    expect(problems).toEqual([expect.stringMatching(/两次/), expect.stringMatching(/442100 东沙群岛/)]);
    const excluded = [{ code: '442100', sourceName: '东沙群岛', why: '非县级区划' }];
    expect(matchSourceUnits(source.slice(1), targets, { ...noRules, gaps: [gap], excluded }).problems).toEqual([]);
  });

  it('reports a gap whose host polygon is not in the source', () => {
    const result = matchSourceUnits([{ code: '440309', name: '龙华区' }], targets.slice(1), { ...noRules, gaps: [gap] });
    expect(result.problems).toEqual([expect.stringMatching(/替代图形 440306/)]);
  });

  it('follows a division to its new code when the change is listed', () => {
    const jingshan = [{ code: '420882', name: '京山市' }];
    const source = [{ code: '420821', name: '京山县' }];
    // One problem, naming the rule that fixes it (not excluded and gaps).
    expect(matchSourceUnits(source, jingshan, noRules).problems).toEqual([
      expect.stringMatching(/420821 京山县.*420882 京山市.*recoded/),
    ]);
    const recoded = [{ sourceCode: '420821', sourceName: '京山县', code: '420882', why: '2018 年撤县设市' }];
    const result = matchSourceUnits(source, jingshan, { ...noRules, recoded });
    expect(result.problems).toEqual([]);
    expect(result.matched.get('420821')).toBe('420882');
  });

  it('says recoded for a county that became a district under a new code (临安市 → 临安区)', () => {
    const problems = matchSourceUnits([{ code: '330185', name: '临安市' }], [{ code: '330112', name: '临安区' }], noRules).problems;
    expect(problems).toEqual([expect.stringMatching(/330185 临安市.*330112 临安区.*recoded/)]);
  });

  it('refuses to exclude an abolished district, which would leave a hole in its city (杭州 下城区)', () => {
    const hangzhou = [{ code: '330105', name: '拱墅区' }];
    const source = [...hangzhou, { code: '330103', name: '下城区' }];
    const excluded = [{ code: '330103', sourceName: '下城区', why: '2021 年撤销' }];
    const divisions = new Set(['330100', '330105']);
    const problems = matchSourceUnits(source, hangzhou, { ...noRules, excluded }, divisions).problems;
    expect(problems).toEqual([expect.stringMatching(/excluded 中的 330103 下城区.*recoded/)]);
    const recoded = [{ sourceCode: '330103', sourceName: '下城区', code: '330105', why: '2021 年并入拱墅区' }];
    expect(matchSourceUnits(source, hangzhou, { ...noRules, recoded }, divisions).problems).toEqual([]);
  });

  it('lets a city the source draws whole stand for the counties it lacks (三沙市 for its island groups)', () => {
    const islands = [
      { code: '460321', name: '西沙群岛' },
      { code: '460322', name: '南沙群岛' },
    ];
    const gaps = islands.map((i) => ({ ...i, drawnWith: '460300', reason: '数据源只有三沙市的整体图形' }));
    const result = matchSourceUnits(
      [{ code: '460300', name: '三沙市' }],
      islands,
      { ...noRules, gaps },
      new Set(['460300', '460321', '460322']),
    );
    expect(result.problems).toEqual([]);
    expect(result.covers.get('460300')).toEqual(['460300', '460321', '460322']);
  });
});
