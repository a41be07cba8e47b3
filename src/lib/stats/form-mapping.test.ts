import { describe, expect, it } from 'vitest';
import { placeWords } from '../regions/index.ts';
import { columnSpecs, defaultMappingYaml, defaultFormMapping, kindHeaders, parseFormMapping } from './form-mapping.ts';

const FILE = '映射.yaml';

describe('the default mapping', () => {
  it('has the issue’s headers: 地区 or 填报单位 (or the province’s own words), 提交时间, 开幕式日期, <名称>活动数 and <名称>参加人次', () => {
    const mapping = defaultFormMapping();
    const d = placeWords().divisions;
    expect(mapping.region).toEqual(['地区', '填报单位', d.county, d.countyShort]);
    expect(mapping.city).toEqual([d.city, '城市']);
    expect(mapping.submittedAt).toContain('提交时间');
    expect(mapping.openingCeremony).toContain('开幕式日期');
    expect(kindHeaders(mapping, 'themed_reading', 'count')).toContain('主题阅读活动数');
    expect(kindHeaders(mapping, 'publisher_picks', 'count')).toContain('社长荐书活动数');
    expect(kindHeaders(mapping, 'online_lectures', 'participants')).toContain('线上社会大讲堂参加人次');
    expect(kindHeaders(mapping, 'digital_reading', 'count')).toContain('数字阅读分享活动数');
    expect(kindHeaders(mapping, 'learning_week', 'participants')).toContain('活动周参加人次');
  });

  it('accepts the annex’s full names too', () => {
    const mapping = defaultFormMapping();
    expect(kindHeaders(mapping, 'publisher_picks', 'count')).toContain('“社长（总编）荐书”活动活动数');
    expect(kindHeaders(mapping, 'learning_week', 'count')).toContain('全民终身学习活动周活动数');
    expect(kindHeaders(mapping, 'digital_reading', 'participants')).toContain('数字阅读分享活动参加人次');
  });

  it('is the text `stats mapping` prints, parsed like any mapping file', () => {
    const parsed = parseFormMapping(defaultMappingYaml(), FILE);
    expect(parsed).toEqual({ ok: true, mapping: defaultFormMapping() });
  });

  it('gives each of the 15 columns its own header texts', () => {
    const specs = columnSpecs(defaultFormMapping());
    expect(specs.map((s) => s.key)).toEqual([
      'region',
      'city',
      'code',
      'submittedAt',
      'openingCeremony',
      'themed_reading.count',
      'themed_reading.participants',
      'publisher_picks.count',
      'publisher_picks.participants',
      'online_lectures.count',
      'online_lectures.participants',
      'digital_reading.count',
      'digital_reading.participants',
      'learning_week.count',
      'learning_week.participants',
    ]);
    expect(specs.filter((s) => s.required).map((s) => s.key)).not.toContain('openingCeremony');
  });
});

describe('a mapping file changes only what it names', () => {
  it('replaces the keys it sets and keeps the defaults for the rest (YAML)', () => {
    const result = parseFormMapping(
      'region: 单位名称\nkinds:\n  learning_week: [终身学习周]\nparticipants: ["{名称}人次"]\nheaderRow: 2\n',
      FILE,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.mapping.region).toEqual(['单位名称']);
    expect(result.mapping.submittedAt).toEqual(defaultFormMapping().submittedAt);
    expect(kindHeaders(result.mapping, 'learning_week', 'participants')).toEqual(['终身学习周人次']);
    expect(kindHeaders(result.mapping, 'themed_reading', 'count')).toEqual(
      kindHeaders(defaultFormMapping(), 'themed_reading', 'count'),
    );
    expect(result.mapping.headerRow).toBe(2);
  });

  it('reads JSON as well', () => {
    const result = parseFormMapping('{"submittedAt": ["填写时间"], "sheet": "答卷"}', 'mapping.json');
    expect(result).toMatchObject({ ok: true, mapping: { submittedAt: ['填写时间'], sheet: '答卷' } });
  });
});

describe('a wrong mapping file is refused with the key named', () => {
  it.each([
    ['regoin: [地区]', 'regoin', '未知的项 "regoin"（是否应为 region？）'],
    ['region: []', 'region', '应为表头文字的列表，例如 [地区, 填报单位]'],
    ['region: 3', 'region', '应为表头文字的列表，例如 [地区, 填报单位]'],
    ['count: ["活动数"]', 'count', '每个表头格式都要含 {名称}，例如 "{名称}活动数"'],
    ['kinds: [a]', 'kinds', '应按活动类别列出名称'],
    ['kinds:\n  themed_readings: [读书]', 'kinds.themed_readings', '未知的活动类别 "themed_readings"（是否应为 themed_reading？）'],
    ['headerRow: 0', 'headerRow', '应为表头所在的行号（正整数）'],
    ['sheet: ""', 'sheet', '应为工作表名称'],
  ])('%j', (text, field, message) => {
    const result = parseFormMapping(text, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: FILE, field });
    expect(result.problems[0]!.message).toContain(message);
  });

  it('names where the YAML is broken', () => {
    const result = parseFormMapping('region: [地区\nsubmittedAt: x', FILE);
    expect(result).toMatchObject({ ok: false, problems: [{ file: FILE, field: '（整个文件）' }] });
    expect(!result.ok && result.problems[0]!.message).toMatch(/^不是有效的 YAML 或 JSON：第 \d+ 行第 \d+ 列附近有语法错误/);
  });

  it('refuses a file that is not a mapping at all', () => {
    expect(parseFormMapping('- 地区\n- 提交时间', FILE)).toMatchObject({ ok: false, problems: [{ field: '（整个文件）' }] });
  });

  it('refuses one header text for two columns, which would make the import guess', () => {
    const result = parseFormMapping('openingCeremony: [提交时间]', FILE);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ field: 'openingCeremony', message: '表头“提交时间”同时对应 submittedAt：同一表头只能对应一列数据' }],
    });
  });
});
