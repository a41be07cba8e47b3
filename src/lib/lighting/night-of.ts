import { beijingCalendarDay } from '../dates/calendar-day.ts';

/**
 * Which night a lighting window belongs to, as `YYYY-MM-DD` (a Beijing date).
 *
 * The rule: a night runs from 06:00 Beijing time to 05:59 the next morning
 * and is named after the day it begins. So a window belongs to the night it
 * started in: 19:30–00:30 belongs to the evening it started, and so does a
 * window that starts at 00:30 (a resident thinks of it as "Saturday night",
 * not "Sunday"); a window that starts at 10:00 belongs to that day. The same
 * function names the night an instant falls in ("tonight" for the reader).
 *
 * Library-free (src/lib/dates/calendar-day.ts) because the page's script
 * marks what lights up tonight. Asia/Shanghai has had no daylight saving since 1991, so
 * shifting the instant back six hours is the same as shifting the wall clock.
 */
export const NIGHT_STARTS_AT_HOUR = 6;

export function nightOf(instant: Date): string {
  return beijingCalendarDay(new Date(instant.getTime() - NIGHT_STARTS_AT_HOUR * 3_600_000));
}

/** The anchor of a night's section on the schedule page, `night-2023-11-18`, which links and search results lead to. */
export function nightAnchorId(night: string): string {
  return `night-${night}`;
}
