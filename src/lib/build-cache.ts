import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/**
 * Where the build keeps what it can reuse next time: Astro's content store
 * and encoded images (`assets/`), and the share cards (`share-cards/`).
 * Astro's own default, node_modules/.astro/; a build over another content
 * folder (CONTENT_DIR: tests, benchmarks, another province's site) keeps its
 * cache beside that folder, under the folder's own name, so that it never
 * mixes with the site's nor with a sibling folder's (Astro's content store
 * would take the other folder's entries for this one's). astro.config.mjs
 * gives Astro the same folder. A CI cache that keeps it makes a fresh
 * clone's build warm.
 */
export function buildCacheDir(contentDir = process.env.CONTENT_DIR): string {
  return contentDir ? contentCacheDir(contentDir) : resolve('node_modules/.astro');
}

/** The cache of a build over the content folder `contentDir`: `<parent>/.astro-cache/<folder>/`. */
export function contentCacheDir(contentDir: string): string {
  const folder = resolve(contentDir);
  return resolve(dirname(folder), '.astro-cache', basename(folder));
}

/**
 * A record a build leaves in its cache of how it made something that the
 * next build may take over (the compressed copies, the search index), read
 * once: it is removed as it is read, so that a build stopped before it has
 * remade that thing leaves no record vouching for it. Undefined when there
 * is none.
 */
export function takeRecord(file: string): string | undefined {
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // No record: nothing to take over.
  }
  rmSync(file, { force: true });
  return text;
}

/** Leaves `text` as the record `file` for the next build's takeRecord. */
export function leaveRecord(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
