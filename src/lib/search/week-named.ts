import { dates as words } from '../../i18n/zh-CN/dates.ts';
import { calendarDayHref, DAYS_OF_WEEK, dayInWords, dayWordAt, indexesOf, type CalendarDays } from './day-named.ts';
import type { SearchShortcut } from './shortcut-match.ts';

/** The week's 栏目直达, made when the site is built (src/pages/search.astro): its dates are in its words. */
export interface WeekLink {
  href: string;
  label: string;
}

/**
 * The week's link: to its first day in the events calendar, or, when no
 * event begins in that month yet (no calendar page for it), to the home
 * page, which gives the dates too. `label` says the dates (`start`, `end`: YYYY-MM-DD).
 */
export function weekLink(
  week: { start: string; end: string },
  calendar: CalendarDays,
  homeHref: string,
  label: (dates: string) => string,
): WeekLink {
  return {
    href: week.start.slice(0, 7) in calendar.months ? calendarDayHref(calendar, week.start) : homeHref,
    label: label(words.until(dayInWords(week.start), dayInWords(week.end))),
  };
}

/**
 * A query that asks when the week is (活动周什么时候开始, 今年活动周几号,
 * 终身学习活动周时间; in Simplified characters): the week's link. No page is
 * about the week's dates alone, so a search by words finds those that hold
 * 活动周 and 开始 (the form's page), not the answer. Undefined for a query
 * that asks no such thing (活动周开幕式), or names a weekend (亲子活动周末什么时候).
 */
export function weekShortcut(query: string, week: WeekLink): SearchShortcut | undefined {
  const text = query.replace(/\s+/gu, '');
  const asked = words.whenAsks.some((ask) => text.includes(ask));
  return asked && namesWeek(text) ? { ...week, words: [] } : undefined;
}

/**
 * Whether a query asking when the week is (weekShortcut) names nothing but the
 * week (活动周是哪天, 全民终身学习活动周什么时候; `terms`: its question words
 * dropped): the notices, which give its dates, answer it before the opening
 * ceremonies that hold 活动周 in their titles. Not 广州活动周开幕式.
 */
export function namesWeekAlone(terms: string): boolean {
  const text = terms.replace(/\s+/gu, '');
  return ([...words.weekNames, ...words.weekFullNames] as readonly string[]).includes(text);
}

/**
 * A query that asks the week's theme and nothing else (活动周主题是什么,
 * 今年的主题, 本届学习周的主题; in Simplified characters): the theme's link.
 * The theme is the home page's headline, on no page that search reads whole,
 * so 今年主题 found the pages holding 今年 or 主题. Undefined for a query
 * that asks something else of a theme: 主题阅读 is a kind of event.
 */
export function themeShortcut(query: string, theme: WeekLink): SearchShortcut | undefined {
  const text = query.replace(/[\p{P}\p{S}\s]+/gu, '');
  const ask = words.themeAsk;
  const at = ask.words
    .flatMap((word) => ['', ...ask.after].map((after) => `${word}${after}`))
    .filter((ending) => text.endsWith(ending))
    .map((ending) => text.length - ending.length);
  if (at.length === 0) return undefined;
  const before = text.slice(0, Math.min(...at));
  const thisWeek = before === '' || namesWeek(before) || ask.thisYear.some((word) => before.includes(word));
  return thisWeek ? { ...theme, words: [] } : undefined;
}

/** Whether the text names the week: 活动周, but not the 活动周末 of 亲子活动周末 (活动 周末), nor 活动周日. */
function namesWeek(text: string): boolean {
  return words.weekNames.some((name) =>
    indexesOf(text, name).some((at) => {
      const week = at + name.length - 1;
      return !DAYS_OF_WEEK.some(([day]) => dayWordAt(text, day, week));
    }),
  );
}
