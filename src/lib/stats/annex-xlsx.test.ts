/**
 * The annex workbook read back with exceljs: the cells, merges and figures
 * an official sends to the Ministry, and a page that prints on one A4
 * landscape sheet. Expected addresses are written out from the annex's layout.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aggregateMoeTable } from './aggregate.ts';
import { annexLayout } from './annex.ts';
import { annexXlsxBuffer } from './annex-xlsx.ts';
import { sampleStats } from './fixtures.ts';

const BUILT = new Date('2023-11-30T10:00:00+08:00');
const bytesFor = (contact = {}, written = BUILT) => annexXlsxBuffer(annexLayout(aggregateMoeTable(sampleStats()), contact), written);

async function workbookFor(contact = {}) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await bytesFor(contact)) as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

const text = (sheet: ExcelJS.Worksheet, address: string) => sheet.getCell(address).value;

describe('the annex workbook', () => {
  it('has 附件 above the title, as the notice prints the annex, then the authority line and the header block', async () => {
    const sheet = await workbookFor();
    expect(sheet.name).toBe('2023年统计表');
    expect(text(sheet, 'A1')).toBe('附件');
    expect(text(sheet, 'A2')).toBe('2023年全民终身学习活动开展情况统计表');
    expect(text(sheet, 'A3')).toBe('教育行政部门（盖章）：____________________');
    expect([text(sheet, 'A4'), text(sheet, 'E4'), text(sheet, 'A5'), text(sheet, 'E5')]).toEqual([
      '联系人',
      '所在部门',
      '办公电话',
      '手机号码',
    ]);
    expect([text(sheet, 'C4'), text(sheet, 'F4'), text(sheet, 'C5'), text(sheet, 'F5')]).toEqual([null, null, null, null]);
    expect([text(sheet, 'A6'), text(sheet, 'C6'), text(sheet, 'E6'), text(sheet, 'F6')]).toEqual([
      '地市级及以上城市数',
      21,
      '县级城市数',
      122,
    ]);
  });

  it('has the kinds as columns and the annex’s rows', async () => {
    const sheet = await workbookFor();
    expect([text(sheet, 'A7'), text(sheet, 'C7'), text(sheet, 'G7')]).toEqual(['活动', '全民阅读', '全民终身学习活动周']);
    expect(['C8', 'D8', 'E8', 'F8'].map((a) => text(sheet, a))).toEqual([
      '主题阅读活动',
      '“社长（总编）荐书”活动',
      '线上社会大讲堂',
      '数字阅读分享活动',
    ]);
    expect(['A9', 'A10', 'A13'].map((a) => text(sheet, a))).toEqual([
      '省级层面是否开展',
      '地市级及以上城市开展情况',
      '县级城市开展情况',
    ]);
    expect(['B10', 'B11', 'B12', 'B13', 'B14', 'B15'].map((a) => text(sheet, a))).toEqual([
      '城市数',
      '活动数',
      '参加人次',
      '城市数',
      '活动数',
      '参加人次',
    ]);
  });

  it('has the annex’s merged cells', async () => {
    const sheet = await workbookFor();
    expect([...sheet.model.merges].sort()).toEqual(
      [
        'A2:G2',
        'A3:E3',
        'A4:B4',
        'C4:D4',
        'F4:G4',
        'A5:B5',
        'C5:D5',
        'F5:G5',
        'A6:B6',
        'C6:D6',
        'F6:G6',
        'A7:B8',
        'C7:F7',
        'G7:G8',
        'A9:B9',
        'A10:A12',
        'A13:A15',
      ].sort(),
    );
  });

  it('has the figures as whole numbers with an integer format', async () => {
    const sheet = await workbookFor();
    const rows = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => ['C', 'D', 'E', 'F', 'G'].map((c) => text(sheet, `${c}${from + i}`)));
    expect(rows(9, 9)).toEqual([['是', '是', '否', '是', '是']]);
    // By hand from src/lib/stats/fixtures.ts (see annex.test.ts).
    expect(rows(10, 15)).toEqual([
      [2, 1, 2, 2, 2],
      [200, 8, 40, 20, 65],
      [55000, 2000, 160000, 9500, 80000],
      [2, 1, 2, 1, 2],
      [21, 1, 5, 2, 10],
      [5500, 300, 5900, 400, 5200],
    ]);
    expect(sheet.getCell('E12').numFmt).toBe('#,##0');
    expect(sheet.getCell('C6').numFmt).toBe('#,##0');
  });

  it('draws borders on every cell of the table, and none around the title', async () => {
    const sheet = await workbookFor();
    for (let r = 4; r <= 15; r++) {
      for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) {
        const border = sheet.getCell(`${c}${r}`).border;
        expect([border?.top?.style, border?.left?.style, border?.bottom?.style, border?.right?.style]).toEqual([
          'thin',
          'thin',
          'thin',
          'thin',
        ]);
      }
    }
    expect([sheet.getCell('A1').border?.bottom, sheet.getCell('A2').border?.bottom]).toEqual([undefined, undefined]);
  });

  it('prints on one A4 landscape sheet with set column widths', async () => {
    const sheet = await workbookFor();
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      printArea: 'A1:G15',
    });
    expect(sheet.columns.map((c) => c.width).every((w) => typeof w === 'number' && w >= 10)).toBe(true);
  });

  it('fills in the header block from the settings', async () => {
    const sheet = await workbookFor({
      authority: '海南省教育厅',
      contact: '张三',
      department: '终身教育处',
      officePhone: '020-12345678',
      mobile: '13800000000',
    });
    expect(text(sheet, 'A3')).toBe('教育行政部门（盖章）：海南省教育厅');
    expect([text(sheet, 'C4'), text(sheet, 'F4'), text(sheet, 'C5'), text(sheet, 'F5')]).toEqual([
      '张三',
      '终身教育处',
      '020-12345678',
      '13800000000',
    ]);
  });
});

describe('the annex workbook file', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the same bytes for the same table and build moment, whenever it is written', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-01-01T08:00:00Z'));
    const first = await bytesFor();
    vi.setSystemTime(new Date('2025-06-30T17:45:13Z'));
    expect(Buffer.from(await bytesFor()).equals(Buffer.from(first))).toBe(true);
  });

  it('carries the build moment as its creation date, and differs when that moment does', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesFor()) as unknown as ArrayBuffer);
    expect(workbook.created.toISOString()).toBe(BUILT.toISOString());
    const later = new Date(BUILT.getTime() + 86_400_000);
    expect(Buffer.from(await bytesFor({}, later)).equals(Buffer.from(await bytesFor()))).toBe(false);
  });
});
