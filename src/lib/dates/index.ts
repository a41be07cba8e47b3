import { DateTime, IANAZone } from 'luxon';
import { dates as words } from '../../i18n/zh-CN/dates.ts';

/**
 * Every time on the site is Beijing time, whatever the zone of the machine
 * that builds it or of the reader's phone. All parsing and formatting goes
 * through here so that no code ever leans on the process's local zone.
 */
export const BEIJING_ZONE = 'Asia/Shanghai';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// Date, optional time (minutes or seconds, fractions allowed), optional offset.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?<separator>[T ])\d{2}:\d{2}(:\d{2}(\.\d+)?)?(?<offset>Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Whether an offset written after a time is one: `Z`, `+08:00`, and a `-`
 * offset only in the ISO form (`T14:30-05:00`). After a space, `14:30-16:00`
 * is a time range an editor typed, and read as an offset it would put the
 * event on the next day; no zone lies beyond ±14:00 either.
 */
export function isTimeOffset(offset: string, separator: string): boolean {
  if (offset.toUpperCase() === 'Z') return true;
  if (offset.startsWith('-') && separator !== 'T') return false;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return Number(digits.slice(2)) < 60 && minutes <= 14 * 60;
}

/** `2026-05-20 14:30-16:00`, `2026-5-20T9:30～11:30`: a day and two clock times, where one date-time goes. */
const CLOCK_RANGE = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ]\s*(\d{1,2}):(\d{2})\s*[-–—~～]\s*(\d{1,2}):(\d{2})$/u;

/** The start and end a date-time range written in one field stands for, as front matter writes them. */
export function clockRangeIn(text: string): { start: string; end: string } | undefined {
  const parts = CLOCK_RANGE.exec(text.trim());
  if (!parts) return undefined;
  const [year, month, day, startHour, startMinute, endHour, endMinute] = parts.slice(1).map((p) => p.padStart(2, '0'));
  const date = `${year}-${month}-${day}`;
  return { start: `${date}T${startHour}:${startMinute}`, end: `${date}T${endHour}:${endMinute}` };
}

function fromString(text: string): DateTime | null {
  const s = text.trim();
  if (DATE_ONLY.test(s)) {
    const dt = DateTime.fromISO(s, { zone: BEIJING_ZONE });
    return dt.isValid ? dt : null;
  }
  const written = DATE_TIME.exec(s)?.groups;
  if (!written) return null;
  const { separator, offset } = written;
  if (offset !== undefined && !isTimeOffset(offset, separator!)) return null;
  const iso = s.replace(' ', 'T');
  const dt = offset !== undefined ? DateTime.fromISO(iso, { setZone: true }) : DateTime.fromISO(iso, { zone: BEIJING_ZONE });
  return dt.isValid ? dt : null;
}

/**
 * Reads a date or date-time an editor wrote. Without an offset it is Beijing
 * time. A `Date` is what the YAML parser makes of an unquoted timestamp with
 * seconds (`2023-11-18 19:30:00`); YAML reads those as UTC, so the wall-clock
 * reading is taken back as Beijing time, which is what the editor meant.
 * Returns null for anything malformed or impossible (2023-02-30, 25:00).
 */
export function parseBeijing(input: string | Date): Date | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    const wall = DateTime.fromJSDate(input, { zone: 'UTC' });
    return DateTime.fromObject(wall.toObject(), { zone: BEIJING_ZONE }).toJSDate();
  }
  return fromString(input)?.toJSDate() ?? null;
}

/** A calendar date `YYYY-MM-DD` that exists; null otherwise. */
export function parseBeijingDate(input: string): Date | null {
  if (!DATE_ONLY.test(input.trim())) return null;
  return parseBeijing(input);
}

/**
 * The instant as a Beijing wall clock. Kept per instant: finding a zone's
 * offset asks Intl every time (luxon keeps no cache of its own), and a build
 * formats each event's start and end on many pages, which at 10,000 events
 * made this the single largest cost of rendering.
 */
export function inBeijing(date: Date): DateTime {
  const ms = date.getTime();
  let known = wallClocks.get(ms);
  if (known === undefined) {
    if (wallClocks.size >= WALL_CLOCKS_KEPT) wallClocks.clear();
    known = DateTime.fromMillis(ms, { zone: BEIJING });
    wallClocks.set(ms, known);
  }
  return known;
}

const BEIJING = IANAZone.create(BEIJING_ZONE);
const wallClocks = new Map<number, DateTime>();
/** Plenty for every start and end of a large archive; a long `npm run dev` session starts over past it. */
const WALL_CLOCKS_KEPT = 200_000;

/** `2023-11-18`: the Beijing calendar day an instant falls on. */
export function beijingDay(date: Date): string {
  return inBeijing(date).toFormat('yyyy-LL-dd');
}

