import { describe, expect, it } from 'vitest';
import { laterPages, PAGE_SIZE, pageCount, pageItems, pagerNumbers, pageSegment, routePages } from './pagination.ts';

describe('pages of a list', () => {
  it('splits a list into pages of the page size, every entry once and in order', () => {
    const items = Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, i) => i);
    expect(pageCount(items.length)).toBe(3);
    const pages = [1, 2, 3].map((n) => pageItems(items, n));
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 5]);
    expect(pages.flat()).toEqual(items);
  });

  it('has one (empty) page for an empty list and no later pages', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageItems([], 1)).toEqual([]);
    expect(laterPages(0)).toEqual([]);
    expect(laterPages(PAGE_SIZE)).toEqual([]);
    expect(laterPages(PAGE_SIZE + 1)).toEqual([2]);
  });

  it('gives a list’s own route its first page, and page/[n] the others with their n', () => {
    const items = Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, i) => i);
    const [first, ...firstRest] = routePages(items, 'first');
    expect(firstRest).toEqual([]);
    expect(first).toEqual({ items: items.slice(0, PAGE_SIZE), page: 1, pages: 3, param: {} });
    const later = routePages(items, 'later');
    expect(later.map((p) => [p.page, p.pages, p.param])).toEqual([
      [2, 3, { n: '2' }],
      [3, 3, { n: '3' }],
    ]);
    expect([first!, ...later].flatMap((p) => p.items)).toEqual(items);
    expect(routePages([], 'later')).toEqual([]);
  });

  it('keeps the list URL for the first page and adds page/N after', () => {
    expect(pageSegment(1)).toBeUndefined();
    expect(pageSegment(2)).toBe('page/2');
  });

  it('shows the ends and the neighbours of the current page, with gaps marked', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerNumbers(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pagerNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    // One hidden page is shown rather than replaced by an ellipsis.
    expect(pagerNumbers(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
    expect(pagerNumbers(20, 20)).toEqual([1, null, 18, 19, 20]);
  });
});
