/**
 * Spreadsheets offices send in (XLSX, CSV): read into plain rows and cells,
 * with the cell readers every importer needs (whole numbers, Beijing dates)
 * and header matching. No Astro, no site: importers build on it.
 */
export type { CellValue, Sheet, SheetResult, SheetRow } from './types.ts';
export { decodeText, readSpreadsheet, readXlsx, readCsv } from './read.ts';
export type { ReadOptions } from './read.ts';
export { columnLetter, normaliseHeader } from './columns.ts';
export { parseWholeNumber } from './numbers.ts';
export type { NumberProblem, NumberResult } from './numbers.ts';
export { DAY_PERIOD, mixedPrecision, parseSheetDate, sheetDateText } from './dates.ts';
export type { DateProblem, DateResult, SheetDate } from './dates.ts';
export { CLOCK, CLOCK_IN_PERIOD, endOnStartDay, isTimeAlone } from './time-alone.ts';
export { clockNumeralsAsDigits } from './clock-numerals.ts';
export { matchHeader, uncomputedFields, withEitherColumn } from './header.ts';
export type { ColumnSpec, HeaderMatch, HeaderProblem, HeaderResult, ScaledColumn } from './header.ts';
export { headerProblems } from './header-problems.ts';
export type { HeaderWording } from './header-problems.ts';
