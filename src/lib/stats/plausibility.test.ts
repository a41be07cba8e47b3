/**
 * Figures that are surely a slip but not impossible: warnings naming the
 * file, row and column, the value and why, while the import goes on.
 */
import { describe, expect, it } from 'vitest';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { placeWords } from '../regions/index.ts';
import { readCsv } from '../spreadsheet/index.ts';
import { defaultFormMapping } from './form-mapping.ts';
import { importFormExport } from './form-import.ts';
import type { ImportOptions } from './form-import.ts';
import { DROP_FACTOR, MEDIAN_FACTOR, MEDIAN_MIN_VALUES, median, sameFigures } from './plausibility.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import type { StatsFile, StatsReport } from './schema.ts';

const t = statsFormsText.import.plausibility;

// Columns: A 地区, B 提交时间, C 开幕式日期, D/E 主题阅读, F/G 社长荐书, H/I 线上社会大讲堂, J/K 数字阅读分享, L/M 活动周.
const HEADER =
  '地区,提交时间,开幕式日期,主题阅读活动数,主题阅读参加人次,社长荐书活动数,社长荐书参加人次,线上社会大讲堂活动数,线上社会大讲堂参加人次,数字阅读分享活动数,数字阅读分享参加人次,活动周活动数,活动周参加人次';
/** A row with 主题阅读's two figures and, unless given, nothing else. */
const line = (region: string, count: number, participants: number, rest = '0,0,0,0,0,0,0,0') =>
  `${region},2024-11-20 10:00,,${count},${participants},${rest}`;

function warningsOf(lines: string[], extra: Partial<ImportOptions> = {}) {
  const read = readCsv(new TextEncoder().encode(`${HEADER}\n${lines.join('\n')}\n`), 'export.csv');
  if (!read.ok) throw new Error(read.message);
  const result = importFormExport([read.sheet], { year: 2024, deadline: '2024-11-25', mapping: defaultFormMapping(), ...extra });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.summary.warnings;
}

describe('fewer 参加人次 than 活动数', () => {
  it('warns at the 参加人次 cell, with both figures', () => {
    expect(warningsOf([line('天河区', 5, 3)])).toEqual([
      {
        file: 'export.csv',
        item: '第 2 行（广州市天河区 440106）',
        field: 'E 列“主题阅读参加人次”（activities.themed_reading.participants）',
        message: t.fewerParticipants(3, 5, 'D 列“主题阅读活动数”'),
        severity: 'warning',
      },
    ]);
    expect(t.fewerParticipants(3, 5, 'D 列“主题阅读活动数”')).toMatch(/^参加人次 3 少于D 列“主题阅读活动数”的 5：/);
  });

  it('activities with no one at them, in another kind’s columns', () => {
    // 活动周 (L, M): 4 activities, 0 人次.
    expect(warningsOf([line('天河区', 1, 10, '0,0,0,0,0,0,4,0')])).toMatchObject([
      {
        field: 'M 列“活动周参加人次”（activities.learning_week.participants）',
        message: t.fewerParticipants(0, 4, 'L 列“活动周活动数”'),
      },
    ]);
  });

  it('as many 人次 as activities, or more, is fine', () => {
    expect(warningsOf([line('天河区', 5, 5), line('越秀区', 5, 6), line('荔湾区', 0, 0)])).toEqual([]);
  });
});

