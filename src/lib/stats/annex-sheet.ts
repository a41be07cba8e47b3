/**
 * The annex as a spreadsheet holds it: 附件 in the first cell, the title across
 * the table, the 教育行政部门（盖章） line, then the grid of annex.ts under them,
 * as the notice prints them. The XLSX and the CSV both write this one sheet,
 * so the two files have the same cells in the same places and cannot drift.
 *
 *      A      B … E                 F      G
 *   0  附件
 *   1  2023年全民终身学习活动开展情况统计表 (A:G)
 *   2  教育行政部门（盖章）：____ (A:E)
 *   3  the grid of annex.ts, rows 0–11, below
 *  15  the remarks (说明：…, 数据截至 …), one a row (A:G), under the table
 *
 * The notice's annex has nothing under its table; a remark there, outside the
 * borders, leaves every cell of the annex where the Ministry expects it.
 */
import type { AnnexCellRole, AnnexLayout } from './annex.ts';

/** Sheet rows above the grid: 附件, the title and the authority line. */
export const ANNEX_GRID_TOP = 3;
/** Columns the authority line spans: the name, or a line to write it on, as far as the notice's line runs. */
const AUTHORITY_COLUMNS = 5;
/** A line to write on by hand, as in the notice's `教育行政部门（盖章）：_____`. */
export const BLANK_LINE = '_'.repeat(20);

export type AnnexSheetRole =
  /** `附件`, above the title. */
  | 'mark'
  | 'title'
  /** `教育行政部门（盖章）：` and the name, or a line to write it on. */
  | 'authority'
  /** A line under the table: the file's note, how current the figures are. */
  | 'remark'
  | AnnexCellRole;

export interface AnnexSheetCell {
  /** 0-based on the sheet, top-left of the cell. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  role: AnnexSheetRole;
  /** What the cell shows; '' for an entry left blank. */
  text: string;
  /** Figures only. */
  value?: number;
}

export interface AnnexSheet {
  year: number;
  title: string;
  /** Sheet rows in all, the remarks included. */
  rows: number;
  /** The sheet row after the grid's last: where the remarks begin. */
  gridEnd: number;
  remarks: string[];
  columns: number;
  cells: AnnexSheetCell[];
}

export function annexSheet(layout: AnnexLayout): AnnexSheet {
  const line = (row: number, role: AnnexSheetRole, text: string, colSpan: number): AnnexSheetCell => ({
    row,
    col: 0,
    rowSpan: 1,
    colSpan,
    role,
    text,
  });
  const gridEnd = ANNEX_GRID_TOP + layout.rows;
  return {
    year: layout.year,
    title: layout.title,
    rows: gridEnd + layout.remarks.length,
    gridEnd,
    remarks: layout.remarks,
    columns: layout.columns,
    cells: [
      line(0, 'mark', layout.mark, 1),
      line(1, 'title', layout.title, layout.columns),
      line(2, 'authority', `${layout.authority.label}${layout.authority.value || BLANK_LINE}`, AUTHORITY_COLUMNS),
      ...layout.cells.map(({ row, col, rowSpan, colSpan, role, text, value }) => ({
        row: ANNEX_GRID_TOP + row,
        col,
        rowSpan,
        colSpan,
        role,
        text,
        ...(value === undefined ? {} : { value }),
      })),
      ...layout.remarks.map((text, i) => line(gridEnd + i, 'remark', text, layout.columns)),
    ],
  };
}

/** A cell's value: a figure as its number, anything else as its text ('' for a blank to fill in). */
export function annexSheetValue(c: AnnexSheetCell): string | number {
  return c.role === 'figure' ? c.value! : c.text;
}

/**
 * The sheet as rows of values, every row as wide as the table: each cell's
 * value in its top-left position, the positions its merge covers left empty.
 */
export function annexSheetValues(sheet: AnnexSheet): (string | number)[][] {
  const values = Array.from({ length: sheet.rows }, () => Array<string | number>(sheet.columns).fill(''));
  for (const c of sheet.cells) values[c.row]![c.col] = annexSheetValue(c);
  return values;
}
