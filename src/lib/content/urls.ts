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