describe('a figure far above its column’s median', () => {
  /** Six counties of 广州 (none is its city, so no city-and-counties rule applies). */
  const counties = ['荔湾区', '越秀区', '海珠区', '天河区', '白云区', '黄埔区'];
  const rows = (counts: number[]) => counts.map((count, i) => line(counties[i]!, count, count * 100));

  it(`warns at ${MEDIAN_FACTOR} times the median of the figures above 0, naming the value and the median`, () => {
    // Positive counts 8, 9, 10, 11, 12, 1100: the median is (10 + 11) / 2 = 10.5, and 1100 ≥ 100 × 10.5 = 1050.
    const counts = [10, 12, 8, 9, 11, 1100];
    expect(median(counts)).toBe(10.5);
    const warnings = warningsOf(rows(counts));
    // 参加人次 are each count × 100, so that column has its outlier in the same row.
    expect(warnings).toEqual([
      {
        file: 'export.csv',
        item: '第 7 行（广州市黄埔区 440112）',
        field: 'D 列“主题阅读活动数”（activities.themed_reading.count）',
        message: t.farAboveMedian(1100, 10.5, 6),
        severity: 'warning',
      },
      {
        file: 'export.csv',
        item: '第 7 行（广州市黄埔区 440112）',
        field: 'E 列“主题阅读参加人次”（activities.themed_reading.participants）',
        message: t.farAboveMedian(110000, 1050, 6),
        severity: 'warning',
      },
    ]);
    expect(warnings[0]!.message).toMatch(/^1100 是这一列中位数 10\.5 的 105 倍（6 个地区填了大于 0 的数）：/);
  });

  it('below the factor, nothing', () => {
    // The same median, 10.5; 1000 < 1050.
    expect(warningsOf(rows([10, 12, 8, 9, 11, 1000]))).toEqual([]);
  });

  it(`with fewer than ${MEDIAN_MIN_VALUES} figures above 0, the median says too little`, () => {
    // Four regions ran 主题阅读: 1, 1, 1 and 500; the others 0 (not counted).
    expect(warningsOf(rows([1, 1, 1, 500, 0, 0]))).toEqual([]);
  });

  it('zeros do not pull the median down', () => {
    // Positive counts 5, 6, 7, 8, 9: median 7; 600 < 700; with zeros counted the median would be 0 and 600 would warn.
    const seven = ['荔湾区', '越秀区', '海珠区', '天河区', '白云区', '黄埔区', '番禺区', '花都区'];
    const counts = [5, 6, 7, 8, 600, 0, 0, 0];
    expect(warningsOf(counts.map((count, i) => line(seven[i]!, count, count * 10)))).toEqual([]);
  });
});

describe('a city’s row equal to the sum of its counties’', () => {
  it('warns once at the city’s row, naming the kinds counted twice', () => {
    // 天河 12 + 越秀 8 = 20 activities, 200 + 100 = 300 人次: exactly 广州市's own row.
    const warnings = warningsOf([line('广州市', 20, 300), line('天河区', 12, 200), line('越秀区', 8, 100)]);
    expect(warnings).toEqual([
      {
        file: 'export.csv',
        item: '第 2 行（广州市 440100）',
        field:
          'D 列“主题阅读活动数”（activities.themed_reading.count）、E 列“主题阅读参加人次”（activities.themed_reading.participants）',
        message: t.citySumOfCounties([statsFormsText.annex.kinds.themed_reading], placeWords().divisions),
        severity: 'warning',
      },
    ]);
    expect(warnings[0]!.message).toMatch(/^主题阅读活动的活动数和参加人次，都正好等于所属县（市、区）各自填报的数之和：/);
  });

  it('not when the figures differ, when only one county ran the kind, or for another city’s counties', () => {
    expect(warningsOf([line('广州市', 20, 301), line('天河区', 12, 200), line('越秀区', 8, 100)])).toEqual([]);
    // One county alone is not a sum (though a city row the same as one county's is queried on its own, below).
    expect(warningsOf([line('广州市', 12, 200), line('天河区', 12, 200), line('越秀区', 0, 0)]).map((w) => w.message)).toEqual([
      t.cityIsCounty('all', '第 3 行（广州市天河区 440106）', '天河区', [], placeWords().divisions),
    ]);
    expect(warningsOf([line('深圳市', 20, 300), line('天河区', 12, 200), line('越秀区', 8, 100)])).toEqual([]);
  });
});

/** Ten figures as a CSV row's cells after 开幕式日期, and as a report's activities. */
const cells = (figures: number[]) => figures.join(',');
const activitiesOf = (figures: number[]) =>
  Object.fromEntries(
    ACTIVITY_KINDS.map((k, i) => [k, { count: figures[2 * i]!, participants: figures[2 * i + 1]! }]),
  ) as StatsReport['activities'];
