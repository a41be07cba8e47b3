import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { AUDIENCES } from './content/fields.ts';
import { COLLECTIONS, SHOWCASE_COLLECTIONS, type CollectionName } from './content/collections.ts';
import { EVENT_TYPES } from './content/schemas.ts';
import { cityTypeCombinations, eventCity, EVENT_MODES } from './events/filters.ts';
import { eventMonths } from './events/month-grid.ts';
import { allCounties, cities, province, subdivisions } from './regions/index.ts';
import {
  collectionPath,
  siteShareImagePath,
  entryPath,
  eventIcsPath,
  eventsForAudiencePath,
  eventsIcsPath,
  eventsInCityPath,
  eventsModePath,
  eventsMonthPath,
  eventTypePath,
  homePath,
  lightingIcsPath,
  lightingPath,
  mediaPath,
  noticesPath,
  regionPath,
  regionsPath,
  rssPath,
  searchPath,
  shareCardPath,
  identityBadgePath,
  sitemapPath,
  sitePath,
  statsPath,
  statsRegionsCsvPath,
  statsTableCsvPath,
  statsTablePath,
  statsTableXlsxPath,
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
  /** The folder copied as it is into the site's root (`public/`). */
  publicDir?: string;
  /** The type (`png`) of the 党政机关网站标识 the settings name, which the build copies (src/lib/identity/badge.ts). */
  badgeType?: string | undefined;
}

interface EventData {
  type: string;
  region: string;
  audience: string[];
  start: Date;
  end: Date;
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

export function siteRoutes(inputs: RouteInputs): Set<string> {
  const routes = new Set<string>([
    homePath(),
    regionsPath(),
    noticesPath(),
    searchPath(),
    mediaPath(),
    rssPath(),
    sitemapPath(),
    sitePath('sitemap-0.xml'),
    sitePath('robots.txt'),
    sitePath('404.html'),
    eventsIcsPath(),
    lightingIcsPath(),
    statsPath(),
    lightingPath(),
    siteShareImagePath('default'),
    siteShareImagePath('stats'),
    siteShareImagePath('lighting'),
  ]);
  for (const file of publicFiles(inputs.publicDir)) routes.add(sitePath(file));
  if (inputs.badgeType) routes.add(identityBadgePath(inputs.badgeType));
  for (const collection of SHOWCASE_COLLECTIONS) routes.add(collectionPath(collection));
  for (const region of [...cities(), ...allCounties()]) routes.add(regionPath(region.code));

  for (const { collection, id, data } of inputs.entries) {
    routes.add(entryPath(collection, id));
    if (COLLECTIONS[collection].showcase && data.cover)
      routes.add(shareCardPath(collection as (typeof SHOWCASE_COLLECTIONS)[number], id));
    if (collection === 'events') routes.add(eventIcsPath(id));
  }

  const events = inputs.entries
    .filter((e) => e.collection === 'events')
    .map((e) => ({ id: e.id, data: e.data as unknown as EventData }));
  for (const type of EVENT_TYPES) routes.add(eventTypePath(type));
  for (const audience of AUDIENCES) routes.add(eventsForAudiencePath(audience));
  for (const mode of EVENT_MODES) routes.add(eventsModePath(mode));
  const withProvince = events.some((e) => eventCity(e.data) === province().code);
  for (const region of [...(withProvince ? [province()] : []), ...subdivisions()]) routes.add(eventsInCityPath(region.code));
  for (const { city, type } of cityTypeCombinations(events.map((e) => e.data))) routes.add(eventsInCityPath(city, type));
  for (const month of eventMonths(events)) routes.add(eventsMonthPath(month));

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
  return routes;
}
