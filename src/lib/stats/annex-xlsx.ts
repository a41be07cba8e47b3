/**
 * The annex as an XLSX workbook (exceljs), for Excel and WPS: the sheet of
 * annex-sheet.ts (附件, the title, the 教育行政部门（盖章） line, then the grid
 * of annex.ts) with its merges, thin borders round the grid, column widths,
 * integer formats, the remarks under the table (the file's note, how current
 * the figures are), also in the workbook's properties (备注), and a page set up
 * to print on one A4 landscape sheet.
 */
import ExcelJS from 'exceljs';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { columnLetter } from '../spreadsheet/index.ts';
import { xlsxBytes } from '../spreadsheet/xlsx-bytes.ts';
import type { AnnexLayout } from './annex.ts';
import { ANNEX_GRID_TOP, annexSheet, type AnnexSheetCell, type AnnexSheetRole } from './annex-sheet.ts';
import { displayWidth } from './terminal-table.ts';

const WIDTHS = [13, 10, 16, 20, 16, 16, 18];
/** Chinese office documents' usual faces; Excel and WPS on a Chinese PC have both. */
const FONTS = statsFormsText.annex.fonts;
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The lines above the grid, as an office document sets them: 附件 flush left in 黑体, the title centred and large. */
const ABOVE_GRID: Partial<
  Record<AnnexSheetRole, { font: Partial<ExcelJS.Font>; alignment: Partial<ExcelJS.Alignment>; height: number }>
> = {
  mark: { font: { name: FONTS.title, size: 14 }, alignment: { horizontal: 'left', vertical: 'middle' }, height: 28 },
  title: { font: { name: FONTS.title, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' }, height: 36 },
  authority: { font: { name: FONTS.body, size: 12 }, alignment: { vertical: 'middle' }, height: 28 },
};

/** A remark under the table, across it and wrapped: Excel sizes no merged row to its text, so its height is worked out here. */
const REMARK_LINE_HEIGHT = 18;
const remarkHeight = (text: string) =>
  Math.max(1, Math.ceil(displayWidth(text) / WIDTHS.reduce((a, b) => a + b, 0))) * REMARK_LINE_HEIGHT + 6;

/** `C6:D6`: a sheet cell's range. */
export function annexCellRange(c: AnnexSheetCell): string {
  const from = `${columnLetter(c.col)}${c.row + 1}`;
  if (c.rowSpan === 1 && c.colSpan === 1) return from;
  return `${from}:${columnLetter(c.col + c.colSpan - 1)}${c.row + c.rowSpan}`;
}

export function annexWorkbook(layout: AnnexLayout): ExcelJS.Workbook {
  const annex = annexSheet(layout);
  const workbook = new ExcelJS.Workbook();
  workbook.title = annex.title;
  // File › Properties (备注), for whoever looks there, or a program that lists the files.
  if (annex.remarks.length > 0) workbook.description = annex.remarks.join('\n');
  const sheet = workbook.addWorksheet(statsFormsText.annex.sheetName(annex.year), {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = WIDTHS.slice(0, annex.columns).map((width) => ({ width }));

  for (let r = ANNEX_GRID_TOP; r < annex.gridEnd; r++) {
    // The row of the kinds' names, which wrap, is taller.
    sheet.getRow(r + 1).height = r === ANNEX_GRID_TOP + 4 ? 42 : 26;
    // Every grid position gets a border, including those a merge covers, so WPS and Excel both draw it whole.
    for (let c = 0; c < annex.columns; c++) sheet.getCell(r + 1, c + 1).border = BORDER;
  }
  for (const c of annex.cells) {
    const range = annexCellRange(c);
    if (range.includes(':')) sheet.mergeCells(range);
    const target = sheet.getCell(c.row + 1, c.col + 1);
    target.value = c.role === 'figure' ? c.value! : c.text === '' ? null : c.text;
    const above = ABOVE_GRID[c.role];
    if (above) {
      target.font = above.font;
      target.alignment = above.alignment;
      sheet.getRow(c.row + 1).height = above.height;
      continue;
    }
    if (c.role === 'remark') {
      target.font = { name: FONTS.body, size: 11 };
      target.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
      sheet.getRow(c.row + 1).height = remarkHeight(c.text);
      continue;
    }
    target.font = { name: FONTS.body, size: 11, bold: c.role === 'columnHeader' };
    target.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (c.role === 'figure') target.numFmt = '#,##0';
  }
  sheet.pageSetup.printArea = `A1:${columnLetter(annex.columns - 1)}${annex.rows}`;
  return workbook;
}

/** The workbook's bytes, the same for the same table and moment (`written`: the build's). */
export function annexXlsxBuffer(layout: AnnexLayout, written: Date): Promise<Uint8Array<ArrayBuffer>> {
  return xlsxBytes(annexWorkbook(layout), written);
}
