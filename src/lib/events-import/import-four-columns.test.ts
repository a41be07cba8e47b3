/**
 * The layout many city offices send: 开始日期 | 开始时间 | 结束日期 | 结束时间,
 * the day and the time of each end in a column of its own, as Excel cells or
 * as text. Each row is written from the event it stands for, and read back as
 * that event's start and end in Beijing time.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { eventsImportText } from '../../i18n/zh-CN/events-import.ts';
import { spreadsheetText } from '../../i18n/zh-CN/spreadsheet.ts';
import { fileLabelOf } from '../input-problem.ts';
import { readCsv, readXlsx, type CellValue, type Sheet } from '../spreadsheet/index.ts';
import { importEvents, type EventsImport } from './import.ts';
import { defaultEventsMapping, parseEventsMapping, type EventsMapping } from './mapping.ts';

const YEAR = 2024;
/** The columns around the four: A 活动名称, B 地区, C–F the four, then the place, the organiser, the type and the 简介. */
const FOUR = ['开始日期', '开始时间', '结束日期', '结束时间'] as const;
const header = (four: readonly string[] = FOUR) => ['活动名称', '地区', ...four, '地点', '地址', '主办单位', '类型', '简介'];
const rest = ['天河区图书馆', '广州市天河区天府路1号', '天河区教育局', '研讨活动', '教长者用手机挂号。'];

/** A Beijing wall-clock moment; without an hour, a day alone. */
interface When {
  m: number;
  d: number;
  h?: number;
  min?: number;
}
type DayForm = 'excel' | 'slash' | 'monthDay' | 'chinese';
type TimeForm = 'excel' | 'excelDay0' | 'clock' | 'period';

const pad = (n: number) => String(n).padStart(2, '0');
/** How an office writes a day: a date cell, 2024/11/18, 11月18日 (the import's year), 2024年11月18日. */
function dayCell(w: When, form: DayForm): CellValue {
  switch (form) {
    case 'excel':
      return new Date(Date.UTC(YEAR, w.m - 1, w.d));
    case 'slash':
      return `${YEAR}/${w.m}/${w.d}`;
    case 'monthDay':
      return `${w.m}月${w.d}日`;
    case 'chinese':
      return `${YEAR}年${w.m}月${w.d}日`;
  }
}
/** How an office writes a time: a fraction of a day, Excel's day 0 as exceljs gives a time cell, 19:30, 下午7:30. */
function timeCell(w: When, form: TimeForm): CellValue {
  const [h, min] = [w.h!, w.min ?? 0];
  switch (form) {
    case 'excel':
      return (h * 60 + min) / 1440;
    case 'excelDay0':
      return new Date(Date.UTC(1899, 11, 30, h, min));
    case 'clock':
      return `${h}:${pad(min)}`;
    case 'period':
      return `${h < 12 ? '上午' : '下午'}${h > 12 ? h - 12 : h}:${pad(min)}`;
  }
}
/** The front matter's value: `2024-11-18T19:30`, or `2024-11-18` for a day alone. */
function frontMatterValue(w: When): string {
  const day = `${YEAR}-${pad(w.m)}-${pad(w.d)}`;
  return w.h === undefined ? day : `${day}T${pad(w.h)}:${pad(w.min ?? 0)}`;
}
/** The end a start without one gets: two hours later (the next day past 22:00), or the day itself. */
function twoHoursAfter(w: When): When {
  if (w.h === undefined) return w;
  const at = new Date(Date.UTC(YEAR, w.m - 1, w.d, w.h + 2, w.min ?? 0));
  return { m: at.getUTCMonth() + 1, d: at.getUTCDate(), h: at.getUTCHours(), min: at.getUTCMinutes() };
}

interface Row {
  title: string;
  start: When;
  forms: [DayForm, TimeForm?];
  /** No end: 结束日期 and 结束时间 blank. */
  end?: When;
  endForms?: [DayForm | 'blank', TimeForm?];
}

