import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPRESSION } from './compress-files.ts';
import { copiesMadeAlike, PRECOMPRESS_MIN_BYTES, precompressSite, recordCopies } from './precompress.ts';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `unit` repeated to `bytes` bytes of UTF-8 or just over. */
const ofSize = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

/** Writes each file (path under `site` → contents), with its folders. */
function writeFiles(site: string, files: Record<string, string | Buffer>): void {
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(join(site, file), body);
  }
}

/** Each file's .gz and .br decompress to the text it was written with. */
function expectCopiesOf(site: string, files: Record<string, string>): void {
  for (const [file, body] of Object.entries(files)) {
    expect(gunzipSync(readFileSync(join(site, `${file}.gz`))).toString(), file).toBe(body);
    expect(brotliDecompressSync(readFileSync(join(site, `${file}.br`))).toString(), file).toBe(body);
  }
}

describe('precompressing a built site', () => {
  it('writes a .gz and a .br beside every text file that decompress to it, and leaves other files alone', async () => {
    const min = PRECOMPRESS_MIN_BYTES;
    const text: Record<string, string> = {
      'index.html': ofSize('<!doctype html><title>首页</title>', 50 * min),
      'events.ics': `BEGIN:VCALENDAR\r\n${ofSize('X-NOTE:全民终身学习活动周\r\n', min)}END:VCALENDAR\r\n`,
      'stats/2023/table.csv': ofSize('\uFEFF地区,活动数\r\n广州市,120\r\n', min),
      '_astro/page.Bx1.css': 'b'.repeat(min),
      'pagefind/pagefind-entry.json': ofSize('{"version":"1.6.0"}', 2 * min),
      'site.webmanifest': '{}'.repeat(min),
    };
    // An event's own calendar and the like: too small for a copy to save the reader anything.
    const small: Record<string, string> = {
      'events/2023/a.ics': 'BEGIN:VCALENDAR\r\n'.padEnd(min - 1, 'X'),
      '_astro/tiny.css': 'body{margin:0}',
    };
    const binary = ['pagefind/fragment/zh-cn_1.pf_fragment', 'share/default.png', 'pagefind/wasm.unknown.pagefind'];
    writeFiles(dir, { ...small, ...text, ...Object.fromEntries(binary.map((file) => [file, Buffer.from([1, 2, 3])])) });
    const result = await precompressSite(dir);
    expect(result.files).toBe(Object.keys(text).length);
    expectCopiesOf(dir, text);
    const written = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    for (const file of [...binary, ...Object.keys(small)]) expect(written.filter((f) => f.startsWith(file))).toEqual([file]);
    expect(result.gzipBytes).toBeLessThan(result.bytes);
  });

  it('leaves the folder it is told to skip for later (the search index, while Pagefind is still writing it)', async () => {
    const site = mkdtempSync(join(tmpdir(), 'precompress-except-'));
    try {
      const body = ofSize('全民终身学习活动周', PRECOMPRESS_MIN_BYTES);
      writeFiles(site, { 'index.html': body, 'pagefind/pagefind-entry.json': body, 'pagefind-notes.txt': body });
      const result = await precompressSite(site, { except: 'pagefind' });
      expect(result.files).toBe(2);
      const written = readdirSync(site, { recursive: true, encoding: 'utf8' }).sort();
      expect(written.filter((f) => f.startsWith('pagefind/'))).toEqual(['pagefind/pagefind-entry.json']);
      expect(written).toContain('pagefind-notes.txt.gz');
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('takes the last build’s copies of a page with the same bytes, and compresses a changed page or one edited after its copies', async () => {
    const root = mkdtempSync(join(tmpdir(), 'precompress-previous-'));
    try {
      const page = (n: number, words: string) => ofSize(`<p>第${n}页：${words}</p>`, 2 * PRECOMPRESS_MIN_BYTES);
      const previous = join(root, 'previous');
      writeFiles(previous, { 'a/index.html': page(1, '不变'), 'b/index.html': page(2, '旧'), 'c/index.html': page(3, '旧') });
      await precompressSite(previous);
      // c's page was edited by hand after the build made its copies: they are not of it.
      const later = new Date(Date.now() + 60_000);
      writeFileSync(join(previous, 'c/index.html'), page(3, '新'));
      utimesSync(join(previous, 'c/index.html'), later, later);
      const inode = (file: string) => statSync(file).ino;
      const before = inode(join(previous, 'a/index.html.gz'));

      const site = join(root, 'site');
      const now = {
        'a/index.html': page(1, '不变'),
        'b/index.html': page(2, '新'),
        'c/index.html': page(3, '新'),
        'd/index.html': page(4, '新'),
      };
      writeFiles(site, now);
      const result = await precompressSite(site, { previous });
      expect(result).toMatchObject({ files: 4, reused: 1 });
      expect(inode(join(site, 'a/index.html.gz')), 'moved, not written again').toBe(before);
      expectCopiesOf(site, now);
      // Dated now, so that the build after this one can take them again.
      expect(statSync(join(site, 'a/index.html.gz')).mtimeMs).toBeGreaterThanOrEqual(statSync(join(site, 'a/index.html')).mtimeMs);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('takes copies only when the record in the build cache says they were made with this build’s settings, into this folder', () => {
    const cache = mkdtempSync(join(tmpdir(), 'precompress-record-'));
    try {
      const record = join(cache, 'deeper', 'precompressed-with.json');
      const dist = join(cache, 'dist');
      expect(copiesMadeAlike(record, dist), 'a first build').toBe(false);
      recordCopies(record, dist);
      expect(copiesMadeAlike(record, `${dist}/`)).toBe(true);
      expect(copiesMadeAlike(record, dist), 'read once: a build stopped before it wrote its copies vouches for none').toBe(false);
      recordCopies(record, join(cache, 'other-dist'));
      expect(copiesMadeAlike(record, dist), 'the last build wrote another folder').toBe(false);
      writeFileSync(record, JSON.stringify({ outDir: dist, ...COMPRESSION, brotliQuality: COMPRESSION.brotliQuality + 1 }));
      expect(copiesMadeAlike(record, dist), 'another setting').toBe(false);
      writeFileSync(record, JSON.stringify({ outDir: dist, ...COMPRESSION }));
      expect(copiesMadeAlike(record, dist), 'the same, as written by hand').toBe(true);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
