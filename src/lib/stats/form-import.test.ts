/**
 * The form export → statistics file. The messy sample export in
 * tests/fixtures/stats-import/ is checked against the figures its rows were
 * written from (INTENDED below, typed independently of the parser), as CSV
 * and as an XLSX with real number and date cells.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readRegionData } from '../regions/data-files.ts';
import { cities, countiesOf, placeWords, province, type Region } from '../regions/index.ts';
import { createRegionResolver } from '../regions/resolve-name.ts';
import { spreadsheetText } from '../../i18n/zh-CN/spreadsheet.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { columnLetter, readCsv, readXlsx } from '../spreadsheet/index.ts';
import { cellRules } from '../spreadsheet/rules.ts';
import type { Sheet } from '../spreadsheet/index.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import { columnSpecs, defaultFormMapping } from './form-mapping.ts';
import { importFormExport, statsFileText } from './form-import.ts';
import type { ImportOptions, ImportResult } from './form-import.ts';
import { importSummaryLines } from './form-import-summary.ts';
import { formatProblem } from '../input-problem.ts';
import type { StatsFile } from './schema.ts';
import { validateStats } from './validate.ts';

const FIXTURE = resolve(import.meta.dirname, '../../../tests/fixtures/stats-import/form-export-2024.csv');
const messy = () => readFileSync(FIXTURE, 'utf8');
/** The one unknown name in the export, and what the office meant. */
const fixed = () => messy().replace('广州市黄浦区', '广州市黄埔区');

type Figures = [number, number][];
/** What each region reported, latest submission only, written from the form answers by hand. */
const INTENDED: { region: string; submittedAt: string; opening?: string; figures: Figures }[] = [
  {
    region: '440100',
    submittedAt: '2024-11-20 14:03',
    opening: '2024-11-18',
    figures: [
      [1234, 5678],
      [8, 2000],
      [30, 120000],
      [15, 8000],
      [40, 50000],
    ],
  },
  {
    region: '440104',
    submittedAt: '2024-11-22 16:40',
    opening: '2024-11-18',
    figures: [
      [9, 2500],
      [1, 300],
      [2, 5000],
      [0, 0],
      [4, 1200],
    ],
  },
  {
    region: '440106',
    submittedAt: '2024-11-22 10:15',
    opening: '2024-11-19',
    figures: [
      [14, 3200],
      [0, 0],
      [0, 0],
      [0, 0],
      [6, 4100],
    ],
  },
  {
    region: '440112',
    submittedAt: '2024-11-25 23:50',
    opening: '2024-11-21',
    figures: [
      [11, 2100],
      [0, 0],
      [2, 700],
      [1, 90],
      [3, 1600],
    ],
  },
  {
    region: '440115',
    submittedAt: '2024-11-25 12:00',
    figures: [
      [6, 900],
      [0, 0],
      [1, 200],
      [0, 0],
      [2, 800],
    ],
  },
  {
    region: '440300',
    submittedAt: '2024-11-23 08:05',
    figures: [
      [80, 20000],
      [0, 0],
      [10, 40000],
      [5, 1500],
      [25, 30000],
    ],
  },
  {
    region: '440303',
    submittedAt: '2024-11-26 11:00',
    figures: [
      [0, 0],
      [0, 0],
      [3, 900],
      [2, 400],
      [0, 0],
    ],
  },
  {
    region: '440606',
    submittedAt: '2024-11-24 20:00',
    opening: '2024-11-20',
    figures: [
      [20, 3000],
      [2, 450],
      [4, 1800],
      [3, 600],
      [5, 2500],
    ],
  },
  {
    region: '441502',
    submittedAt: '2024-11-25 09:00',
    opening: '2024-11-25',
    figures: [
      [5, 600],
      [0, 0],
      [0, 0],
      [1, 50],
      [2, 400],
    ],
  },
  {
    region: '441825',
    submittedAt: '2024-11-24 21:15',
    figures: [
      [3, 120],
      [0, 0],
      [1, 80],
      [0, 0],
      [1, 300],
    ],
  },
];

function expectedStats(): StatsFile {
  return {
    year: 2024,
    deadline: '2024-11-25',
    province: { themed_reading: false, publisher_picks: false, online_lectures: false, digital_reading: false, learning_week: false },
    reports: INTENDED.map((r) => ({
      region: r.region,
      submittedAt: r.submittedAt,
      ...(r.opening ? { openingCeremony: r.opening } : {}),
      activities: Object.fromEntries(ACTIVITY_KINDS.map((k, i) => [k, { count: r.figures[i]![0], participants: r.figures[i]![1] }])),
    })) as StatsFile['reports'],
  };
}

function csvSheet(text: string, file = 'export.csv'): Sheet {
  const result = readCsv(new TextEncoder().encode(text), file);
  if (!result.ok) throw new Error(result.message);
  return result.sheet;
}

const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
  year: 2024,
  deadline: '2024-11-25',
  mapping: defaultFormMapping(),
  ...extra,
});