const rows: Row[] = [
  // An empty 结束日期: the start's day.
  {
    title: '夜读会',
    start: { m: 11, d: 18, h: 19, min: 30 },
    forms: ['slash', 'clock'],
    end: { m: 11, d: 18, h: 21 },
    endForms: ['blank', 'clock'],
  },
  {
    title: '书法展',
    start: { m: 11, d: 18, h: 9, min: 30 },
    forms: ['excel', 'excel'],
    end: { m: 11, d: 20, h: 17 },
    endForms: ['excel', 'excelDay0'],
  },
  {
    title: '讲座',
    start: { m: 11, d: 19, h: 14 },
    forms: ['monthDay', 'period'],
    end: { m: 11, d: 19, h: 16, min: 30 },
    endForms: ['chinese', 'period'],
  },
  { title: '读书月', start: { m: 11, d: 20 }, forms: ['chinese'], end: { m: 11, d: 22 }, endForms: ['slash'] },
  { title: '茶话会', start: { m: 11, d: 21, h: 10 }, forms: ['excel', 'excelDay0'] },
  { title: '开放日', start: { m: 11, d: 22 }, forms: ['excel'] },
  { title: '观星夜', start: { m: 11, d: 23, h: 23 }, forms: ['slash', 'clock'] },
];

function cellsOf(row: Row): CellValue[] {
  const [startDay, startTime] = row.forms;
  const [endDay, endTime] = row.endForms ?? ['blank'];
  return [
    row.title,
    '天河',
    dayCell(row.start, startDay),
    startTime ? timeCell(row.start, startTime) : null,
    endDay === 'blank' ? null : dayCell(row.end!, endDay),
    endTime ? timeCell(row.end!, endTime) : null,
    ...rest,
  ];
}

async function workbookSheet(lines: CellValue[][]): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('活动表');
  lines.forEach((cells, i) =>
    cells.forEach((value, column) => {
      if (value === null || value === '') return;
      const cell = ws.getRow(i + 1).getCell(column + 1);
      cell.value = value;
      if (typeof value === 'number' || (value instanceof Date && value.getUTCFullYear() === 1899)) cell.numFmt = 'h:mm';
      else if (value instanceof Date) cell.numFmt = 'yyyy/m/d';
    }),
  );
  const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), '活动表.xlsx');
  if (!read.ok) throw new Error(read.message);
  return read.sheet;
}
function csvSheet(lines: string[][]): Sheet {
  const read = readCsv(new TextEncoder().encode(lines.map((cells) => cells.join(',')).join('\n')), '活动表.csv');
  if (!read.ok) throw new Error(read.message);
  return read.sheet;
}
function content(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'import-four-columns-')), 'content');
  mkdirSync(join(dir, 'events', String(YEAR)), { recursive: true });
  return dir;
}
const importSheet = (sheet: Sheet, dir = content(), mapping: EventsMapping = defaultEventsMapping()) =>
  importEvents(sheet, { mapping, year: YEAR, contentDir: dir });
const frontMatter = (text: string) =>
  yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>;
const startsAndEnds = (result: EventsImport) =>
  result.good.map((g) => [frontMatter(g.text).title, frontMatter(g.text).start, frontMatter(g.text).end]);
const problemLines = (result: EventsImport) =>
  result.bad.flatMap((b) => b.problems.map((p) => `${p.file} › ${p.item} › ${p.field}：${p.message}`));
const expected = (list: Row[]) =>
  list.map((r) => [r.title, frontMatterValue(r.start), frontMatterValue(r.end ?? twoHoursAfter(r.start))]);
/** A text row of the four columns: title, then 开始日期, 开始时间, 结束日期, 结束时间 as typed. */
const textRow = (title: string, four: [string, string, string, string]) => [title, '天河', ...four, ...rest];

