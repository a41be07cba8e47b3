import { dates as words } from '../../i18n/zh-CN/dates.ts';

/**
 * Events over several days (a reading month) under way on a day that no
 * event begins on. The calendar lists an event on its first day only, so the
 * search page's sentence that none begins (day-named.ts) would send a
 * resident who asks 今天有什么活动 in the middle of the week to another day,
 * past the reading months still on. Runs in the browser, over the list the
 * build writes (src/pages/search/under-way.json.ts), fetched only then.
 */

/** An event over several days: its first and last days (`2023-11-01`), its title and its page. */
export type UnderWaySpan = readonly [start: string, end: string, title: string, href: string];

/** How many the search page names; it counts the rest. */
export const UNDER_WAY_SHOWN = 3;

/** The spans under way on `day` (`2023-11-20`): begun on or before it and not over, those ending soonest first. */
export function underWayOn(day: string, spans: readonly UnderWaySpan[]): UnderWaySpan[] {
  return spans
    .filter(([start, end]) => start <= day && day <= end)
    .sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]) || a[2].localeCompare(b[2]));
}

/** A span's days as pages print them: `11月1日 至 11月30日`, with their years when they differ. */
export function spanInWords([start, end]: UnderWaySpan): string {
  const [from, to] = [start, end].map((day) => day.split('-').map(Number) as [number, number, number]);
  const sameYear = from![0] === to![0];
  const inWords = ([y, m, d]: [number, number, number]) => (sameYear ? words.monthDay(m, d) : words.date(y, m, d));
  return words.until(inWords(from!), inWords(to!));
}

/** The list as the build writes it, or nothing for what is not one (a failed fetch's page). */
export function readSpans(data: unknown): UnderWaySpan[] {
  if (!Array.isArray(data)) return [];
  return data.filter(
    (item): item is UnderWaySpan => Array.isArray(item) && item.length === 4 && item.every((part) => typeof part === 'string'),
  );
}
