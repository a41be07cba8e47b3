import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { leaveRecord, takeRecord } from '../build-cache.ts';
import { dealShares, runForked } from '../run-forked.ts';
import { COMPRESSION, sumResults, type CompressJob, type PrecompressResult } from './compress-files.ts';

export { PRECOMPRESS_MIN_BYTES, sumResults, type PrecompressResult } from './compress-files.ts';

/**
 * Compressed copies of every text file of a built site (but the smallest,
 * compress-files.ts), written beside it (`index.html.gz`, `index.html.br`),
 * so that the web server sends them as they are (nginx's gzip_static and
 * brotli_static) instead of compressing on every request. Pagefind's index
 * files are compressed by Pagefind already.
 */
export const TEXT_FILE = /\.(html|css|js|mjs|json|xml|ics|csv|txt|svg|webmanifest|map)$/;

/**
 * Child processes (compress-process.ts), one for each core but one: that
 * core is left to the search index, which is built meanwhile
 * (scripts/build.ts), and a process waiting on the disk costs no processor
 * time. At 10,000 events this takes half the processor time that zlib's
 * asynchronous calls took for the same files (npm run bench:build).
 */
const PROCESSES = Math.max(1, availableParallelism() - 1);

async function textFiles(dir: string, except?: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const skipped = except === undefined ? undefined : join(dir, except);
  return entries
    .filter((e) => e.isFile() && TEXT_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => skipped === undefined || !(file === skipped || file.startsWith(skipped + sep)));
}

/**
 * Writes `.gz` and `.br` beside each text file under `dir` (of
 * PRECOMPRESS_MIN_BYTES or more), except those under its folder
 * `options.except`. `options.previous`: the last build's output, moved
 * aside, whose copies of unchanged files are moved over (compress-files.ts).
 */
export async function precompressSite(dir: string, options: { except?: string; previous?: string } = {}): Promise<PrecompressResult> {
  const files = await textFiles(dir, options.except);
  // Dealt like cards, so that each process gets its share of large pages and small calendars.
  const jobs: CompressJob[] = dealShares(files, PROCESSES).map((share) => ({ site: dir, files: share, previous: options.previous }));
  const results = await Promise.all(
    jobs.map((job) => runForked<PrecompressResult>(new URL('./compress-process.ts', import.meta.url), job)),
  );
  return sumResults(results);
}

/**
 * Whether the last build's copies in `outDir` were made as this build would
 * make them, by the record `recordCopies` left in the build cache: after a
 * change of settings, or of Node's zlib, every file is compressed again, so
 * that two builds of one commit still write the same bytes however the last
 * site was made. No record, or one of another output folder (a first build,
 * a cleared cache, a build stopped half-way, OUT_DIR changed): compressed
 * again. The record is read once (takeRecord): until this build has written
 * all of its copies, they are not all made alike.
 */
export function copiesMadeAlike(record: string, outDir: string): boolean {
  return takeRecord(record) === recordText(outDir);
}

/** Notes in the build cache how this build's copies in `outDir` were made (copiesMadeAlike). */
export function recordCopies(record: string, outDir: string): void {
  leaveRecord(record, recordText(outDir));
}

const recordText = (outDir: string) => JSON.stringify({ outDir: resolve(outDir), ...COMPRESSION });
