import ISBN from 'isbn3';
import { plainIsbn } from '../content/isbn.ts';
import { inBeijing } from '../dates/index.ts';
import { cityOf, regionByCode } from '../regions/index.ts';

/**
 * What each content page tells Pagefind besides its visible text: the filter
 * values a reader can tick, and words a reader may type that the page does
 * not show (the city of a county's event, an ISBN without hyphens).
 */

/** The kinds of page a result can be; labels live in src/i18n. */
export const SEARCH_KINDS = ['events', 'books', 'learners', 'projects', 'regions', 'stats', 'lighting', 'notices', 'pages'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * City filter value for a region code: 广州市 for 440100 and for 440103 荔湾区;
 * `provinceLabel` (全省) for a province-wide entry (440000).
 */
export function cityFilterValue(code: string, provinceLabel: string): string | undefined {
  const region = regionByCode(code);
  if (!region) return undefined;
  if (region.level === 'province') return provinceLabel;
  return cityOf(code)?.name;
}

/**
 * Names a reader may search by that a page may not print: for 荔湾区 both
 * 广州市 and 荔湾区 (a county's entries show only the county).
 */
export function regionSearchWords(code: string): string[] {
  const region = regionByCode(code);
  if (!region) return [];
  const city = cityOf(code);
  return [...new Set([city?.name, region.name].filter((n): n is string => Boolean(n)))];
}

/** 9787020002207 and its ISBN-10 702000220X: readers copy either, without hyphens. */
export function isbnSearchWords(isbn: string): string[] {
  const parsed = ISBN.parse(plainIsbn(isbn));
  if (!parsed) return [plainIsbn(isbn)];
  return [parsed.isbn13, parsed.isbn10].filter((n): n is string => Boolean(n));
}

/**
 * The day an event begins, its month and day in figures (`11 18`), Beijing time: weighted in the
 * index, so that a query naming the day (11月18日有什么活动) ranks the day's events before the
 * notices and the statistics, which print the week's first day again and again. Figures only:
 * weighting 月 and 日 too would lift every event for 阅读月 and 开放日.
 */
export function startDayInFigures(start: Date): string {
  const day = inBeijing(start);
  return `${day.month} ${day.day}`;
}
