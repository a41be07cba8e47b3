import type { BrowserContext, Page } from 'playwright-core';

/**
 * How many tabs a walk over many pages keeps busy. One tab leaves the cores
 * idle for part of each page load (the server, the browser's own process, the
 * test's round trips): on the two-core machine, shared with other runs, the
 * age-friendly audit of the 21 page types took 13.5 to 16.9 s in one tab,
 * 10.0 to 12.3 s in two and 8.9 to 11.4 s in three (runs taken in turn).
 */
export const TABS = 3;

/**
 * Calls `visit` for each item in one of a few tabs of `context` at once, each
 * tab taking the next item as it finishes the last; the results come back in
 * the items' order. The tabs share the context's storage, so a reading mode
 * switched on before still holds in each of them.
 */
export async function inTabs<T, R>(
  context: BrowserContext,
  items: readonly T[],
  visit: (page: Page, item: T) => Promise<R>,
  tabs = TABS,
): Promise<R[]> {
  const pages = await Promise.all(Array.from({ length: Math.min(tabs, items.length) }, () => context.newPage()));
  const results: R[] = [];
  let next = 0;
  const work = async (page: Page) => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await visit(page, items[index]!);
      } catch (error) {
        // The other tabs stop at their current item: the test has failed.
        next = items.length;
        throw error;
      }
    }
  };
  try {
    await Promise.all(pages.map(work));
  } finally {
    await Promise.all(pages.map((page) => page.close()));
  }
  return results;
}
