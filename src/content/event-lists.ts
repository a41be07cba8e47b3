import { eventsByStart, inRegion, type EventEntry } from './queries.ts';
import { t } from '../i18n/zh-CN.ts';
import { AUDIENCES } from '../lib/content/fields.ts';
import { EVENT_TYPES } from '../lib/content/schemas.ts';
import { formatDateZh, formatIsoDayZh, formatYearMonthZh, parseBeijingDate } from '../lib/dates/index.ts';
import { cityTypeCombinations, eventCity, eventFilterPath, facetRows, filterEvents, filterKey, type EventFilter, type FacetRow } from '../lib/events/filters.ts';
import { datesNeedYear, editionOrder, REGION_EVENT_LIMIT } from '../lib/events/list-order.ts';
import { busyDays, eventMonths } from '../lib/events/month-grid.ts';
import { nearbyFinder } from '../lib/events/nearby.ts';
import { eventsByFolderYear } from '../lib/events/year-folders.ts';
import { routePages } from '../lib/pagination.ts';
import { allCounties, parentCity, placeWords, province, regionByCode, subdivisions } from '../lib/regions/index.ts';
import { countyCodeAt } from '../lib/geo/index.ts';
import { heldWithin } from '../lib/events/held-within.ts';
import { siteSettings } from '../lib/site-settings.ts';
import {
  collectionPath,
  eventFilterIndexPath,
  eventsCalendarPath,
  eventsDayPath,
  eventsInCityPath,
  eventsMonthPath,
  eventsYearPath,
  regionEventsPath,
  regionPath,
  regionsPath,
  type FilterIndexDimension,
} from '../lib/urls.ts';

/**
 * The event lists of a build, each worked out once: the site-wide list
 * order, each filter's events and chip rows, the neighbours of every event,
 * the busy days of the calendar, a region's events. Thousands of pages ask
 * for these; computing them per page made the build quadratic in the number
 * of events. Results are kept per list of all events, so the dev server,
 * which reads the collection afresh, never sees stale ones.
 */
const memos = new WeakMap<readonly EventEntry[], Map<string, unknown>>();

async function perBuild<R>(key: string, make: (all: readonly EventEntry[]) => R): Promise<R> {
  const all = await eventsByStart();
  let memo = memos.get(all);
  if (!memo) memos.set(all, (memo = new Map<string, unknown>()));
  if (!memo.has(key)) memo.set(key, make(all));
  return memo.get(key) as R;
}

/** Every event in list order: the current week's year and after first, then earlier years (src/lib/events/list-order.ts). */
export const eventsInListOrder = () => perBuild('list-order', (all) => editionOrder(all, siteSettings().year));

export interface EventListing {
  filter: EventFilter;
  /** The filter's events, in list order. */
  events: readonly EventEntry[];
  /** The chip rows of its page, with their counts. */
  rows: FacetRow[];
}

export async function eventListing(filter: EventFilter): Promise<EventListing> {
  return await perBuild(`filter:${filterKey(filter)}`, async (all): Promise<EventListing> => {
    const events = filterEvents(await eventsInListOrder(), filter);
    const rows = facetRows(
      all.map((e) => e.data),
      filter,
      { cities: subdivisions().map((c) => c.code), types: EVENT_TYPES, audiences: AUDIENCES },
    );
    return { filter, events, rows };
  });
}

/** "附近的活动" of an event page, from one index of the whole site. */
export async function nearbyOf(event: EventEntry): Promise<EventEntry[]> {
  return (await perBuild('nearby', (all) => nearbyFinder(all)))(event);
}

/** Months that have events, for the calendar links and pages. */
export const monthsWithEvents = () => perBuild('months', (all) => eventMonths(all));

// ── list pages ───────────────────────────────────────────────────────────

export interface Crumb {
  label: string;
  href?: string;
}

/** What a page of an event list shows (components/EventListPage.astro). */
export interface EventListPageProps {
  /** The page's events. */
  events: EventEntry[];
  /** How many the whole list has. */
  total: number;
  page: number;
  pages: number;
  /** The list's first page; later pages follow it (`page/2/`). */
  listPath: string;
  heading: string;
  /** The tab title; defaults to the heading. */
  title?: string;
  crumbs: Crumb[];
  /** The lead line; defaults to the count. */
  lead?: string;
  /** Filter pages: the chips and the current choice. */
  filter?: EventFilter;
  rows?: FacetRow[];
  /** The full list (/events/): with the month links and calendar feeds. */
  index?: boolean;
  /** The whole list holds more than one year's events: each card's date says its year. */
  withYear?: boolean;
}

