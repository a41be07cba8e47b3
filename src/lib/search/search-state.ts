/**
 * The state of /search/ lives in its URL, so that anyone can link to a search:
 * `/search/?q=读书&city=广州市&city=深圳市&type=活动&sort=date`. Values within one
 * filter are alternatives (广州 or 深圳); different filters all apply.
 */

/** Pagefind filter names (set by SearchFacets.astro), as they appear in URLs. */
export const FILTER_KEYS = ['type', 'event_type', 'city', 'year', 'audience'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SortOrder;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const key of FILTER_KEYS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[key] = values;
  }
  return { q: params.get('q') ?? '', filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

export function activeFilterCount(state: SearchState): number {
  return FILTER_KEYS.reduce((n, key) => n + (state.filters[key]?.length ?? 0), 0);
}

/** The options object for `pagefind.search()`. */
export interface PagefindSearchOptions {
  filters: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export function pagefindOptions(state: SearchState): PagefindSearchOptions {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (values?.length) filters[key] = { any: values };
  }
  return state.sort === 'date' ? { filters, sort: { date: 'asc' } } : { filters };
}
