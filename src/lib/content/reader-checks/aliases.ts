import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import type { InputProblem } from '../../input-problem.ts';
import { entryRoute } from '../../urls.ts';
import { aliasesOf } from '../aliases.ts';
import type { CollectionName } from '../collections.ts';
import type { ReaderCheckContext } from './context.ts';

/**
 * The old addresses entries list in `aliases` (src/lib/content/aliases.ts),
 * where the build writes a page that sends the reader on. Each must be free
 * for that page: not the entry's own address, not another entry's page or
 * old address (one old address, one place to go), not one of the site's own
 * pages or files, nor under the folders the build fills with its scripts and
 * search index, and written without the base path (which the build puts in
 * front). The addresses are the ones the link check knows (site-routes.ts).
 */

/** Folders the build writes its own files into, under the base path. */
const BUILD_FOLDERS = ['_astro/', 'pagefind/'];

/** Whether the site's own page or file is at `path` (a folder address): `/stats/`, or `/rss.xml/` beside the file `/rss.xml`. */
function ownAddress(path: string, pages: ReadonlySet<string>, base: string): boolean {
  return pages.has(path) || pages.has(path.slice(0, -1)) || BUILD_FOLDERS.some((folder) => path.startsWith(`${base}${folder}`));
}

export function aliasProblems(context: ReaderCheckContext): InputProblem[] {
  const { base, pages } = context;
  // Under the context's base, not the settings' own: they may be broken (the check then goes on with `/`).
  const entryPath = (collection: CollectionName, id: string) => `${base}${entryRoute(collection, id).slice(1)}`;
  const entryAt = new Map(context.entries.map((entry) => [entryPath(entry.collection, entry.id), entry.file]));
  const claimed = new Map<string, string>();
  const problems: InputProblem[] = [];
  for (const entry of context.entries) {
    const own = entryPath(entry.collection, entry.id);
    for (const [i, alias] of aliasesOf(entry.data).entries()) {
      const report = (message: string) => problems.push({ file: entry.file, field: `aliases[${i}]`, message });
      if (base !== '/' && alias.startsWith(base)) {
        report(text.aliasWithBase(alias, base, `/${alias.slice(base.length)}`));
        continue;
      }
      const path = `${base}${alias.slice(1)}`;
      const first = claimed.get(path);
      if (path === own) report(text.aliasIsSelf(alias));
      else if (first !== undefined) report(text.aliasTwice(alias, first));
      else if (entryAt.has(path)) report(text.aliasIsEntry(alias, entryAt.get(path)!));
      else if (pages && ownAddress(path, pages, base)) report(text.aliasTaken(alias));
      claimed.set(path, first ?? entry.file);
    }
  }
  return problems;
}
