import { dates as words } from '../../i18n/zh-CN/dates.ts';
import { beijingCalendarDay, calendarDayId } from '../dates/calendar-day.ts';
import { numeralValue } from './numerals.ts';
import { fillMessage } from './result-view.ts';
import type { SearchShortcut } from './shortcut-match.ts';

/** The days of the week a query may name (周六, 周末, 周三), the weekend's first (dates.ts). */
export const DAYS_OF_WEEK = [...words.weekendDays, ...words.workdays];

/**
 * A day named in a query (11月25日有什么活动, 2023年11月25号, 11.25, 11/25,
 * 2023-11-25, or, given the reader's clock, 今天, 明天 and 周末, the
 * weekend's first day still to come) as `2023-11-25`:
 * residents look for what is on a day, which search by words finds only
 * among pages that print it so. In the week's year when the query names
 * none; undefined when it names no day, or one no calendar has (2月30日).
 * Runs in the browser.
 */
export function dayNamed(query: string, weekYear: number, now?: Date): string | undefined {
  return daysNamed(query, weekYear, now)[0];
}

/** dayNamed's day, and for 周末 the weekend's other day after it: the days a link may go to, first choice first. */
function daysNamed(query: string, weekYear: number, now?: Date): string[] {
  const text = monthDaysInFigures(query.normalize('NFKC'));
  const match = words.dayInQuery.map((pattern) => pattern.exec(text)).find((found) => found !== null);
  if (match) {
    const year = match[1] ?? yearSaidBefore(text, match.index, now) ?? weekYear;
    return [isoDay(Number(year), Number(match[2]), Number(match[3]))].filter((day) => day !== undefined);
  }
  if (!now) return [];
  // 18号: the next 18th from today on, this month's or a later one's.
  const dateAlone = words.dayOfMonthInQuery.exec(text);
  if (dateAlone) return [nextDayOfMonth(beijingCalendarDay(now), Number(dateAlone[1]))].filter((day) => day !== undefined);
  const daysAhead = (days: number) => beijingCalendarDay(new Date(now.getTime() + days * 86_400_000));
  // 今天, 明天: by the reader's clock, in Beijing (which keeps no summer time: a day is 24 hours).
  const fromToday = words.daysFromToday.find(([word]) => text.includes(word));
  if (fromToday) return [daysAhead(fromToday[1])];
  // 周末, 周六, 周三: the first such day from today on (today, when it is one), then the weekend's other;
  // 下周六, 上周六: the Saturday of the week after this one (Monday to Sunday), or before it.
  const weekend = DAYS_OF_WEEK.flatMap(([word, days]) => indexesOf(text, word).map((at) => ({ word, at, days }))).find(
    ({ word, at }) => dayWordAt(text, word, at),
  );
  const weekday = new Date(`${beijingCalendarDay(now)}T00:00:00Z`).getUTCDay() || 7;
  if (!weekend) return weekDays(text, weekday).map(daysAhead);
  const weeks = weeksSaidBefore(text, weekend.at);
  const ahead = weekend.days
    .map((day: number) => (weeks === undefined ? (day - weekday + 7) % 7 : 7 * weeks - weekday + day))
    .sort((a, b) => a - b);
  return ahead.map(daysAhead);
}

/**
 * 这周, 下个礼拜 (dates.ts, weeksFromNow): the days from today to that week's Sunday that the query
 * names, as days from today (`weekday` today's, Monday 1); none for a query that names no week, or
 * a day of it (下周一), or the 下周 of 线下周末.
 */
