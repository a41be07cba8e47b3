import { describe, expect, it } from 'vitest';
import { sharedSearch, type SearchPageHead } from './shared-search.ts';

const head: SearchPageHead = {
  canonical: 'https://edu.gd.gov.cn/zt/xxzq/search/',
  title: '搜索 · 广东学习周',
  heading: '搜索',
  titled: '搜索“{query}”',
};

describe('a search as it is shared and printed', () => {
  it('keeps the query in the address a card or a printed page gives, and names it in the title', () => {
    const query = '读书';
    const shared = sharedSearch(head, ` ${query} `)!;
    const url = new URL(shared.url);
    expect(`${url.origin}${url.pathname}`).toBe(head.canonical);
    expect(url.searchParams.get('q')).toBe(query);
    expect([...url.searchParams.keys()]).toEqual(['q']);
    expect(shared.printed).toBe(`${head.canonical}?q=${query}`);
    expect(shared.shareTitle).toBe(head.titled.replace('{query}', query));
    expect(shared.title).toBe(`${shared.shareTitle}${head.title.slice(head.heading.length)}`);
  });

  it('changes nothing without a query', () => {
    expect(sharedSearch(head, '')).toBeUndefined();
    expect(sharedSearch(head, '   ')).toBeUndefined();
  });

  it('carries a query of any characters whole, as text, in an address that still reads as one', () => {
    const query = '<b>书&q=1#x</b> $& 100%';
    const shared = sharedSearch(head, query)!;
    expect(new URL(shared.url).searchParams.get('q')).toBe(query);
    expect(new URL(shared.url).hash).toBe('');
    // The printed address, typed in again, asks the same.
    expect(new URL(shared.printed).searchParams.get('q')).toBe(query);
    expect(shared.shareTitle).toBe(`搜索“${query}”`);
  });
});
