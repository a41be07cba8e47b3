/**
 * A worksheet as the importers see it, whatever the file format: rows as
 * Excel numbers them (1 = the first row), cells by column (0 = column A).
 */

/** What a cell holds once read: text, a number, a yes/no, a date (XLSX date cells), or nothing. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row number an office sees in Excel or WPS (1-based). */
  number: number;
  /** Cells by column, 0 = A; a short row simply has fewer cells. */
  cells: CellValue[];
  /** Columns (0 = A) holding a formula with no saved result: read as null, but they are not blank. */
  uncomputed?: number[];
  /**
   * Columns (0 = A) whose cell links somewhere (`直播` with a hyperlink
   * behind it), with the link's target; `cells` keeps the text shown. A
   * field that is a web address wants the target, any other the text.
   */
  links?: Record<number, string>;
  /** Hidden in Excel or WPS (by hand, or by a filter): an office hides what it means to leave out, such as a cancelled event. */
  hidden?: true;
}

export interface Sheet {
  /** The file as given, for messages. */
  file: string;
  format: 'xlsx' | 'csv';
  /** The worksheet read (XLSX only). */
  sheetName?: string;
  /** The workbook's own title (XLSX document properties), when it has one: the statistics template writes its year there. */
  title?: string;
  /** The workbook's keywords (XLSX document properties, 标记 in Excel): the statistics template writes its deadline there. */
  keywords?: string;
  /** XLSX files saved with the 1904 date system (old Mac Excel) count serial dates from 1904. */
  date1904: boolean;
  /** Every row that has at least one cell, in order. */
  rows: SheetRow[];
}

/**
 * A file that cannot be read as a spreadsheet. `item` and `field`, when the
 * reader knows where in the file it broke (a CSV's unclosed quote): the row,
 * and the column with the reader's own English code, as a problem names them.
 */
export type SheetResult = { ok: true; sheet: Sheet } | { ok: false; message: string; item?: string; field?: string };
