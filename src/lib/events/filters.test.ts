import { describe, expect, it } from 'vitest';
import {
  cityTypeCombinations,
  eventCity,
  eventFilterPath,
  facetRows,
  filterEvents,
  matchesFilter,
  type FacetRow,
  type FilterableEvent,
} from './filters.ts';

const venue = { name: '图书馆', address: '某路 1 号' };
const ev = (id: string, over: Partial<FilterableEvent>) => ({
  id,
  data: { type: 'themed_reading', region: '440100', audience: ['all'], venue, ...over } as FilterableEvent,
});

const events = [
  ev('gz-read', { region: '440103' }), // 荔湾区, counts under 广州
  ev('gz-seminar', { type: 'seminar', region: '440100', audience: ['workers'] }),
  ev('gz-online', { type: 'online_lecture', venue: undefined, online: 'https://example.cn/live', audience: ['elderly', 'residents'] }),
  ev('sz-read', { region: '440300', audience: ['family', 'youth'] }),
  ev('sz-hybrid', { type: 'seminar', region: '440304', online: 'https://example.cn/s', audience: ['workers'] }),
  ev('province-opening', { type: 'opening_ceremony', region: '440000' }),
];
const data = events.map((e) => e.data);
const values = {
  cities: ['440100', '440200', '440300'],
  types: ['themed_reading', 'online_lecture', 'opening_ceremony', 'seminar'],
  audiences: ['elderly', 'youth', 'family', 'workers', 'residents', 'all'],
};
const ids = (filter: Parameters<typeof filterEvents>[1]) => filterEvents(events, filter).map((e) => e.id);
const option = (rows: FacetRow[], dimension: string, value: string | null) =>
  rows.find((r) => r.dimension === dimension)?.options.find((o) => o.value === value);

describe('event filters', () => {
  it('counts a county event under its city and a province event under the province', () => {
    expect(eventCity({ region: '440103' })).toBe('440100');
    expect(eventCity({ region: '440000' })).toBe('440000');
    expect(ids({ city: '440100' })).toEqual(['gz-read', 'gz-seminar', 'gz-online']);
  });

  it('narrows to one city AND one type', () => {
    expect(ids({ city: '440300', type: 'seminar' })).toEqual(['sz-hybrid']);
    expect(ids({ city: '440100', type: 'online_lecture' })).toEqual(['gz-online']);
  });

  it('finds an event with venue and online link under both online and offline', () => {
    expect(ids({ mode: 'online' })).toEqual(['gz-online', 'sz-hybrid']);
    expect(ids({ mode: 'offline' })).not.toContain('gz-online');
    expect(ids({ mode: 'offline' })).toContain('sz-hybrid');
  });

  it('matches an audience among several, and lists an event for 所有人 under every audience', () => {
    // gz-read and province-opening are for 所有人 (the default above): a young reader may go too.
    expect(ids({ audience: 'youth' })).toEqual(['gz-read', 'sz-read', 'province-opening']);
    expect(matchesFilter(data[2]!, { audience: 'elderly' })).toBe(true);
    expect(ids({ audience: 'elderly' })).toEqual(['gz-read', 'gz-online', 'province-opening']);
    // 所有人 itself lists only those written for everyone.
    expect(ids({ audience: 'all' })).toEqual(['gz-read', 'province-opening']);
  });

  it('gives the page of each supported filter and none for the others', () => {
    expect(eventFilterPath({})).toBe('/events/');
    expect(eventFilterPath({ city: '440100' })).toBe('/events/in/440100/');
    expect(eventFilterPath({ city: '440100', type: 'seminar' })).toBe('/events/in/440100/seminar/');
    expect(eventFilterPath({ type: 'seminar' })).toBe('/events/type/seminar/');
    expect(eventFilterPath({ audience: 'elderly' })).toBe('/events/for/elderly/');
    expect(eventFilterPath({ mode: 'online' })).toBe('/events/online/');
    expect(eventFilterPath({ audience: 'elderly', city: '440100' })).toBeNull();
    expect(eventFilterPath({ city: '440100', type: 'seminar', mode: 'online' })).toBeNull();
  });

  it('builds only the city+type pages that have events', () => {
    expect(cityTypeCombinations(data)).toEqual([
      { city: '440000', type: 'opening_ceremony', count: 1 },
      { city: '440100', type: 'online_lecture', count: 1 },
      { city: '440100', type: 'seminar', count: 1 },
      { city: '440100', type: 'themed_reading', count: 1 },
      { city: '440300', type: 'seminar', count: 1 },
      { city: '440300', type: 'themed_reading', count: 1 },
    ]);
  });
});

