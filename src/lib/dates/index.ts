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
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?<separator>[T ])(?<clock>\d{2}:\d{2})(:\d{2}(\.\d+)?)?(?<offset>Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Whether an offset written after a time is one: `Z`, `+08:00`, and a `-`
 * offset only in the ISO form (`T09:00-05:00`). After a space, `14:30-16:00`
 * is a time range an editor typed, and read as an offset it would put the
 * event on the next day; no zone lies beyond ±14:00 either. Given the
 * `clock` (`HH:MM`) before it, as for what editors type in files, so is
 * `T11:00-12:00`, whose "offset" is a later hour; form exports, which
 * machines write, are read without it.
 */
export function isTimeOffset(offset: string, separator: string, clock?: string): boolean {
  if (offset.toUpperCase() === 'Z') return true;
  if (offset.startsWith('-') && separator !== 'T') return false;
  const digits = offset.slice(1).replace(':', '');
  if (offset.startsWith('-') && clock !== undefined && digits > clock.replace(':', '')) return false;
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

/**
 * Kept per text, as inBeijing keeps wall clocks: the same dates are read on
 * many pages (every region's page reads each year's report dates), and each
 * reading asks Intl for the zone's offset. A DateTime does not change.
 */
function fromString(text: string): DateTime | null {
  let known = readTexts.get(text);
  if (known === undefined) {
    if (readTexts.size >= WALL_CLOCKS_KEPT) readTexts.clear();
    known = readText(text);
    readTexts.set(text, known);
  }
  return known;
}

const readTexts = new Map<string, DateTime | null>();

function readText(text: string): DateTime | null {
  const s = text.trim();
  if (DATE_ONLY.test(s)) {
    const dt = DateTime.fromISO(s, { zone: beijing() });
    return dt.isValid ? dt : null;
  }
  const written = DATE_TIME.exec(s)?.groups;
  if (!written) return null;
  const { separator, clock, offset } = written;
  if (offset !== undefined && !isTimeOffset(offset, separator!, clock)) return null;
  const iso = s.replace(' ', 'T');
  const dt = offset !== undefined ? DateTime.fromISO(iso, { setZone: true }) : DateTime.fromISO(iso, { zone: beijing() });
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
    known = DateTime.fromMillis(ms, { zone: beijing() });
    wallClocks.set(ms, known);
  }
  return known;
}

let beijingZone: IANAZone | undefined;
/** Made on first use: a module-level call would keep Luxon's zones in every browser bundle that imports a helper from here. */
const beijing = () => (beijingZone ??= IANAZone.create(BEIJING_ZONE));
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
  return plainText(cardWhenDated(start, end, allDay, withYear));
}

/** formatCardWhenZh's words with their dates marked, for a card to keep each date whole on a line. */
export function cardWhenDated(start: Date, end: Date, allDay = false, withYear = false): DatedText {
  if (beijingDay(start) === beijingDay(end)) {
    const text = formatDayTimeZh(start, allDay, withYear);
    return [{ text, datetime: allDay ? beijingDay(start) : toBeijingIso(start) }];
  }
  const day = (date: Date) => (withYear ? formatDateZh(date) : formatMonthDayZh(date));
  const first = day(start);
  const last = withYear && inBeijing(start).year === inBeijing(end).year ? formatMonthDayZh(end) : day(end);
  return markDates(words.until(first, last), [
    { text: first, datetime: beijingDay(start) },
    { text: last, datetime: beijingDay(end) },
  ]);
}

/**
 * Dates without times: an event written `start: 2023-11-18` (and its end
 * likewise) starts and ends at Beijing midnight, and is an all-day event on
 * those days, not one at 00:00–00:00.
 */
export function isAllDay(start: Date, end: Date): boolean {
  return isBeijingMidnight(start) && isBeijingMidnight(end);
}

/**
 * An event's whole days as the editor meant them: dates without times, or
 * the first and last minute of days (start 00:00, end 23:59), which forms
 * and spreadsheets write for the same thing and which a page would show as
 * `00:00 至 23:59`. Its end is then the last day's midnight, as a date
 * alone gives it, so that pages, calendars and the search read it as whole days.
 */
