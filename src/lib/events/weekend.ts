import { inBeijing } from '../dates/index.ts';

/** Luxon's weekday numbers (Monday 1) of Saturday and Sunday. */
const WEEKEND = new Set([6, 7]);

/**
 * Whether an event runs over a Saturday or Sunday that its page does not
 * name: its dates print the weekday of its first and last day only
 * (`11月1日（星期三）至 11月30日（星期四）`), so a month-long reading
 * campaign reads as weekdays to the search, and one who asks for 周末 does
 * not find it though it is on every weekend of the month. A first or last
 * day at the weekend is named already (the search reads 星期六 as 周末).
 */
export function weekendUnnamed(start: Date, end: Date): boolean {
  const first = inBeijing(start).startOf('day');
  const last = inBeijing(end).startOf('day');
  if (WEEKEND.has(first.weekday) || WEEKEND.has(last.weekday)) return false;
  const days = Math.round(last.diff(first, 'days').days);
  // Between two weekdays lies a weekend when the span wraps past Friday: Thursday to the next Monday, or a week or more.
  return days >= 7 || last.weekday < first.weekday;
}