describe('filter chips', () => {
  it('on the full list: every row, counts of each view, "all" chips current', () => {
    const rows = facetRows(data, {}, values);
    expect(rows.map((r) => r.dimension)).toEqual(['city', 'type', 'audience', 'mode']);
    expect(option(rows, 'city', null)).toEqual({ value: null, count: 6, href: '/events/', current: true });
    expect(option(rows, 'city', '440100')).toEqual({ value: '440100', count: 3, href: '/events/in/440100/', current: false });
    expect(option(rows, 'mode', 'online')?.count).toBe(2);
    // Two events for 职工, and the two for 所有人.
    expect(option(rows, 'audience', 'workers')).toMatchObject({ count: 4, href: '/events/for/workers/' });
  });

  it('shows a city without events with 0 and no link', () => {
    const rows = facetRows(data, {}, values);
    expect(option(rows, 'city', '440200')).toEqual({ value: '440200', count: 0, href: null, current: false });
  });

  it('offers the province chip only when the province has events of its own', () => {
    expect(option(facetRows(data, {}, values), 'city', '440000')?.count).toBe(1);
    const noProvince = data.filter((e) => e.region !== '440000');
    expect(option(facetRows(noProvince, {}, values), 'city', '440000')).toBeUndefined();
  });

  it('on a city page: the type row counts within the city and leads to city+type pages', () => {
    const rows = facetRows(data, { city: '440300' }, values);
    expect(rows.map((r) => r.dimension)).toEqual(['city', 'type']);
    expect(option(rows, 'city', '440300')?.current).toBe(true);
    expect(option(rows, 'type', null)).toEqual({ value: null, count: 2, href: '/events/in/440300/', current: true });
    expect(option(rows, 'type', 'seminar')).toEqual({
      value: 'seminar',
      count: 1,
      href: '/events/in/440300/seminar/',
      current: false,
    });
    expect(option(rows, 'type', 'online_lecture')).toEqual({ value: 'online_lecture', count: 0, href: null, current: false });
  });

  it('on a city+type page: each row narrows within the other and "all" drops only its own choice', () => {
    const rows = facetRows(data, { city: '440100', type: 'seminar' }, values);
    expect(option(rows, 'type', 'seminar')?.current).toBe(true);
    expect(option(rows, 'type', null)).toMatchObject({ href: '/events/in/440100/', current: false, count: 3 });
    expect(option(rows, 'city', null)).toMatchObject({ href: '/events/type/seminar/', current: false, count: 2 });
    expect(option(rows, 'city', '440300')).toMatchObject({ href: '/events/in/440300/seminar/', count: 1 });
  });

  it('on a type page: the city row counts within the type', () => {
    const rows = facetRows(data, { type: 'themed_reading' }, values);
    expect(option(rows, 'city', '440100')).toMatchObject({ count: 1, href: '/events/in/440100/themed_reading/' });
    expect(option(rows, 'type', 'themed_reading')?.current).toBe(true);
    expect(option(rows, 'city', null)?.current).toBe(true);
  });

  it('on an audience page: views of their own, with a way back to everything', () => {
    const rows = facetRows(data, { audience: 'elderly' }, values);
    expect(rows.map((r) => r.dimension)).toEqual(['city', 'type', 'audience', 'mode']);
    expect(option(rows, 'audience', 'elderly')?.current).toBe(true);
    expect(option(rows, 'audience', null)).toMatchObject({ href: '/events/', current: false });
    expect(option(rows, 'city', null)?.current).toBe(false);
    expect(option(rows, 'city', '440100')).toMatchObject({ count: 3, href: '/events/in/440100/' });
    expect(rows.flatMap((r) => r.options).filter((o) => o.current)).toHaveLength(1);
  });
});
