import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { inflatingWorkbook } from '../../../tests/support/inflating-workbook.ts';
import { spreadsheetText as text } from '../../i18n/zh-CN/spreadsheet.ts';
import { columnLetter, normaliseHeader } from './columns.ts';
import { matchHeader } from './header.ts';
import { CSV_MAX_BYTES, SHEET_LIMITS, readCsv, readSpreadsheet, readXlsx } from './read.ts';
import { cellRules } from './rules.ts';
import type { Sheet } from './types.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

function sheetOf(result: Awaited<ReturnType<typeof readXlsx>>): Sheet {
  if (!result.ok) throw new Error(result.message);
  return result.sheet;
}

describe('CSV', () => {
  it('reads UTF-8 with a byte-order mark, numbering rows as Excel does', () => {
    const sheet = sheetOf(readCsv(utf8('\ufeff地区,主题阅读活动数\r\n天河区,"1,234"\r\n\r\n越秀区,12\r\n'), 'a.csv'));
    expect(sheet.rows).toEqual([
      { number: 1, cells: ['地区', '主题阅读活动数'] },
      { number: 2, cells: ['天河区', '1,234'] },
      { number: 4, cells: ['越秀区', '12'] },
    ]);
  });

  it('reads GBK, as Excel saves CSV on a Chinese PC', () => {
    const gbk = Uint8Array.from(Buffer.from('b5d8c7f82cd6f7cce2d4c4b6c1bbeeb6afcafd0d0accecbad3c7f82c31320d0a', 'hex'));
    expect(sheetOf(readCsv(gbk, 'a.csv')).rows.map((r) => r.cells)).toEqual([
      ['地区', '主题阅读活动数'],
      ['天河区', '12'],
    ]);
  });

  it('reads tab-separated UTF-16 ("Unicode text")', () => {
    const text = '地区\t活动数\n天河区\t3\n';
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(sheetOf(readCsv(bytes, 'a.csv')).rows[1]?.cells).toEqual(['天河区', '3']);
  });

  it('keeps quoted line breaks in one cell, and blank cells as null', () => {
    const sheet = sheetOf(readCsv(utf8('a,b,c\n"x\ny",,z\n'), 'a.csv'));
    expect(sheet.rows[1]).toEqual({ number: 2, cells: ['x\ny', null, 'z'] });
  });

  describe('a broken CSV is explained in Chinese, at its row and column, with the parser’s code as the key', () => {
    /** The parser's own English sentences, which an office cannot act on. */
    const ENGLISH = /Quote Not Closed|Invalid Closing Quote|Invalid Opening Quote|Invalid Record Length|at line/i;

    it.each([
      // Row 2's first cell opens a quote that nothing closes.
      ['a,b\n"x,y\n', 2, 'A', 'CSV_QUOTE_NOT_CLOSED', '引号没有成对'],
      // Row 2 holds a quoted line break, so the unclosed quote in B is on Excel's row 3 (the file's fourth line).
      ['a,b\n"x\ny",1\n2,"z\n', 3, 'B', 'CSV_QUOTE_NOT_CLOSED', '引号没有成对'],
      // A quoted cell with text after its closing quote, in row 3 column B (a blank line 2 still counts as a row).
      ['a,b\n\n1,"2"x\n', 3, 'B', 'CSV_INVALID_CLOSING_QUOTE', '引号后面还有文字'],
      // A quote in the middle of row 2's second cell.
      ['a,b\n1,2"x"\n', 2, 'B', 'INVALID_OPENING_QUOTE', '格的中间有英文引号'],
    ])('%j', (source, row, column, code, reason) => {
      const result = readCsv(utf8(source), 'a.csv');
      if (result.ok) throw new Error('expected the CSV to be refused');
      expect(result.item).toBe(text.row(row));
      expect(result.field).toBe(text.field(text.column(column), code));
      expect(result.message).toBe(text.csv.message(code));
      expect(result.message.startsWith(`CSV 格式有误：${reason}`)).toBe(true);
      expect(result.message).not.toMatch(ENGLISH);
    });

    it('a code it has no words for is still said in Chinese, with what to do', () => {
      expect(text.csv.message('CSV_SOMETHING_NEW')).toMatch(/^CSV 格式有误：无法按 CSV（逗号分隔）读取。也可以在 Excel 或 WPS 中打开/);
    });
  });

  describe('held to the limits of an .xlsx, and a size, as a file of commas once took gigabytes', () => {
    const { columns, cells } = SHEET_LIMITS;

    it('reads a row as wide as the limit, and refuses a cell one column past it, at its row and column', () => {
      const atLimit = `名称\n${'x,'.repeat(columns - 1)}x\n`;
      expect(sheetOf(readCsv(utf8(atLimit), 'a.csv')).rows[1]?.cells).toHaveLength(columns);
      expect(readCsv(utf8(`名称\n${','.repeat(columns)}`), 'a.csv')).toEqual({
        ok: false,
        message: text.tooWide(columns),
        item: text.row(2),
        field: text.field(text.column(columnLetter(columns)), 'CSV_TOO_WIDE'),
      });
    });

    it('refuses more cells than the limit, however the rows are cut', () => {
      const row = `${','.repeat(columns - 1)}\n`;
      const rows = Math.floor(cells / columns);
      expect(readCsv(utf8(row.repeat(rows)), 'a.csv').ok).toBe(true);
      expect(readCsv(utf8(`${row.repeat(rows)}x\n`), 'a.csv')).toEqual({
        ok: false,
        message: text.tooManyCells(cells),
        field: text.field(text.wholeFile, 'CSV_TOO_MANY_CELLS'),
      });
    });

    it('refuses a file over the size limit before reading it, naming its size', async () => {
      const bytes = CSV_MAX_BYTES + 1024 * 1024;
      const refused = {
        ok: false,
        message: text.csvTooLarge(bytes / 1024 / 1024, CSV_MAX_BYTES / 1024 / 1024),
        field: text.field(text.wholeFile, 'CSV_TOO_LARGE'),
      };
      expect(readCsv(new Uint8Array(bytes).fill(44), 'a.csv')).toEqual(refused);
      const file = join(mkdtempSync(join(tmpdir(), 'csv-')), '活动表.csv');
      writeFileSync(file, new Uint8Array(bytes).fill(44));
      expect(await readSpreadsheet(file)).toEqual(refused);
    });
  });
});

