import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { aliasesOf } from './content/aliases.ts';
import { AUDIENCES } from './content/fields.ts';
import { COLLECTIONS, SHOWCASE_COLLECTIONS, type CollectionName } from './content/collections.ts';
import { EVENT_TYPES } from './content/schemas.ts';
import { eventYears } from './calendar/events.ts';
import { cityTypeCombinations, eventCity, eventFilterPath, EVENT_MODES, filterEvents, type EventFilter } from './events/filters.ts';
import { REGION_EVENT_LIMIT } from './events/list-order.ts';
import { busyDays, eventMonths } from './events/month-grid.ts';
import { eventsByFolderYear } from './events/year-folders.ts';
import { laterPages } from './pagination.ts';
import { allCounties, cities, province, subdivisions } from './regions/index.ts';
import {
  collectionPath,
  siteShareImagePath,
  entryPath,
  eventIcsPath,
  eventsDayPath,
  eventsIcsPath,
  eventsYearIcsPath,
  eventsYearPath,
  eventsCalendarPath,
  eventFilterIndexPath,
  FILTER_INDEX_FOLDERS,
  type FilterIndexDimension,
  eventsMonthPath,
  homePath,
  lightingIcsPath,
  lightingItemIcsPath,
  lightingPath,
  listPagePath,
  mediaPath,
  noticesPath,
  regionEventsPath,
  regionPath,
  regionsPath,
  rssPath,
  searchPath,
  searchUnderWayPath,
  shareCardPath,
  identityBadgePath,
  sitemapPath,
  sitePath,
  statsPath,
  statsRegionsCsvPath,
  statsTableCsvPath,
  statsTablePath,
  statsTableXlsxPath,
  eventsSheetPath,
} from './urls.ts';

/**
 * Every address the build writes a page or file at, computed from the
 * content the way src/pages computes it (the same lib functions, the same
 * URL helper, base path included), without building. `npm run check` uses
 * it to find links in bodies that lead nowhere; tests/site-routes.test.ts
 * keeps it equal to what a build of the fixture actually writes.
 */
export interface RouteEntry {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
}

export interface RouteInputs {
  entries: readonly RouteEntry[];
  statsYears: readonly number[];
  lightingYears: readonly number[];
  /** Each lighting window (its own calendar file, `/lighting/<year>/<id>.ics`). */
  lightingItems: readonly { year: number; id: string }[];
  /** The folder copied as it is into the site's root (`public/`). */
  publicDir?: string;
  /** The type (`png`) of the 党政机关网站标识 the settings name, which the build copies (src/lib/identity/badge.ts). */
  badgeType?: string | undefined;
}

interface EventData {
  type: string;
  region: string;
  audience: string[];
  online?: string;
  venue?: unknown;
  start: Date;
  end: Date;
}

/** A list's first page and the pages after it (`page/2/` …). */
function listPages(routes: Set<string>, listPath: string, count: number): void {
  routes.add(listPath);
  for (const n of laterPages(count)) routes.add(listPagePath(listPath, n));
}

function publicFiles(dir: string | undefined): string[] {
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    );
}

/** Every address the build writes: the site's own pages and files, each entry's page, calendar and share card, and the pages at its old addresses. */
export function siteRoutes(inputs: RouteInputs): Set<string> {
  return withAliasRoutes(withEntryRoutes(ownPageRoutes(inputs), inputs.entries), inputs.entries);
}

/** `routes` and, as a new set, the page at each old address an entry lists in `aliases`, which sends the reader on to it. */
export function withAliasRoutes(routes: ReadonlySet<string>, entries: readonly RouteEntry[]): Set<string> {
  const all = new Set(routes);
  for (const { data } of entries) for (const alias of aliasesOf(data)) all.add(sitePath(alias));
  return all;
}

/** `own` (ownPageRoutes) and each entry's page, calendar and share card, as a new set. */
export function withEntryRoutes(own: ReadonlySet<string>, entries: readonly RouteEntry[]): Set<string> {
  const routes = new Set(own);
  for (const { collection, id, data } of entries) {
    routes.add(entryPath(collection, id));
    if (COLLECTIONS[collection].showcase && data.cover)
      routes.add(shareCardPath(collection as (typeof SHOWCASE_COLLECTIONS)[number], id));
    if (collection === 'events') routes.add(eventIcsPath(id));
  }
  return routes;
}

