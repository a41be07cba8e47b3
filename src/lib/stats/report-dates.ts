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
