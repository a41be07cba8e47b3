/**
 * The same page of several years (`/lighting/2022/` and `/lighting/2023/`,
 * `/stats/2022/table/`, an event that comes back each year under the same
 * name) holds nearly the same words, and Pagefind ranks the shorter one
 * first, which is usually last year's. A resident who asks 哪里亮灯 means
 * this year's week: among such pages the week's year comes first, then the
 * years before it, newest first, then any year after it (a page made ahead
 * of time). Each page keeps to the places its kind already held in the
 * ranking, so other pages do not move. A query that names a year is the
 * reader's own choice, and is left as Pagefind ranked it.
 * Runs in the browser (src/components/search/search-page.ts).
 */

/** A year in the query (2022, 2022年): the reader asked for that year. */
export function namesYear(query: string): boolean {
  return /(?<!\d)(?:19|20)\d\d(?!\d)/.test(query);
}

/** The page's address with its year left out, and the year; undefined for a page of no year. */
export function yearlyPage(url: string): { key: string; year: number } | undefined {
  const path = url.split(/[?#]/)[0]!;
  // The last such segment: a base path may hold a year of its own (/2023/lighting/2022/).
  const match = [...path.matchAll(/\/((?:19|20)\d\d)(?=\/)/g)].at(-1);
  if (!match) return undefined;
  return { key: `${path.slice(0, match.index)}/*${path.slice(match.index + match[0].length)}`, year: Number(match[1]) };
}

/** The week's year first, then earlier years newest first, then later years soonest first. */
function yearOrder(weekYear: number) {
  return (a: number, b: number) => {
    const aAhead = a > weekYear;
    const bAhead = b > weekYear;
    if (aAhead !== bAhead) return aAhead ? 1 : -1;
    return aAhead ? a - b : b - a;
  };
}

export function newerYearsFirst<R>(results: readonly R[], urlOf: (result: R) => string, weekYear: number): R[] {
  const byKey = new Map<string, number[]>();
  const pages = results.map((r) => yearlyPage(urlOf(r)));
  pages.forEach((page, i) => {
    if (page) byKey.set(page.key, [...(byKey.get(page.key) ?? []), i]);
  });
  const ordered = [...results];
  const compare = yearOrder(weekYear);
  for (const places of byKey.values()) {
    if (places.length < 2) continue;
    const byYear = [...places].sort((a, b) => compare(pages[a]!.year, pages[b]!.year));
    places.forEach((place, n) => (ordered[place] = results[byYear[n]!]!));
  }
  return ordered;
}