function problemsOf(result: ImportResult) {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('the messy sample export', () => {
  it('stops at the one unknown name, naming row, column and the closest candidates', () => {
    const problems = problemsOf(importFormExport([csvSheet(messy())], options()));
    expect(problems).toEqual([
      {
        file: 'export.csv',
        item: '第 11 行',
        field: 'C 列“地区”（region）',
        message:
          '“广州市黄浦区”不是广东省的地市或县（市、区）：是否应为 广州市黄埔区 440112、广州市荔湾区 440103、广州市越秀区 440104？',
      },
    ]);
  });

  it('once that name is fixed, imports into the figures its rows were written from', () => {
    const result = importFormExport([csvSheet(fixed())], options());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.stats).toEqual(expectedStats());
    // What is written passes `stats check`.
    expect(validateStats(statsFileText(result.stats), 'content/data/stats/2024.json').ok).toBe(true);
  });

  it('keeps the latest 提交时间 per region and lists the ones set aside, even when the later row comes first', () => {
    const result = importFormExport([csvSheet(fixed())], options());
    if (!result.ok) throw new Error('import failed');
    const setAside = result.summary.setAside.map((s) => ({ region: s.row.region.code, row: s.row.row, kept: s.kept.row }));
    // 天河: row 3 (21 Nov) replaced by row 4 (22 Nov); 深圳: row 10 (21 Nov) by row 6 (23 Nov).
    expect(setAside).toEqual([
      { region: '440106', row: 3, kept: 4 },
      { region: '440300', row: 10, kept: 6 },
    ]);
    expect(result.summary.rows).toBe(12);
  });

  it('reads a submission at 上午12:10, as Excel’s Chinese clock writes ten past midnight, as earlier than one at 上午9:00', () => {
    const at = (time: string, figure: string) =>
      GOOD.replace('2024-11-20 10:00,2024-11-18,1,', `2024/11/20 ${time},2024-11-18,${figure},`);
    const text = [HEADER, at('上午12:10', '500'), at('上午9:00', '50')].join('\n');
    const result = importFormExport([csvSheet(text)], options());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.summary.setAside.map((s) => [s.row.row, s.kept.row])).toEqual([[2, 3]]);
    expect(result.stats.reports[0]!.submittedAt).toBe('2024-11-20 09:00');
  });

  it('summarises what an official checks before sending the figures on', () => {
    const result = importFormExport([csvSheet(fixed())], options());
    if (!result.ok) throw new Error('import failed');
    const lines = importSummaryLines(result.stats, result.summary);
    expect(lines[0]).toBe('✓ 已读取 1 个文件，12 行提交');
    expect(lines).toContain('  已报送：地市级 2/21，县级 8/122');
    expect(lines).toContain('  逾期报送（截止 2024-11-25，1 个）：罗湖区（2024-11-26）');
    // 天河's two rows: the one set aside as typed in the export (row 3), the one kept as INTENDED has it.
    const total = (figures: Figures) => figures.reduce(([a, p], [c, n]) => [a + c, p + n], [0, 0]);
    const setAsideFigures = fixed().split('\n')[2]!.split(',').slice(4).map(Number);
    const [before, after] = [
      total(ACTIVITY_KINDS.map((_, i) => [setAsideFigures[2 * i]!, setAsideFigures[2 * i + 1]!])),
      total(INTENDED.find((r) => r.region === '440106')!.figures),
    ];
    expect(lines).toContain(
      `    广州市天河区 440106：第 3 行（2024-11-21 09:30，活动数 ${before[0]}、参加人次 ${before[1]}） → 采用 第 4 行（2024-11-22 10:15，活动数 ${after[0]}、参加人次 ${after[1]}）`,
    );
    expect(before).toEqual([18, 7000]);
    expect(lines.some((l) => l.startsWith('  未报送的地市（19）：韶关市、珠海市、汕头市、佛山市、江门市'))).toBe(true);
    expect(lines.some((l) => /^ {2}省级层面开展：表中没有省级的提交，均记为“否”/.test(l))).toBe(true);
  });

  it('names every county still to report, a line per city, so that the list is the whole chase list', () => {
    const result = importFormExport([csvSheet(fixed())], options());
    if (!result.ok) throw new Error('import failed');
    const lines = importSummaryLines(result.stats, result.summary);
    const reported = new Set(INTENDED.map((r) => r.region));
    const byCity = cities()
      .map((city) => ({ city, counties: countiesOf(city.code).filter((c) => !reported.has(c.code)) }))
      .filter((g) => g.counties.length > 0);
    const missing = byCity.reduce((sum, g) => sum + g.counties.length, 0);
    const from = lines.indexOf(`  未报送的县级（${missing}），按所属地市：`);
    expect(from).toBeGreaterThan(0);
    expect(lines.slice(from + 1, from + 1 + byCity.length)).toEqual(
      byCity.map(({ city, counties }) => `    ${city.name}（${counties.length}）：${counties.map((c) => c.name).join('、')}`),
    );
    // 广州市 reported itself and four of its counties: the others are named, the four are not.
    const guangzhou = lines.find((l) => l.startsWith('    广州市（'))!;
    expect(guangzhou).not.toMatch(/越秀区|天河区|黄埔区|南沙区/);
    expect(lines.some((l) => l.endsWith(' 等'))).toBe(false);
  });

  it('ends the summary with the warnings, under a heading, each as `npm run check` lists one (⚠), indented beneath it', () => {
    const result = importFormExport([csvSheet(fixed())], options());
    if (!result.ok) throw new Error('import failed');
    const { warnings } = result.summary;
    // 广州市's 主题阅读活动数, 1,234, beside 8 other regions' 3 to 80 (row 2, column E).
    expect(warnings.map((w) => [w.item, w.field])).toEqual([
      ['第 2 行（广州市 440100）', 'E 列“主题阅读活动数”（activities.themed_reading.count）'],
    ]);
    const lines = importSummaryLines(result.stats, result.summary);
    expect(lines.slice(-1 - warnings.length)).toEqual([
      statsFormsText.summary.warnings(warnings.length),
      ...warnings.map((w) => `    ⚠ ${formatProblem(w)}`),
    ]);
    expect(lines.at(-2)).toMatch(/^ {2}有 1 处提醒（⚠，文件照常写入/);
    expect(lines.at(-1)).toMatch(
      /^ {4}⚠ export\.csv › 第 2 行（广州市 440100） › 字段 E 列“主题阅读活动数”（activities\.themed_reading\.count）：1234 是/,
    );
    // Without warnings, no heading.
    const none = importSummaryLines(result.stats, { ...result.summary, warnings: [] });
    expect(none.some((l) => l.includes('处提醒'))).toBe(false);
  });

  it('reads the same answers from an XLSX with number cells, date cells and serial dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    csvSheet(fixed()).rows.forEach((row) => {
      const cells = row.cells.map((cell, column) => {
        if (cell === null || row.number === 1) return cell;
        if (column === 1) {
          // 提交时间: date cells, and one raw serial number.
          const m = /^(\d{4})\D(\d{1,2})\D(\d{1,2})\D*\s+(\d{1,2}):(\d{2})$/.exec(String(cell).trim());
          if (!m) return cell;
          const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
          return row.number === 2 ? utc / 86_400_000 + 25569 : new Date(utc);
        }
        return /^\d+$/.test(String(cell)) ? Number(cell) : cell;
      });
      sheet.getRow(row.number).values = cells;
    });
    const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), 'export.xlsx');
    if (!read.ok) throw new Error(read.message);
    expect(read.sheet.rows[1]!.cells[1]).toBeTypeOf('number');
    expect(read.sheet.rows[2]!.cells[1]).toBeInstanceOf(Date);
    const result = importFormExport([read.sheet], options());
    expect(result.ok && result.stats).toEqual(expectedStats());
  });

  it('gives the same result whatever the machine’s zone (run under New York time)', () => {
    expect(process.env.TZ).toBe('America/New_York');
    const result = importFormExport([csvSheet(fixed())], options());
    expect(result.ok && result.stats.reports[0]!.submittedAt).toBe('2024-11-20 14:03');
  });
});

