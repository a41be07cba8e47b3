import { readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface PrecompressResult {
  files: number;
  /** Of `files`, those whose copies were the last build's, moved over (see reuseCopies). */
  reused: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** A share of a site's files, and the last build's output folder when there is one to reuse copies from. */
export interface CompressJob {
  site: string;
  files: string[];
  previous?: string;
}

/** The totals of several runs (the compression processes' shares, the pages and the search index) as one. */
export function sumResults(results: readonly PrecompressResult[]): PrecompressResult {
  const sum: PrecompressResult = { files: 0, reused: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const r of results) {
    sum.files += r.files;
    sum.reused += r.reused;
    sum.bytes += r.bytes;
    sum.gzipBytes += r.gzipBytes;
    sum.brotliBytes += r.brotliBytes;
  }
  return sum;
}

/**
 * Files smaller than this are left as they are, with no compressed copies:
 * with the response's headers (about 1 KB, the security headers 700 bytes
 * of it) they take the same packets either way, and the copies cost the
 * build two more files to write each. At 10,000 events that is every
 * event's own calendar (650–850 bytes): 10 of the 32 seconds the
 * compression took.
 */
export const PRECOMPRESS_MIN_BYTES = 1024;

/**
 * Writes `file.gz` and `file.br` beside each file of PRECOMPRESS_MIN_BYTES
 * or more, one file after the other with zlib's synchronous calls: meant
 * for a process of its own (precompress.ts), where blocking costs nothing
 * and the calls cost far less than zlib's callbacks, which hand every
 * 16 KB chunk back to the event loop. A file the last build wrote with the
 * same bytes gets that build's copies instead (reuseCopies).
 *
 * Settings, measured on the fixture site's 6.9 MB of text: gzip level 9
 * saves 0.3% over 6 at four times the time; Brotli quality 5 is 12% smaller
 * than gzip at twice gzip's time, where quality 11 saves another 3% at
 * twenty times it (20 s here, minutes for a large archive).
 */
export function compressFiles({ site, files, previous }: CompressJob): PrecompressResult {
  const result: PrecompressResult = { files: 0, reused: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const file of files) {
    const body = readFileSync(file);
    if (body.length < PRECOMPRESS_MIN_BYTES) continue;
    const reused = previous === undefined ? undefined : reuseCopies(file, body, join(previous, relative(site, file)));
    const { gz, br } = reused ?? compress(file, body);
    result.files += 1;
    result.reused += reused ? 1 : 0;
    result.bytes += body.length;
    result.gzipBytes += gz;
    result.brotliBytes += br;
  }
  return result;
}

/** What a copy depends on besides its file: the settings, and the zlib and Brotli that Node brings. */
export const COMPRESSION = {
  gzipLevel: 6,
  brotliQuality: 5,
  zlib: process.versions.zlib,
  brotli: process.versions.brotli,
} as const;

function compress(file: string, body: Buffer): { gz: number; br: number } {
  const gz = gzipSync(body, { level: COMPRESSION.gzipLevel });
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: COMPRESSION.brotliQuality,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  writeFileSync(`${file}.gz`, gz);
  writeFileSync(`${file}.br`, br);
  return { gz: gz.length, br: br.length };
}

/**
 * Moves the last build's `.gz` and `.br` of `previous` beside `file` when
 * `previous` had the same bytes, and returns their sizes: an edit changes a
 * few pages of thousands, and compressing the rest again was most of a
 * rebuild's compression time. Copies older than their page are not taken:
 * the page was changed after that build made them. The moved copies are
 * dated now, so that the next build can take them again.
 */
function reuseCopies(file: string, body: Buffer, previous: string): { gz: number; br: number } | undefined {
  try {
    const page = statSync(previous);
    if (page.size !== body.length) return undefined;
    const [gz, br] = [statSync(`${previous}.gz`), statSync(`${previous}.br`)];
    if (gz.mtimeMs < page.mtimeMs || br.mtimeMs < page.mtimeMs) return undefined;
    if (!readFileSync(previous).equals(body)) return undefined;
    const now = new Date();
    for (const ext of ['.gz', '.br']) {
      renameSync(previous + ext, file + ext);
      utimesSync(file + ext, now, now);
    }
    return { gz: gz.size, br: br.size };
  } catch {
    // Not there, or not readable: compressed again, which overwrites whatever was moved.
    return undefined;
  }
}
