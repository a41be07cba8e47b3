/**
 * Long lists split into pages of a fixed size, each at a stable address:
 * the first page keeps the list's own URL (`/events/`), the others follow
 * it (`/events/page/2/`). Page numbers count from 1.
 */

/** Entries a list page shows: a multiple of 2 and 3, so the card grid's rows come out full on any width. */
export const PAGE_SIZE = 24;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The entries of page `n` (1-based). */
export function pageItems<T>(items: readonly T[], n: number, size = PAGE_SIZE): T[] {
  return items.slice((n - 1) * size, n * size);
}

/** The path segment after the list's URL: none for page 1, `page/2` after. */
export function pageSegment(n: number): string | undefined {
  return n === 1 ? undefined : `page/${n}`;
}

/** Page numbers of a list after the first (`[2, 3 …]`), for routes that add pages to a list URL. */
export function laterPages(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/** One page of a list as a route builds it: its entries and place, and the `n` of a page after the first (`page/[n].astro`). */
export interface RoutePage<T> {
  items: T[];
  page: number;
  pages: number;
  param: { n?: string };
}

/** The pages a list's routes build: its first (`first`, the list's own route) or those after it (`later`, `page/[n]`). */
export function routePages<T>(items: readonly T[], which: 'first' | 'later'): RoutePage<T>[] {
  const pages = pageCount(items.length);
  const numbers = which === 'first' ? [1] : laterPages(items.length);
  return numbers.map((page) => ({ items: pageItems(items, page), page, pages, param: page === 1 ? {} : { n: String(page) } }));
}

/**
 * The page links a pager shows: the first, the last, and those near the
 * current one; `null` where numbers are left out (shown as an ellipsis).
 * A reader can always step to the neighbours and jump to either end.
 */
export function pagerNumbers(current: number, last: number, around = 2): (number | null)[] {
  const shown = new Set<number>([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, n] of sorted.entries()) {
    const prev = sorted[i - 1];
    // A gap of one page is shown as its number rather than as an ellipsis standing for one link.
    if (prev !== undefined && n - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && n - prev > 2) out.push(null);
    out.push(n);
  }
  return out;
}