type ListDef = {
  params: Record<string, string>;
  events: readonly EventEntry[];
  /** A year's own list (/events/2023/): its cards need not say the year its heading does. */
  ownYear?: number;
} & Omit<EventListPageProps, 'events' | 'total' | 'page' | 'pages'>;

/** getStaticPaths of a list's first pages (`first`) or of the pages after them (`later`, with param `n`). */
function listPaths(defs: ListDef[], which: 'first' | 'later') {
  return defs.flatMap(({ params, events, ownYear, ...list }) => {
    const withYear = datesNeedYear(events, ownYear ?? siteSettings().year);
    return routePages(events, which).map(({ items, page, pages, param }) => ({
      params: { ...params, ...param },
      props: { ...list, events: items, total: events.length, page, pages, withYear } satisfies EventListPageProps,
    }));
  });
}

/** The events' list, first of every events page's breadcrumbs after 首页. */
export const eventsCrumb = () => ({ label: t.events.title, href: collectionPath('events') });
/** The page listing a filter's choices (/events/in/ …), between the events and one choice's list. */
const filterIndexCrumb = (dimension: FilterIndexDimension) => ({
  label: t.events.filterIndex.heading[dimension],
  href: eventFilterIndexPath(dimension),
});
/** The months that have events, between the events and a month's or a day's calendar. */
export const calendarCrumb = () => ({ label: t.events.calendar.title, href: eventsCalendarPath() });
const f = t.events.filters;

async function filterDef(params: Record<string, string>, filter: EventFilter, heading: string, crumbs: Crumb[], title?: string): Promise<ListDef> {
  const listing = await eventListing(filter);
  return {
    params,
    events: listing.events,
    filter,
    rows: listing.rows,
    heading,
    title: title ?? f.pageTitle(heading, t.events.title),
    crumbs,
    // Only pages that exist are listed here, so the filter always has a path.
    listPath: eventFilterPath(filter)!,
  };
}

const cityName = (code: string) => (code === province().code ? f.province(placeWords().kind.level) : (regionByCode(code)?.name ?? code));

/** The event lists: all events, and each filter's page (src/lib/events/filters.ts says which exist). */
export type EventListKind = 'all' | 'year' | 'city' | 'city-type' | 'type' | 'audience' | 'online' | 'offline';

async function eventListDefs(kind: EventListKind): Promise<ListDef[]> {
  switch (kind) {
    case 'all': {
      const listing = await eventListing({});
      return [
        {
          params: {},
          events: listing.events,
          filter: {},
          rows: listing.rows,
          heading: t.events.title,
          crumbs: [{ label: t.events.title }],
          // Before anything is published the page says events are coming, with no count of zero.
          lead: `${t.events.lead(placeWords().kind.whole)}${listing.events.length > 0 ? t.events.listCount(listing.events.length) : ''}`,
          listPath: collectionPath('events'),
          index: true,
        },
      ];
    }
    case 'year': {
      return [...eventsByFolderYear(await eventsInListOrder())].map(([year, events]) => {
        const heading = t.events.year.heading(year);
        return {
          params: { year: String(year) },
          events,
          ownYear: year,
          heading,
          title: f.pageTitle(heading, t.events.title),
          lead: t.events.listCount(events.length),
          crumbs: [eventsCrumb(), { label: t.events.year.crumb(year) }],
          listPath: eventsYearPath(year),
        };
      });
    }
    case 'city': {
      const all = await eventsByStart();
      // Every city has its page (an empty one says so); the province's only when it has events.
      const withProvince = all.some((e) => eventCity(e.data) === province().code);
      const codes = [...(withProvince ? [province().code] : []), ...subdivisions().map((c) => c.code)];
      return Promise.all(
        codes.map((city) => {
          const name = cityName(city);
          return filterDef({ city }, { city }, city === province().code ? f.province(placeWords().kind.level) : f.inCity(name), [eventsCrumb(), filterIndexCrumb('city'), { label: name }]);
        }),
      );
    }
    case 'city-type': {
      const all = await eventsByStart();
      return Promise.all(
        cityTypeCombinations(all.map((e) => e.data)).map(({ city, type }) => {
          const typeName = t.eventTypes[type as keyof typeof t.eventTypes];
          const heading = f.cityAndType(cityName(city), typeName);
          return filterDef({ city, type }, { city, type }, heading, [eventsCrumb(), filterIndexCrumb('city'), { label: cityName(city), href: eventsInCityPath(city) }, { label: typeName }]);
        }),
      );
    }
    case 'type':
      return Promise.all(EVENT_TYPES.map((type) => filterDef({ type }, { type }, t.eventTypes[type], [eventsCrumb(), filterIndexCrumb('type'), { label: t.eventTypes[type] }])));
    case 'audience':
      return Promise.all(
        AUDIENCES.map((audience) => {
          const label = t.audiences[audience];
          return filterDef({ audience }, { audience }, f.forAudience(label), [eventsCrumb(), filterIndexCrumb('audience'), { label: f.forAudienceCrumb(label) }]);
        }),
      );
    case 'online':
    case 'offline': {
      const label = f.modes[kind];
      return [await filterDef({}, { mode: kind }, f.byMode(label), [eventsCrumb(), { label }])];
    }
  }
}

