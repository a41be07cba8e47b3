import { beijingDay, beijingYear } from '../dates/index.ts';
import { isCalledOff, isFeaturedNow, type EventStatus } from './status.ts';

/**
 * The home page's schedule: the events of the week the site is about (those
 * that run on any day from its first to its last, Beijing time), in the
 * order given. A home page must stay the same size however many events the
 * site has, so when there are more than `max`, each day of the week keeps an
 * equal share (featured events first, then the earliest, and those called
 * off last: they are listed, marked, only when there is room): whatever day a
 * resident opens the page, that day's events are there for the page's
 * script to put first. Empty when nothing falls in the week.
 */
export interface ScheduledEvent {
  id: string;
  data: { start: Date; end: Date; featured?: boolean | undefined; status?: EventStatus | undefined };
}

export const HOME_SCHEDULE_MAX = 24;

export function weekSchedule<T extends ScheduledEvent>(
  events: readonly T[],
  week: { start: string; end: string },
  max = HOME_SCHEDULE_MAX,
): T[] {
  const inWeek = events.filter((e) => beijingDay(e.data.start) <= week.end && beijingDay(e.data.end) >= week.start);
  if (inWeek.length <= max) return inWeek;
  // An event that began before the week counts under its first day.
  const dayOf = (e: T) => (beijingDay(e.data.start) < week.start ? week.start : beijingDay(e.data.start));
  const byDay = new Map<string, T[]>();
  for (const e of inWeek) byDay.set(dayOf(e), [...(byDay.get(dayOf(e)) ?? []), e]);
  const share = Math.max(1, Math.floor(max / weekDays(week)));
  const kept = new Set<T>();
  for (const list of byDay.values()) {
    const rank = (e: T) => (isFeaturedNow(e.data) ? 0 : isCalledOff(e.data) ? 2 : 1);
    const featuredFirst = [...list].sort((a, b) => rank(a) - rank(b));
    for (const e of featuredFirst.slice(0, share)) kept.add(e);
  }
  return inWeek.filter((e) => kept.has(e));
}

function weekDays(week: { start: string; end: string }): number {
  const days = (Date.parse(`${week.end}T00:00:00Z`) - Date.parse(`${week.start}T00:00:00Z`)) / 86_400_000 + 1;
  return Math.max(1, Math.round(days));
}

/**
 * Whether a schedule holds only events of years before the week's: a site
 * turned to a new year before its events are in lists last year's, and the
 * home page says so above them.
 */
export function onlyEarlierYears(events: readonly ScheduledEvent[], weekYear: number): boolean {
  return events.length > 0 && events.every((e) => beijingYear(e.data.start) < weekYear);
}
