import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../content-dir.ts';
import { entryAtFile } from '../content/aliases.ts';
import { lastChangedDate } from '../content/changed.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../content/collections.ts';
import { entryPath } from '../urls.ts';

/**
 * The sitemap's `<lastmod>` (astro.config.mjs): an entry's page (an event, a
 * book, a learner, a project, a notice or a standing page) is as new as its
 * file's last change (src/lib/content/changed.ts: one `git log` for the whole
 * content folder, else the file's modification time). Lists, region and
 * statistics pages have none: they change with entries added, moved and
 * removed alike, which no single file's date tells.
 */

/** Entry page path, base path included (`/zt/xxzq/events/2023/gz-reading/`) → when its file last changed. */
export function entryPageDates(root = contentDir()): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const collection of COLLECTION_NAMES) {
    const { folder } = COLLECTIONS[collection];
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const file = `${folder}/${name.replaceAll('\\', '/')}`;
      // Not a photo beside an entry, nor a file whose name is no address (`npm run check` refuses it).
      const entry = entryAtFile(file);
      if (entry) dates.set(entryPath(entry.collection, entry.id), lastChangedDate(join(root, file), root));
    }
  }
  return dates;
}

/**
 * The `serialize` of @astrojs/sitemap: a page of the sitemap (its absolute
 * URL) with the `lastmod` of the entry it shows, if it shows one. The dates
 * are read at the first page asked about, so that loading the config (for
 * `astro sync`, `astro dev`) runs no git.
 */
export function sitemapLastmod(root = contentDir()): <T extends { url: string }>(item: T) => T & { lastmod?: string } {
  let dates: Map<string, Date> | undefined;
  return (item) => {
    dates ??= entryPageDates(root);
    const date = dates.get(new URL(item.url).pathname);
    return date ? { ...item, lastmod: date.toISOString() } : item;
  };
}