/**
 * The addresses of the site's own pages and files, which the entries'
 * pages must not take (content/events/online.md would be /events/online/, the
 * list of online events): lists, filters, calendars, regions, statistics.
 */
export function ownPageRoutes(inputs: RouteInputs): Set<string> {
  const routes = new Set<string>([
    homePath(),
    regionsPath(),
    noticesPath(),
    searchPath(),
    searchUnderWayPath(),
    mediaPath(),
    rssPath(),
    sitemapPath(),
    sitePath('sitemap-0.xml'),
    sitePath('robots.txt'),
    sitePath('404.html'),
    eventsIcsPath(),
    // The blank events sheet the submission page offers (src/pages/events/sheet.xlsx.ts).
    eventsSheetPath(),
    lightingIcsPath(),
    statsPath(),
    lightingPath(),
    siteShareImagePath('default'),
    siteShareImagePath('stats'),
    siteShareImagePath('lighting'),
  ]);
  for (const file of publicFiles(inputs.publicDir)) routes.add(sitePath(file));
  if (inputs.badgeType) routes.add(identityBadgePath(inputs.badgeType));
  for (const collection of SHOWCASE_COLLECTIONS)
    if (collection !== 'events')
      listPages(routes, collectionPath(collection), inputs.entries.filter((e) => e.collection === collection).length);
  for (const region of [...cities(), ...allCounties()]) routes.add(regionPath(region.code));

  const events = inputs.entries
    .filter((e) => e.collection === 'events')
    .map((e) => ({ id: e.id, data: e.data as unknown as EventData }));
  // Every event list, in pages: all events, each filter, a busy day, a county with more than its page shows.
  const filters: EventFilter[] = [
    {},
    ...EVENT_TYPES.map((type) => ({ type })),
    ...AUDIENCES.map((audience) => ({ audience })),
    ...EVENT_MODES.map((mode) => ({ mode })),
  ];
  const withProvince = events.some((e) => eventCity(e.data) === province().code);
  for (const region of [...(withProvince ? [province()] : []), ...subdivisions()]) filters.push({ city: region.code });
  for (const { city, type } of cityTypeCombinations(events.map((e) => e.data))) filters.push({ city, type });
  // A place's filters look among its own events only: some 200 filters over every event made this a second's work at 10,000.
  const byCity = Map.groupBy(events, (e) => eventCity(e.data));
  const among = (filter: EventFilter) => (filter.city === undefined ? events : (byCity.get(filter.city) ?? []));
  for (const filter of filters) listPages(routes, eventFilterPath(filter)!, filterEvents(among(filter), filter).length);
  for (const [day, onDay] of busyDays(events)) listPages(routes, eventsDayPath(day), onDay.length);
  const byRegion = Map.groupBy(events, (e) => e.data.region);
  for (const county of allCounties()) {
    const count = byRegion.get(county.code)?.length ?? 0;
    if (count > REGION_EVENT_LIMIT) listPages(routes, regionEventsPath(county.code), count);
  }
  for (const dimension of Object.keys(FILTER_INDEX_FOLDERS) as FilterIndexDimension[]) routes.add(eventFilterIndexPath(dimension));
  routes.add(eventsCalendarPath());
  for (const month of eventMonths(events)) routes.add(eventsMonthPath(month));
  for (const year of eventYears(events)) routes.add(eventsYearIcsPath(year));
  for (const [year, filed] of eventsByFolderYear(events)) listPages(routes, eventsYearPath(year), filed.length);

  for (const year of inputs.statsYears) {
    for (const route of [
      statsPath(year),
      statsTablePath(year),
      statsTableCsvPath(year),
      statsTableXlsxPath(year),
      statsRegionsCsvPath(year),
    ])
      routes.add(route);
  }
  for (const year of inputs.lightingYears) routes.add(lightingPath(year));
  for (const item of inputs.lightingItems) routes.add(lightingItemIcsPath(item.year, item.id));
  return routes;
}
