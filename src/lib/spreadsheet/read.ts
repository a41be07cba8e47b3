/**
 * Reads the first worksheet (or a named one) of an XLSX file with exceljs, or
 * a CSV file with csv-parse, into rows of plain cell values. A CSV saved by
 * Excel on a Chinese Windows PC is GBK (GB 18030), not UTF-8: both are read.
 * A file that is not a spreadsheet at all gives a message, not an exception;
 * a file that cannot be opened (missing, a folder) throws the file system's error.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { spreadsheetText as text } from '../../i18n/zh-CN/spreadsheet.ts';
import { columnLetter } from './columns.ts';
import type { CellValue, SheetResult, SheetRow } from './types.ts';
import { checkInflatedSize } from './xlsx-inflated-size.ts';
import { checkRanges, type RangeCheck } from './xlsx-ranges.ts';

export interface ReadOptions {
  /** The worksheet to read (XLSX); the first visible one when absent. */
  sheet?: string;
}

type ExcelValue = ExcelJS.CellValue;

/** A formula whose file keeps no result (written by a program, never opened in Excel): not a blank. */
function uncomputed(value: ExcelValue | undefined): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    ('formula' in value || 'sharedFormula' in value) &&
    (value.result === undefined || value.result === null)
  );
}

/** A cell's plain value: a formula's result, a link's or rich text's text, an error's code (`#REF!`). */
function plain(value: ExcelValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return plain(value.richText.map((part) => part.text).join(''));
  if ('hyperlink' in value) return plain(value.text);
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) return plain(value.result);
  return null;
}

/** `HYPERLINK("https://…", "直播")`: the target when it is written out as text (a formula's text has no `=`). */
const HYPERLINK_FORMULA = /^\s*HYPERLINK\(\s*"((?:[^"]|"")*)"/iu;

/** Where a cell links to, if it does: a hyperlink's target, or a HYPERLINK formula's. Its value is only the text shown. */
function linkTarget(value: ExcelValue | undefined): string | undefined {
  if (typeof value !== 'object' || value === null || value instanceof Date) return undefined;
  const target =
    'hyperlink' in value
      ? value.hyperlink
      : 'formula' in value && typeof value.formula === 'string'
        ? HYPERLINK_FORMULA.exec(value.formula)?.[1]?.replaceAll('""', '"')
        : undefined;
  return typeof target === 'string' && target.trim() !== '' ? target.trim() : undefined;
}

function hasContent(cells: readonly CellValue[]): boolean {
  return cells.some((c) => c !== null);
}

/** The OLE compound file signature: old .xls files and password-protected workbooks start with it, not with a zip's. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const isCompoundFile = (bytes: Uint8Array) => COMPOUND_FILE.every((b, i) => bytes[i] === b);

/**
 * Worksheet parts exceljs would otherwise build, that the importer never reads:
 * a data validation or conditional format over the whole sheet
 * (`A1:XFD1048576`), or a column width set for a billion columns, made the
 * import run out of memory from a file of a few kilobytes.
 */
const UNREAD_PARTS = ['dataValidations', 'conditionalFormatting', 'cols', 'extLst'];

/**
 * Beyond any real form: a cell further right than `columns` (a stray entry,
 * or rows padded out to column XFD), or more than `cells` cells to hold.
 */
export const SHEET_LIMITS = { columns: 1000, cells: 1_000_000 };

/**
 * A CSV larger than this is refused unread: a city's event list is well under
 * 1 MB, and csv-parse holds every cell of the file at once (a file of commas
 * took 1.2 GB at 20 MB, 3 GB at 60 MB). Its cells are held to SHEET_LIMITS.
 */
export const CSV_MAX_BYTES = 10 * 1024 * 1024;

function rangeFailure(check: Exclude<RangeCheck, { ok: true }>): SheetResult {
  const [message, key] =
    check.reason === 'merges'
      ? [text.tooManyMerges(check.count), 'XLSX_TOO_MANY_MERGES']
      : check.reason === 'merged-cells'
        ? [text.mergeTooLarge(check.largest), 'XLSX_MERGE_TOO_LARGE']
        : [text.nameTooLarge(check.name, check.largest), 'XLSX_NAME_TOO_LARGE'];
  return { ok: false, message, field: text.field(text.wholeFile, key) };
}

