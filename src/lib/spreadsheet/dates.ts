/**
 * Dates and times as online forms and offices write them, read as Beijing
 * time whatever the machine's zone: `2024/11/20 14:03`, `2024-11-20`,
 * `2024年11月20日 14:03`, `20241120`, an XLSX date cell, or an Excel serial
 * date (45616.585…) in a cell or a CSV field.
 */
import { DateTime } from 'luxon';
import { BEIJING_ZONE, isTimeOffset } from '../dates/index.ts';
import { clockNumeralsAsDigits } from './clock-numerals.ts';
import { anyOf, cellRules } from './rules.ts';
import type { CellValue } from './types.ts';

/** weekday: the weekday written beside the date is another day's (2024年11月20日（周四）: the 20th is a Wednesday). */
export type DateProblem = 'blank' | 'invalid' | 'impossible' | 'notDate' | 'weekday' | 'noClock';

export interface SheetDate {
  /** The Beijing calendar day, `2024-11-20`. */
  day: string;
  /** The Beijing wall-clock time, `14:03` (or `14:03:25`), when the cell has one. */
  time?: string;
  instant: Date;
  /** 上午, 下午, PM …: the part of the day the time was typed in, when it was (an end typed as a time alone keeps it: time-alone.ts). */
  dayPeriod?: string;
}

export type DateResult = { ok: true; value: SheetDate } | { ok: false; problem: DateProblem; text: string };

const { date: words } = cellRules;
/** 上午, 下午, AM, PM, 中午 and the like: the part of the day a 12-hour clock time is in. */
export const DAY_PERIOD = anyOf([...words.am, ...words.pm, ...words.noon]);
/**
 * `2024/11/20 14:03`, `2024-11-20`, `2024.11.20`, `2024年11月20日 14时03分`,
 * `2024/11/20 下午2:03` (Excel's Chinese 12-hour clock), `2024/11/20 2:03 PM`,
 * with an optional offset.
 */
const SPELLED = new RegExp(
  `^(?<year>\\d{4})\\s*[-/.${words.year}]\\s*(?<month>\\d{1,2})\\s*[-/.${words.month}]\\s*(?<day>\\d{1,2})\\s*${words.day}?` +
    `(?:(?<separator>\\s+|T|\\s*)(?:(?<before>${DAY_PERIOD})\\s*)?(?<hour>\\d{1,2})\\s*(?:[:：]|${anyOf(words.hour)})\\s*(?<minute>\\d{1,2})\\s*${words.minute}?` +
    `(?:\\s*[:：]?\\s*(?<second>\\d{1,2})(?:\\.\\d+)?\\s*${words.second}?)?(?:\\s*(?<after>${DAY_PERIOD}))?)?` +
    `\\s*(?<offset>Z|[+-]\\d{2}:?\\d{2})?$`,
  'iu',
);
/** `9点半` → `9:30`, `下午3点` → `下午3:00`: an hour word with half or nothing after it, put in the form SPELLED reads. */
const HALF_HOUR = new RegExp(`(\\d{1,2})\\s*${anyOf(words.hour)}\\s*${anyOf(words.half)}`, 'gu');
const ON_THE_HOUR = new RegExp(`(\\d{1,2})\\s*${anyOf(words.hour)}(?!\\s*\\d)`, 'gu');
function clockTimes(text: string): string {
  return text.replace(HALF_HOUR, '$1:30').replace(ON_THE_HOUR, '$1:00');
}
/** `（周三）`, `(星期三)`, ` 礼拜三`: a weekday after the date, with or without brackets; its number, Monday 1 to Sunday 7. */
const WEEKDAY = new RegExp(`[（(]?\\s*${anyOf(words.weekday)}\\s*([${words.weekdays.join('')}])\\s*[）)]?`, 'u');
const weekdayNumber = (name: string) => words.weekdays.findIndex((names) => names.includes(name)) + 1;
/** `下午` at the end of a date, with no clock time: which hour, the cell does not say. */
const PERIOD_WITHOUT_CLOCK = new RegExp(`\\s*(?:${DAY_PERIOD})\\s*$`, 'iu');
/** `全天` after a date: the day alone. */
const ALL_DAY = new RegExp(`\\s*${anyOf(words.allDay)}\\s*$`, 'u');

/**
 * The text without a weekday (checked later against the date it names) or
 * an all-day word, which say nothing the date does not.
 */
function withoutDayWords(text: string): { text: string; weekday?: number } {
  const plain = text.replace(ALL_DAY, '');
  const weekday = WEEKDAY.exec(plain);
  if (!weekday) return { text: plain };
  return {
    text: `${plain.slice(0, weekday.index)} ${plain.slice(weekday.index + weekday[0].length)}`.trim(),
    weekday: weekdayNumber(weekday[1]!),
  };
}

