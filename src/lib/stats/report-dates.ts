/**
 * Report dates are compared as Beijing calendar days: a report sent at 23:30
 * Beijing time on the deadline day is on time, whatever zone the build runs in.
 */
import { beijingDay, parseBeijing, parseBeijingDate } from '../dates/index.ts';

/** `2023-11-20` for `2023-11-20`, `2023-11-20 09:30` or `2023-11-20T01:30:00Z`; null if unreadable. */
export function beijingDayOf(text: string): string | null {
  const date = parseBeijing(text);
  return date ? beijingDay(date) : null;
}

/** True when the report's Beijing day is after the deadline day. */
export function isLate(submittedAt: string, deadline: string): boolean {
  const submitted = beijingDayOf(submittedAt);
  const due = parseBeijingDate(deadline) ? deadline : null;
  return submitted !== null && due !== null && submitted > due;
}

/**
 * Which of two 提交时间 is later: below 0 when `a` is earlier, 0 when they cannot be told apart, above 0 when
 * later; undefined when either is unreadable. A day alone says nothing of the hour, so against it both are
 * compared by day (a report typed in by hand as `2024-11-22` is neither before nor after `2024-11-22 10:30`).
 */
export function compareSubmitted(a: string, b: string): number | undefined {
  const [x, y] = [parseBeijing(a), parseBeijing(b)];
  if (!x || !y) return undefined;
  if (parseBeijingDate(a) || parseBeijingDate(b)) return beijingDay(x).localeCompare(beijingDay(y));
  return x.getTime() - y.getTime();
}
