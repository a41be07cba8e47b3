import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PrecompressResult } from './compress-files.ts';

export type { PrecompressResult } from './compress-files.ts';

/**
 * Compressed copies of every text file of a built site, written beside it
 * (`index.html.gz`, `index.html.br`), so that the web server sends them as
 * they are (nginx's gzip_static and brotli_static) instead of compressing on
 * every request. Pagefind's index files are compressed by Pagefind already.
 */
export const TEXT_FILE = /\.(html|css|js|mjs|json|xml|ics|csv|txt|svg|webmanifest|map)$/;

/**
 * Worker threads, one for each core but one: the main thread and that core
 * are left to the search index, which is built meanwhile (scripts/build.ts),
 * and a worker waiting on the disk costs no processor time. At 10,000 events
 * this takes half the processor time that zlib's asynchronous calls took for
 * the same files (npm run bench:build).
 */
const WORKERS = Math.max(1, availableParallelism() - 1);

async function textFiles(dir: string, except?: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const skipped = except === undefined ? undefined : join(dir, except);
  return entries
    .filter((e) => e.isFile() && TEXT_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => skipped === undefined || !(file === skipped || file.startsWith(skipped + sep)));
}

function compressInWorker(files: string[]): Promise<PrecompressResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./compress-worker.ts', import.meta.url), { workerData: files });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`precompress worker exited with code ${code}`));
    });
  });
}

/** Writes `.gz` and `.br` beside each text file under `dir`, except those under its folder `options.except`. */
export async function precompressSite(dir: string, options: { except?: string } = {}): Promise<PrecompressResult> {
  const files = await textFiles(dir, options.except);
  // Dealt like cards, so that each worker gets its share of large pages and small calendars.
  const shares = Array.from({ length: WORKERS }, (_, w) => files.filter((_, i) => i % WORKERS === w)).filter(
    (share) => share.length > 0,
  );
  const results = await Promise.all(shares.map(compressInWorker));
  return results.reduce(
    (sum, r) => ({
      files: sum.files + r.files,
      bytes: sum.bytes + r.bytes,
      gzipBytes: sum.gzipBytes + r.gzipBytes,
      brotliBytes: sum.brotliBytes + r.brotliBytes,
    }),
    { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 },
  );
}