const totals = (figures: number[]) => ({
  activities: figures.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0),
  participants: figures.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0),
});
const at = (region: string, time: string, figures: number[]) => `${region},2024-11-${time},,${cells(figures)}`;
/** A year's file being updated, with these reports. */
const previousWith = (reports: { region: string; submittedAt: string; figures: number[] }[]): ImportOptions['previous'] => {
  const stats: StatsFile = {
    year: 2024,
    deadline: '2024-11-25',
    province: { themed_reading: false, publisher_picks: false, online_lectures: false, digital_reading: false, learning_week: false },
    reports: reports.map((r) => ({ region: r.region, submittedAt: r.submittedAt, activities: activitiesOf(r.figures) })),
  };
  return { file: '2024.json', stats };
};

// The city's own report, and one of its counties' filed twice: under the city's name, then under its own.
const CITY = [120, 35000, 9, 2100, 32, 61000, 16, 8100, 31, 41000];
const COUNTY = [14, 3200, 0, 0, 6, 2600, 3, 700, 6, 1000];

describe('a city’s row with the figures of one of its counties’', () => {
  it('a county’s report filed under the city’s name: warns at the city’s row, naming both rows and the city’s own row it replaced', () => {
    const warnings = warningsOf([at('广州市', '19 09:30', CITY), at('广州市', '22 10:30', COUNTY), at('天河区', '22 10:31', COUNTY)]);
    expect(warnings).toContainEqual({
      file: 'export.csv',
      item: '第 3 行（广州市 440100）',
      field: 'A 列“地区”（region）',
      message: t.cityIsCounty(
        'all',
        '第 4 行（广州市天河区 440106）',
        '天河区',
        ['第 2 行（2024-11-19 09:30）'],
        placeWords().divisions,
      ),
      severity: 'warning',
    });
    expect(
      t.cityIsCounty('all', '第 4 行（广州市天河区 440106）', '天河区', ['第 2 行（2024-11-19 09:30）'], placeWords().divisions),
    ).toMatch(
      /^这一行地市的数字与第 4 行（广州市天河区 440106）的十个数字完全相同：很可能是天河区的报告误填在了地市名下，顶替了地市本级的报告（被搁置的第 2 行（2024-11-19 09:30）可能才是地市本级的）；/,
    );
  });

  it('the same where both rows give a figure, a 0 against a figure allowed, with two kinds in common', () => {
    // 天河区 gave 数字阅读分享 and 活动周 as well; the city's row has 0 there (a blank read as 0, say).
    const partial = COUNTY.map((v, i) => (i >= 6 ? 0 : v));
    expect(sameFigures(activitiesOf(partial), activitiesOf(COUNTY))).toBe('nonZero');
    const warnings = warningsOf([at('广州市', '22 10:30', partial), at('天河区', '22 10:31', COUNTY)]);
    expect(warnings.map((w) => [w.item, w.message])).toEqual([
      ['第 2 行（广州市 440100）', t.cityIsCounty('nonZero', '第 3 行（广州市天河区 440106）', '天河区', [], placeWords().divisions)],
    ]);
  });

  it('not for one kind in common beside a 0, a figure that differs, rows of zeros, or another city’s county', () => {
    const oneKind = [1, 30, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(sameFigures(activitiesOf(oneKind), activitiesOf([1, 30, 0, 0, 0, 0, 0, 0, 2, 40]))).toBeUndefined();
    expect(sameFigures(activitiesOf(oneKind), activitiesOf(oneKind))).toBe('all');
    expect(sameFigures(activitiesOf(COUNTY), activitiesOf(COUNTY.map((v, i) => (i === 1 ? v + 1 : v))))).toBeUndefined();
    expect(sameFigures(activitiesOf(Array(10).fill(0)), activitiesOf(Array(10).fill(0)))).toBeUndefined();
    expect(warningsOf([at('深圳市', '22 10:30', COUNTY), at('天河区', '22 10:31', COUNTY)])).toEqual([]);
  });

  it('updating a year: against the county’s report in the file, and a county’s row against the city’s report there', () => {
    const inFile = previousWith([{ region: '440106', submittedAt: '2024-11-20 09:30', figures: COUNTY }]);
    expect(warningsOf([at('广州市', '22 10:30', COUNTY)], { previous: inFile }).map((w) => [w.item, w.message])).toEqual([
      [
        '第 2 行（广州市 440100）',
        t.cityIsCounty('all', t.fileReport('2024.json', '广州市天河区 440106'), '天河区', [], placeWords().divisions),
      ],
    ]);
    const cityInFile = previousWith([{ region: '440100', submittedAt: '2024-11-20 09:30', figures: COUNTY }]);
    expect(warningsOf([at('天河区', '22 10:30', COUNTY)], { previous: cityInFile }).map((w) => [w.item, w.message])).toEqual([
      [
        '第 2 行（广州市天河区 440106）',
        t.countyIsFileCity('all', t.fileReport('2024.json', '广州市 440100'), placeWords().divisions),
      ],
    ]);
  });
});

describe('a kept submission far below the one it replaces', () => {
  it(`warns when the kept row has under 1/${DROP_FACTOR} of the activities or 人次 of the row set aside, naming both`, () => {
    const warnings = warningsOf([at('越秀区', '19 09:30', CITY), at('越秀区', '22 10:30', COUNTY)]);
    expect(warnings).toEqual([
      {
        file: 'export.csv',
        item: '第 3 行（广州市越秀区 440104）',
        field: 'B 列“提交时间”（submittedAt）',
        message: t.dropped(totals(CITY), totals(COUNTY), t.earlierRow('第 2 行'), '2024-11-19 09:30', '2024-11-22 10:30'),
        severity: 'warning',
      },
    ]);
    expect(warnings[0]!.message).toMatch(
      /^这一行（提交时间 2024-11-22 10:30，活动数 29、参加人次 7500）不早于此前提交、已被搁置的第 2 行（提交时间 2024-11-19 09:30，活动数 208、参加人次 147200），按同一地区以最晚的提交为准而采用，但数字少了一半以上：/,
    );
  });

  it('in 人次 alone too; not at half exactly, nor when the figures grow', () => {
    const before = [10, 1000, 0, 0, 0, 0, 0, 0, 0, 0];
    const fewerPeople = [10, 400, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(warningsOf([at('越秀区', '19 09:30', before), at('越秀区', '22 10:30', fewerPeople)]).map((w) => w.message)).toEqual([
      t.dropped(totals(before), totals(fewerPeople), t.earlierRow('第 2 行'), '2024-11-19 09:30', '2024-11-22 10:30'),
    ]);
    const half = before.map((v) => v / DROP_FACTOR);
    expect(warningsOf([at('越秀区', '19 09:30', before), at('越秀区', '22 10:30', half)])).toEqual([]);
    expect(warningsOf([at('越秀区', '19 09:30', half), at('越秀区', '22 10:30', before)])).toEqual([]);
  });

  it('updating a year: against the report the file had', () => {
    const inFile = previousWith([{ region: '440104', submittedAt: '2024-11-19 09:30', figures: CITY }]);
    expect(warningsOf([at('越秀区', '22 10:30', COUNTY)], { previous: inFile }).map((w) => w.message)).toEqual([
      t.dropped(totals(CITY), totals(COUNTY), t.earlierReport('2024.json'), '2024-11-19 09:30', '2024-11-22 10:30'),
    ]);
  });

  it('updating a year: not against a report the file has from after the row, which the file keeps (no row replaces it)', () => {
    const inFile = previousWith([{ region: '440104', submittedAt: '2024-11-23 16:45:01', figures: CITY }]);
    expect(warningsOf([at('越秀区', '22 10:30', COUNTY)], { previous: inFile })).toEqual([]);
  });
});
