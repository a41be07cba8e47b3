import { resolve } from 'node:path';

/**
 * Where the build keeps what it can reuse next time: Astro's content store
 * and encoded images (`assets/`), and the share cards (`share-cards/`).
 * Astro's own default, node_modules/.astro/; a build over another content
 * folder (CONTENT_DIR: tests, benchmarks) keeps its cache beside that folder
 * so that it never mixes with the site's. astro.config.mjs gives Astro the
 * same folder. A CI cache that keeps it makes a fresh clone's build warm.
 */
export function buildCacheDir(): string {
  const content = process.env.CONTENT_DIR;
  return content ? resolve(content, '../.astro-cache') : resolve('node_modules/.astro');
}
