import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Compressed copies of every text file of a built site, written beside it
 * (`index.html.gz`, `index.html.br`), so that the web server sends them as
 * they are (nginx's gzip_static and brotli_static) instead of compressing on
 * every request. Pagefind's index files are compressed by Pagefind already.
 *
 * Settings, measured on the fixture site's 6.9 MB of text: gzip level 9
 * saves 0.3% over 6 at four times the time; Brotli quality 5 is 12% smaller
 * than gzip at twice gzip's time, where quality 11 saves another 3% at
 * twenty times it (20 s here, minutes for a large archive).
 */
export const TEXT_FILE = /\.(html|css|js|mjs|json|xml|ics|csv|txt|svg|webmanifest|map)$/;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface PrecompressResult {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

async function textFiles(dir: string, except?: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const skipped = except === undefined ? undefined : join(dir, except);
  return entries
    .filter((e) => e.isFile() && TEXT_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => skipped === undefined || !(file === skipped || file.startsWith(skipped + sep)));
}

/**
 * Writes `.gz` and `.br` beside each text file under `dir` (except those under
 * its folder `options.except`); compression runs on libuv's thread pool, a
 * few files at a time.
 */
export async function precompressSite(dir: string, options: { except?: string } = {}): Promise<PrecompressResult> {
  const files = await textFiles(dir, options.except);
  const result: PrecompressResult = { files: files.length, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const body = await readFile(file);
      const [gz, br] = await Promise.all([
        gzipAsync(body, { level: 6 }),
        brotliAsync(body, {
          params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
      ]);
      await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
      result.bytes += body.length;
      result.gzipBytes += gz.length;
      result.brotliBytes += br.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return result;
}
