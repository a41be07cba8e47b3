import { clockNumeralsAsDigits } from './clock-numerals.ts';
import { DAY_PERIOD, type SheetDate } from './dates.ts';
import { anyOf, cellRules } from './rules.ts';

const { date: words } = cellRules;
/** `9:30`, `9点`, `9点半`, `14时30分`: a clock time as people type it, without a part of the day. */
export const CLOCK = `\\d{1,2}\\s*(?:[:：]|${anyOf(words.hour)})\\s*(?:\\d{1,2}|${anyOf(words.half)})?\\s*${words.minute}?`;
/** A clock time with its part of the day, before (`下午5点`) or after it (`11:30 AM`), if any. */
export const CLOCK_IN_PERIOD = `(?:${DAY_PERIOD})?\\s*${CLOCK}(?:\\s*${DAY_PERIOD})?`;
const TIME_ALONE = new RegExp(`^${CLOCK_IN_PERIOD}$`, 'iu');
const PERIOD = new RegExp(DAY_PERIOD, 'iu');

/** A typed time as the readers take it: full-width forms folded, numeral hours as digits. */
const asTyped = (typed: string) => clockNumeralsAsDigits(typed.normalize('NFKC').trim());

/** `11:30`, `下午5点`, `5点半`, `11:30 AM`, `下午三点`: a time of day typed without a date. */
export function isTimeAlone(typed: string): boolean {
  return TIME_ALONE.test(asTyped(typed));
}

/**
 * An end typed as a time alone, as a date and time on the start's day
 * (`2024-11-20 下午5点`) for the date reader; undefined when `typed` is not
 * a time alone. One without 上午/下午 of its own, on the 12-hour clock, is
 * in the start's part of the day: 下午3点 to 5点 ends at 17:00, while
 * 上午9:30 to 14:00 stays 14:00. `npm run new` and import-events both read
 * ends this way, so an editor gets the same event from either.
 */
export function endOnStartDay(typed: string, start: SheetDate): string | undefined {
  const text = asTyped(typed);
  if (!TIME_ALONE.test(text)) return undefined;
  const hour = Number(/\d{1,2}/.exec(text)?.[0]);
  const keepsStartPeriod = start.dayPeriod !== undefined && hour <= 12 && !PERIOD.test(text);
  return `${start.day} ${keepsStartPeriod ? start.dayPeriod : ''}${text}`;
}