describe('a city’s list with 开始日期, 开始时间, 结束日期 and 结束时间', () => {
  it('reads each start and end from the day and the time, Excel cells or text, in Beijing time whatever the machine’s zone', async () => {
    // The tests run in New York: a time read in the machine's zone would be off by 13 hours.
    expect(process.env.TZ).toBe('America/New_York');
    const result = importSheet(await workbookSheet([header(), ...rows.map(cellsOf)]));
    expect(result.sheetProblems).toEqual([]);
    expect(problemLines(result)).toEqual([]);
    expect(result.unreadColumns).toEqual([]);
    expect(startsAndEnds(result)).toEqual(expected(rows));
  });

  it('reads the same rows typed as text, under 起始日期 … 截止时间 too', () => {
    const typed = rows.filter((r) => r.forms.every((form) => form !== 'excel' && form !== 'excelDay0'));
    const text = (value: CellValue) => (value === null ? '' : String(value));
    for (const four of [FOUR, ['起始日期', '起始时间', '截止日期', '截止时间']]) {
      const result = importSheet(csvSheet([header(four), ...typed.map((r) => cellsOf(r).map(text))]));
      expect(result.sheetProblems, four.join()).toEqual([]);
      expect(problemLines(result)).toEqual([]);
      expect(startsAndEnds(result)).toEqual(expected(typed));
    }
  });

  it('still reads 开始日期 and 结束日期 alone as the start and the end, as before, naming their columns', () => {
    const two = ['开始日期', '结束日期'];
    const lines = [
      ['活动名称', '地区', ...two, ...header().slice(6)],
      ['夜读会', '天河', '2024/11/18 19:30', '21:00', ...rest],
      ['书法展', '天河', '2024-11-18', '2024-11-20', ...rest],
      ['讲座', '天河', '下周六', '', ...rest],
      ['茶话会', '天河', '2024/11/18 19:30', '2024/11/20', ...rest],
    ];
    const result = importSheet(csvSheet(lines));
    expect(startsAndEnds(result)).toEqual([
      ['夜读会', '2024-11-18T19:30', '2024-11-18T21:00'],
      ['书法展', '2024-11-18', '2024-11-20'],
    ]);
    const c = eventsImportText.cell;
    expect(problemLines(result)).toEqual([
      `活动表.csv › 第 4 行（讲座） › C 列“开始日期”（date）：${c.date('下周六')}`,
      `活动表.csv › 第 5 行（茶话会） › D 列“结束日期”（endDate）：${c.endNeedsTime('2024/11/20')}`,
    ]);
  });

  it('names the sheet, the row and the column of each cell it cannot read, in Chinese with the key', async () => {
    const c = eventsImportText.cell;
    const sheet = await workbookSheet([
      header(),
      textRow('一', ['19:30', '19:30', '', '21:00']),
      textRow('二', ['2024/11/18', '19:30', '2024/11/17', '21:00']),
      textRow('三', ['2024/11/18', '19:30', '', '18:00']),
      textRow('四', ['', '', '', '21:00']),
      textRow('五', ['2024/11/18', '', '', '21:00']),
      textRow('六', ['2024/11/18', '19:30', '2024/11/20', '']),
      textRow('七', ['2024/11/18', '19:30', '', '稍后']),
      textRow('八', ['2024/11/18', '19:30', '下周', '21:00']),
      textRow('九', ['2024/11/18', '19:30', '2024/11/20 17:00', '17:00']),
      textRow('十', ['2024/11/18', '9:30-11:30', '2024/11/20', '']),
      textRow('十一', ['2024/11/18', '三楼会议室', '', '']),
      textRow('十二', ['下周六', '', '', '']),
    ]);
    const result = importSheet(sheet);
    expect(result.good).toEqual([]);
    const at = (row: number, title: string, column: string, key: string, message: string) =>
      `活动表.xlsx › 第 ${row} 行（${title}） › ${column} 列“${header()[column.charCodeAt(0) - 65]}”（${key}）：${message}`;
    expect(problemLines(result)).toEqual([
      // A time in a date column.
      at(2, '一', 'C', 'date', c.day('19:30')),
      // An end before the start: on an earlier day, at the 结束日期; on the start's day, at the 结束时间.
      at(3, '二', 'E', 'endDate', c.endBeforeStart('2024-11-17 21:00')),
      at(4, '三', 'F', 'end', c.endBeforeStart('18:00')),
      // A 结束时间 without any start, and one after a start without a time.
      at(5, '四', 'C', 'date', c.blank(eventsImportText.what.date)),
      at(6, '五', 'F', 'end', c.startNeedsTime('21:00')),
      at(7, '六', 'F', 'end', c.endTimeBlank('2024/11/20')),
      at(8, '七', 'F', 'end', c.endNotTime('稍后')),
      at(9, '八', 'E', 'endDate', c.day('下周')),
      at(10, '九', 'E', 'endDate', c.dayWithTime('2024/11/20 17:00')),
      at(11, '十', 'D', 'start', c.rangeOverDays('2024-11-18 9:30-11:30')),
      at(12, '十一', 'D', 'start', c.notTime('三楼会议室')),
      // A 开始日期 beside an empty 开始时间 is named itself, not the empty cell.
      at(13, '十二', 'C', 'date', c.day('下周六')),
    ]);
  });

  it('skips a row already imported, and refuses one whose time has changed, leaving the file as the editor wrote it', () => {
    const dir = content();
    const file = join(dir, `events/${YEAR}/ye-du-hui.md`);
    const written = '---\ntitle: 夜读会\nregion: "440106"\nstart: 2024-11-18T19:30\nend: 2024-11-18T21:00\n---\n\n编辑改过的正文。\n';
    writeFileSync(file, written);
    const result = importSheet(
      csvSheet([
        header(),
        textRow('夜读会', ['11月18日', '下午7:30', '', '21:00']),
        textRow('夜读会', ['2024/11/18', '20:00', '2024/11/18', '21:30']),
      ]),
      dir,
    );
    expect(result.skipped).toEqual([{ row: 2, file: fileLabelOf(file) }]);
    expect(result.good).toEqual([]);
    expect(result.bad.map((b) => b.problems.map((p) => p.field))).toEqual([[`D 列“开始时间”（start）`]]);
    expect(result.bad[0]!.problems[0]!.message).toContain(`${fileLabelOf(file)}（2024-11-18 19:30）`);
    expect(readFileSync(file, 'utf8')).toBe(written);
  });

  it('reads a mapping saved before, which lists 开始日期 under start and 结束日期 under end, as it did', () => {
    const saved = parseEventsMapping('start: [开始时间, 开始日期]\nend: [结束时间, 结束日期]\n', '映射.yaml');
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    expect(saved.mapping.columns.date).not.toContain('开始日期');
    expect(saved.mapping.columns.endDate).not.toContain('结束日期');
    const lines = [header(), textRow('夜读会', ['2024/11/18', '19:30', '', '21:00'])];
    // Its file says both headers are the start (and the end): which is meant is not guessed.
    const column = (letter: string, text: string) => spreadsheetText.column(letter, text);
    expect(importSheet(csvSheet(lines), content(), saved.mapping).sheetProblems.map((p) => p.message)).toEqual([
      spreadsheetText.header.duplicate([column('C', '开始日期'), column('D', '开始时间')]) +
        eventsImportText.headersFromMapping('映射.yaml', 'start'),
      spreadsheetText.header.duplicate([column('E', '结束日期'), column('F', '结束时间')]) +
        eventsImportText.headersFromMapping('映射.yaml', 'end'),
    ]);
    // The defaults read them as the four columns.
    expect(startsAndEnds(importSheet(csvSheet(lines)))).toEqual([['夜读会', '2024-11-18T19:30', '2024-11-18T21:00']]);
  });
});
