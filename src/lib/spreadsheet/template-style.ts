import type ExcelJS from 'exceljs';

/**
 * The look of the blank workbooks offices fill in (the statistics form and
 * the events list): a grey hairline around every cell, and a bold, shaded,
 * centred header row that wraps long headers.
 */
const HAIRLINE = { style: 'thin' as const, color: { argb: 'FF999999' } };
export const CELL_BORDER = { top: HAIRLINE, left: HAIRLINE, bottom: HAIRLINE, right: HAIRLINE };

export function styleHeaderRow(row: ExcelJS.Row, height: number): void {
  row.height = height;
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    cell.border = CELL_BORDER;
  });
}
