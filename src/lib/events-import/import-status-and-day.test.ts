import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { eventsImportText } from '../../i18n/zh-CN/events-import.ts';
import { eventStatuses } from '../../i18n/zh-CN/vocabulary.ts';
import { readCsv, type Sheet } from '../spreadsheet/index.ts';
import { importEvents, readStatus } from './import.ts';
import { defaultEventsMapping } from './mapping.ts';
import words from './status-words.json' with { type: 'json' };
import { readEventTimes } from './times.ts';

/** The template's columns, and a 状态 column after them (M). */
const HEADER = '活动名称,地区,开始时间,结束时间,地点,地址,线上链接,主办单位,类型,适合人群,报名链接,简介';
const EVENT = '天河,2024-11-20 14:30,16:30,天河区图书馆,广州市天河区天府路1号,,天河区教育局,研讨活动,老年人,,教长者用手机挂号。';
/** The same event's columns as a sheet that gives the day and the time apart: 日期 (B), 时间 (C). */
const DAY_HEADER = '活动名称,日期,时间,地区,地点,地址,主办单位,类型,简介';
const dayRow = (title: string, day: string, time: string) =>
  `${title},${day},${time},天河,天河区图书馆,广州市天河区天府路1号,天河区教育局,研讨活动,教长者用手机挂号。`;

function sheet(lines: string[]): Sheet {
  const read = readCsv(new TextEncoder().encode(lines.join('\n')), '活动表.csv');
  if (!read.ok) throw new Error(read.message);
  return read.sheet;
}
function content(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'import-status-')), 'content');
  mkdirSync(join(dir, 'events/2024'), { recursive: true });
  return dir;
}
const run = (lines: string[], dir = content()) =>
  importEvents(sheet(lines), { mapping: defaultEventsMapping(), year: 2024, contentDir: dir });
const frontMatter = (text: string) =>
  yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>;
const problemLines = (result: ReturnType<typeof run>) =>
  result.bad.flatMap((b) => b.problems.map((p) => `${p.item} › ${p.field}：${p.message}`));

describe('a city’s list with a 状态 column', () => {
  const typed = [
    ...words.cancelled.map((word) => [word, 'cancelled'] as const),
    ...words.postponed.map((word) => [word, 'postponed'] as const),
    ...words.none.map((word) => [word, undefined] as const),
    [eventStatuses.cancelled, 'cancelled'],
    [eventStatuses.postponed, 'postponed'],
    ['', undefined],
  ] as const;

  it('writes cancelled or postponed as status, and no status for 正常 or an empty cell', () => {
    for (const header of ['状态', '活动状态']) {
      const result = run([`${HEADER},${header}`, ...typed.map(([word], i) => `活动${i},${EVENT},${word}`)]);
      expect(result.bad).toEqual([]);
      expect(result.unreadColumns).toEqual([]);
      expect(result.good.map((g) => frontMatter(g.text).status)).toEqual(typed.map(([, status]) => status));
    }
    // The words the brief and offices use, whatever the JSON holds.
    expect(['已取消', '取消', '延期', '推迟', '正常'].map(readStatus)).toEqual([
      'cancelled',
      'cancelled',
      'postponed',
      'postponed',
      undefined,
    ]);
  });

  it('refuses another word with its row and column, and the words it takes', () => {
    const result = run([`${HEADER},状态`, `讲座,${EVENT},待定`]);
    expect(result.good).toEqual([]);
    const accepted = [...words.cancelled, ...words.postponed, ...words.none];
    expect(problemLines(result)).toEqual([
      `第 2 行（讲座） › M 列“状态”（status）：${eventsImportText.cell.status('待定', accepted)}`,
    ]);
    for (const word of accepted) expect(problemLines(result)[0]).toContain(word);
  });

  it('names an imported event the list now says is called off, for the editor to change its file', () => {
    const dir = content();
    const file = join(dir, 'events/2024/jiang-zuo.md');
    writeFileSync(file, '---\ntitle: 讲座\nregion: "440106"\nstart: 2024-11-20T14:30\n---\n');
    writeFileSync(
      join(dir, 'events/2024/ke-tang.md'),
      '---\ntitle: 课堂\nregion: "440106"\nstart: 2024-11-20T14:30\nstatus: cancelled\n---\n',
    );
    const result = run([`${HEADER},状态`, `讲座,${EVENT},已取消`, `课堂,${EVENT},取消`, `读书会,${EVENT},延期`], dir);
    expect(result.skipped.map((s) => s.row)).toEqual([2, 3]);
    // The file that says cancelled already is not named.
    expect(result.statusChanged).toEqual([
      { row: 2, file: expect.stringMatching(/events\/2024\/jiang-zuo\.md$/), status: 'cancelled' },
    ]);
    expect(frontMatter(result.good[0]!.text).status).toBe('postponed');
  });
});

