/**
 * The deadline an import writes, and where it came from. The template
 * records the deadline its instructions give (`于 2026-11-20 前发回`) in the
 * workbook's keywords, so that importing it without `--deadline` judges
 * lateness by the day the regions were told, not by the default. An explicit
 * `--deadline` and the deadline of the file being updated still win; a
 * template that says otherwise is a warning, since one of the two is wrong.
 * A template made for another year is not asked: its day is not this year's.
 */
import type { InputProblem } from '../input-problem.ts';
import { parseBeijingDate } from '../dates/index.ts';
import type { Sheet } from '../spreadsheet/index.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { yearInTitle } from './form-year.ts';

const t = statsFormsText.import.deadline;

/** The day of the year that reports are due when nothing else says: 25 November, as the notice has set it so far. */
export const DEFAULT_DEADLINE_DAY = '11-25';

/** How the template writes its deadline among the workbook's keywords: a key, not words, so that any office's Excel keeps it. */
const KEYWORD = /(?:^|[\s;,])deadline=(\d{4}-\d{2}-\d{2})(?=$|[\s;,])/;

export function templateDeadlineKeywords(deadline: string): string {
  return `deadline=${deadline}`;
}

/** The deadline a workbook's keywords record, when it is a real day. */
export function templateDeadlineOf(sheet: Pick<Sheet, 'keywords'>): string | undefined {
  const day = sheet.keywords === undefined ? undefined : KEYWORD.exec(sheet.keywords)?.[1];
  return day !== undefined && parseBeijingDate(day) ? day : undefined;
}

export type DeadlineSource =
  { from: 'option' } | { from: 'previous'; file: string } | { from: 'template'; files: string[] } | { from: 'default' };

export interface ImportDeadline {
  deadline: string;
  source: DeadlineSource;
  /** Each template whose deadline is not the one written. */
  warnings: InputProblem[];
}

/**
 * `--deadline` first, then the file being updated, then the templates' (the latest, when they differ: no
 * region is late by a day it was not told), then 25 November of the year.
 */
export function importDeadline(
  sheets: readonly Pick<Sheet, 'file' | 'keywords' | 'title'>[],
  year: number,
  option?: string,
  previous?: { file: string; deadline: string },
): ImportDeadline {
  // Last year's template filled in again says last year's day: its title's year is warned about (form-year.ts).
  const templates = sheets.flatMap((sheet) => {
    const deadline = templateDeadlineOf(sheet);
    const forYear = sheet.title === undefined ? undefined : yearInTitle(sheet.title);
    return deadline === undefined || forYear !== year ? [] : [{ file: sheet.file, deadline }];
  });
  const latest = templates
    .map((s) => s.deadline)
    .sort()
    .at(-1);
  let deadline: string;
  let source: DeadlineSource;
  if (option !== undefined) [deadline, source] = [option, { from: 'option' }];
  else if (previous) [deadline, source] = [previous.deadline, { from: 'previous', file: previous.file }];
  else if (latest !== undefined)
    [deadline, source] = [latest, { from: 'template', files: templates.filter((s) => s.deadline === latest).map((s) => s.file) }];
  else [deadline, source] = [`${year}-${DEFAULT_DEADLINE_DAY}`, { from: 'default' }];
  const by = source.from === 'option' ? t.byOption : source.from === 'previous' ? t.byFile(source.file) : t.byTemplate;
  const warnings = templates
    .filter((s) => s.deadline !== deadline)
    .map((s): InputProblem => ({
      file: s.file,
      field: t.field(t.workbookKeywords, 'deadline'),
      message: t.differs(s.deadline, deadline, by),
      severity: 'warning',
    }));
  return { deadline, source, warnings };
}
