import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressSite } from './precompress.ts';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressing a built site', () => {
  it('writes a .gz and a .br beside every text file that decompress to it, and leaves other files alone', async () => {
    const text: Record<string, string> = {
      'index.html': '<!doctype html><title>首页</title>'.repeat(50),
      'events.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      'stats/2023/table.csv': '\uFEFF地区,活动数\r\n广州市,120\r\n',
      '_astro/page.Bx1.css': 'body{margin:0}',
      'pagefind/pagefind-entry.json': '{"version":"1.6.0"}',
      'site.webmanifest': '{}',
    };
    const binary = ['pagefind/fragment/zh-cn_1.pf_fragment', 'share/default.png', 'pagefind/wasm.unknown.pagefind'];
    for (const [file, body] of Object.entries(text)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), body);
    }
    for (const file of binary) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), Buffer.from([1, 2, 3]));
    }
    const result = await precompressSite(dir);
    expect(result.files).toBe(Object.keys(text).length);
    for (const [file, body] of Object.entries(text)) {
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).toString(), file).toBe(body);
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).toString(), file).toBe(body);
    }
    const written = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    for (const file of binary) expect(written.filter((f) => f.startsWith(file))).toEqual([file]);
    expect(result.gzipBytes).toBeLessThan(result.bytes);
  });
});