const HEADER =
  '地区,提交时间,开幕式日期,主题阅读活动数,主题阅读参加人次,社长荐书活动数,社长荐书参加人次,线上社会大讲堂活动数,线上社会大讲堂参加人次,数字阅读分享活动数,数字阅读分享参加人次,活动周活动数,活动周参加人次';
const row = (cells: string) => `${HEADER}\n${cells}\n`;
const GOOD = '天河区,2024-11-20 10:00,2024-11-18,1,10,0,0,0,0,0,0,1,20';

describe('each error stops the import with row and column named, in Chinese with the key', () => {
  it.each([
    ['约3000', 'D 列“主题阅读活动数”（activities.themed_reading.count）', '“约3000”是约数：请填写准确的整数'],
    ['3万', 'D 列“主题阅读活动数”（activities.themed_reading.count）', '“3万”带有单位或汉字'],
    ['-', 'D 列“主题阅读活动数”（activities.themed_reading.count）', '“-”不是数字：没有请填 0'],
    ['十二', 'D 列“主题阅读活动数”（activities.themed_reading.count）', '“十二”不是数字'],
    ['12.5', 'D 列“主题阅读活动数”（activities.themed_reading.count）', '“12.5”不是整数'],
    [
      '1 200',
      'D 列“主题阅读活动数”（activities.themed_reading.count）',
      '“1 200”的数字中间有空格：若是一个数，请写成 1200 或 1,200；',
    ],
    ['', 'D 列“主题阅读活动数”（activities.themed_reading.count）', '空白：没有活动请填 0'],
  ])('a count of %j', (value, field, message) => {
    const problems = problemsOf(importFormExport([csvSheet(row(GOOD.replace(',2024-11-18,1,', `,2024-11-18,${value},`)))], options()));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'export.csv', item: '第 2 行（广州市天河区 440106）', field });
    expect(problems[0]!.message).toContain(message);
  });

  it('refuses a formula with no saved result, with or without blankAsZero', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Sheet1');
    ws.getRow(1).values = HEADER.split(',');
    ws.getRow(2).values = GOOD.split(',').map((v) => (/^\d+$/.test(v) ? Number(v) : v));
    ws.getCell('F2').value = { formula: 'D2*2' };
    const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), 'export.xlsx');
    if (!read.ok) throw new Error(read.message);
    for (const blankAsZero of [false, true]) {
      const problems = problemsOf(importFormExport([read.sheet], options({ blankAsZero })));
      expect(problems.map((p) => [p.item, p.field, p.message])).toEqual([
        [
          '第 2 行（广州市天河区 440106）',
          'F 列“社长荐书活动数”（activities.publisher_picks.count）',
          '公式没有计算结果：请在 Excel 或 WPS 中打开并保存后再导出，或改为直接填写',
        ],
      ]);
    }
  });

  it('reads a region as a form’s region picker exports it', () => {
    const result = importFormExport([csvSheet(row(GOOD.replace('天河区', '广东省 广州市 天河区')))], options());
    expect(result.ok && result.stats.reports.map((r) => r.region)).toEqual(['440106']);
  });

  it('reads headers with a counting unit after them', () => {
    const withUnits = HEADER.replace(/活动数/g, '活动数（个）').replace(/参加人次/g, '参加人次(人次)');
    const result = importFormExport([csvSheet(`${withUnits}\n${GOOD}\n`)], options());
    expect(result.ok && result.stats.reports[0]!.activities.themed_reading).toEqual({ count: 1, participants: 10 });
  });

  describe('a header in two rows, each kind over its two columns as the Ministry’s annex has it', () => {
    const groups = ['主题阅读', '“社长（总编）荐书”活动', '线上社会大讲堂', '数字阅读分享活动', '全民终身学习活动周'];
    const top = ['地区', '提交时间', '开幕式日期', ...groups.flatMap((g) => [g, ''])];
    const bottom = ['', '', '', ...groups.flatMap(() => ['活动数', '参加人次'])];
    const oneRow = importFormExport([csvSheet(row(GOOD))], options());

    it('reads a CSV, where a group names only its first column', () => {
      const result = importFormExport([csvSheet(`${top.join(',')}\n${bottom.join(',')}\n${GOOD}\n`)], options());
      expect(oneRow.ok).toBe(true);
      expect(result.ok && result.stats).toEqual(oneRow.ok && oneRow.stats);
    });

    it('reads an XLSX with merged cells, and names a column by its group and its own part', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('汇总');
      sheet.getRow(1).values = top.map((t) => t || null);
      sheet.getRow(2).values = bottom.map((t) => t || null);
      for (const column of ['A', 'B', 'C']) sheet.mergeCells(`${column}1:${column}2`);
      groups.forEach((_, i) => sheet.mergeCells(1, 4 + 2 * i, 1, 5 + 2 * i));
      sheet.getRow(3).values = GOOD.split(',').map((cell, i) => (i >= 3 ? Number(cell) : cell));
      // A figure that is not one, to see how the column is named.
      sheet.getCell('F3').value = '约3000';
      const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), 'export.xlsx');
      if (!read.ok) throw new Error(read.message);
      const problems = problemsOf(importFormExport([read.sheet], options()));
      expect(problems).toHaveLength(1);
      expect(problems[0]!.item).toContain('第 3 行');
      expect(problems[0]!.field).toContain('F 列““社长（总编）荐书”活动 活动数”');
      sheet.getCell('F3').value = 0;
      const fixedRead = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), 'export.xlsx');
      if (!fixedRead.ok) throw new Error(fixedRead.message);
      const result = importFormExport([fixedRead.sheet], options());
      expect(result.ok && result.stats).toEqual(oneRow.ok && oneRow.stats);
    });
  });

  it('takes a blank figure as 0 with blankAsZero', () => {
    const result = importFormExport([csvSheet(row('天河区,2024-11-20 10:00,,1,10,,,,,,,1,20'))], options({ blankAsZero: true }));
    expect(result.ok && result.stats.reports[0]!.activities.publisher_picks).toEqual({ count: 0, participants: 0 });
  });

  it('with blankAsZero, the summary names every blank cell it took as 0, a line per row', () => {
    const headers = HEADER.split(',');
    const column = (header: string) => spreadsheetText.column(columnLetter(headers.indexOf(header)), header);
    const text = [
      // 天河区's first submission, set aside: its blanks do not go into the file, so they are not listed.
      '天河区,2024-11-19 10:00,,1,10,,,,,,,1,20',
      '天河区,2024-11-20 10:00,,1,10,0,0,0,0,0,0,1,20',
      '海珠区,2024-11-20 10:00,,5,600,,,1,80,0,0,2,300',
      '越秀区,2024-11-20 10:00,,5,600,0,0,1,,0,0,2,300',
      '荔湾区,2024-11-20 10:00,,,,,,,,,,,',
    ];
    const result = importFormExport([csvSheet(`${HEADER}\n${text.join('\n')}\n`)], options({ blankAsZero: true }));
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const lines = importSummaryLines(result.stats, result.summary);
    const b = statsFormsText.summary.blanks;
    const from = lines.indexOf(b.heading(2 + 1 + 10, 3));
    expect(from).toBeGreaterThan(0);
    expect(lines.slice(from + 1, from + 4)).toEqual([
      b.line('第 4 行', '广州市海珠区 440105', [column('社长荐书活动数'), column('社长荐书参加人次')]),
      b.line('第 5 行', '广州市越秀区 440104', [column('线上社会大讲堂参加人次')]),
      b.line('第 6 行', '广州市荔湾区 440103', [b.all(10)]),
    ]);
    expect(lines[from + 1]).toBe('    第 4 行（广州市海珠区 440105）：F 列“社长荐书活动数”、G 列“社长荐书参加人次”');
    expect(lines[from]).toMatch(/^ {2}空白的数字格按 0 计入（--blank-as-zero）：3 行共 13 格；/);
    // What the file says for them: 0, as listed.
    expect(result.stats.reports.find((r) => r.region === '440105')!.activities.publisher_picks).toEqual({ count: 0, participants: 0 });
    // Without a blank taken as 0, no such lines.
    const full = importFormExport([csvSheet(row(GOOD))], options({ blankAsZero: true }));
    expect(full.ok && importSummaryLines(full.stats, full.summary).some((l) => l.includes('--blank-as-zero'))).toBe(false);
  });

  it('a date that cannot be read, and an impossible one', () => {
    const problems = problemsOf(
      importFormExport([csvSheet(row(GOOD.replace('2024-11-20 10:00,2024-11-18', '上周三,2024-02-30')))], options()),
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['B 列“提交时间”（submittedAt）', '“上周三”不是可识别的日期：请写成 2024-11-20、2024/11/20 14:03 这样的格式'],
      ['C 列“开幕式日期”（openingCeremony）', '“2024-02-30”不是存在的日期或时间'],
    ]);
  });

  it('an opening day typed without its year is a day of the year imported, as import-events reads one', () => {
    const year = options().year;
    for (const typed of ['11月18日', '11/18', '１１月１８日', '11月18日（周一）']) {
      const result = importFormExport([csvSheet(row(GOOD.replace(',2024-11-18,', `,${typed},`)))], options());
      if (!result.ok) throw new Error(`${typed}: ${JSON.stringify(result.problems)}`);
      expect(result.stats.reports.find((r) => r.region === '440106')!.openingCeremony, typed).toBe(`${year}-11-18`);
    }
    // Text that is no date is quoted as typed.
    const problems = problemsOf(importFormExport([csvSheet(row(GOOD.replace(',2024-11-18,', ',ＴＢＤ,')))], options()));
    expect(problems.map((p) => p.message)).toEqual([spreadsheetText.date.invalid('ＴＢＤ')]);
    // A day no calendar has is quoted as typed, not with the year put in.
    const impossible = problemsOf(importFormExport([csvSheet(row(GOOD.replace(',2024-11-18,', ',11月32日,')))], options()));
    expect(impossible.map((p) => p.message)).toEqual([spreadsheetText.date.impossible('11月32日')]);
  });

  it('participants without activities', () => {
    const problems = problemsOf(importFormExport([csvSheet(row(GOOD.replace(',0,0,0,0,0,0,', ',0,15,0,0,0,0,')))], options()));
    expect(problems).toMatchObject([
      {
        field: 'G 列“社长荐书参加人次”（activities.publisher_picks.participants）',
        message: '有 15 参加人次，但F 列“社长荐书活动数”为 0：请填写活动数，或把参加人次改为 0',
      },
    ]);
  });

  it('an ambiguous name lists every region it could be', () => {
    const shanxi: Region = { code: '140000', name: '山西省', shortName: '山西', level: 'province' };
    const cities: Region[] = [
      { code: '140300', name: '阳泉市', shortName: '阳泉', level: 'city', parent: '140000' },
      { code: '140400', name: '长治市', shortName: '长治', level: 'city', parent: '140000' },
    ];
    const resolve = createRegionResolver({
      province: shanxi,
      cities,
      countiesOf: (code) => [{ code: code.slice(0, 4) + '02', name: '城区', shortName: '城区', level: 'county', parent: code }],
    });
    const problems = problemsOf(importFormExport([csvSheet(row(GOOD.replace('天河区', '城区')))], options({ resolve })));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('A 列“地区”（region）');
    expect(problems[0]!.message).toMatch(/^“城区”可指 城区 140302、城区 140402/);
  });

  it('a region of another province is said to be outside this one', () => {
    const zhejiang = readRegionData('330000').province.name;
    const problems = problemsOf(importFormExport([csvSheet(row(GOOD.replace('天河区', `${zhejiang}-杭州市-西湖区`)))], options()));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(new RegExp(`^“${zhejiang}-杭州市-西湖区”属于${zhejiang}，不在${province().name}：`)),
    ]);
  });

  it('a missing region, and a code that contradicts the name', () => {
    const withCode = (code: string, name: string) => `地区代码,${HEADER}\n${code},${GOOD.replace('天河区', name)}\n`;
    expect(problemsOf(importFormExport([csvSheet(withCode('', ''))], options()))).toMatchObject([
      { item: '第 2 行', message: '缺少地区：请填写地市或县（市、区）的名称或代码' },
    ]);
    expect(problemsOf(importFormExport([csvSheet(withCode('440106', '越秀区'))], options()))).toMatchObject([
      { field: 'B 列“地区”（region）', message: '地区代码是 440106，名称却是“越秀区”：两者不一致，请核对' },
    ]);
    // When they agree, the code decides and the name is only a check.
    expect(importFormExport([csvSheet(withCode('440106', '广州天河'))], options()).ok).toBe(true);
  });

  it('every problem in the file at once, not only the first', () => {
    const text = `${HEADER}\n天河区,2024-11-20 10:00,,约5,10,0,0,0,0,0,0,1,20\n火星,2024-11-20 10:00,,1,1,0,0,0,0,0,0,0,0\n`;
    const problems = problemsOf(importFormExport([csvSheet(text)], options()));
    expect(problems.map((p) => p.item)).toEqual(['第 2 行（广州市天河区 440106）', '第 3 行']);
  });

  it('a missing column names what it looked for and what the header has', () => {
    const problems = problemsOf(importFormExport([csvSheet(`${HEADER.replace('提交时间', '时间')}\n${GOOD}\n`)], options()));
    expect(problems).toEqual([
      {
        file: 'export.csv',
        item: '第 1 行（表头）',
        field: 'submittedAt',
        message: expect.stringMatching(/^缺少“提交时间”列（也接受：填报时间、提交答卷时间）；表头中现有：地区、时间、开幕式日期、/),
      },
    ]);
  });

  it('the header’s texts are listed once, with the first missing column, not after each', () => {
    const text = `${HEADER.replace('提交时间', '时间').replace('主题阅读活动数', '主题阅读次数')}\n${GOOD}\n`;
    const problems = problemsOf(importFormExport([csvSheet(text)], options()));
    expect(problems.map((p) => p.field)).toEqual(['submittedAt', 'activities.themed_reading.count']);
    const found = HEADER.replace('提交时间', '时间').replace('主题阅读活动数', '主题阅读次数').split(',');
    const mapping = defaultFormMapping();
    expect(problems.map((p) => p.message)).toEqual([
      spreadsheetText.header.missing(mapping.submittedAt, found),
      spreadsheetText.header.missing(columnSpecs(mapping).find((c) => c.key === 'themed_reading.count')!.headers),
    ]);
  });

  describe('participants counted in 万人次, as the Ministry’s annex is sometimes copied', () => {
    const kinds = ['主题阅读活动', '“社长（总编）荐书”活动', '线上社会大讲堂', '数字阅读分享活动', '全民终身学习活动周'];
    const unit = '万人次';
    const top = ['地区', '提交时间', '开幕式日期', ...kinds.flatMap((k) => [k, ''])];
    const bottom = ['', '', '', ...kinds.flatMap(() => ['活动数', `参加人次（${unit}）`])];
    const factor = cellRules.headerMultipliers['万'];

    const participants = ACTIVITY_KINDS.map((k) => `activities.${k}.participants`);
    const columns = kinds.map((kind, i) => spreadsheetText.column(columnLetter(4 + 2 * i), `${kind} ${bottom[4 + 2 * i]}`));
    const scaled = spreadsheetText.header.scaled(columns, unit, statsFormsText.import.participantsUnit, factor);

    it('says once that the table counts 人次, naming the columns, and lists no headers', () => {
      const problems = problemsOf(importFormExport([csvSheet(`${top.join(',')}\n${bottom.join(',')}\n${GOOD}\n`)], options()));
      expect(problems).toEqual([
        { file: 'export.csv', item: spreadsheetText.headerItem(2), field: participants.join('、'), message: scaled },
      ]);
    });

    it('lists the header’s texts with a column that is missing for another reason', () => {
      const withoutTime = top.map((c) => (c === '提交时间' ? '时间' : c));
      const problems = problemsOf(importFormExport([csvSheet(`${withoutTime.join(',')}\n${bottom.join(',')}\n${GOOD}\n`)], options()));
      const bare = spreadsheetText.header.missing(defaultFormMapping().submittedAt);
      expect(problems.map((p) => p.field)).toEqual(['submittedAt', participants.join('、')]);
      expect(problems[0]!.message.startsWith(bare) && problems[0]!.message.length > bare.length).toBe(true);
      expect(problems[1]!.message).toBe(scaled);
    });
  });

  it('a column given twice is not guessed between', () => {
    const problems = problemsOf(importFormExport([csvSheet(`填报单位,${HEADER}\n天河区,${GOOD}\n`)], options()));
    expect(problems).toMatchObject([
      { field: 'region', message: 'A 列“填报单位”、B 列“地区” 都对应这一项：请删去多余的一列，或在映射文件中区分' },
    ]);
  });

  it('a sheet without the form’s header', () => {
    expect(problemsOf(importFormExport([csvSheet('a,b\n1,2\n')], options()))).toMatchObject([
      { field: '（整个文件）', message: expect.stringContaining('找不到表头') },
    ]);
  });

  describe('a region that submitted twice: the summary shows what was set aside beside what is kept', () => {
    const summaryOf = (first: string, second: string) => {
      const result = importFormExport([csvSheet(`${HEADER}\n${first}\n${second}\n`)], options());
      if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
      return importSummaryLines(result.stats, result.summary).find((l) => l.startsWith('    广州市天河区 440106：'));
    };
    const at = (time: string, figures: number[]) => `天河区,2024-11-${time},,${figures.join(',')}`;

    it('both rows’ totals when they differ', () => {
      const [first, second] = [
        [120, 35000, 9, 2100, 32, 61000, 16, 8100, 31, 41000],
        [14, 3200, 0, 0, 6, 2600, 3, 700, 6, 1000],
      ];
      const sum = (figures: number[], odd: number) => figures.filter((_, i) => i % 2 === odd).reduce((a, b) => a + b, 0);
      expect(summaryOf(at('19 09:30', first), at('22 10:30', second))).toBe(
        `    广州市天河区 440106：第 2 行（2024-11-19 09:30，活动数 ${sum(first, 0)}、参加人次 ${sum(first, 1)}） → 采用 第 3 行（2024-11-22 10:30，活动数 ${sum(second, 0)}、参加人次 ${sum(second, 1)}）`,
      );
    });

    it('the kinds that differ when the totals agree, and that the figures are the same when they are', () => {
      // 主题阅读 1/10 → 2/10 and 活动周 2/20 → 1/20: the same totals, 3 and 30.
      expect(summaryOf(at('19 09:30', [1, 10, 0, 0, 0, 0, 0, 0, 2, 20]), at('22 10:30', [2, 10, 0, 0, 0, 0, 0, 0, 1, 20]))).toBe(
        '    广州市天河区 440106：第 2 行（2024-11-19 09:30） → 采用 第 3 行（2024-11-22 10:30），合计相同，分类不同：主题阅读活动 1/10 → 2/10；全民终身学习活动周 2/20 → 1/20',
      );
      const same = [1, 10, 0, 0, 0, 0, 0, 0, 2, 20];
      expect(summaryOf(at('19 09:30', same), at('22 10:30', same))).toBe(
        '    广州市天河区 440106：第 2 行（2024-11-19 09:30） → 采用 第 3 行（2024-11-22 10:30），数字相同',
      );
    });

    it('no figures for a set-aside row that could not be read', () => {
      expect(summaryOf('天河区,2024-11-19 09:30,,约5,10,0,0,0,0,0,0,1,20', at('22 10:30', [5, 10, 0, 0, 0, 0, 0, 0, 1, 20]))).toBe(
        '    广州市天河区 440106：第 2 行（2024-11-19 09:30）〔有误，已不采用〕 → 采用 第 3 行（2024-11-22 10:30）',
      );
    });
  });

  it('a superseded row’s problems no longer matter, but the latest row’s do', () => {
    const ok = `${HEADER}\n天河区,2024-11-20 10:00,,约5,10,0,0,0,0,0,0,1,20\n天河区,2024-11-21 10:00,,5,10,0,0,0,0,0,0,1,20\n`;
    const result = importFormExport([csvSheet(ok)], options());
    expect(result.ok && result.summary.setAside).toMatchObject([{ row: { row: 2 }, hadProblems: true, kept: { row: 3 } }]);
    const bad = ok.replace('2024-11-20 10:00,,约5', '2024-11-22 10:00,,约5');
    expect(problemsOf(importFormExport([csvSheet(bad)], options()))).toMatchObject([{ item: '第 2 行（广州市天河区 440106）' }]);
  });
});