export function allDaySpan(start: Date, end: Date): { end: Date; allDay: boolean } {
  if (isAllDay(start, end)) return { end, allDay: true };
  const last = inBeijing(end);
  if (isBeijingMidnight(start) && last.hour === 23 && last.minute === 59) return { end: last.startOf('day').toJSDate(), allDay: true };
  return { end, allDay: false };
}

/**
 * Whether an instant is 0:00 in Beijing: what a date written without its time becomes.
 * Read off the kept wall clock: a new DateTime (startOf) asks Intl for the offset again,
 * and the check asks this of every event.
 */
export function isBeijingMidnight(date: Date): boolean {
  const { hour, minute, second, millisecond } = inBeijing(date);
  return hour === 0 && minute === 0 && second === 0 && millisecond === 0;
}

/** How many Beijing calendar days `to` falls after `from`: 0 the same day, 1 past midnight. */
export function beijingDaysBetween(from: Date, to: Date): number {
  // Calendar days counted as UTC days, which are all 24 hours long; from the kept wall clocks, as above.
  const day = (date: Date) => {
    const { year, month, day } = inBeijing(date);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((day(to) - day(from)) / 86_400_000);
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
  return plainText(rangeDated(start, end, allDay));
}

/** formatRangeZh's words with their dates (and times) marked. */
export function rangeDated(start: Date, end: Date, allDay = false): DatedText {
  const sameDay = beijingDay(start) === beijingDay(end);
  const sameYear = inBeijing(start).year === inBeijing(end).year;
  const endDay = sameYear ? formatMonthDayZh(end) : formatDateZh(end);
  const first = formatDateWeekdayZh(start);
  const last = words.withWeekday(endDay, weekdayZh(end));
  if (allDay) {
    const from = { text: first, datetime: beijingDay(start) };
    if (sameDay) return markDates(`${first}${words.allDay}`, [from]);
    return markDates(words.allDays(words.until(first, last)), [from, { text: last, datetime: beijingDay(end) }]);
  }
  const head = `${first}${formatTimeZh(start)}`;
  const tail = sameDay ? formatTimeZh(end) : `${last}${formatTimeZh(end)}`;
  const marks = [
    { text: head, datetime: toBeijingIso(start) },
    { text: tail, datetime: toBeijingIso(end) },
  ];
  return markDates(words.until(head, tail), marks);
}

/** `2023年11月18日（星期六）` */
export function formatDateWeekdayZh(date: Date): string {
  return words.withWeekday(formatDateZh(date), weekdayZh(date));
}

/**
 * A date (or a date and time) named in a text, as a page marks it up: a
 * `<time datetime>`, which the stylesheet keeps whole on a line (a phone in
 * 大字模式 must never show `11月` at the end of one line and `30日` on the next).
 */
export interface DateMark {
  /** As the text writes it: `11月30日`, `2023年11月18日（星期六）19:30`. */
  text: string;
  /** Machine-readable: `2023-11-30`, `2023-11-18T19:30:00+08:00`. */
  datetime: string;
}

/** A text cut where it names dates: the words between as strings, each date as a DateMark. */
export type DatedText = readonly (string | DateMark)[];

/**
 * A text with the given dates marked where it names them, in their order
 * (a message that puts a formatted date among its words: `活动周 2023年11月18日 至 …`).
 * A date the text does not hold is left out; the words stay as they are.
 */
export function markDates(text: string, marks: readonly DateMark[]): DatedText {
  const parts: (string | DateMark)[] = [];
  let at = 0;
  for (const mark of marks) {
    const found = mark.text ? text.indexOf(mark.text, at) : -1;
    if (found < 0) continue;
    if (found > at) parts.push(text.slice(at, found));
    parts.push(mark);
    at = found + mark.text.length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** A dated text's words, as one string. */
export function plainText(parts: DatedText): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

/** A Beijing calendar day (`2023-11-19`, as the data files write it) named as `11月19日`, marked. */
export function isoDayDated(day: string): DateMark {
  return { text: formatIsoDayZh(day), datetime: day };
}

/** A Beijing calendar day (`2023-11-25`) named with its year, `2023年11月25日`, marked. */
export function isoDateDated(day: string): DateMark {
  return { text: formatDateZh(parseBeijingDate(day)!), datetime: day };
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