const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d+(?:\.\d+)?$/;
/** Serial dates from 1954 to 2119: wide enough for any real form, narrow enough not to take a count for a date. */
const SERIAL_RANGE = [20_000, 80_000] as const;

const SECOND = 1000;
const DAY = 86_400 * SECOND;

function result(wall: DateTime, withTime: boolean): DateResult {
  const local = wall.setZone(BEIJING_ZONE);
  const value: SheetDate = { day: local.toFormat('yyyy-LL-dd'), instant: local.toJSDate() };
  if (withTime) value.time = local.toFormat(local.second === 0 ? 'HH:mm' : 'HH:mm:ss');
  return { ok: true, value };
}

/** Wall-clock fields read as Beijing time (or at the offset written). */
function fromFields(fields: number[], offset: string | undefined, withTime: boolean, text: string): DateResult {
  const [year, month, day, hour = 0, minute = 0, second = 0] = fields;
  const digits = offset?.replace(':', '');
  const zone =
    digits === undefined ? BEIJING_ZONE : digits.toUpperCase() === 'Z' ? 'UTC' : `UTC${digits.slice(0, 3)}:${digits.slice(3)}`;
  const dt = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone });
  if (!dt.isValid) return { ok: false, problem: 'impossible', text };
  return result(dt, withTime);
}

const isOneOf = (list: readonly string[], word: string) => list.some((w) => w.toLowerCase() === word.toLowerCase());

/**
 * A 12-hour clock's hour on the 24-hour clock: 下午2 and 2 PM are 14, 中午12
 * stays 12 and 中午1 is 13, 12 AM and 凌晨12 are 0; 上午12 stays 12, as
 * people write a time around noon (an event list's 上午12:30 is lunchtime,
 * not the middle of the night), unless the text is a machine's, which
 * writes midnight so (Excel's Chinese 12-hour clock: 上午12:10 is 00:10); a
 * 24-hour hour after 下午 (下午14:00) as written. NaN for an hour the part of
 * the day cannot have (上午13). Without a part of the day, as written.
 */
function clock24(hour: number, period: string | undefined, machineWritten: boolean): number {
  if (period === undefined) return hour;
  if (hour === 12 && machineWritten && isOneOf(words.am, period)) return 0;
  if (isOneOf(words.noon, period)) return hour >= 1 && hour <= 5 ? hour + 12 : hour === 11 || hour === 12 ? hour : NaN;
  const pm = isOneOf(words.pm, period);
  if (hour > 12) return pm ? hour : NaN;
  if (hour === 0) return pm ? NaN : 0;
  if (hour === 12) return pm || !isOneOf(words.midnightTwelve, period) ? 12 : 0;
  return hour + (pm ? 12 : 0);
}

/** Excel's serial day number: 1900 system counts from 1899-12-30 (past its fictitious 1900-02-29), 1904 from 1904-01-01. */
function fromSerial(serial: number, date1904: boolean, text: string): DateResult {
  if (serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1]) return { ok: false, problem: 'notDate', text };
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  // Serials are floating point: 14:03 is stored as 0.58541666…, so round to the second.
  const ms = Math.round((serial * DAY) / SECOND) * SECOND;
  const wall = DateTime.fromMillis(epoch + ms, { zone: 'UTC' });
  return fromFields(
    [wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second],
    undefined,
    !Number.isInteger(serial),
    text,
  );
}

/** `11月18日`, `11-18 9:30`, `11/18`: a date written without its year (the month first), and what follows it. */
const YEARLESS = new RegExp(`^(\\d{1,2})\\s*[-/.${words.month}]\\s*(\\d{1,2})\\s*${words.day}?(?=\\s|$|\\D)(.*)$`, 'u');

/**
 * Puts `year` in front of a date typed without one (SheetDateOptions.year):
 * `11月18日 9:30` → `2024-11-18 9:30`. Full-width forms are folded first;
 * any other text is given back as it is.
 */
function withYear(typed: string, year: number): string {
  const yearless = YEARLESS.exec(typed.normalize('NFKC').trim());
  return yearless ? `${year}-${yearless[1]}-${yearless[2]}${yearless[3]}` : typed;
}

export interface SheetDateOptions {
  date1904?: boolean;
  /** Written by a form's export or Excel's own format (a submission time), not typed by a person: 上午12:10 is 00:10. */
  machineWritten?: boolean;
  /**
   * The year of a date typed without one, as people type the dates of a
   * year's sheet or event (`11月18日`): import-events, npm run new and the
   * statistics import know the year.
   */
  year?: number;
  /** A day is asked for (an opening ceremony's): 上午 or 下午 after it, with no hour, says no more than the day. */
  dayAlone?: boolean;
}

