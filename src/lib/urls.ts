import { resolveBasePath } from './base-path.ts';
import { COLLECTIONS, type CollectionName, type ShowcaseCollection } from './content/collections.ts';
import { levelOfCode } from './regions/index.ts';
import { siteSettings } from './site-settings.ts';
import { resolveSiteUrl } from './site-url.ts';

/**
 * Every address the site links to, in one place (design.md, "URLs"): media
 * and other portals link to them, and the whole site may be served under a
 * base path, so no page or component writes `/…` by hand. Each function
 * returns a path from the host's root, base included (`/zt/xxzq/events/`);
 * `absoluteUrl` makes it absolute for share cards, feeds and calendars.
 */

/**
 * The path the site is served under: `/`, or `/zt/xxzq/` for a 专题 under a
 * department's domain. BASE_PATH (a staging build) wins over the `base` site
 * setting; astro.config.mjs gives Astro the same value.
 */
export function basePath(): string {
  return resolveBasePath(process.env.BASE_PATH, () => siteSettings().base);
}

/** The public address (scheme and host): SITE_URL (a staging build) over the `url` setting; astro.config.mjs gives it to Astro. */
export function siteUrl(): string {
  return resolveSiteUrl(process.env.SITE_URL, () => siteSettings().url);
}

/** A route of the site (`events/2023/x/`, with or without its leading slash) under the base path. */
export function sitePath(route: string): string {
  return `${basePath()}${route.replace(/^\/+/, '')}`;
}

export function homePath(): string {
  return sitePath('');
}

/** A showcase's list page: `/events/`, `/books/` … */
export function collectionPath(collection: ShowcaseCollection): string {
  return sitePath(`${COLLECTIONS[collection].segment}/`);
}

/**
 * An entry's page follows its file path under its collection's folder:
 * `content/events/2023/gz-reading.md` (id `2023/gz-reading`) → `/events/2023/gz-reading/`;
 * `content/pages/notices/moe-2023.md` → `/notices/moe-2023/`; `about.md` → `/about/`.
 */
export function entryPath(collection: CollectionName, id: string): string {
  return sitePath(entryRoute(collection, id));
}

/**
 * The same address from the site's root without the base path, as editors
 * write links and an entry's old addresses (`aliases`): `/events/2023/gz-reading/`.
 */
export function entryRoute(collection: CollectionName, id: string): string {
  const segment = COLLECTIONS[collection].segment;
  return segment ? `/${segment}/${id}/` : `/${id}/`;
}

/** The notices (主动公开) list, `/notices/`; a notice is `entryPath('pages', 'notices/<slug>')`. */
export function noticesPath(): string {
  return sitePath('notices/');
}

export function regionsPath(): string {
  return sitePath('regions/');
}

export function regionPath(code: string): string {
  return sitePath(`regions/${code}/`);
}

/** The id of a region page's section of events. */
export const REGION_EVENTS_SECTION = 'r-events';

/** The id of a region page's section of its latest statistics (src/components/RegionStats.astro). */
export const REGION_STATS_SECTION = 'r-stats';

/** A region page's figures and reporting, `/regions/440100/#r-stats`. */
export function regionStatsSectionPath(code: string): string {
  return `${regionPath(code)}#${REGION_STATS_SECTION}`;
}

/** The id of the footer's contact line (src/components/SiteIdentity.astro), on every page. */
export const SITE_CONTACT_ID = 'site-contact';

/** The id of a city's page's section that lists its counties. */
export const REGION_COUNTIES_SECTION = 'r-counties';

/** A city's page's list of its counties, `/regions/440100/#r-counties`. */
export function regionCountiesSectionPath(code: string): string {
  return `${regionPath(code)}#${REGION_COUNTIES_SECTION}`;
}

/** A region page's events, `/regions/440606/#r-events`: where a county's events are when it has no list of their own. */
export function regionEventsSectionPath(code: string): string {
  return `${regionPath(code)}#${REGION_EVENTS_SECTION}`;
}

/**
 * Where a link to an entry's region goes: the region's page, or for the
 * province's own code (a 省级/市级 entry: the province has no page of its
 * own) the list of its regions.
 */
export function regionPagePath(code: string): string {
  return levelOfCode(code) === 'province' ? regionsPath() : regionPath(code);
}

/* Event discovery: filters that work without JavaScript are pre-rendered pages. */

/** The events filed under a year (content/events/2023/): `/events/2023/`, the folder of their own pages. */
export function eventsYearPath(year: number): string {
  return sitePath(`events/${year}/`);
}

/** The filters whose choices have a page of their own, and the folder under /events/ of that page and their lists. */
export const FILTER_INDEX_FOLDERS = { city: 'in', type: 'type', audience: 'for' } as const;
export type FilterIndexDimension = keyof typeof FILTER_INDEX_FOLDERS;

/** Where a filter's choices are listed, each with its count: `/events/in/`, `/events/type/`, `/events/for/`. */
export function eventFilterIndexPath(dimension: FilterIndexDimension): string {
  return sitePath(`events/${FILTER_INDEX_FOLDERS[dimension]}/`);
}

/** The months that have events: `/events/calendar/`. */
export function eventsCalendarPath(): string {
  return sitePath('events/calendar/');
}

/** `/events/type/seminar/` */
export function eventTypePath(type: string): string {
  return sitePath(`events/type/${type}/`);
}

/** `/events/in/440100/`, or narrowed to one type: `/events/in/440100/seminar/`. */
export function eventsInCityPath(cityCode: string, type?: string): string {
  return sitePath(type ? `events/in/${cityCode}/${type}/` : `events/in/${cityCode}/`);
}