describe('submissions across files, the province’s own row, and the file being replaced', () => {
  const a = csvSheet(row('天河区,2024-11-20 10:00,,1,10,0,0,0,0,0,0,1,20'), 'a.csv');
  const b = csvSheet(row('天河,2024-11-20 10:00,,2,20,0,0,0,0,0,0,1,20'), 'b.csv');

  it('on a tie in 提交时间, the row read later wins', () => {
    const result = importFormExport([a, b], options());
    expect(result.ok && result.stats.reports[0]!.activities.themed_reading).toEqual({ count: 2, participants: 20 });
    expect(result.ok && result.summary.setAside[0]).toMatchObject({ row: { file: 'a.csv', row: 2 }, kept: { file: 'b.csv', row: 2 } });
  });

  it('reads 省本级 as the province: which kinds it ran, not a report', () => {
    const sheet = csvSheet(`${HEADER}\n省本级,2024-11-20 10:00,,3,100,1,10,0,0,2,5,1,1000\n${GOOD}\n`);
    const result = importFormExport([sheet], options());
    expect(result.ok && result.stats.province).toEqual({
      themed_reading: true,
      publisher_picks: true,
      online_lectures: false,
      digital_reading: true,
      learning_week: true,
    });
    expect(result.ok && result.stats.reports.map((r) => r.region)).toEqual(['440106']);
  });

  it('the province row’s 开幕式日期, which no report holds, is a warning at its cell saying where it belongs, not lost', () => {
    const day = '2024-11-08';
    const sheet = csvSheet(`${HEADER}\n省本级,2024-11-20 10:00,${day.replaceAll('-', '/')},3,100,0,0,0,0,0,0,1,1000\n${GOOD}\n`);
    const result = importFormExport([sheet], options());
    if (!result.ok) throw new Error('imports');
    expect(statsFileText(result.stats)).not.toContain(day);
    const place = placeWords();
    // Its figures are a warning of their own (below).
    const openingWarnings = (r: typeof result) => (r.ok ? r.summary.warnings.filter((w) => w.field.includes('openingCeremony')) : []);
    expect(openingWarnings(result)).toEqual([
      {
        file: 'export.csv',
        item: `第 2 行（${province().name} ${province().code}）`,
        field: 'C 列“开幕式日期”（openingCeremony）',
        message: statsFormsText.import.provinceOpening(day, place),
        severity: 'warning',
      },
    ]);
    // Where the site reads the province's ceremony from, and how to add it there.
    expect(result.summary.warnings[0]!.message).toContain(`region: "${place.code}"`);
    expect(result.summary.warnings[0]!.message).toContain(`npm run new -- event --region ${place.name} --type 开幕式 --start ${day}`);
    const withoutDay = importFormExport([csvSheet(`${HEADER}\n省本级,2024-11-20 10:00,,3,100,0,0,0,0,0,0,1,1000\n`)], options());
    expect(withoutDay.ok && openingWarnings(withoutDay)).toEqual([]);
  });

  it('the province row’s figures, which the 统计表 does not count (it has only 是否开展 for that level), are a warning naming the row', () => {
    const figures = [3, 100, 1, 10, 0, 0, 2, 5, 1, 1000];
    const sheet = csvSheet(`${HEADER}\n省本级,2024-11-20 10:00,,${figures.join(',')}\n${GOOD}\n`);
    const result = importFormExport([sheet], options());
    if (!result.ok) throw new Error('imports');
    const sum = (odd: number) => figures.filter((_, i) => i % 2 === odd).reduce((a, b) => a + b, 0);
    const place = placeWords();
    expect(result.summary.warnings).toEqual([
      {
        file: 'export.csv',
        item: `第 2 行（${province().name} ${province().code}）`,
        field: 'D 列“主题阅读活动数”（activities.themed_reading.count）',
        message: statsFormsText.import.provinceFigures(sum(0), sum(1), place),
        severity: 'warning',
      },
    ]);
    // Printed with the summary's warnings, in the province's words: 省本级, and that the 统计表 leaves the figures out.
    const lines = importSummaryLines(result.stats, result.summary).join('\n');
    expect(lines).toContain(
      `${place.kind.level}本级一行的活动数和参加人次（共 ${sum(0)} 项、${sum(1).toLocaleString('zh-CN')} 人次）不计入统计表`,
    );
    expect(result.stats.reports.map((r) => r.region)).toEqual(['440106']);
    // A row of zeros says only what the province did not run.
    const zeros = importFormExport([csvSheet(`${HEADER}\n省本级,2024-11-20 10:00,,0,0,0,0,0,0,0,0,0,0\n`)], options());
    expect(zeros.ok && zeros.summary.warnings).toEqual([]);
  });

  it('--province decides over the province’s row; the file replaced keeps its note and province otherwise', () => {
    const all = { themed_reading: true, publisher_picks: true, online_lectures: true, digital_reading: true, learning_week: true };
    expect(importFormExport([a], options({ province: all })).ok && true).toBe(true);
    const previous = {
      file: '2024.json',
      stats: { ...expectedStats(), note: '示例数据', province: { ...all, online_lectures: false } },
    };
    const result = importFormExport([a], options({ previous }));
    expect(result.ok && result.stats.note).toBe('示例数据');
    expect(result.ok && result.stats.province.online_lectures).toBe(false);
    expect(result.ok && Object.keys(result.stats)).toEqual(['year', 'deadline', 'note', 'province', 'reports']);
  });
});