/** `2023-11-18T19:30:00+08:00`, for `<time datetime>` and JSON-LD. */
export function toBeijingIso(date: Date): string {
  return inBeijing(date).toISO({ suppressMilliseconds: true }) ?? '';
}

/** `星期六` */
export function weekdayZh(date: Date): string {
  return words.weekdays[inBeijing(date).weekday - 1] ?? '';
}

/** `2023年11月18日` */
export function formatDateZh(date: Date): string {
  const day = inBeijing(date);
  return words.date(day.year, day.month, day.day);
}

/** `11月18日` */
export function formatMonthDayZh(date: Date): string {
  const day = inBeijing(date);
  return words.monthDay(day.month, day.day);
}

/** `11月18日 星期六 09:30` (or `… 全天`; `2023年11月18日 …` with the year): when an event starts, on a card or in a short list. */
export function formatDayTimeZh(date: Date, allDay = false, withYear = false): string {
  return `${withYear ? formatDateZh(date) : formatMonthDayZh(date)} ${weekdayZh(date)} ${allDay ? words.allDay : formatTimeZh(date)}`;
}

/**
 * When an event is on, on a card: its start as formatDayTimeZh writes it
 * when it ends that day; across days both days (`11月1日 至 11月30日`), so
 * that a month-long event does not read as one day long past.
 */
export function formatCardWhenZh(start: Date, end: Date, allDay = false, withYear = false): string {
  if (beijingDay(start) === beijingDay(end)) return formatDayTimeZh(start, allDay, withYear);
  const day = (date: Date) => (withYear ? formatDateZh(date) : formatMonthDayZh(date));
  const last = withYear && inBeijing(start).year === inBeijing(end).year ? formatMonthDayZh(end) : day(end);
  return words.until(day(start), last);
}

/**
 * Dates without times: an event written `start: 2023-11-18` (and its end
 * likewise) starts and ends at Beijing midnight, and is an all-day event on
 * those days, not one at 00:00–00:00.
 */
export function isAllDay(start: Date, end: Date): boolean {
  return isBeijingMidnight(start) && isBeijingMidnight(end);
}

/** Whether an instant is 0:00 in Beijing: what a date written without its time becomes. */
export function isBeijingMidnight(date: Date): boolean {
  return inBeijing(date).startOf('day').toMillis() === date.getTime();
}

/** How many Beijing calendar days `to` falls after `from`: 0 the same day, 1 past midnight. */
export function beijingDaysBetween(from: Date, to: Date): number {
  const day = (date: Date) => inBeijing(date).startOf('day');
  return Math.round(day(to).diff(day(from), 'days').days);
}

/** The instant an event is over: its end, or for an all-day event the midnight after its last day. */
export function endOf(event: { start: Date; end: Date; allDay?: boolean | undefined }): Date {
  return event.allDay ? inBeijing(event.end).plus({ days: 1 }).toJSDate() : event.end;
}

/** `2023-11` (a month as the calendar pages' addresses write it) → `2023年11月`. */
export function formatYearMonthZh(month: string): string {
  const [year, m] = month.split('-');
  return words.yearMonth(Number(year), Number(m));
}

/** `19:30` */
export function formatTimeZh(date: Date): string {
  return inBeijing(date).toFormat('HH:mm');
}

/**
 * When an event happens, as a resident reads it (and a screen reader says it):
 * `2023年11月18日（星期六）19:30 至 22:00`, or across days
 * `2023年11月18日（星期六）09:00 至 11月20日（星期一）17:00`.
 */
export function formatRangeZh(start: Date, end: Date, allDay = false): string {
  if (allDay) {
    const first = `${words.withWeekday(formatDateZh(start), weekdayZh(start))}${words.allDay}`;
    if (beijingDay(start) === beijingDay(end)) return first;
    const last = inBeijing(start).year === inBeijing(end).year ? formatMonthDayZh(end) : formatDateZh(end);
    return words.allDays(
      words.until(words.withWeekday(formatDateZh(start), weekdayZh(start)), words.withWeekday(last, weekdayZh(end))),
    );
  }
  const head = `${words.withWeekday(formatDateZh(start), weekdayZh(start))}${formatTimeZh(start)}`;
  if (beijingDay(start) === beijingDay(end)) return words.until(head, formatTimeZh(end));
  const sameYear = inBeijing(start).year === inBeijing(end).year;
  const endDay = sameYear ? formatMonthDayZh(end) : formatDateZh(end);
  return words.until(head, `${words.withWeekday(endDay, weekdayZh(end))}${formatTimeZh(end)}`);
}

/** The Beijing year an instant falls in. */
export function beijingYear(date: Date): number {
  return inBeijing(date).year;
}

/** `2023-11-19` (a Beijing calendar day as the data files write it) → `11月19日`. */
export function formatIsoDayZh(day: string): string {
  const [, month, date] = day.split('-');
  return words.monthDay(Number(month), Number(date));
}
