import { describe, expect, it } from 'vitest';
import { activeFilterCount, pagefindOptions, parseSearchParams, toSearchParams } from './search-state.ts';

describe('search state in the URL', () => {
  it('reads the query, filters and sort from /search/?…', () => {
    const state = parseSearchParams(new URLSearchParams('q=读书&city=广州市&city=深圳市&type=活动&sort=date&unknown=1'));
    expect(state).toEqual({ q: '读书', filters: { city: ['广州市', '深圳市'], type: ['活动'] }, sort: 'date' });
    expect(activeFilterCount(state)).toBe(3);
  });

  it('defaults to relevance and no filters, and ignores empty and repeated values', () => {
    expect(parseSearchParams(new URLSearchParams('q=&city=&city=广州市&city=广州市'))).toEqual({
      q: '',
      filters: { city: ['广州市'] },
      sort: 'relevance',
    });
  });

  it('writes back the same URL it reads, so a search can be linked', () => {
    const params = new URLSearchParams('q=老年大学&type=活动&city=广州市&sort=date');
    expect(toSearchParams(parseSearchParams(params)).toString()).toBe(params.toString());
  });

  it('asks Pagefind for any of a filter’s values, and events by date when sorted so', () => {
    const state = parseSearchParams(new URLSearchParams('q=x&city=广州市&city=深圳市&sort=date'));
    expect(pagefindOptions(state)).toEqual({ filters: { city: { any: ['广州市', '深圳市'] } }, sort: { date: 'asc' } });
  });
});
