import { DateTime } from 'luxon';
import { BEIJING_ZONE, beijingDay, inBeijing } from '../dates/index.ts';

/**
 * The month view of the events calendar: weeks from Monday to Sunday, every
 * day in Beijing time. A day lists the events that begin on it; events that
 * run over several days are also gathered apart, so a month-long reading
 * festival does not fill every cell.
 */
export interface TimedEntry {
  id: string;
  data: { start: Date; end: Date };
}

export interface MonthDay<T> {
  /** `2023-11-18` */
  date: string;
  /** Day of the month, 1–31. */
  day: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** False for the days of the previous or next month that pad the first and last week. */
  inMonth: boolean;
  /** Events that begin on this day (Beijing time), by start time. */
  events: T[];
}

export interface MonthView<T> {
  /** `2023-11` */
  month: string;
  year: number;
  /** 1–12 */
  monthNumber: number;
  weeks: MonthDay<T>[][];
  /** Events longer than one day that overlap the month, by start. */
  multiDay: T[];
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** `2023-11`: the Beijing month an instant falls in. */
export function beijingMonth(date: Date): string {
  return inBeijing(date).toFormat('yyyy-LL');
}

export function isMultiDay(entry: TimedEntry): boolean {
  return beijingDay(entry.data.start) !== beijingDay(entry.data.end);
}

const byStartThenId = (a: TimedEntry, b: TimedEntry) => a.data.start.getTime() - b.data.start.getTime() || a.id.localeCompare(b.id);

/** Every month some event runs in (from its start to its end), in order. */
export function eventMonths(events: readonly TimedEntry[]): string[] {
  const months = new Set<string>();
  // Counted in month numbers off the kept wall clocks: a DateTime per month asks Intl for the offset each time.
  const monthNumber = (date: Date) => {
    const { year, month } = inBeijing(date);
    return year * 12 + month - 1;
  };
  for (const event of events) {
    const last = monthNumber(event.data.end);
    for (let n = monthNumber(event.data.start); n <= last; n++) {
      months.add(`${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`);
    }
  }
  return [...months].sort();
}

export function monthView<T extends TimedEntry>(month: string, events: readonly T[]): MonthView<T> {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`month must be YYYY-MM: ${month}`);
  const first = DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]), day: 1 }, { zone: BEIJING_ZONE });
  if (!first.isValid) throw new Error(`no such month: ${month}`);
  const last = first.endOf('month').startOf('day');

  const monthStart = first.toJSDate().getTime();
  const monthEnd = first.plus({ months: 1 }).toJSDate().getTime();
  // Only what overlaps the month is sorted: a site of many years has many months.
  const inMonth = events.filter((e) => e.data.start.getTime() < monthEnd && e.data.end.getTime() >= monthStart).sort(byStartThenId);
  const byDay = eventsByDay(inMonth);

  const weeks: MonthDay<T>[][] = [];
  let cursor = first.minus({ days: first.weekday - 1 });
  const end = last.plus({ days: 7 - last.weekday });
  while (cursor <= end) {
    const week: MonthDay<T>[] = [];
    for (let i = 0; i < 7; i += 1) {
      const date = cursor.toFormat('yyyy-LL-dd');
      const inMonth = cursor.month === first.month;
      week.push({ date, day: cursor.day, weekday: cursor.weekday, inMonth, events: inMonth ? (byDay.get(date) ?? []) : [] });
      cursor = cursor.plus({ days: 1 });
    }
    weeks.push(week);
  }

  const multiDay = inMonth.filter(isMultiDay);

  return { month, year: first.year, monthNumber: first.month, weeks, multiDay };
}

/** Events by the Beijing day they begin on, each day's in the given order. */
export function eventsByDay<T extends TimedEntry>(events: readonly T[]): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  for (const event of events) {
    const day = beijingDay(event.data.start);
    const list = byDay.get(day);
    if (list) list.push(event);
    else byDay.set(day, [event]);
  }
  return byDay;
}

/**
 * How many events a day's cell of the month view lists; a busier day links
 * to a page of its own (`/events/calendar/2023-11/18/`), so that a month page
 * stays light on a phone however many events the site has.
 */
export const DAY_CELL_LIMIT = 6;

/** How many events running over several days the month lists above its grid; each is on its first day's cell too. */
export const MULTI_DAY_LIMIT = 8;

/** Days with more events than their cell shows (`2023-11-18` → that day's events by start), in date order. */
export function busyDays<T extends TimedEntry>(events: readonly T[], limit = DAY_CELL_LIMIT): Map<string, T[]> {
  const byDay = eventsByDay([...events].sort(byStartThenId));
  return new Map([...byDay].filter(([, list]) => list.length > limit).sort(([a], [b]) => a.localeCompare(b)));
}

/** The months before and after `month` among those that have events. */
export function adjacentMonths(months: readonly string[], month: string): { prev?: string; next?: string } {
  const i = months.indexOf(month);
  const out: { prev?: string; next?: string } = {};
  if (i > 0) out.prev = months[i - 1]!;
  if (i >= 0 && i < months.length - 1) out.next = months[i + 1]!;
  return out;
}

/**
 * The days events begin on, by month (`{ '2023-11': [1, 10, 12] }`): the
 * days whose cells in the calendar list events, in a form small enough for
 * the search page to carry at 10,000 events.
 */
export function startDaysByMonth(events: readonly TimedEntry[]): Record<string, number[]> {
  const months: Record<string, number[]> = {};
  for (const day of [...eventsByDay(events).keys()].sort()) {
    (months[day.slice(0, 7)] ??= []).push(Number(day.slice(8)));
  }
  return months;
}