function weekDays(text: string, weekday: number): number[] {
  const week = words.weeksFromNow
    .flatMap(([word, weeks]) => indexesOf(text, word).map((at) => ({ word, at, weeks })))
    .find(({ word, at }) => !words.weekDayAfter.test(text.slice(at + word.length)) && !weekInAWord(text, word, at));
  if (!week) return [];
  const first = week.weeks === 0 ? 0 : 7 * week.weeks - weekday + 1;
  const last = 7 * week.weeks + 7 - weekday;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Whether `week`, at `at`, is next or last week's (下周, 上个礼拜) after what its 下 or 上 may not follow (the 线 of 线下周活动). */
function weekInAWord(text: string, week: string, at: number): boolean {
  return words.otherWeek.words.some(([other]) => week.startsWith(other)) && endsAWordBefore(text, at);
}

/**
 * How many weeks from this one the words before `at`, where a day of the week begins, say (下周六 1,
 * 上周三 -1); undefined for none, or for the 下 of 线下周末 and the 上 of 线上周六.
 */
function weeksSaidBefore(text: string, at: number): number | undefined {
  const said = words.otherWeek.words.find(([word]) => text.slice(0, at).endsWith(word) && !endsAWordBefore(text, at - word.length));
  return said?.[1];
}

/** Whether a 下 or 上 at `at` would end the word before it (线下, 线上, 马上: dates.ts, otherWeek.notAfter). */
function endsAWordBefore(text: string, at: number): boolean {
  return words.otherWeek.notAfter.some((end) => text.slice(0, at).endsWith(end));
}

/**
 * Whether `day`, a day of the weekend (周日, 周末), stands at `at` in `text` as that day:
 * not where its 日 begins another word (the 周日 of 活动周日程 is the week's 日程).
 */
export function dayWordAt(text: string, day: string, at: number): boolean {
  return text.startsWith(day, at) && !notAfterWeekendDay(day).some((rest) => text.startsWith(rest, at + day.length));
}

/** What may not follow a day of the weekend for it to be that day: the 程 of 周日程, whose 日 begins 日程. */
export function notAfterWeekendDay(day: string): string[] {
  return words.wordsWithDay.filter((word) => day.endsWith(word[0]!)).map((word) => word.slice(1));
}

/** Where `word` begins in `text`, each time. */
export function indexesOf(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.push(at);
  return found;
}

/**
 * A month named without a day (11月有什么活动, 十一月, 2023年11月份; 这个月 and 下个月 by
 * the reader's clock) as `2023-11`, in the week's year when the query names none;
 * undefined when it names none.
 */
export function monthNamed(query: string, weekYear: number, now?: Date): string | undefined {
  const text = monthDaysInFigures(query.normalize('NFKC'));
  const match = words.monthInQuery.exec(text);
  if (match) {
    const month = Number(match[2]);
    const year = match[1] ?? yearSaidBefore(text, match.index, now) ?? weekYear;
    return month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : undefined;
  }
  const fromNow = words.monthsFromNow.find(([word]) => text.includes(word));
  if (!now || !fromNow) return undefined;
  const [year, month] = beijingCalendarDay(now).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 + fromNow[1], 1)).toISOString().slice(0, 7);
}

/** 去年 before a month or a day at `at` (去年11月, 去年的11月18日): that year by the reader's clock; undefined without one. */
function yearSaidBefore(text: string, at: number, now?: Date): number | undefined {
  if (!now) return undefined;
  let before = text.slice(0, at).trimEnd();
  const between = words.yearsFromNow.between.find((word) => before.endsWith(word));
  if (between) before = before.slice(0, -between.length).trimEnd();
  const year = words.yearsFromNow.words.find(([word]) => before.endsWith(word));
  return year && Number(beijingCalendarDay(now).slice(0, 4)) + year[1];
}

// 去年, 前年, 明年: not 今年, which goes as a question word (query-fillers.json), the site being this year's.
const OTHER_YEARS = words.yearsFromNow.words.filter(([, years]) => years !== 0);
// With its 的 (去年的数据): a year of its own, the 的 would stand alone before the next word.
const OTHER_YEAR = new RegExp(`(${OTHER_YEARS.map(([word]) => word).join('|')})(?:${words.yearsFromNow.between.join('|')})?`, 'gu');

/**
 * 去年的数据 → 2025年 数据, by the reader's clock: a year named from this one, not before a month (daysAsPagesWriteThem
 * takes that), as pages write it; no page says 去年 of the year it is about. Unchanged without a clock.
 */
