import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { indexCopy } from '../../src/lib/search/index-copy.ts';
import { hanCharacters } from '../../src/lib/search/t2s-table.ts';

export interface IndexCopies {
  /** How many pages have content to index (and so a copy). */
  pages: number;
  /** The Han characters of those copies, for the 繁简 table. */
  characters: string[];
  /** Each copy's path under the copies' folder and a hash of its text: what Pagefind will read, to tell whether the last index still holds. */
  digests: [string, string][];
}

/**
 * Makes an empty file at each copy's place under `copiesDir`, one after the
 * other in the order of `files`, before any copy is written. Pagefind
 * indexes pages in the order their folder lists them, which in memory-backed
 * folders (/dev/shm) is the order they were made in: made by several processes
 * at once, that order, and so the index files' bytes and names, changed from
 * build to build. Reserved first, the folders list the same order every time.
 */
export function reserveCopies(siteDir: string, files: readonly string[], copiesDir: string): void {
  const made = new Set<string>();
  // One after the other is the point, and synchronous calls cost a tenth of awaited ones here.
  for (const file of files) {
    const target = join(copiesDir, relative(siteDir, file));
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    closeSync(openSync(target, 'w'));
  }
}

/**
 * Writes the index's copy of every searchable page among `files` (pages of
 * `siteDir`, as htmlFiles lists them) into its place under `copiesDir`
 * (reserveCopies; src/lib/search/index-copy.ts), a few at a time, and
 * removes the places of pages with nothing to index, gathering the copies'
 * characters on the way. Run in a child process
 * (index-copies-process.ts): parsing ten thousand pages leaves garbage that
 * would otherwise stay with the build script while Pagefind, the largest
 * process, runs.
 */
export async function writeIndexCopies(siteDir: string, files: readonly string[], copiesDir: string): Promise<IndexCopies> {
  const characters = new Set<string>();
  const digests: [string, string][] = [];
  const copy = async (file: string) => {
    const indexed = indexCopy(await readFile(file, 'utf8'));
    const path = relative(siteDir, file);
    const target = join(copiesDir, path);
    if (indexed === undefined) return rm(target, { force: true });
    hanCharacters(indexed, characters);
    digests.push([path, createHash('sha256').update(indexed).digest('base64')]);
    await writeFile(target, indexed);
  };
  for (let i = 0; i < files.length; i += AT_ONCE) await Promise.all(files.slice(i, i + AT_ONCE).map(copy));
  return { pages: digests.length, characters: [...characters], digests };
}

/** Pages read and written at once: keeps the disk busy without holding thousands of pages in memory. */
const AT_ONCE = 16;

/** The site's HTML pages, but not the search index's own folder. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !relative(dir, e.parentPath).startsWith('pagefind'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
