import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { leaveRecord, takeRecord } from '../build-cache.ts';

/**
 * What made the entries in Astro's content store, besides the content: the
 * schemas, the Markdown pipeline (sanitiser, dates, links) and the words they
 * use, in src/; the configuration; the packages installed.
 */
export const STORE_MAKERS = ['src', 'astro.config.mjs', 'package-lock.json'];

/** Astro's content store in `storeDir` (the cache folder in a build, .astro/ in `npm run dev`). */
export const STORE_FILE = 'data-store.json';
const RECORD_FILE = 'data-store-code.txt';

/** A hash of the files `makers` names under `root` (a folder's files, tests left out), by path and content. */
export function storeMakersDigest(root: string, makers: readonly string[] = STORE_MAKERS): string {
  const hash = createHash('sha256');
  const files = makers.flatMap((maker) => filesOf(join(root, maker))).sort();
  for (const file of files) hash.update(`${relative(root, file).split(sep).join('/')}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function filesOf(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.test\.ts$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Astro takes an entry from its store while the entry's file is unchanged,
 * with its data and rendered body as the code of that build made them: a
 * warm build after a fix to the sanitiser or the schemas kept the old
 * output of every entry no editor had touched. Astro clears the store when
 * its own version or configuration changes, not the site's code; this
 * removes the store in `storeDir` when `digest` (storeMakersDigest) is not
 * the one the last build left, so that every entry is made again. Returns
 * whether it removed it.
 */
export function forgetStoreOfOtherCode(storeDir: string, digest: string): boolean {
  const record = join(storeDir, RECORD_FILE);
  const other = takeRecord(record) !== digest;
  const store = join(storeDir, STORE_FILE);
  const removed = other && existsSync(store);
  if (other) rmSync(store, { force: true });
  leaveRecord(record, digest);
  return removed;
}
