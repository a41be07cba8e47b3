import { getCollection, type CollectionEntry } from 'astro:content';
import { aliasesOf } from '../lib/content/aliases.ts';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  ENTRY_ORDER,
  SHOWCASE_COLLECTIONS,
  type CollectionName,
  type ShowcaseCollection,
} from '../lib/content/collections.ts';
import { firstCommitOf, publishedDate } from '../lib/content/published.ts';
import { lastChangedDate } from '../lib/content/changed.ts';
import { unrenderedBodies } from '../lib/content/unrendered-bodies.ts';
import { inputText } from '../i18n/zh-CN/input.ts';
import { fileLabelOf, formatProblem } from '../lib/input-problem.ts';
import { readerChecksText } from '../i18n/zh-CN/reader-checks.ts';
import { entryPath, sitePath } from '../lib/urls.ts';
import { resolve } from 'node:path';
import { cityOf, regionByCode } from '../lib/regions/index.ts';

/**
 * The only module that reads collections (getCollection is called nowhere
 * else), so that order and filtering are the same on every page. Each
 * collection comes in the order its registry entry names; sorting is by
 * content, never by build time.
 */
export type EventEntry = CollectionEntry<'events'>;
export type BookEntry = CollectionEntry<'books'>;
export type LearnerEntry = CollectionEntry<'learners'>;
export type ProjectEntry = CollectionEntry<'projects'>;
export type PageEntry = CollectionEntry<'pages'>;
export type ShowcaseEntry = CollectionEntry<ShowcaseCollection>;

const loaded = new Map<CollectionName, Promise<readonly CollectionEntry<CollectionName>[]>>();

/**
 * A collection's entries in its list order, read and sorted once per build:
 * getCollection resolves every entry again on each call, and thousands of
 * pages ask. The array is shared, so it is read-only. The dev server reads
 * afresh, since editors change files while it runs.
 */
export function entriesInOrder<K extends CollectionName>(collection: K): Promise<readonly CollectionEntry<K>[]> {
  if (import.meta.env.DEV) return readInOrder(collection);
  let entries = loaded.get(collection);
  if (!entries) {
    entries = readInOrder(collection);
    loaded.set(collection, entries);
  }
  return entries as Promise<readonly CollectionEntry<K>[]>;
}

async function readInOrder<K extends CollectionName>(collection: K): Promise<readonly CollectionEntry<K>[]> {
  const entries = await getCollection(collection);
  // A page with its article missing is not published: the build stops, naming the files.
  const unrendered = unrenderedBodies(entries);
  if (unrendered.length > 0) throw new Error(inputText.problem.unrenderedBodies(unrendered.map((file) => fileLabelOf(resolve(file)))));
  return Object.freeze(entries.sort(ENTRY_ORDER[COLLECTIONS[collection].order]));
}

export const eventsByStart = () => entriesInOrder('events');
export const booksInOrder = () => entriesInOrder('books');
export const learnersInOrder = () => entriesInOrder('learners');
export const projectsInOrder = () => entriesInOrder('projects');
/** Notices and standing pages, in their `order` (the footer lists them so). */
export const pagesInOrder = () => entriesInOrder('pages');

/** The notices (主动公开): pages under content/pages/notices/. */
export async function noticesInOrder(): Promise<readonly PageEntry[]> {
  return (await pagesInOrder()).filter(isNotice);
}

export function isNotice(page: PageEntry): boolean {
  return page.id.startsWith('notices/');
}

/** Every showcase entry with its collection, e.g. for share cards. */
export async function showcaseEntries(): Promise<{ collection: ShowcaseCollection; entry: ShowcaseEntry }[]> {
  const lists = await Promise.all(
    SHOWCASE_COLLECTIONS.map(async (collection) => (await entriesInOrder(collection)).map((entry) => ({ collection, entry }))),
  );
  return lists.flat();
}

/** Entries of a region: a city's page gathers its counties' entries too. */
export function inRegion<T extends { data: { region: string } }>(entries: readonly T[], code: string): T[] {
  const region = regionByCode(code);
  if (!region) return [];
  if (region.level === 'county') return entries.filter((e) => e.data.region === code);
  if (region.level === 'city') return entries.filter((e) => cityOf(e.data.region)?.code === code);
  return entries.filter((e) => e.data.region === code);
}

