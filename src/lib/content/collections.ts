import type { z } from 'zod';
import { byStart } from '../events/phase.ts';
import { bookSchema, eventSchema, learnerSchema, pageSchema, projectSchema } from './schemas.ts';

/**
 * Every content collection, once: the folder under content/ it is read
 * from, its schema, where its pages live, how lists order it and which
 * section of the string table names it. The Astro config, the content
 * checker, the URL helper and the queries all read this, so adding or
 * renaming a collection is one entry here (plus its page templates).
 */

/** What a cover's `src` becomes: Astro's image() in the build (the shape of its ImageMetadata). */
export interface ImageFile {
  src: string;
  width: number;
  height: number;
  format: 'png' | 'jpg' | 'jpeg' | 'tiff' | 'webp' | 'gif' | 'svg' | 'avif' | 'apng';
}
/** The schema a cover's `src` is checked with: Astro's image() in the build, a file check in `npm run check`. */
export type ImageSchema = z.ZodType<ImageFile>;

/** How a list shows a collection; comparators live in ENTRY_ORDER. */
export type EntryOrder = 'start' | 'latest' | 'page';

export interface CollectionSpec {
  /** The folder under content/: `content/<folder>/<id>.md`. */
  folder: string;
  /** The Zod schema of an entry's front matter, given the image schema. */
  schema: (image: ImageSchema) => z.ZodType;
  /** The first URL segment of its entries: `/<segment>/<id>/`; '' puts entries at the root (`/about/`). */
  segment: string;
  order: EntryOrder;
  /** A showcase has its own list page, share cards, detail pages with previous/next, and search facets. */
  showcase: boolean;
  /** Its section in the string table (`t.events.title`). */
  text: 'events' | 'books' | 'learners' | 'projects' | 'notices';
}

export const COLLECTIONS = {
  events: { folder: 'events', schema: eventSchema<ImageSchema>, segment: 'events', order: 'start', showcase: true, text: 'events' },
  books: { folder: 'books', schema: bookSchema<ImageSchema>, segment: 'books', order: 'latest', showcase: true, text: 'books' },
  learners: { folder: 'learners', schema: learnerSchema<ImageSchema>, segment: 'learners', order: 'latest', showcase: true, text: 'learners' },
  projects: { folder: 'projects', schema: projectSchema<ImageSchema>, segment: 'projects', order: 'latest', showcase: true, text: 'projects' },
  // Notices (content/pages/notices/x.md → /notices/x/) and standing pages (about.md → /about/).
  pages: { folder: 'pages', schema: () => pageSchema, segment: '', order: 'page', showcase: false, text: 'notices' },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export type ShowcaseCollection = { [K in CollectionName]: (typeof COLLECTIONS)[K]['showcase'] extends true ? K : never }[CollectionName];

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export const SHOWCASE_COLLECTIONS = COLLECTION_NAMES.filter((name): name is ShowcaseCollection => COLLECTIONS[name].showcase);

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(COLLECTIONS, name);
}

interface Sortable {
  id: string;
  data: { featured?: boolean; order?: number; start?: Date; end?: Date; year?: number };
}

/** List order, by content and never by build time: the id breaks every tie. */
export const ENTRY_ORDER: Record<EntryOrder, (a: Sortable, b: Sortable) => number> = {
  start: (a, b) => byStart(a.data as { start: Date; end: Date }, b.data as { start: Date; end: Date }) || a.id.localeCompare(b.id),
  // Showcases: the latest year's first (a list that grows every year), its featured ones first within a year.
  latest: (a, b) =>
    (b.data.year ?? 0) - (a.data.year ?? 0) || Number(b.data.featured ?? false) - Number(a.data.featured ?? false) || a.id.localeCompare(b.id),
  page: (a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || a.id.localeCompare(b.id),
};
