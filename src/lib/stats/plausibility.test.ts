/**
 * Figures that are surely a slip but not impossible: warnings naming the
 * file, row and column, the value and why, while the import goes on.
 */
import { describe, expect, it } from 'vitest';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { readCsv } from '../spreadsheet/index.ts';
import { defaultFormMapping } from './form-mapping.ts';
import { importFormExport } from './form-import.ts';
import { MEDIAN_FACTOR, MEDIAN_MIN_VALUES, median } from './plausibility.ts';

const t = statsFormsText.import.plausibility;

// Columns: A 地区, B 提交时间, C 开幕式日期, D/E 主题阅读, F/G 社长荐书, H/I 线上社会大讲堂, J/K 数字阅读分享, L/M 活动周.
const HEADER =
  '地区,提交时间,开幕式日期,主题阅读活动数,主题阅读参加人次,社长荐书活动数,社长荐书参加人次,线上社会大讲堂活动数,线上社会大讲堂参加人次,数字阅读分享活动数,数字阅读分享参加人次,活动周活动数,活动周参加人次';
/** A row with 主题阅读's two figures and, unless given, nothing else. */
const line = (region: string, count: number, participants: number, rest = '0,0,0,0,0,0,0,0') =>
  `${region},2024-11-20 10:00,,${count},${participants},${rest}`;

function warningsOf(lines: string[]) {
  const read = readCsv(new TextEncoder().encode(`${HEADER}\n${lines.join('\n')}\n`), 'export.csv');
  if (!read.ok) throw new Error(read.message);
  const result = importFormExport([read.sheet], { year: 2024, deadline: '2024-11-25', mapping: defaultFormMapping() });
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
        message: t.citySumOfCounties([statsFormsText.annex.kinds.themed_reading]),
        severity: 'warning',
      },
    ]);
    expect(warnings[0]!.message).toMatch(/^主题阅读活动的活动数和参加人次，都正好等于所属县（市、区）各自填报的数之和：/);
  });

  it('not when the figures differ, when only one county ran the kind, or for another city’s counties', () => {
    expect(warningsOf([line('广州市', 20, 301), line('天河区', 12, 200), line('越秀区', 8, 100)])).toEqual([]);
    expect(warningsOf([line('广州市', 12, 200), line('天河区', 12, 200), line('越秀区', 0, 0)])).toEqual([]);
    expect(warningsOf([line('深圳市', 20, 300), line('天河区', 12, 200), line('越秀区', 8, 100)])).toEqual([]);
  });
});