export function yearsAsPagesWriteThem(text: string, now?: Date): string {
  if (!now) return text;
  const thisYear = Number(beijingCalendarDay(now).slice(0, 4));
  return text.replace(
    OTHER_YEAR,
    (_, word: string) => ` ${words.year(thisYear + OTHER_YEARS.find(([other]) => other === word)![1])} `,
  );
}

/**
 * 十一月十八日 → 11月18日, 十一月 → 11月, 十八号 → 18号: the query's months and days in figures,
 * as day-named reads them; a number past 31 is left as typed.
 */
export function monthDaysInFigures(text: string): string {
  return text
    .replace(
      new RegExp(words.numeralMonthDay),
      (whole, month: string, between: string, day: string | undefined, dayWord: string | undefined) => {
        const [m, d] = [numeralDay(month), day === undefined ? undefined : numeralDay(day)];
        if (m === undefined || (day !== undefined && d === undefined)) return whole;
        return `${m}${between}${day === undefined ? '' : `${d}${dayWord}`}`;
      },
    )
    .replace(new RegExp(words.numeralDayAlone), (whole, day: string, dayWord: string) => {
      const d = numeralDay(day);
      return d === undefined ? whole : `${d}${dayWord}`;
    });
}

/** 十八 → 18, 三十一 → 31 (numeralMonthDay gives only 一 to 十); undefined past 31, or for no such number (十十, 二三). */
function numeralDay(text: string): number | undefined {
  const value = numeralValue(text);
  return value !== undefined && value <= 31 ? value : undefined;
}

/** The first day on or after `today` (`2026-12-07`) that is the month's `date`th: a month without a 31st is passed over. */
function nextDayOfMonth(today: string, date: number): string | undefined {
  const [year, month] = today.split('-').map(Number) as [number, number];
  for (let ahead = 0; ahead < 12; ahead++) {
    const first = new Date(Date.UTC(year, month - 1 + ahead, 1));
    const day = isoDay(first.getUTCFullYear(), first.getUTCMonth() + 1, date);
    if (day !== undefined && day >= today) return day;
  }
  return undefined;
}

/** `2023-11-25`, or undefined for a day no calendar has (2月30日). */
function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

// 去年 before a month (去年11月): no page says which year it was written in; the shortcut names the year.
const YEAR_BEFORE_MONTH = new RegExp(
  `(?:${words.yearsFromNow.words.map(([word]) => word).join('|')})(?:${words.yearsFromNow.between.join('|')})?${words.yearsFromNow.beforeMonth.source}`,
  'gu',
);

const DAYS_ANYWHERE = words.dayInQuery.map((pattern) => new RegExp(pattern.source, 'gu'));

/**
 * The query's days as pages print them (11月25号, 11.25, 十一月二十五日 →
 * 11月25日; with its year, 2023年11月25日), its months in figures (十一月,
 * 11月份 → 11月), and a day without its month as 18日 (18号): search finds
 * the words pages hold, and no page writes 号, 11.25, 十一月 or 月份 for a
 * date, nor 去年 before one. A day no calendar has is left as typed.
 */
export function daysAsPagesWriteThem(query: string): string {
  return DAYS_ANYWHERE.reduce(
    (text, pattern) =>
      text.replace(pattern, (whole, year: string | undefined, month: string, day: string) => {
        const [y, m, d] = [Number(year ?? 2000), Number(month), Number(day)];
        if (!isoDay(y, m, d)) return whole;
        return year ? words.date(y, m, d) : words.monthDay(m, d);
      }),
    monthDaysInFigures(query)
      .replace(YEAR_BEFORE_MONTH, '')
      .replace(words.monthWithFen, (_, month: string) => words.month(Number(month)))
      .replace(new RegExp(words.dayOfMonthInQuery, 'gu'), (whole, date: string) =>
        Number(date) >= 1 && Number(date) <= 31 ? words.dayOfMonth(Number(date)) : whole,
      ),
  );
}