describe('a city’s list with the day in a 日期 column and the time beside it', () => {
  it('reads them as one start and end, in Beijing time', () => {
    const rows = [
      ['2024/11/9', '9:30-11:30', '2024-11-09T09:30', '2024-11-09T11:30'],
      ['11月9日', '9:30—11:30', '2024-11-09T09:30', '2024-11-09T11:30'],
      ['11月9日（周六）', '9:30——11:30', '2024-11-09T09:30', '2024-11-09T11:30'],
      ['2024年11月9日', '上午9:30', '2024-11-09T09:30', '2024-11-09T11:30'],
      ['2024-11-09', '下午2点-4点', '2024-11-09T14:00', '2024-11-09T16:00'],
      ['2024/11/9', '', '2024-11-09', '2024-11-09'],
      ['2024/11/9', '全天', '2024-11-09', '2024-11-09'],
    ];
    const result = run([DAY_HEADER, ...rows.map(([day, time], i) => dayRow(`活动${i}`, day!, time!))]);
    expect(problemLines(result)).toEqual([]);
    expect(result.unreadColumns).toEqual([]);
    expect(result.good.map((g) => [frontMatter(g.text).start, frontMatter(g.text).end])).toEqual(
      rows.map(([, , start, end]) => [start, end]),
    );
  });

  it('reads 活动日期 beside 活动时间, and a 日期 column alone as the start', () => {
    const both = run([DAY_HEADER.replace('日期,时间', '活动日期,活动时间'), dayRow('讲座', '11月9日', '9:30-11:30')]);
    expect(both.sheetProblems).toEqual([]);
    expect(frontMatter(both.good[0]!.text).start).toBe('2024-11-09T09:30');
    const alone = run([DAY_HEADER.replace('日期,时间', '日期,备注'), dayRow('讲座', '2024/11/9 9:30-11:30', '需预约')]);
    expect(alone.sheetProblems).toEqual([]);
    expect([frontMatter(alone.good[0]!.text).start, frontMatter(alone.good[0]!.text).end]).toEqual([
      '2024-11-09T09:30',
      '2024-11-09T11:30',
    ]);
  });

  it('names the row and the column it cannot read', () => {
    const c = eventsImportText.cell;
    const result = run([
      DAY_HEADER,
      dayRow('一', '下周六', '9:30'),
      dayRow('二', '', '9:30-11:30'),
      dayRow('三', '2024/11/9', '三楼会议室'),
      dayRow('四', '2024/11/9', '11:30-9:30'),
      dayRow('五', '2024/11/9 9:30', '9:30'),
      dayRow('六', '2024/11/9', '2024/11/10 9:30'),
    ]);
    expect(result.good).toEqual([]);
    expect(problemLines(result)).toEqual([
      `第 2 行（一） › B 列“日期”（date）：${c.day('下周六')}`,
      `第 3 行（二） › B 列“日期”（date）：${c.blank(eventsImportText.what.date)}`,
      `第 4 行（三） › C 列“时间”（start）：${c.notTime('三楼会议室')}`,
      `第 5 行（四） › C 列“时间”（start）：${c.endBeforeStart('2024-11-09 11:30-9:30')}`,
      `第 6 行（五） › B 列“日期”（date）：${c.dayWithTime('2024/11/9 9:30')}`,
      `第 7 行（六） › C 列“时间”（start）：${c.notTime('2024/11/10 9:30')}`,
    ]);
  });

  it('says the start is missing, with the headers of both, when a sheet has neither', () => {
    const result = run([DAY_HEADER.replace('日期,时间', '场次,备注'), dayRow('讲座', '1', '')]);
    expect(result.sheetProblems).toHaveLength(1);
    const mapping = defaultEventsMapping();
    for (const header of [...mapping.columns.start, ...mapping.columns.date])
      expect(result.sheetProblems[0]!.message).toContain(header);
  });

  it('reads Excel date and time cells side by side', () => {
    const day = new Date(Date.UTC(2024, 10, 9));
    const r = readEventTimes((9.5 * 60) / 1440, (11.5 * 60) / 1440, { year: 2024, day });
    expect(r.ok && [r.start.day, r.start.time, r.end.time]).toEqual(['2024-11-09', '09:30', '11:30']);
    const beside1899 = readEventTimes(new Date(Date.UTC(1899, 11, 30, 14, 0)), null, { year: 2024, day });
    expect(beside1899.ok && [beside1899.start.time, beside1899.end.time]).toEqual(['14:00', '16:00']);
  });
});
