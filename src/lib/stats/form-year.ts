/**
 * The year an export itself gives, against the `--year` it is imported as:
 * a 2024 export imported with `--year 2023` would otherwise become
 * 2023.json without a word. The export gives its year in the 提交时间 and
 * 开幕式日期 of each row, in a title above the header (`2024年…数据`), and
 * in the workbook's title, which `stats template` writes. Each is a warning,
 * not an error: a late report can be submitted in the January after, and an
 * office may fill in last year's template.
 */
import type { InputProblem } from '../input-problem.ts';
import { columnLetter, sheetDateText } from '../spreadsheet/index.ts';
import type { Sheet, SheetDate } from '../spreadsheet/index.ts';
import { cellRules } from '../spreadsheet/rules.ts';
import { spreadsheetText } from '../../i18n/zh-CN/spreadsheet.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import type { Submission } from './form-import.ts';

const t = statsFormsText.import.year;

/** `2024年`, `2024 年度`: a year of this century followed by the word for year, as a title writes it. */
const YEAR_IN_WORDS = new RegExp(`(?<!\\d)(20\\d{2})\\s*${cellRules.date.year}`, 'u');

/** The year a title names (the first one), if any. */
export function yearInTitle(text: string): number | undefined {
  const match = YEAR_IN_WORDS.exec(text.normalize('NFKC'));
  return match ? Number(match[1]) : undefined;
}

/**
 * The workbook's title, and the rows above the header (a title row, merged
 * or not: one warning a row), when they name a year other than `year`.
 * `updating`: the file the import updates, which undoing means restoring, not deleting.
 */
export function titleYearWarnings(sheet: Sheet, headerRow: number, year: number, updating?: string): InputProblem[] {
  const warnings: InputProblem[] = [];
  const found = sheet.title === undefined ? undefined : yearInTitle(sheet.title);
  if (sheet.title !== undefined && found !== undefined && found !== year)
    warnings.push({
      file: sheet.file,
      field: t.field(t.workbookTitle, 'year'),
      message: t.title(sheet.title, found, year, updating),
      severity: 'warning',
    });
  for (const row of sheet.rows) {
    if (row.number >= headerRow) break;
    const column = row.cells.findIndex((cell) => typeof cell === 'string' && (yearInTitle(cell) ?? year) !== year);
    if (column < 0) continue;
    const text = String(row.cells[column]).trim();
    warnings.push({
      file: sheet.file,
      item: spreadsheetText.row(row.number),
      field: t.field(spreadsheetText.column(columnLetter(column)), 'year'),
      message: t.title(text, yearInTitle(text)!, year, updating),
      severity: 'warning',
    });
  }
  return warnings;
}

/** The year of a Beijing day, `2024-11-20` → 2024. */
const yearOf = (date: SheetDate) => Number(date.day.slice(0, 4));

/**
 * 提交时间 and 开幕式日期 in a year other than `year`: one warning for each
 * file, column and year found, naming its rows (all of them in a file
 * exported for another year), with the first one's date as it was read.
 */
export function dateYearWarnings(kept: readonly Submission[], year: number, updating?: string): InputProblem[] {
  const groups = new Map<string, { key: 'submittedAt' | 'openingCeremony'; found: number; rows: Submission[]; first: SheetDate }>();
  for (const submission of kept) {
    for (const key of ['submittedAt', 'openingCeremony'] as const) {
      const date = submission[key];
      if (date === undefined || yearOf(date) === year) continue;
      const id = JSON.stringify([submission.file, key, yearOf(date)]);
      const group = groups.get(id);
      if (group) group.rows.push(submission);
      else groups.set(id, { key, found: yearOf(date), rows: [submission], first: date });
    }
  }
  return [...groups.values()].map(({ key, found, rows, first }) => ({
    file: rows[0]!.file,
    item: rows.length === 1 ? rows[0]!.item : t.rows(rows.map((r) => r.row)),
    field: rows[0]!.field(key),
    message: t[key](found, year, sheetDateText(first), rows.length, updating),
    severity: 'warning',
  }));
}
