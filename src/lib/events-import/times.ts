/**
 * When an event in a city's list happens, as offices write it: a start and
 * an end in two cells, or both in one (`2024-11-18 9:30-11:30`,
 * `11月18日至11月30日`); an end written as a time alone (`11:30`, or an Excel
 * time cell: the start's day); a date without a year (the import's year);
 * 9点半. Beijing time, read by the spreadsheet date reader (which reads
 * 上午/下午 itself) once the words are put in its form. No end: the start's
 * day for a day alone, two hours for a start with a time (as `npm run new`).
 * Days alone or times on both sides: the front matter cannot say
 * "9:30 to the end of the 22nd", nor "all day until 16:00".
 */
import { anyOf, cellRules } from '../spreadsheet/rules.ts';
import { defaultEnd } from '../events/default-end.ts';
import {
  CLOCK_IN_PERIOD,
  clockNumeralsAsDigits,
  endOnStartDay,
  isTimeAlone,
  mixedPrecision,
  parseSheetDate,
  sheetDateText,
  type CellValue,
  type SheetDate,
} from '../spreadsheet/index.ts';
import words from './date-words.json' with { type: 'json' };

const { date: d } = cellRules;
/** `9:30-11:30` at the end of a cell: a clock range (the hyphen is a date's too, so only between clock times). */
const CLOCK_RANGE = new RegExp(`^(.*?${CLOCK_IN_PERIOD})\\s*(?:-|${anyOf(words.until)})+\\s*(${CLOCK_IN_PERIOD})$`, 'iu');
/** `11月18日至11月30日`, `2024-11-18 ~ 2024-11-30`: two whole dates (the hyphen is not a separator here). */
const DATE_RANGE = new RegExp(`^(.+?)\\s*${anyOf(words.until)}+\\s*(.+)$`, 'u');
/** `5月20日-22日`, `2026年5月20日-2026年5月22日`: a hyphen after 日 is between two dates (in 2024-11-18 it is inside one). */
const DAY_HYPHEN_RANGE = new RegExp(`^(.+?${d.day}(?:\\s*[（(][^）)]*[）)])?)\\s*[-－]+\\s*(\\d.*)$`, 'u');
/** `5月20-22日`, `2024年5月20至22日`: days of one month with 日 written once, after the last. */
const DAYS_OF_MONTH = new RegExp(`^(.*?${d.month})\\s*(\\d{1,2})\\s*(?:[-－]|${anyOf(words.until)})+\\s*(\\d{1,2})\\s*${d.day}$`, 'u');
/** A cell's text as the range patterns read it: full-width forms folded, numeral hours as digits. */
const rangeText = (typed: string) => clockNumeralsAsDigits(typed.normalize('NFKC').trim());

/** `2024-11-18 9:30-11:30`, `下午3点到5点`: the start and the end of a clock range typed where one time goes (npm run new asks again). */
export function clockRangeOf(typed: string): [start: string, end: string] | undefined {
  const clocks = CLOCK_RANGE.exec(rangeText(typed));
  return clocks ? [clocks[1]!, clocks[2]!] : undefined;
}

export type TimeProblem = {
  /** date: a 日期 column beside the time (or standing for the start); endDate: a 结束日期 column beside 结束时间. */
  column: 'start' | 'end' | 'date' | 'endDate';
  /** timeOnly: a start with no date; endNeedsTime / startNeedsTime: a time on one side only. */
  /** weekday: the weekday beside the date is another day's; impossible: a day no calendar has (11月31日). */
  /** dayWithTime: a 日期 cell with a time, beside a 时间 cell; notTime: a 时间 cell beside a 日期 that is neither a time nor that day. */
  /** endNotTime: a 结束时间 cell beside 结束日期 that is neither a time nor that day; endTimeBlank: a 结束日期 without its time after a timed start. */
  /** rangeOverDays: a clock range in the start cell, and a 结束日期 on another day. */
  kind:
    | 'blank'
    | 'unreadable'
    | DayProblem
    | 'endBeforeStart'
    | 'timeOnly'
    | 'endNeedsTime'
    | 'startNeedsTime'
    | 'dayWithTime'
    | 'notTime'
    | 'endNotTime'
    | 'endTimeBlank'
    | 'rangeOverDays';
  text: string;
};
export type EventTimes = { ok: true; start: SheetDate; end: SheetDate } | { ok: false; problem: TimeProblem };