/** What the search page knows of the events calendar (src/pages/search.astro). */
export interface CalendarDays {
  /** The days events begin on, by month (startDaysByMonth). */
  months: Record<string, readonly number[]>;
  /** A month's calendar page, `{month}` for `2023-11`. */
  monthHref: string;
  /** The link's words, `{date}` for the day (`2023年11月25日`). */
  label: string;
}

/** What the search page says of the day a query names: where its events are, or that none begin on it. */
export interface DayAnswer {
  /** The day's cell; for a day no event begins on, the next day one does (a day with no events gets no link to an empty cell). */
  shortcut?: SearchShortcut;
  /**
   * The days named that no event begins on (`2023-11-24`), or the month (`2023-12`), said above the
   * results when none of them has any: those results hold the query's
   * words (活动), and would otherwise read as the day's events.
   */
  quietDays: string[];
}

/** dayAnswer for a query that names a day, or a month without a day; undefined for one that names neither. */
export function dayAnswer(query: string, weekYear: number, calendar: CalendarDays, now?: Date): DayAnswer | undefined {
  const days = daysNamed(query, weekYear, now);
  if (days.length === 0) return monthAnswer(query, weekYear, calendar, now);
  // 周末 asked on a weekday: Saturday's cell, or Sunday's when events begin only then.
  const busy = days.find((day) => beginsOn(calendar, day));
  if (busy) return { shortcut: dayLink(calendar, busy), quietDays: [] };
  const next = nextBusyDay(calendar, days.at(-1)!);
  return { shortcut: next ? dayLink(calendar, next) : undefined, quietDays: days };
}

/** A month named without a day: its calendar page, or, when no event begins in it, the next day one does. */
function monthAnswer(query: string, weekYear: number, calendar: CalendarDays, now?: Date): DayAnswer | undefined {
  const month = monthNamed(query, weekYear, now);
  if (!month) return undefined;
  if (month in calendar.months) {
    const href = fillMessage(calendar.monthHref, { month });
    return { shortcut: { href, label: fillMessage(calendar.label, { date: dayInWords(month) }), words: [] }, quietDays: [] };
  }
  const next = nextBusyDay(calendar, `${month}-32`);
  return { shortcut: next ? dayLink(calendar, next) : undefined, quietDays: [month] };
}

/**
 * The sentence that says no event begins on `days` (`{days}` in `message`, each as pages print it, or a
 * week's, more than two days in a row, as its first and last: 2026年12月8日至2026年12月13日); empty for no days.
 */
export function quietDaysNote(message: string, days: readonly string[]): string {
  if (days.length === 0) return '';
  const said = days.length > 2 ? `${dayInWords(days[0]!)}${words.to}${dayInWords(days.at(-1)!)}` : days.map(dayInWords).join('、');
  return fillMessage(message, { days: said });
}

const beginsOn = (calendar: CalendarDays, day: string) => calendar.months[day.slice(0, 7)]?.includes(Number(day.slice(8))) ?? false;

/** The first day after `day` that an event begins on, in any month of the calendar; undefined when none does. */
function nextBusyDay(calendar: CalendarDays, day: string): string | undefined {
  const later = Object.entries(calendar.months).flatMap(([month, dates]) =>
    dates.map((date) => `${month}-${String(date).padStart(2, '0')}`).filter((d) => d > day),
  );
  return later.sort()[0];
}

const dayLink = (calendar: CalendarDays, day: string): SearchShortcut => ({
  href: calendarDayHref(calendar, day),
  label: fillMessage(calendar.label, { date: dayInWords(day) }),
  words: [],
});

/** A day's cell (`2023-11-25`) in its month's calendar page. */
export function calendarDayHref(calendar: CalendarDays, day: string): string {
  return `${fillMessage(calendar.monthHref, { month: day.slice(0, 7) })}#${calendarDayId(day)}`;
}

/** `2023-11-25` as pages print it: `2023年11月25日`; a month, `2023-11`, `2023年11月`. */
export function dayInWords(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number | undefined];
  return date === undefined ? words.yearMonth(year, month) : words.date(year, month, date);
}