/** `/events/for/elderly/` */
export function eventsForAudiencePath(audience: string): string {
  return sitePath(`events/for/${audience}/`);
}

/** `/events/online/`, `/events/offline/` */
export function eventsModePath(mode: 'online' | 'offline'): string {
  return sitePath(`events/${mode}/`);
}

/** The month grid: `/events/calendar/2023-11/`. */
export function eventsMonthPath(month: string): string {
  return sitePath(`events/calendar/${month}/`);
}

/** Every event that begins on a day, when its month's cell shows only some: `/events/calendar/2023-11/18/`. */
export function eventsDayPath(day: string): string {
  const [year, month, date] = day.split('-');
  return sitePath(`events/calendar/${year}-${month}/${date}/`);
}

/** A county's events, when its page shows only the first few: `/regions/440106/events/`. */
export function regionEventsPath(code: string): string {
  return sitePath(`regions/${code}/events/`);
}

/* Long lists come in pages (src/lib/pagination.ts). */

/** Page `n` of a list whose first page is `listPath`: `/events/`, `/events/page/2/`, `/events/in/440100/page/3/`. */
export function listPagePath(listPath: string, n: number): string {
  return n === 1 ? listPath : `${listPath}page/${n}/`;
}

/* Calendars (ICS). */

/** The current week's year and what comes after: `/events.ics`. */
export function eventsIcsPath(): string {
  return sitePath('events.ics');
}

/** One year's events, for the archive: `/events/2022.ics`. */
export function eventsYearIcsPath(year: number): string {
  return sitePath(`events/${year}.ics`);
}

/** Each event's own calendar file sits beside its page: `/events/2023/gz-reading.ics`. */
export function eventIcsPath(id: string): string {
  return sitePath(`events/${id}.ics`);
}

/** Every lighting window: `/lighting.ics`. */
export function lightingIcsPath(): string {
  return sitePath('lighting.ics');
}

/** Each lighting window's own calendar file sits beside its year's schedule: `/lighting/2023/gz-canton-tower.ics`. */
export function lightingItemIcsPath(year: number, itemId: string): string {
  return sitePath(`lighting/${year}/${itemId}.ics`);
}

/* Statistics and lighting, by year; without a year, the page that shows the latest. */

export function statsPath(year?: number): string {
  return sitePath(year === undefined ? 'stats/' : `stats/${year}/`);
}

/** The MoE table alone, to print: `/stats/2023/table/`. */
export function statsTablePath(year: number): string {
  return sitePath(`stats/${year}/table/`);
}

export function statsTableCsvPath(year: number): string {
  return sitePath(`stats/${year}/table.csv`);
}

/** The Ministry's annex as a workbook: `/stats/2023/table.xlsx`. */
export function statsTableXlsxPath(year: number): string {
  return sitePath(`stats/${year}/table.xlsx`);
}

/** The blank events sheet for the cities to fill, as `npm run import-events -- --template` writes it: `/events/sheet.xlsx`. */
export function eventsSheetPath(): string {
  return sitePath('events/sheet.xlsx');
}

export function statsRegionsCsvPath(year: number): string {
  return sitePath(`stats/${year}/regions.csv`);
}

/** `/lighting/`, `/lighting/2023/`, or one window on it: `/lighting/2023/#gz-canton-tower`. */
export function lightingPath(year?: number, itemId?: string): string {
  const page = sitePath(year === undefined ? 'lighting/' : `lighting/${year}/`);
  return itemId ? `${page}#${itemId}` : page;
}

/* Site-wide pages and files. */

/** `/search/under-way.json`: the events over several days, for a day no event begins on (src/pages/search/under-way.json.ts). */
export function searchUnderWayPath(): string {
  return sitePath('search/under-way.json');
}

/** `/search/`, or opening with results: `/search/?q=…`. */
export function searchPath(query?: string): string {
  return sitePath(query ? `search/?q=${encodeURIComponent(query)}` : 'search/');
}

export function mediaPath(): string {
  return sitePath('media/');
}

export function rssPath(): string {
  return sitePath('rss.xml');
}

export function sitemapPath(): string {
  return sitePath('sitemap-index.xml');
}

export function faviconPath(): string {
  return sitePath('favicon.svg');
}

/** The 党政机关网站标识 the build copies from the deployer's content folder: `/identity/badge.png`. */
export function identityBadgePath(type: string): string {
  return sitePath(`identity/badge.${type}`);
}

/** A file of the search bundle Pagefind writes into `/pagefind/`, for the search page and the header's prefetch. */
export function pagefindPath(file = ''): string {
  return sitePath(`pagefind/${file}`);
}

/** An entry's 1200×630 share card: `/share/events/2023/gz-reading.jpg`. */
export function shareCardPath(collection: ShowcaseCollection, id: string): string {
  return sitePath(`share/${collection}/${id}.jpg`);
}

/** The site's own share cards (src/lib/seo/share-card.ts): most pages', the statistics pages' and the lighting map's. */
export type SiteShareCard = 'default' | 'stats' | 'lighting';

/** One of the site's own share cards, for pages without an image of their own: `/share/stats.png`. */
export function siteShareImagePath(card: SiteShareCard): string {
  return sitePath(`share/${card}.png`);
}

/** The site's own share card, for pages without an image of their own. */
export function defaultShareImagePath(): string {
  return siteShareImagePath('default');
}

/** A path from the helpers above made absolute on the site's public URL (canonical, share cards, feeds, calendars). */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
