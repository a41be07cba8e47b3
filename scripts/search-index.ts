import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import * as pagefind from 'pagefind';
import { withSynonyms } from '../src/lib/search/synonyms.ts';
import { hanCharacters, T2S_TABLE_FILE, trimT2sTable } from '../src/lib/search/t2s-table.ts';

/**
 * The search index over a built site: Pagefind over every page that marks
 * its content with data-pagefind-body (content pages only; lists, home,
 * header, nav and footer are left out by the layout), then the
 * Traditional→Simplified table the search page converts queries with,
 * trimmed to the characters this site uses (see src/lib/search/t2s-table.ts).
 * Each page reaches Pagefind with the plain words residents use for what it
 * says (src/lib/search/synonyms.ts); the files in the site are not changed.
 * Returns how many pages Pagefind read.
 */
export async function indexSite(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
  let pageCount: number;
  try {
    pageCount = await addPages(index, siteDir);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind 写入出错：${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  await writeT2sTable(siteDir);
  return pageCount;
}

/** Hands Pagefind every page of the site with its synonyms added, a few at a time; returns how many it read. */
async function addPages(index: pagefind.PagefindIndex, siteDir: string): Promise<number> {
  const files = await htmlFiles(siteDir);
  const add = async (file: string) => {
    const added = await index.addHTMLFile({ sourcePath: relative(siteDir, file), content: withSynonyms(await readFile(file, 'utf8')) });
    if (added.errors.length) throw new Error(`Pagefind 索引出错（${file}）：${added.errors.join('; ')}`);
  };
  for (let i = 0; i < files.length; i += ADD_AT_ONCE) await Promise.all(files.slice(i, i + ADD_AT_ONCE).map(add));
  return files.length;
}

/** Pages in flight to Pagefind's process at once: keeps it busy without holding thousands of pages in memory. */
const ADD_AT_ONCE = 16;

/** Writes `/pagefind/t2s.json`: OpenCC t→cn entries whose Simplified side the site uses. */
export async function writeT2sTable(siteDir: string): Promise<void> {
  const chars = new Set<string>();
  for (const file of await htmlFiles(siteDir)) hanCharacters(await readFile(file, 'utf8'), chars);
  const table = trimT2sTable({ phrases: TSPhrases, characters: TSCharacters }, chars);
  await writeFile(join(siteDir, 'pagefind', T2S_TABLE_FILE), JSON.stringify(table));
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}
