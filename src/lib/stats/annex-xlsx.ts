/**
 * The annex as an XLSX workbook (exceljs), for Excel and WPS: the title, the
 * 教育行政部门（盖章） line, then the grid of annex.ts with its merges, thin
 * borders, column widths, integer formats, and a page set up to print on one
 * A4 landscape sheet.
 */
import ExcelJS from 'exceljs';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { columnLetter } from '../spreadsheet/index.ts';
import { xlsxBytes } from '../spreadsheet/xlsx-bytes.ts';
import type { AnnexCell, AnnexLayout } from './annex.ts';

/** Sheet rows above the grid: the title and the authority line. */
export const ANNEX_GRID_TOP = 3;
const WIDTHS = [13, 10, 16, 20, 16, 16, 18];
/** A line to write on by hand, as in the notice's `教育行政部门（盖章）：_____`. */
export const BLANK_LINE = '_'.repeat(20);
/** Chinese office documents' usual faces; Excel and WPS on a Chinese PC have both. */
const FONT = statsFormsText.annex.fonts.body;
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** `C5:D5`: a grid cell's range on the sheet. */
export function annexCellRange(c: AnnexCell): string {
  const top = ANNEX_GRID_TOP + c.row;
  const from = `${columnLetter(c.col)}${top}`;
  if (c.rowSpan === 1 && c.colSpan === 1) return from;
  return `${from}:${columnLetter(c.col + c.colSpan - 1)}${top + c.rowSpan - 1}`;
}

export function annexWorkbook(layout: AnnexLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.title = layout.title;
  const sheet = workbook.addWorksheet(statsFormsText.annex.sheetName(layout.year), {
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
  sheet.columns = WIDTHS.slice(0, layout.columns).map((width) => ({ width }));
  const last = columnLetter(layout.columns - 1);

  sheet.mergeCells(`A1:${last}1`);
  const title = sheet.getCell('A1');
  title.value = layout.title;
  title.font = { name: statsFormsText.annex.fonts.title, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 36;

  // 教育行政部门（盖章）：________ — the name, or a line to write it on, as the notice prints it.
  sheet.mergeCells('A2:E2');
  const authority = sheet.getCell('A2');
  authority.value = `${layout.authority.label}${layout.authority.value || BLANK_LINE}`;
  authority.font = { name: FONT, size: 12 };
  authority.alignment = { vertical: 'middle' };
  sheet.getRow(2).height = 28;

  for (let r = 0; r < layout.rows; r++) {
    sheet.getRow(ANNEX_GRID_TOP + r).height = r === 4 ? 42 : 26;
    // Every grid position gets a border, including those a merge covers, so WPS and Excel both draw it whole.
    for (let c = 0; c < layout.columns; c++) sheet.getCell(ANNEX_GRID_TOP + r, c + 1).border = BORDER;
  }
  for (const c of layout.cells) {
    const range = annexCellRange(c);
    if (range.includes(':')) sheet.mergeCells(range);
    const target = sheet.getCell(ANNEX_GRID_TOP + c.row, c.col + 1);
    target.value = c.role === 'figure' ? c.value! : c.text === '' ? null : c.text;
    target.font = { name: FONT, size: 11, bold: c.role === 'columnHeader' };
    target.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (c.role === 'figure') target.numFmt = '#,##0';
  }
  sheet.pageSetup.printArea = `A1:${last}${ANNEX_GRID_TOP + layout.rows - 1}`;
  return workbook;
}

/** The workbook's bytes, the same for the same table and moment (`written`: the build's). */
export function annexXlsxBuffer(layout: AnnexLayout, written: Date): Promise<Uint8Array<ArrayBuffer>> {
  return xlsxBytes(annexWorkbook(layout), written);
}
