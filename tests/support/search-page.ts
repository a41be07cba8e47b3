import type { Page } from 'playwright-core';

export interface SearchOutcome {
  /** loading | results | none | empty | error (the answer's data-state). */
  state: string;
  /** Result URLs in order (the first page of results). */
  urls: string[];
  titles: string[];
  status: string;
  /** The no-results help (status line and tips), empty when hidden. */
  noneMessage: string;
}

/** The search page's address on the site at `origin` (which ends in the site's base, if it has one, without the slash). */
const searchPage = (origin: string) => `${origin}/search/`;

/** Opens /search/?q=… (plus extra params) and waits until the page has answered. */
export async function searchFor(page: Page, origin: string, q: string, extra = ''): Promise<SearchOutcome> {
  const url = `${searchPage(origin)}?q=${encodeURIComponent(q)}${extra ? `&${extra}` : ''}`;
  await page.goto(url);
  return readOutcome(page);
}

/**
 * Searches for `q` from the search box of the search page of the site at
 * `origin` already open in `page` (opening it first if it is not), as a
 * reader who types a new query and presses Enter: the same index and
 * ranking as opening /search/?q=…,
 * without loading the page, Pagefind and its WebAssembly again for each of
 * the relevance sets' many queries. The page sets the address and starts
 * loading in the same task as the submit, so the answer read is this query's.
 */
export async function searchAgain(page: Page, origin: string, q: string): Promise<SearchOutcome> {
  const open = new URL(page.url());
  if (open.origin + open.pathname !== searchPage(origin)) return searchFor(page, origin, q);
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction((query) => (new URLSearchParams(location.search).get('q') ?? '') === query, q.trim());
  return readOutcome(page);
}

export async function readOutcome(page: Page): Promise<SearchOutcome> {
  await page.waitForFunction(() => {
    const state = document.querySelector<HTMLElement>('[data-search-answer]')?.dataset.state;
    return state !== undefined && state !== 'loading';
  });
  return page.evaluate(() => {
    const list = document.querySelector<HTMLElement>('[data-search-results]')!;
    const items = [...list.querySelectorAll<HTMLElement>('li[data-url]')];
    const none = document.querySelector<HTMLElement>('[data-search-none]')!;
    return {
      state: document.querySelector<HTMLElement>('[data-search-answer]')!.dataset.state ?? '',
      urls: items.map((li) => li.dataset.url ?? ''),
      titles: items.map((li) => li.querySelector('a')?.textContent ?? ''),
      status: document.querySelector('[data-search-status]')?.textContent ?? '',
      noneMessage: none.hidden
        ? ''
        : `${document.querySelector('[data-search-status]')?.textContent ?? ''} ${none.textContent ?? ''}`.replace(/\s+/g, ' ').trim(),
    };
  });
}