export interface EntryPageProps<K extends ShowcaseCollection> {
  entry: CollectionEntry<K>;
  /** Its neighbours in list order, for the pager. */
  prev?: CollectionEntry<K> | undefined;
  next?: CollectionEntry<K> | undefined;
}

/** getStaticPaths of a showcase's detail pages: `/<collection>/<id>/`, each with its previous and next entry. */
export async function entryPagePaths<K extends ShowcaseCollection>(collection: K): Promise<{ params: { id: string }; props: EntryPageProps<K> }[]> {
  const entries = await entriesInOrder(collection);
  return entries.map((entry, i) => ({ params: { id: entry.id }, props: { entry, prev: entries[i - 1], next: entries[i + 1] } }));
}

interface Datable {
  id: string;
  filePath?: string | undefined;
  data: { published?: Date | undefined; date?: Date | undefined; aliases?: readonly string[] | undefined };
}

/**
 * When an entry went public, for feeds: its `published` date, a notice's
 * `date`, else its file's first commit, or its file's before a rename when it
 * lists the old address in `aliases` (src/lib/content/published.ts).
 */
export function publishedOf(entry: Datable): Date {
  if (!entry.filePath) throw new Error(`${entry.id}: no file path to date the entry by`);
  return publishedDate(entry.data.published ?? entry.data.date, entry.filePath, undefined, entry.data.aliases);
}

/** When an entry's file last changed (src/lib/content/changed.ts): for its calendar entry's DTSTAMP, LAST-MODIFIED and SEQUENCE. */
export function changedOf(entry: { id: string; filePath?: string | undefined }): Date {
  if (!entry.filePath) throw new Error(`${entry.id}: no file path to date the entry by`);
  return lastChangedDate(entry.filePath);
}

/** An entry with `changed` (changedOf), as the calendars take it. */
export function withChanged<T extends { id: string; filePath?: string | undefined }>(entry: T): T & { changed: Date } {
  return { ...entry, changed: changedOf(entry) };
}

/**
 * The address an entry was first published at: its own, or the old one (of
 * its `aliases`) whose file git saw first. The feed keeps it as the item's
 * identity, so that a renamed entry is not a new item to feed readers.
 */
export function firstAddressOf(collection: CollectionName, entry: Datable): string {
  const alias = entry.filePath && entry.data.aliases?.length ? firstCommitOf(entry.filePath, entry.data.aliases).alias : undefined;
  return alias ? sitePath(alias) : entryPath(collection, entry.id);
}

export type AliasPageProps = {
  collection: CollectionName;
  /** The entry the old address sends readers to. */
  entry: CollectionEntry<CollectionName>;
};

/**
 * getStaticPaths of the pages at entries' old addresses (`aliases`,
 * src/lib/content/aliases.ts): `/<old address>/index.html`, each with its entry.
 * `npm run check`, which the build runs first, refuses an old address that is
 * any page of the site (reader-checks/aliases.ts); one that is another entry's
 * page or old address, which this route would write over, stops the build
 * here too, should the check have been skipped.
 */
export async function aliasPagePaths(): Promise<{ params: { alias: string }; props: AliasPageProps }[]> {
  const all = (await Promise.all(COLLECTION_NAMES.map(async (collection) => (await entriesInOrder(collection)).map((entry) => ({ collection, entry }))))).flat();
  const owner = new Map(all.map(({ collection, entry }) => [entryPath(collection, entry.id), entry]));
  const paths: { params: { alias: string }; props: AliasPageProps }[] = [];
  for (const { collection, entry } of all) {
    for (const [i, alias] of aliasesOf(entry.data).entries()) {
      const other = owner.get(sitePath(alias));
      if (other) {
        const file = fileLabelOf(resolve(entry.filePath ?? entry.id));
        const message =
          other === entry ? readerChecksText.aliasIsSelf(alias) : readerChecksText.aliasIsEntry(alias, fileLabelOf(resolve(other.filePath ?? other.id)));
        throw new Error(formatProblem({ file, field: `aliases[${i}]`, message }));
      }
      owner.set(sitePath(alias), entry);
      paths.push({ params: { alias: alias.slice(1, -1) }, props: { collection, entry } });
    }
  }
  return paths;
}
