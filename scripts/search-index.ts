import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import * as pagefind from 'pagefind';
import { indexCopy } from '../src/lib/search/index-copy.ts';
import { hanCharacters, T2S_TABLE_FILE, trimT2sTable } from '../src/lib/search/t2s-table.ts';

/**
 * The search index over a built site: Pagefind over the pages that mark
 * their content with data-pagefind-body (content pages only; lists, home,
 * header, nav, footer, facets, the pager and "附近的活动" are left out by the
 * layout and components), then the Traditional→Simplified table the search
 * page converts queries with, trimmed to the characters those pages use
 * (see src/lib/search/t2s-table.ts). Each page is read once, here: the
 * table's characters are gathered on the way, and Pagefind gets a copy of
 * the page's indexed part with the plain words residents use for what it
 * says (src/lib/search/index-copy.ts; the files in the site are not
 * changed); pages without content to index never reach Pagefind (it would
 * parse them only to drop them). Returns how many pages were indexed.
 */
export async function indexSite(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
  const characters = new Set<string>();
  let pageCount: number;
  try {
    pageCount = await addPages(index, siteDir, (copy) => hanCharacters(copy, characters));
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind 写入出错：${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  await writeT2sTable(siteDir, characters);
  return pageCount;
}

/**
 * Hands Pagefind the index's copy of every searchable page (src/lib/search/index-copy.ts),
 * a few at a time, after `seen` has looked at it; returns how many it indexed.
 */
async function addPages(index: pagefind.PagefindIndex, siteDir: string, seen: (html: string) => void): Promise<number> {
  let count = 0;
  const add = async (file: string) => {
    const copy = indexCopy(await readFile(file, 'utf8'));
    if (copy === undefined) return;
    seen(copy);
    count++;
    const added = await index.addHTMLFile({ sourcePath: relative(siteDir, file), content: copy });
    if (added.errors.length) throw new Error(`Pagefind 索引出错（${file}）：${added.errors.join('; ')}`);
  };
  const files = await htmlFiles(siteDir);
  for (let i = 0; i < files.length; i += ADD_AT_ONCE) await Promise.all(files.slice(i, i + ADD_AT_ONCE).map(add));
  return count;
}

/** Pages in flight to Pagefind's process at once: keeps it busy without holding thousands of pages in memory. */
const ADD_AT_ONCE = 16;

/** Writes `/pagefind/t2s.json`: OpenCC t→cn entries whose Simplified side is among the indexed pages' characters. */
export async function writeT2sTable(siteDir: string, characters: ReadonlySet<string>): Promise<void> {
  const table = trimT2sTable({ phrases: TSPhrases, characters: TSCharacters }, characters);
  await writeFile(join(siteDir, 'pagefind', T2S_TABLE_FILE), JSON.stringify(table));
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !relative(dir, e.parentPath).startsWith('pagefind'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