/**
 * The rows of `worksheet` that hold something. Rows and cells are visited
 * by number, not with exceljs's eachRow and eachCell: each of those looks
 * at every column up to a row's last cell, and a row whose one cell is in
 * column XFD made 16,384 looks, 20,000 rows of them minutes. What is looked
 * at is counted, so that no file makes it more than SHEET_LIMITS.cells.
 */
function readRows(worksheet: ExcelJS.Worksheet): SheetRow[] | SheetResult {
  const rows: SheetRow[] = [];
  let looked = 0;
  for (let number = 1; number <= worksheet.rowCount; number++) {
    const row = worksheet.findRow(number);
    if (!row) continue;
    looked += row.cellCount;
    if (looked > SHEET_LIMITS.cells)
      return { ok: false, message: text.tooManyCells(SHEET_LIMITS.cells), field: text.field(text.wholeFile, 'XLSX_TOO_MANY_CELLS') };
    const cells: CellValue[] = [];
    const noResult: number[] = [];
    const links: Record<number, string> = {};
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.findCell(column);
      if (cell === undefined || cell.value === null || cell.value === undefined) continue;
      if (column > SHEET_LIMITS.columns) {
        // A merge reaching that far (a title merged across the whole row) repeats its first cell: passed over.
        if (cell.isMerged && cell.master !== cell) continue;
        const at = text.field(text.column(columnLetter(column - 1)), 'XLSX_TOO_WIDE');
        return { ok: false, message: text.tooWide(SHEET_LIMITS.columns), item: text.row(number), field: at };
      }
      cells[column - 1] = plain(cell.value);
      if (uncomputed(cell.value)) noResult.push(column - 1);
      const target = linkTarget(cell.value);
      if (target !== undefined) links[column - 1] = target;
    }
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    if (!hasContent(cells) && noResult.length === 0) continue;
    const read: SheetRow = { number, cells };
    if (noResult.length > 0) read.uncomputed = noResult;
    if (Object.keys(links).length > 0) read.links = links;
    if (row.hidden) read.hidden = true;
    rows.push(read);
  }
  return rows;
}

export async function readXlsx(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<SheetResult> {
  // exceljs would hold a zip bomb's rows in memory until the process dies: measured first, and refused in Chinese.
  const size = await checkInflatedSize(bytes);
  if (!size.ok)
    return size.reason === 'too-large'
      ? { ok: false, message: text.tooLarge(size.limitMb), field: text.field(text.wholeFile, 'XLSX_TOO_LARGE') }
      : { ok: false, message: isCompoundFile(bytes) ? text.xlsOrLocked : text.notXlsx };
  // Merges and names that exceljs would fill cell by cell, past any real form, are refused before it does.
  const ranges = await checkRanges(size.zip);
  if (!ranges.ok) return rangeFailure(ranges);
  // Loaded on first use: exceljs takes longer to load than a CSV import or a `stats check` takes to run.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: UNREAD_PARTS });
  } catch {
    // exceljs says why in English (`Corrupted zip ?`); the official needs to know what to do, in Chinese.
    return { ok: false, message: isCompoundFile(bytes) ? text.xlsOrLocked : text.notXlsx };
  }
  const names = workbook.worksheets.map((w) => w.name);
  // A hidden sheet (a lookup list, an old copy) is not the one the office filled in and sees first.
  const worksheet =
    options.sheet === undefined ? workbook.worksheets.find((w) => w.state === 'visible') : workbook.getWorksheet(options.sheet);
  if (!worksheet) return { ok: false, message: options.sheet === undefined ? text.noSheets : text.noSuchSheet(options.sheet, names) };

  const rows = readRows(worksheet);
  if (!Array.isArray(rows)) return rows;
  return {
    ok: true,
    sheet: {
      file,
      format: 'xlsx',
      sheetName: worksheet.name,
      ...(workbook.title?.trim() ? { title: workbook.title.trim() } : {}),
      ...(workbook.keywords?.trim() ? { keywords: workbook.keywords.trim() } : {}),
      date1904: workbook.properties.date1904 === true,
      rows,
    },
  };
}

/**
 * UTF-8 (with or without BOM), UTF-16 with BOM, else GB 18030 (what Excel,
 * and Windows Notepad, call ANSI on a Chinese PC). The byte-order mark is kept.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** What csv-parse says when it stops: its code, the records it finished, and the field (0 = A) it was in. */