describe('XLSX', () => {
  async function workbook(fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    fill(wb.addWorksheet('答卷'), wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('keeps a link’s target beside the text it shows, from a hyperlink or a HYPERLINK formula', async () => {
    const target = 'https://live.example.cn/9?a=1&b=2';
    const bytes = await workbook((ws) => {
      ws.getCell('A1').value = { text: '直播', hyperlink: target };
      ws.getCell('B1').value = { formula: `HYPERLINK("${target}","报名")`, result: '报名' };
      ws.getCell('C1').value = { text: { richText: [{ text: '点' }, { text: '这里' }] }, hyperlink: 'javascript:alert(1)' } as never;
      ws.getCell('D1').value = { formula: 'A1', result: '直播' };
    });
    const [row] = sheetOf(await readXlsx(bytes, 'a.xlsx')).rows;
    expect(row).toEqual({
      number: 1,
      cells: ['直播', '报名', '点这里', '直播'],
      links: { 0: target, 1: target, 2: 'javascript:alert(1)' },
    });
  });

  it('reads values, formula results, rich text and links as plain values', async () => {
    const bytes = await workbook((ws) => {
      ws.getCell('A1').value = '地区';
      ws.getCell('B1').value = { richText: [{ text: '主题阅读' }, { text: '活动数' }] };
      ws.getCell('C1').value = '提交时间';
      ws.getCell('A2').value = { text: '天河区', hyperlink: 'https://example.org' };
      ws.getCell('B2').value = { formula: '10+2', result: 12 };
      ws.getCell('C2').value = new Date(Date.UTC(2024, 10, 20, 14, 3));
      ws.getCell('B3').value = 7; // a row with a gap before it
      ws.getCell('A5').value = '越秀区';
    });
    const sheet = sheetOf(await readXlsx(bytes, 'a.xlsx'));
    expect(sheet.sheetName).toBe('答卷');
    expect(sheet.rows).toEqual([
      { number: 1, cells: ['地区', '主题阅读活动数', '提交时间'] },
      { number: 2, cells: ['天河区', 12, new Date(Date.UTC(2024, 10, 20, 14, 3))], links: { 0: 'https://example.org' } },
      { number: 3, cells: [null, 7] },
      { number: 5, cells: ['越秀区'] },
    ]);
  });

  it('reads a named worksheet, and says which exist when it is missing', async () => {
    const bytes = await workbook((ws, wb) => {
      ws.getCell('A1').value = 'first';
      wb.addWorksheet('第二页').getCell('A1').value = 'second';
    });
    expect(sheetOf(await readXlsx(bytes, 'a.xlsx', { sheet: '第二页' })).rows[0]?.cells).toEqual(['second']);
    expect(await readXlsx(bytes, 'a.xlsx', { sheet: '汇总' })).toEqual({
      ok: false,
      message: '工作簿中没有名为“汇总”的工作表；现有：答卷、第二页',
    });
  });

  it('reads the first visible worksheet, past hidden ones', async () => {
    const bytes = await workbook((ws, wb) => {
      ws.state = 'hidden';
      ws.getCell('A1').value = 'lists';
      const shown = wb.addWorksheet('数据');
      shown.getCell('A1').value = 'data';
    });
    const sheet = sheetOf(await readXlsx(bytes, 'a.xlsx'));
    expect([sheet.sheetName, sheet.rows[0]?.cells]).toEqual(['数据', ['data']]);
  });

  it('marks a formula with no saved result, rather than reading it as a blank', async () => {
    const bytes = await workbook((ws) => {
      ws.getCell('A1').value = '天河区';
      ws.getCell('B1').value = { formula: 'C1*2' };
      ws.getCell('C1').value = { formula: '1+1', result: 2 };
      ws.getCell('B2').value = { formula: 'C1' };
    });
    expect(sheetOf(await readXlsx(bytes, 'a.xlsx')).rows).toEqual([
      { number: 1, cells: ['天河区', null, 2], uncomputed: [1] },
      { number: 2, cells: [null, null], uncomputed: [1] },
    ]);
  });

  it('says a file is not a workbook instead of throwing, in Chinese without the library’s English', async () => {
    const whole = new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    // A CSV renamed, two bytes (the tester's `End of data reached … Corrupted zip ?`), a download cut short.
    for (const bytes of [utf8('地区,数\n'), utf8('PK'), whole.slice(0, whole.length / 2)]) {
      const result = await readXlsx(bytes, 'a.xlsx');
      expect(result).toEqual({ ok: false, message: text.notXlsx });
    }
    // No English but the names an official knows.
    expect(text.notXlsx.replace(/Excel|WPS|\.xlsx/g, '')).not.toMatch(/[A-Za-z]/);
  });

  it('refuses a workbook that inflates past 10 MB, in Chinese, before exceljs holds it in memory', async () => {
    const bytes = await inflatingWorkbook(11);
    expect(bytes.length).toBeLessThan(100_000);
    expect(await readXlsx(bytes, 'a.xlsx')).toEqual({
      ok: false,
      message: text.tooLarge(10),
      field: '（整个文件）（XLSX_TOO_LARGE）',
    });
    expect(text.tooLarge(10)).toContain('只保留要导入的工作表和行');
  });

  it('says a renamed .xls or a workbook with a password is one, so that it is saved again as .xlsx', async () => {
    const compound = new Uint8Array(512);
    compound.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await readXlsx(compound, 'a.xlsx')).toEqual({ ok: false, message: text.xlsOrLocked });
  });
});

describe('readSpreadsheet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sheet-'));

  it('chooses the reader by extension and refuses others with advice', async () => {
    const csv = join(dir, 'a.CSV');
    writeFileSync(csv, '地区\n天河\n');
    expect(sheetOf(await readSpreadsheet(csv)).format).toBe('csv');
    expect(await readSpreadsheet(join(dir, 'a.xls'))).toMatchObject({ ok: false, message: expect.stringContaining('另存为') });
    expect(await readSpreadsheet(join(dir, 'a.ods'))).toMatchObject({ ok: false, message: expect.stringContaining('“.ods”') });
  });

  it('throws the file system error for a missing file', async () => {
    await expect(readSpreadsheet(join(dir, 'missing.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('columns and headers', () => {
  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('normalises headers as people and online forms write them', () => {
    expect(normaliseHeader(' 地 区 ')).toBe('地区');
    expect(normaliseHeader('1. 地区*')).toBe('地区');
    expect(normaliseHeader('2、提交时间（必填）')).toBe('提交时间');
    expect(normaliseHeader('“社长（总编）荐书”活动数')).toBe('社长(总编)荐书活动数');
    expect(normaliseHeader('地区：')).toBe('地区');
    expect(normaliseHeader('５G')).toBe('5G');
  });

  it('drops a counting unit after a header, but not a multiplier or brackets that say what it is', () => {
    expect(normaliseHeader('主题阅读活动数（个）')).toBe('主题阅读活动数');
    expect(normaliseHeader('主题阅读参加人次（人次）')).toBe('主题阅读参加人次');
    expect(normaliseHeader('3. 活动数(场)*')).toBe('活动数');
    expect(normaliseHeader('参加人次（万人次）')).toBe('参加人次(万人次)');
    expect(normaliseHeader('社长（总编）')).toBe('社长(总编)');
  });

  const specs = [
    { key: 'region', headers: ['地区', '填报单位'], required: true },
    { key: 'count', headers: ['活动数'], required: true },
    { key: 'note', headers: ['备注'], required: false },
  ] as const;
  const sheet = (rows: (string | null)[][]): Sheet => ({
    file: 'a.csv',
    format: 'csv',
    date1904: false,
    rows: rows.map((cells, i) => ({ number: i + 1, cells })),
  });

  it('finds the header row below a title and each field by any of its names', () => {
    const result = matchHeader(sheet([['2024 年活动数据'], ['序号', '填报单位', '活动数'], ['1', '天河', '3']]), specs);
    expect(result).toEqual({ ok: true, match: { row: 2, columns: { region: 1, count: 2 }, headers: ['序号', '填报单位', '活动数'] } });
  });

  it('reads a header in two rows as one: a group over its columns, filled to the right as a merged cell reads', () => {
    const twoRows = [
      ['地区', '第一批', null, '备注'],
      [null, '活动数', '参加人次', null],
      ['天河', '3', '30', ''],
    ];
    const specs2 = [...specs, { key: 'people', headers: ['第一批参加人次'], required: true }] as const;
    expect(matchHeader(sheet(twoRows), specs2)).toEqual({
      ok: true,
      match: {
        row: 2,
        columns: { region: 0, count: 1, people: 2, note: 3 },
        headers: ['地区', '第一批 活动数', '第一批 参加人次', '备注'],
      },
    });
    // A title merged across the sheet above a one-row header: the header alone, as before.
    const titled = [
      ['2024 年活动数据', '2024 年活动数据', '2024 年活动数据'],
      ['填报单位', '活动数', '备注'],
      ['天河', '3', ''],
    ];
    expect(matchHeader(sheet(titled), specs)).toMatchObject({ ok: true, match: { row: 2, headers: ['填报单位', '活动数', '备注'] } });
    // A fixed header row is read under the row above it too.
    expect(matchHeader(sheet(twoRows), specs2, { headerRow: 2 })).toMatchObject({ ok: true, match: { row: 2 } });
  });

  it('reports a missing required column and a column given twice', () => {
    const result = matchHeader(sheet([['地区', '填报单位', '备注']]), specs);
    expect(result).toMatchObject({
      ok: false,
      row: 1,
      problems: [
        { kind: 'duplicate', key: 'region', columns: [0, 1] },
        { kind: 'missing', key: 'count', headers: ['活动数'] },
      ],
    });
  });

  it('names the column a missing field would be but for a multiplied unit after its header', () => {
    const result = matchHeader(sheet([['地区', '活动数（万场）']]), specs);
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { kind: 'missing', key: 'count', scaled: { column: 1, unit: '万场', base: '场', factor: cellRules.headerMultipliers['万'] } },
      ],
    });
    // Under a group row too, and with a bare multiplier.
    const specs2 = [...specs, { key: 'people', headers: ['第一批参加人次'], required: true }] as const;
    const grouped = matchHeader(
      sheet([
        ['地区', '第一批', null],
        [null, '活动数', '参加人次(千)'],
      ]),
      specs2,
    );
    expect(grouped).toMatchObject({
      ok: false,
      problems: [
        { kind: 'missing', key: 'people', scaled: { column: 2, unit: '千', base: '', factor: cellRules.headerMultipliers['千'] } },
      ],
    });
  });

  it('reports a sheet without a header row', () => {
    expect(matchHeader(sheet([['x', 'y']]), specs)).toEqual({ ok: false, problems: [{ kind: 'noHeaderRow', searched: 10 }] });
    expect(matchHeader(sheet([['地区', '活动数']]), specs, { headerRow: 3 })).toEqual({
      ok: false,
      problems: [{ kind: 'noHeaderRow', searched: 3 }],
    });
  });
});