export function parseSheetDate(cell: CellValue, options: SheetDateOptions = {}): DateResult {
  const date1904 = options.date1904 ?? false;
  if (cell === null) return { ok: false, problem: 'blank', text: '' };
  if (typeof cell === 'boolean') return { ok: false, problem: 'notDate', text: String(cell) };
  if (cell instanceof Date) {
    // An XLSX date cell has no zone: the library gives its wall-clock reading as UTC.
    if (Number.isNaN(cell.getTime())) return { ok: false, problem: 'invalid', text: '' };
    const wall = DateTime.fromMillis(Math.round(cell.getTime() / SECOND) * SECOND, { zone: 'UTC' });
    const withTime = wall.hour !== 0 || wall.minute !== 0 || wall.second !== 0;
    return fromFields([wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second], undefined, withTime, wall.toISO() ?? '');
  }
  if (typeof cell === 'number') return fromSerial(cell, date1904, String(cell));

  // Messages quote the cell as typed (11月32日), not with the year put in.
  const typed = cell.trim();
  const dated = options.year === undefined ? typed : withYear(typed, options.year);
  const { text, weekday } = withoutDayWords(clockTimes(clockNumeralsAsDigits(dated.normalize('NFKC').trim())));
  if (text === '') return { ok: false, problem: 'blank', text: '' };
  const read = parseText(text, typed, date1904, options.machineWritten ?? false);
  // 11月21日（周二）下午: a day and a part of it, but no hour to begin at.
  if (!read.ok && read.problem === 'invalid') {
    const day = text.replace(PERIOD_WITHOUT_CLOCK, '');
    const dayRead = day === text ? undefined : parseText(day, typed, date1904, false);
    if (dayRead?.ok) return options.dayAlone ? dayRead : { ok: false, problem: 'noClock', text: typed };
  }
  // A list that says 周四 beside a Wednesday's date is wrong in one of the two, and only the editor knows which.
  if (read.ok && weekday !== undefined && DateTime.fromJSDate(read.value.instant, { zone: BEIJING_ZONE }).weekday !== weekday)
    return { ok: false, problem: 'weekday', text: typed };
  return read;
}

function parseText(text: string, typed: string, date1904: boolean, machineWritten: boolean): DateResult {
  const spelled = SPELLED.exec(text)?.groups;
  if (spelled) {
    const { year, month, day, hour, minute, second, offset, separator } = spelled;
    const hour24 = hour === undefined ? undefined : clock24(Number(hour), spelled.before ?? spelled.after, machineWritten);
    // `2026/5/20 14:30-16:00` is a range, not 14:30 at UTC−16, and so is `T11:00-12:00` typed by a person (dates/index.ts: isTimeOffset).
    const clock =
      machineWritten || hour24 === undefined ? undefined : `${String(hour24).padStart(2, '0')}:${minute!.padStart(2, '0')}`;
    if (offset !== undefined && !isTimeOffset(offset, separator ?? '', clock)) return { ok: false, problem: 'invalid', text: typed };
    const fields = [year, month, day, hour24, minute, second].filter((f) => f !== undefined).map(Number);
    if (fields.some(Number.isNaN)) return { ok: false, problem: 'impossible', text: typed };
    const read = fromFields(fields, offset, hour !== undefined, typed);
    const dayPeriod = spelled.before ?? spelled.after;
    if (read.ok && dayPeriod !== undefined) read.value.dayPeriod = dayPeriod;
    return read;
  }
  const compact = COMPACT.exec(text);
  if (compact) return fromFields(compact.slice(1).map(Number), undefined, false, typed);
  if (SERIAL.test(text)) return fromSerial(Number(text), date1904, typed);
  return { ok: false, problem: 'invalid', text: typed };
}

/** `2024-11-20 14:03` (or the day alone): how a read date is written back into a statistics file. */
export function sheetDateText(date: SheetDate): string {
  return date.time === undefined ? date.day : `${date.day} ${date.time}`;
}

/**
 * A day alone on one side and a time on the other: an event's front matter
 * is all day only when both are days, so `14:00` to `2024-11-22` would end
 * at the 22nd's midnight and `2024-11-20` to `16:00` would start at 00:00.
 */
export function mixedPrecision(start: SheetDate, end: SheetDate): 'endNeedsTime' | 'startNeedsTime' | undefined {
  if (start.time !== undefined && end.time === undefined) return 'endNeedsTime';
  if (start.time === undefined && end.time !== undefined) return 'startNeedsTime';
  return undefined;
}