export async function eventListPaths(kind: EventListKind, which: 'first' | 'later') {
  return listPaths(await eventListDefs(kind), which);
}

/** A busy day's own list (`/events/calendar/2023-11/18/`), for the days whose month cell shows only some. */
export async function eventDayPaths(which: 'first' | 'later') {
  const days = await perBuild('busy-days', (all) => busyDays(all));
  const defs: ListDef[] = [...days].map(([day, events]) => {
    const month = day.slice(0, 7);
    // With its year: the site keeps every year's calendar, and 11月21日 is a day of each.
    const heading = t.events.calendar.dayHeading(formatDateZh(parseBeijingDate(day)!));
    const monthHeading = t.events.calendar.heading(formatYearMonthZh(month));
    return {
      params: { month, day: day.slice(8) },
      events,
      heading,
      title: f.pageTitle(heading, t.events.title),
      lead: t.events.calendar.dayLead(events.length),
      crumbs: [eventsCrumb(), calendarCrumb(), { label: monthHeading, href: eventsMonthPath(month) }, { label: formatIsoDayZh(day) }],
      listPath: eventsDayPath(day),
    };
  });
  return listPaths(defs, which);
}

/** A region's events in list order. */
export async function regionEvents(code: string): Promise<readonly EventEntry[]> {
  const byRegion = await perBuild('regions', () => new Map<string, readonly EventEntry[]>());
  let events = byRegion.get(code);
  if (!events) byRegion.set(code, (events = inRegion(await eventsInListOrder(), code)));
  return events;
}

/**
 * Events filed under the province or a city that are held in region `code`, by their venue's point
 * (src/lib/events/held-within.ts), in list order: the province's ceremony on its district's page.
 */
export async function eventsHeldIn(code: string): Promise<readonly EventEntry[]> {
  const inOrder = await eventsInListOrder();
  const held = await perBuild('held-within', () =>
    heldWithin(inOrder, (point) => countyCodeAt(point), (region) => regionByCode(region)?.level === 'county'),
  );
  return held.get(code) ?? [];
}

/**
 * Where a region's page sends a reader for all its events, when it shows
 * only the first few: a city's filter page, or a county's own list.
 */
export function regionEventsLink(code: string): string {
  return regionByCode(code)?.level === 'county' ? regionEventsPath(code) : eventsInCityPath(code);
}

/** The counties whose events have a list of their own: more than their page shows. */
export async function countiesWithOwnEventList(): Promise<ReadonlySet<string>> {
  const codes = new Set<string>();
  for (const county of allCounties()) if ((await regionEvents(county.code)).length > REGION_EVENT_LIMIT) codes.add(county.code);
  return codes;
}

/** A county's own list of events, for the counties with more than their page shows. */
export async function countyEventPaths(which: 'first' | 'later') {
  const defs: ListDef[] = [];
  const withList = await countiesWithOwnEventList();
  for (const county of allCounties()) {
    if (!withList.has(county.code)) continue;
    const events = await regionEvents(county.code);
    const city = parentCity(county.code);
    const heading = t.regions.eventsHeading(county.name);
    defs.push({
      params: { code: county.code },
      events,
      heading,
      title: heading,
      crumbs: [
        { label: t.regions.title, href: regionsPath() },
        ...(city ? [{ label: city.name, href: regionPath(city.code) }] : []),
        { label: county.name, href: regionPath(county.code) },
        { label: t.regions.events },
      ],
      listPath: regionEventsPath(county.code),
    });
  }
  return listPaths(defs, which);
}
