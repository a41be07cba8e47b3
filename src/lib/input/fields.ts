import { inputText } from '../../i18n/zh-CN/input.ts';
import { parseBeijing, parseBeijingDate } from '../dates/index.ts';
import { writtenAsFrontMatter } from './date-time-written.ts';
import { SHAPES, withJsonShape } from './json-shape.ts';
import { checked } from './schema.ts';
import { yearOfFileName } from './year-files.ts';

/**
 * Fields that several input files share, as Zod schemas whose messages say
 * what was written and what to write instead.
 */

/** Why a value is not a whole, non-negative number; undefined when it is one. */
export function wholeNumberProblem(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed !== '' && Number.isFinite(Number(trimmed)) ? inputText.number.quoted(trimmed, value) : inputText.number.text(value);
  }
  if (typeof value !== 'number') return inputText.number.notNumber(value);
  if (value < 0) return inputText.number.negative(value);
  if (!Number.isInteger(value)) return inputText.number.fraction(value);
  if (!Number.isSafeInteger(value)) return inputText.number.tooLarge(value);
  return undefined;
}

/** A figure (a count, participants): a whole, non-negative JSON number. */
export function wholeNumber(missing: string) {
  const field = checked((value, reject) => {
    if (value === undefined) return reject(missing);
    const problem = wholeNumberProblem(value);
    return problem ? reject(problem) : (value as number);
  });
  return withJsonShape(field, SHAPES.wholeNumber);
}

export const FIRST_WEEK_YEAR = 2005;
const LAST_YEAR = 2100;

/**
 * `year` of a file named `<year>.json`: a whole number from 2005 (the first
 * activity week) that agrees with the file name. `file` is the name as the
 * editor knows it; another name (`draft.json`) is tied to no year.
 */
export function yearField(file: string) {
  const named = yearOfFileName(file);
  const field = checked((value, reject) => {
    if (value === undefined) return reject(inputText.year.missing);
    const problem = wholeNumberProblem(value);
    if (problem) return reject(problem);
    const year = value as number;
    if (year < FIRST_WEEK_YEAR) return reject(inputText.year.tooEarly);
    if (year > LAST_YEAR) return reject(inputText.year.invalid);
    if (named !== undefined && year !== named) return reject(inputText.year.fileName(year, named));
    return year;
  });
  return withJsonShape(field, {
    type: 'integer',
    minimum: FIRST_WEEK_YEAR,
    maximum: LAST_YEAR,
    ...(named === undefined ? {} : { const: named }),
  });
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** A date-time as the content model writes it; one of this shape that parseBeijing refuses is a day or hour that does not exist. */
export const DATE_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Why a value is not a date `YYYY-MM-DD` (or, with `withTime`, a date-time,
 * Beijing time without an offset); undefined when it is one. A date as people
 * type it (`2023/11/20`, `2023年11月20日`) is answered with the same date written correctly.
 */
export function dateProblem(value: unknown, withTime: boolean): string | undefined {
  if (typeof value !== 'string') return inputText.date.notText(inputText.date.example, value);
  const text = value.trim();
  const dateOnly = DATE_SHAPE.test(text);
  if (!dateOnly && !(withTime && DATE_TIME_SHAPE.test(text))) {
    const written = writtenAsFrontMatter(text);
    const fix = written ? `"${withTime ? written : written.slice(0, 10)}"` : inputText.date.example;
    return inputText.date.shape(value, fix);
  }
  const parsed = dateOnly ? parseBeijingDate(text) : parseBeijing(text);
  return parsed ? undefined : inputText.date.impossible(value, withTime && !dateOnly);
}

/** A date (or date-time) field, kept as written without surrounding spaces. */
export function dateText(missing: string, withTime: boolean) {
  const field = checked((value, reject) => {
    if (value === undefined) return reject(missing);
    const problem = dateProblem(value, withTime);
    return problem ? reject(problem) : (value as string).trim();
  });
  return withJsonShape(field, withTime ? SHAPES.dateOrDateTime : SHAPES.date);
}

/** Like dateText, but absent or null is no date. */
export function optionalDateText(withTime: boolean) {
  const field = checked((value, reject) => {
    if (value === null) return undefined;
    const problem = dateProblem(value, withTime);
    return problem ? reject(problem) : (value as string).trim();
  });
  return withJsonShape(field, { anyOf: [withTime ? SHAPES.dateOrDateTime : SHAPES.date, { type: 'null' }] }).optional();
}

/** Optional free text (a note for readers): a string when given. */
export const noteText = withJsonShape(
  checked((value, reject) => (typeof value === 'string' ? value : reject(inputText.text.notText(value)))),
  { type: 'string' },
).optional();