/**
 * An Excel time cell (format h:mm): day 0 of its date system, which reads as
 * 1899-12-30 (or 1904-01-01), or a serial number below 1. `14:00`, or
 * undefined for any other cell.
 */
function excelTime(cell: CellValue): string | undefined {
  let ms: number;
  if (typeof cell === 'number' && cell >= 0 && cell < 1) ms = Math.round(cell * 86_400) * 1000;
  else if (cell instanceof Date && !Number.isNaN(cell.getTime())) {
    const day = cell.toISOString().slice(0, 10);
    if (day !== '1899-12-30' && day !== '1904-01-01') return undefined;
    ms = Math.round((cell.getTime() - Date.parse(`${day}T00:00:00Z`)) / 1000) * 1000;
  } else return undefined;
  const minutes = Math.floor(ms / 60_000);
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** What is wrong with a cell that names a day: its weekday is another day's, no calendar has it, or it gives a part of the day and no hour. */
type DayProblem = 'weekday' | 'impossible' | 'noClock';
const DAY_PROBLEMS: readonly unknown[] = ['weekday', 'impossible', 'noClock'] satisfies DayProblem[];
const isDayProblem = (read: unknown): read is DayProblem => DAY_PROBLEMS.includes(read);

/**
 * The date a cell gives; `'weekday'` when its weekday is another day's, `'impossible'` for a day no
 * calendar has (11月31日, written as a date is), `'noClock'` for 11月21日下午; undefined when it gives none.
 */
function readOne(cell: CellValue, year: number, date1904: boolean): SheetDate | DayProblem | undefined {
  const read = parseSheetDate(cell, { date1904, year });
  if (read.ok) return read.value;
  return isDayProblem(read.problem) ? read.problem : undefined;
}

/** A cell as the editor sees it in Excel, for messages: `16:30` for a time cell, `2024-11-20 14:30` for a date cell. */
function cellText(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  const clock = excelTime(cell);
  if (clock !== undefined) return clock;
  const read = cell instanceof Date ? parseSheetDate(cell) : undefined;
  if (read?.ok) return sheetDateText(read.value);
  return cell instanceof Date ? cell.toISOString() : String(cell);
}

/** `9:30`, `上午9:30`, `9:30-11:30`, `全天`, an Excel time cell: what a 时间 column beside a 日期 column holds, as text; undefined for anything else. */
function timeOfDay(cell: CellValue): string | undefined {
  const clock = excelTime(cell);
  if (clock !== undefined) return clock;
  if (typeof cell !== 'string') return undefined;
  const text = cell.normalize('NFKC').trim();
  return isTimeAlone(text) || clockRangeOf(text) !== undefined || ALL_DAY.test(text) ? text : undefined;
}
const ALL_DAY = new RegExp(`^${anyOf(d.allDay)}$`, 'u');

/**
 * The start cell as one combined cell, when the sheet gives the day in a
 * 日期 column (`2024/11/9`, `11月9日`, a date cell) and the time beside it
 * (`9:30-11:30`, `上午9:30`, a time cell): `2024-11-09 9:30-11:30`, read on
 * as if typed so. A 日期 column alone is the start cell itself (`column`
 * says which cell the start is read from); a 时间 cell with a date of its
 * own is taken when it is the same day.
 */
function joinDayAndTime(
  dayCell: CellValue,
  timeCell: CellValue,
  year: number,
  date1904: boolean,
): { ok: true; cell: CellValue; column: 'start' | 'date' } | { ok: false; problem: TimeProblem } {
  if (dayCell === null) {
    // A time alone under 时间 needs the day: the 日期 cell is the one to fill.
    if (timeCell === null || timeOfDay(timeCell) !== undefined)
      return { ok: false, problem: { column: 'date', kind: 'blank', text: '' } };
    return { ok: true, cell: timeCell, column: 'start' };
  }
  if (timeCell === null) return { ok: true, cell: dayCell, column: 'date' };
  const day = readOne(dayCell, year, date1904);
  // 下午 under 日期 beside a time under 时间: no day the cell can be read as alone, but its hour is not missing.
  if (!day || day === 'noClock') return { ok: false, problem: { column: 'date', kind: 'unreadable', text: cellText(dayCell) } };
  if (isDayProblem(day)) return { ok: false, problem: { column: 'date', kind: day, text: cellText(dayCell) } };
  if (day.time !== undefined) return { ok: false, problem: { column: 'date', kind: 'dayWithTime', text: cellText(dayCell) } };
  const time = timeOfDay(timeCell);
  if (time !== undefined) return { ok: true, cell: `${day.day} ${time}`, column: 'start' };
  const own = readOne(timeCell, year, date1904);
  if (typeof own === 'object' && own.day === day.day) return { ok: true, cell: timeCell, column: 'start' };
  return { ok: false, problem: { column: 'start', kind: 'notTime', text: cellText(timeCell) } };
}

/** The end as read on: its cell, the column named when it is wrong, and the 结束日期's when it falls before the start's day. */
type JoinedEnd = { ok: true; cell: CellValue; column: TimeProblem['column']; dayColumn?: 'endDate'; joined: boolean };

/**
 * The end cell as one combined cell, when the sheet gives the end's day in
 * a 结束日期 column beside 结束时间 (开始日期, 开始时间, 结束日期, 结束时间):
 * the time (`17:00`, `下午5:00`, a time cell) on that day, read on as
 * `2024-11-20 17:00` typed in the end cell would be. An empty 结束日期 is the
 * start's day: the time is then read as an end written alone is, 上午/下午
 * taken from the start. A 结束日期 without a time is the end's day alone,
 * which a start with a time cannot have; a 结束时间 cell with a date of its
 * own is taken on that day. `range`: the start cell, when `timeValue` is the
 * end of a clock range written there (`9:30-11:30`), which is one day's.
 */
function joinEndDayAndTime(
  dayCell: CellValue,
  timeValue: CellValue,
  range: { column: TimeProblem['column']; text: string } | undefined,
  start: SheetDate,
  year: number,
  date1904: boolean,
): JoinedEnd | { ok: false; problem: TimeProblem } {
  const timeColumn = range?.column ?? 'end';
  const notTime = { ok: false as const, problem: { column: timeColumn, kind: 'endNotTime' as const, text: cellText(timeValue) } };
  // 全天 beside a 结束日期 says what an empty 结束时间 does.
  const allDay = dayCell !== null && typeof timeValue === 'string' && ALL_DAY.test(timeValue.normalize('NFKC').trim());
  const time = allDay ? null : timeValue;
  const clock = excelTime(time) ?? (typeof time === 'string' && isTimeAlone(time) ? time.normalize('NFKC').trim() : undefined);
  if (dayCell === null) {
    if (time === null || clock !== undefined || readOne(time, year, date1904) !== undefined)
      return { ok: true, cell: time, column: timeColumn, joined: false };
    return notTime;
  }
  const day = readOne(dayCell, year, date1904);
  if (!day || day === 'noClock') return { ok: false, problem: { column: 'endDate', kind: 'unreadable', text: cellText(dayCell) } };
  if (isDayProblem(day)) return { ok: false, problem: { column: 'endDate', kind: day, text: cellText(dayCell) } };
  if (day.time !== undefined) return { ok: false, problem: { column: 'endDate', kind: 'dayWithTime', text: cellText(dayCell) } };
  if (time === null) {
    if (start.time !== undefined) return { ok: false, problem: { column: 'end', kind: 'endTimeBlank', text: cellText(dayCell) } };
    return { ok: true, cell: dayCell, column: 'endDate', joined: false };
  }
  // 9:30-11:30 from the 18th to the 20th: every day, or once across them? Not guessed.
  if (range && day.day !== start.day) return { ok: false, problem: { column: range.column, kind: 'rangeOverDays', text: range.text } };
  const joined = { column: timeColumn, dayColumn: 'endDate' as const, joined: true };
  // On the start's day, a time alone is read as one written alone, with the start's 上午/下午 where it has none.
  if (clock !== undefined && typeof time === 'string' && day.day === start.day) return { ok: true, cell: time, ...joined };
  if (clock !== undefined) return { ok: true, cell: `${day.day} ${clock}`, ...joined };
  const own = readOne(time, year, date1904);
  if (typeof own === 'object' && own.day === day.day) return { ok: true, cell: time, ...joined };
  return notTime;
}

/**
 * `day`: the 日期 (开始日期) column's cell when the sheet has one (null when
 * blank), beside `startCell` from the 时间 (or 开始时间) column, or instead
 * of it. `endDay`: the 结束日期 column's cell when the sheet has one beside
 * the 结束时间 column whose cell is `endCell` (a 结束日期 column alone is the
 * end cell itself).
 */
export function readEventTimes(
  startCell: CellValue,
  endCell: CellValue,
  options: { year: number; date1904?: boolean; day?: CellValue; endDay?: CellValue },
): EventTimes {
  const { year } = options;
  const date1904 = options.date1904 ?? false;
  let startColumn: TimeProblem['column'] = 'start';
  if (options.day !== undefined) {
    const joined = joinDayAndTime(options.day, startCell, year, date1904);
    if (!joined.ok) return joined;
    startCell = joined.cell;
    startColumn = joined.column;
  }
  if (startCell === null) return { ok: false, problem: { column: 'start', kind: 'blank', text: '' } };
  let startValue: CellValue = startCell;
  let endValue: CellValue = endCell;
  const endDay = options.endDay ?? null;
  // Both in the start cell, when the end cell is empty; beside a 结束日期, only a clock range (its end on that day).
  if (endCell === null && typeof startCell === 'string') {
    const text = rangeText(startCell);
    const clocks = clockRangeOf(startCell);
    const days = clocks || endDay !== null ? undefined : DAYS_OF_MONTH.exec(text);
    const dates = clocks || days || endDay !== null ? undefined : (DATE_RANGE.exec(text) ?? DAY_HYPHEN_RANGE.exec(text));
    if (clocks) [startValue, endValue] = clocks;
    else if (days) [startValue, endValue] = [`${days[1]}${days[2]}${d.day}`, `${days[3]}${d.day}`];
    else if (dates) [startValue, endValue] = [dates[1]!, dates[2]!];
  }
  const startTime = excelTime(startValue);
  if (startTime !== undefined || (typeof startValue === 'string' && isTimeAlone(startValue)))
    return { ok: false, problem: { column: startColumn, kind: 'timeOnly', text: startTime ?? cellText(startValue) } };
  const start = readOne(startValue, year, date1904);
  if (isDayProblem(start)) return { ok: false, problem: { column: startColumn, kind: start, text: cellText(startCell) } };
  if (!start) return { ok: false, problem: { column: startColumn, kind: 'unreadable', text: cellText(startCell) } };
  let endColumn: TimeProblem['column'] = endCell === null ? startColumn : 'end';
  let beforeColumn: TimeProblem['column'] | undefined;
  let endShown = cellText(endCell ?? startCell);
  if (options.endDay !== undefined) {
    const range = endCell === null && endValue !== null ? { column: startColumn, text: cellText(startCell) } : undefined;
    const joined = joinEndDayAndTime(options.endDay, endValue, range, start, year, date1904);
    if (!joined.ok) return joined;
    endValue = joined.cell;
    endColumn = joined.column;
    beforeColumn = joined.dayColumn;
    if (joined.joined || joined.column === 'endDate') endShown = cellText(joined.cell);
  }
  if (endValue === null) return { ok: true, start, end: defaultEnd(start) };
  const endClock = typeof endValue === 'string' ? undefined : excelTime(endValue);
  const endText = typeof endValue === 'string' ? endValue.normalize('NFKC').trim() : (endClock ?? '');
  // `下午3点-5点`: read as `npm run new` reads an end (spreadsheet/time-alone.ts); a date cell's text is empty here.
  const onStartDay = endOnStartDay(endText, start);
  // `11月18日至30日`: a day of the same month alone.
  const dayOnly = typeof endValue === 'string' && new RegExp(`^(\\d{1,2})\\s*${d.day}?$`, 'u').exec(endText);
  const end = onStartDay
    ? readOne(onStartDay, year, date1904)
    : dayOnly
      ? readOne(`${start.day.slice(0, 8)}${dayOnly[1]!.padStart(2, '0')}`, year, date1904)
      : readOne(endValue, year, date1904);
  if (isDayProblem(end)) return { ok: false, problem: { column: endColumn, kind: end, text: endShown } };
  if (!end) return { ok: false, problem: { column: endColumn, kind: 'unreadable', text: endShown } };
  const mixed = mixedPrecision(start, end);
  if (mixed) return { ok: false, problem: { column: endColumn, kind: mixed, text: endShown } };
  if (end.instant.getTime() < start.instant.getTime()) {
    // An end whose 结束日期 is before the start's day: that is the cell to correct.
    const column = beforeColumn !== undefined && end.day < start.day ? beforeColumn : endColumn;
    return { ok: false, problem: { column, kind: 'endBeforeStart', text: endShown } };
  }
  return { ok: true, start, end };
}