describe('the office’s own sums under its rows (合计, 全市合计)', () => {
  it('are no region’s report: passed over, named in the summary, and the rows above imported', () => {
    const yuexiu = '越秀区,2024-11-20 11:00,2024-11-18,2,30,0,0,0,0,0,0,2,40';
    const sums = '合计,,,3,40,0,0,0,0,0,0,3,60';
    const result = importFormExport(
      [csvSheet(`${HEADER}\n${GOOD}\n${yuexiu}\n${sums}\n全市 合计：,,,3,40,0,0,0,0,0,0,3,60\n`)],
      options(),
    );
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.stats.reports.map((r) => r.region).sort()).toEqual(['440104', '440106']);
    expect(result.summary.totalRows).toEqual([
      { file: 'export.csv', row: 4, text: '合计' },
      { file: 'export.csv', row: 5, text: '全市 合计：' },
    ]);
    const lines = importSummaryLines(result.stats, result.summary).join('\n');
    expect(lines).toContain(statsFormsText.summary.totalRow('第 4 行', '合计'));
  });

  it('count no signature line under the rows (填表人：张三) among the regions left blank', () => {
    const unfilled = '越秀区,,,,,,,,,,,,';
    const result = importFormExport([csvSheet(`${HEADER}\n${GOOD}\n${unfilled}\n填表人：张三,,,,,,,,,,,,\n`)], options());
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.summary.blankRows).toBe(1);
  });
});
