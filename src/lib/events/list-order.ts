import { beijingYear, parseBeijingDate } from '../dates/index.ts';
import { yearsNeedSaying } from '../list-years.ts';

/**
 * The order of the event lists, fixed by content and the site's current year
 * (never by when the build runs): events of the current week's year and
 * after in date order first, then those of earlier years, most recent first.
 * A list of many pages thus opens on what a resident can still go to, and
 * the archive follows. In the browser, the list's script then lifts what is
 * on now and next to the front of the page.
 */
export interface ListedEvent {
  id: string;
  data: { start: Date; end: Date };
}

export function editionOrder<T extends ListedEvent>(events: readonly T[], currentYear: number): T[] {
  const from = parseBeijingDate(`${currentYear}-01-01`)!.getTime();
  const earlier = (e: ListedEvent) => e.data.end.getTime() < from;
  return [...events].sort((a, b) => {
    const pa = earlier(a);
    const pb = earlier(b);
    if (pa !== pb) return pa ? 1 : -1;
    const diff = a.data.start.getTime() - b.data.start.getTime() || a.data.end.getTime() - b.data.end.getTime();
    return (pa ? -diff : diff) || a.id.localeCompare(b.id);
  });
}

/**
 * Whether a list's cards say the year with each date (yearsNeedSaying, by
 * Beijing years of the starts): page 3 of all events runs from 12月5日 (2023)
 * straight into 5月18日 (2024), and on a site turned to 2024 before its
 * events are in, 12月5日 星期二 is no day of 2024.
 */
export function datesNeedYear(events: readonly ListedEvent[], year: number): boolean {
  return yearsNeedSaying(
    events.map((e) => beijingYear(e.data.start)),
    year,
  );
}

/** How many of its events a city's or county's page shows, this year's first; the rest are a link away. */
export const REGION_EVENT_LIMIT = 12;
