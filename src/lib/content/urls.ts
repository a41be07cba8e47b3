/**
 * Stable URLs (design.md, "URLs"): media and other portals link to them, so
 * every page builds its links here and nowhere else.
 */
export type ShowcaseCollection = 'events' | 'books' | 'learners' | 'projects';

export function collectionPath(collection: ShowcaseCollection): string {
  return `/${collection}/`;
}

/** `content/events/2023/gz-reading.md` (id `2023/gz-reading`) → `/events/2023/gz-reading/` */
export function entryPath(collection: ShowcaseCollection, id: string): string {
  return `/${collection}/${id}/`;
}

/** `notices/moe-2023` → `/notices/moe-2023/`; `about` → `/about/` */
export function pagePath(id: string): string {
  return `/${id}/`;
}

export function regionPath(code: string): string {
  return `/regions/${code}/`;
}

/** Each event's own calendar file sits beside its page: `/events/2023/gz-reading.ics`. */
export function eventIcsPath(id: string): string {
  return `/events/${id}.ics`;
}

export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/* Event discovery: filters that work without JavaScript are pre-rendered pages. */

/** `/events/type/seminar/` */
export function eventTypePath(type: string): string {
  return `/events/type/${type}/`;
}

/** `/events/in/440100/`, or narrowed to one type: `/events/in/440100/seminar/`. */
export function eventsInCityPath(cityCode: string, type?: string): string {
  return type ? `/events/in/${cityCode}/${type}/` : `/events/in/${cityCode}/`;
}

/** `/events/for/elderly/` */
export function eventsForAudiencePath(audience: string): string {
  return `/events/for/${audience}/`;
}

/** `/events/online/`, `/events/offline/` */
export function eventsModePath(mode: 'online' | 'offline'): string {
  return `/events/${mode}/`;
}

/** The month grid: `/events/calendar/2023-11/`. */
export function eventsMonthPath(month: string): string {
  return `/events/calendar/${month}/`;
}

/** An entry's 1200×630 share card: `/share/events/2023/gz-reading.jpg`. */
export function shareCardPath(collection: ShowcaseCollection, id: string): string {
  return `/share/${collection}/${id}.jpg`;
}

/** The site's own share card, for pages without an image of their own. */
export const DEFAULT_SHARE_IMAGE = '/share/default.png';