interface CsvParseError {
  code?: string;
  records?: number;
  column?: number;
  lines?: number;
}

/**
 * csv-parse's error in Chinese, at the row and column an office sees: blank
 * lines are kept, so the record it was reading is row `records + 1` (a
 * quoted line break keeps a record on one row, as Excel shows it, where
 * `lines` would count on). Its English code stays, as the key, in brackets.
 */
function csvFailure(error: unknown): SheetResult {
  const { code, records, column, lines } = (typeof error === 'object' && error !== null ? error : {}) as CsvParseError;
  const row = records !== undefined ? records + 1 : lines;
  const key = code ?? 'CSV';
  const at = typeof column === 'number' ? text.column(columnLetter(column)) : undefined;
  return {
    ok: false,
    message: text.csv.message(key),
    ...(row === undefined ? {} : { item: text.row(row) }),
    field: text.field(at ?? text.wholeRow, key),
  };
}

/** A CSV's cell past SHEET_LIMITS, thrown from csv-parse's per-cell hook to stop it there. */
class CsvOverLimit extends Error {
  readonly result: SheetResult;
  constructor(result: SheetResult) {
    super('CSV over the sheet limits');
    this.result = result;
  }
}

const csvTooLarge = (bytes: number): SheetResult => ({
  ok: false,
  message: text.csvTooLarge(Math.ceil(bytes / 1024 / 1024), CSV_MAX_BYTES / 1024 / 1024),
  field: text.field(text.wholeFile, 'CSV_TOO_LARGE'),
});

/**
 * csv-parse's `cast`, called on each cell as it is read: the cells pass as
 * they are, and the parse stops at the first one past SHEET_LIMITS (a row of
 * commas is a cell each, which no record-size limit counts).
 */
function cellCounter(): (value: string, context: { index: number; records: number }) => string {
  let cells = 0;
  return (value, { index, records }) => {
    cells += 1;
    if (index >= SHEET_LIMITS.columns) {
      const field = text.field(text.column(columnLetter(index)), 'CSV_TOO_WIDE');
      throw new CsvOverLimit({ ok: false, message: text.tooWide(SHEET_LIMITS.columns), item: text.row(records + 1), field });
    }
    if (cells > SHEET_LIMITS.cells)
      throw new CsvOverLimit({
        ok: false,
        message: text.tooManyCells(SHEET_LIMITS.cells),
        field: text.field(text.wholeFile, 'CSV_TOO_MANY_CELLS'),
      });
    return value;
  };
}

export function readCsv(bytes: Uint8Array, file: string): SheetResult {
  if (bytes.length > CSV_MAX_BYTES) return csvTooLarge(bytes.length);
  const source = decodeText(bytes).replace(/^\ufeff/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  // Excel's "Unicode text" is tab-separated; everything else here is comma-separated.
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  let records: string[][];
  try {
    // Blank lines are kept so that record n is row n, as Excel shows the file.
    records = parse(source, { delimiter, relax_column_count: true, skip_empty_lines: false, cast: cellCounter() });
  } catch (error) {
    return error instanceof CsvOverLimit ? error.result : csvFailure(error);
  }
  const rows: SheetRow[] = [];
  records.forEach((record, index) => {
    const cells = record.map((c) => (c.trim() === '' ? null : c));
    if (hasContent(cells)) rows.push({ number: index + 1, cells });
  });
  return { ok: true, sheet: { file, format: 'csv', date1904: false, rows } };
}

/** Reads `path` by its extension: `.xlsx` or `.csv`. */
export async function readSpreadsheet(path: string, options: ReadOptions = {}): Promise<SheetResult> {
  const extension = extname(path).toLowerCase();
  if (extension === '.xls') return { ok: false, message: text.legacyXls };
  if (extension !== '.xlsx' && extension !== '.csv') return { ok: false, message: text.unsupported(extension) };
  // Refused by its size before it is read into memory.
  if (extension === '.csv' && statSync(path).size > CSV_MAX_BYTES) return csvTooLarge(statSync(path).size);
  const bytes = readFileSync(path);
  return extension === '.xlsx' ? readXlsx(bytes, path, options) : readCsv(bytes, path);
}
