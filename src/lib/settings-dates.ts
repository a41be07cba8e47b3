import { inputText } from '../i18n/zh-CN/input.ts';
import { beijingDaysBetween, parseBeijingDate } from './dates/index.ts';
import type { InputProblem } from './input-problem.ts';

const m = inputText.settings;
/** The forms the settings name (`forms.materials`, `forms.activityData`), each of which may say its deadline. */
const FORMS = ['materials', 'activityData'] as const;

/**
 * The week's dates in the settings, against each other and against `year`:
 * a week that ends before it starts, or a date left from last year's file
 * beside a new `year` (the home page would announce last year's week, and
 * every event of the year would be "outside the week"). Both dates are
 * `YYYY-MM-DD`, checked as such before this runs.
 */
export function weekProblems(settings: { year: number; weekStart: string; weekEnd: string }): { field: string; message: string }[] {
  const { year, weekStart, weekEnd } = settings;
  const problems = (['weekStart', 'weekEnd'] as const)
    .filter((key) => Number(settings[key].trim().slice(0, 4)) !== year)
    .map((field) => ({ field, message: m.weekNotInYear(settings[field], year) }));
  // Dates of one form compare as text.
  if (weekEnd < weekStart) problems.push({ field: 'weekEnd', message: m.weekEndsBeforeStart(weekEnd, weekStart) });
  return problems;
}

/** A week longer than this many days is more likely a mistyped month or day than the week planned. */
const LONGEST_LIKELY_WEEK = 14;

/**
 * A week of more than two weeks: 2023-12-25 typed for 2023-11-25 has the home
 * page announce a five-week week, and no event of those weeks is warned of as
 * outside it. A warning, as a province may plan a longer one. Both dates are
 * `YYYY-MM-DD` (checked before); counted in Beijing's calendar days, whatever the machine's zone.
 */
export function longWeek(settings: { weekStart: string; weekEnd: string }, file: string): InputProblem[] {
  const [start, end] = [settings.weekStart.trim(), settings.weekEnd.trim()];
  const [first, last] = [parseBeijingDate(start), parseBeijingDate(end)];
  if (!first || !last) return [];
  const days = beijingDaysBetween(first, last) + 1;
  if (days <= LONGEST_LIKELY_WEEK) return [];
  return [{ file, field: 'weekEnd', message: m.weekLong(start, end, days), severity: 'warning' }];
}

/**
 * A form's deadline in a year before the week's, or more than a year after
 * it: last year's date left in, which the submission page would show to the
 * cities as the deadline. A warning, as a form may close in the January after.
 */
export function staleFormDeadlines(
  settings: { year: number; forms: Partial<Record<(typeof FORMS)[number], { deadline?: string | undefined }>> },
  file: string,
): InputProblem[] {
  return FORMS.flatMap((key) => {
    const deadline = settings.forms[key]?.deadline?.trim();
    const year = Number(deadline?.slice(0, 4));
    if (!deadline || year === settings.year || year === settings.year + 1) return [];
    return [
      { file, field: `forms.${key}.deadline`, message: m.deadlineNotInYear(deadline, settings.year), severity: 'warning' as const },
    ];
  });
}
