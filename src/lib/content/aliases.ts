import { entryRoute } from '../urls.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './collections.ts';
import { ENTRY_SLUG } from './check-entries.ts';

/**
 * The old addresses of an entry (`aliases` in its front matter), after
 * Hugo's field of the same name: an entry renamed or moved keeps the
 * address media printed, and the build writes a page there that sends the
 * reader on (src/pages/[...alias]/index.html.ts). An alias is a path on
 * this site from its root, as editors write links: `/learners/lin-zhenbang/`,
 * without the base path the build puts in front (its rule: alias-path.ts).
 */

/** The entry a file under the content folder is (`learners/x.md` → learners, `x`), if it is one. */
export function entryAtFile(file: string): { collection: CollectionName; id: string } | undefined {
  const match = /^(.+?)\/(.+)\.mdx?$/.exec(file);
  if (!match) return undefined;
  const [, folder, id] = match as unknown as [string, string, string];
  const collection = COLLECTION_NAMES.find((name) => COLLECTIONS[name].folder === folder);
  return collection && ENTRY_SLUG.test(id) ? { collection, id } : undefined;
}

/**
 * The files under the content folder an entry at `alias` would have been
 * (`/learners/x/` → `learners/x.md`, `learners/x.mdx`, and the standing page
 * `pages/learners/x.md` … whose address it also is), for dating an entry by
 * its first address (src/lib/content/published.ts).
 */
export function filesAt(alias: string): string[] {
  const path = alias.replace(/^\/|\/$/g, '');
  const files: string[] = [];
  for (const collection of COLLECTION_NAMES) {
    const { segment, folder } = COLLECTIONS[collection];
    const id = segment === '' ? path : path.startsWith(`${segment}/`) ? path.slice(segment.length + 1) : undefined;
    if (id !== undefined && ENTRY_SLUG.test(id) && entryRoute(collection, id) === `/${path}/`)
      files.push(`${folder}/${id}.md`, `${folder}/${id}.mdx`);
  }
  return files;
}

/** The aliases of an entry's front matter as the schema gives them (`aliases` is optional). */
export function aliasesOf(data: Record<string, unknown>): readonly string[] {
  return Array.isArray(data.aliases) ? (data.aliases as string[]) : [];
}

/** The line that gives an entry these aliases, as an editor writes it: `aliases: [/learners/lin-zhenbang/]`. */
export function aliasesLine(aliases: readonly string[]): string {
  return `aliases: [${aliases.join(', ')}]`;
}
