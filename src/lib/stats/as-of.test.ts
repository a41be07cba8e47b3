/**
 * What the 统计表's files say of their figures: the statistics file's note and
 * the day they are as of (its latest report), under the annex in the workbook,
 * in its CSV and in the workbook's properties. Expected days and words are
 * worked out here from the statistics given, not by the code under test.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aggregateMoeTable } from './aggregate.ts';
import { annexLayout } from './annex.ts';
import { annexXlsxBuffer } from './annex-xlsx.ts';
import { statsAsOf, statsRemarks } from './as-of.ts';
import { annexCsv } from './csv.ts';
import { sampleStats } from './fixtures.ts';
import type { StatsFile } from './schema.ts';
import { sheetCells } from './test-support.ts';

const NOTE = '示例数据：数字为虚构，仅供演示';
const withNote = (): StatsFile => ({ ...sampleStats(), note: NOTE });
/** The sample's 提交时间 are all days: the latest, and as a reader is told it. */
const latest = sampleStats()
  .reports.map((r) => r.submittedAt)
  .sort()
  .at(-1)!;
const [y, m, d] = latest.split('-').map(Number);
const latestZh = `${y}年${m}月${d}日`;

const layoutOf = (stats: StatsFile, remarks = statsRemarks(stats)) => annexLayout(aggregateMoeTable(stats), {}, remarks);
const BUILT = new Date('2023-11-30T10:00:00+08:00');
async function workbookOf(stats: StatsFile, remarks?: string[]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await annexXlsxBuffer(layoutOf(stats, remarks), BUILT)) as unknown as ArrayBuffer);
  return workbook;
}

describe('statsAsOf: the day the figures are as of', () => {
  it('is the latest day a report was submitted', () => {
    expect(statsAsOf(sampleStats())).toBe(latest);
  });

  it('reads a 提交时间 with an hour or a zone as its Beijing day', () => {
    const [first, ...rest] = sampleStats().reports;
    // 17:30 UTC on the 28th is 01:30 on the 29th in Beijing; an hour without a zone is Beijing's.
    expect(statsAsOf({ reports: [...rest, { ...first!, submittedAt: '2023-11-28T17:30:00Z' }] })).toBe('2023-11-29');
    expect(statsAsOf({ reports: [...rest, { ...first!, submittedAt: '2023-11-28 23:59' }] })).toBe('2023-11-28');
  });

  it('is none before any region has reported', () => {
    expect(statsAsOf({ reports: [] })).toBeUndefined();
    expect(statsRemarks({ reports: [] })).toEqual(['尚无地区报送数据']);
  });
});

describe('statsRemarks', () => {
  it('say the note, then the day in Beijing time', () => {
    const [note, asOf] = statsRemarks(withNote());
    expect(note).toBe(`说明：${NOTE}`);
    expect(asOf).toContain(`数据截至 ${latestZh}`);
    expect(asOf).toContain('北京时间');
  });

  it('leave out a note the file does not have', () => {
    expect(statsRemarks(sampleStats())).toHaveLength(1);
    expect(statsRemarks(sampleStats())[0]).toContain(latestZh);
  });
});

describe('the annex workbook’s remarks', () => {
  it('stand under the table, across it, outside its borders, and are printed with it', async () => {
    const sheet = (await workbookOf(withNote())).worksheets[0]!;
    // The annex's grid ends on row 15 (annex-xlsx.test.ts); the remarks follow.
    expect(sheet.getCell('A16').value).toBe(`说明：${NOTE}`);
    expect(String(sheet.getCell('A17').value)).toContain(`数据截至 ${latestZh}`);
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A16:G16', 'A17:G17']));
    expect(sheet.getCell('A16').border?.top).toBeUndefined();
    expect(sheet.getCell('A16').alignment?.wrapText).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ printArea: 'A1:G17', fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
  });

  it('leave every cell of the annex where it was', async () => {
    const plain = sheetCells((await workbookOf(sampleStats(), [])).worksheets[0]!);
    const remarked = sheetCells((await workbookOf(withNote())).worksheets[0]!);
    expect(plain).toHaveLength(15);
    expect(remarked.slice(0, 15)).toEqual(plain);
  });

  it('are in the workbook’s properties too (备注)', async () => {
    const workbook = await workbookOf(withNote());
    expect(workbook.description).toContain(NOTE);
    expect(workbook.description).toContain(latestZh);
  });
});

describe('the annex CSV’s remarks', () => {
  const rows: string[][] = parse(annexCsv(layoutOf(withNote())).replace(/^\uFEFF/, ''));

  it('are the workbook’s last rows, in the workbook’s places', async () => {
    expect(rows.slice(-2).map((r) => r[0])).toEqual([`说明：${NOTE}`, expect.stringContaining(`数据截至 ${latestZh}`)]);
    expect(rows.slice(-2).every((r) => r.slice(1).every((c) => c === ''))).toBe(true);
    expect(rows).toEqual(sheetCells((await workbookOf(withNote())).worksheets[0]!));
  });
});
