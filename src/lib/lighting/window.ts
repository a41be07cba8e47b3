import { lighting as words } from '../../i18n/zh-CN/lighting.ts';
import { beijingDaysBetween, formatMonthDayZh, formatTimeZh } from '../dates/index.ts';

/** The longest a lighting window may be: one evening into the next morning, never several days (a mistyped end date). */
export const MAX_WINDOW_HOURS = 24;

/** How many Beijing calendar days the end falls after the start: 0 the same evening, 1 past midnight. */
export function endDayOffset(window: { start: Date; end: Date }): number {
  return beijingDaysBetween(window.start, window.end);
}

/**
 * A window's times as the schedule and a region's page show them, Beijing
 * time: `19:30` and `22:00`; past midnight `次日 00:30`. A later day (which
 * the lighting check refuses) is named by its date rather than called 次日.
 */
export function lightingTimes(window: { start: Date; end: Date }): { start: string; end: string } {
  const offset = endDayOffset(window);
  const endDay = offset === 0 ? '' : offset === 1 ? words.nextDay : `${formatMonthDayZh(window.end)} `;
  return { start: formatTimeZh(window.start), end: `${endDay}${formatTimeZh(window.end)}` };
}

/** Hours and minutes from start to end, when more than MAX_WINDOW_HOURS; else undefined. */
export function overlongWindow(start: Date, end: Date): { hours: number; minutes: number } | undefined {
  const minutes = Math.round((end.getTime() - start.getTime()) / 60_000);
  if (minutes <= MAX_WINDOW_HOURS * 60) return undefined;
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
