/**
 * `npm run bench:search [-- --pages 10000] [--keep]`: how fast search answers, and
 * what it downloads, on the sample site and on a generated site of 10,000
 * entries, in headless Chromium over 127.0.0.1. Prints tables; asserts
 * nothing (budgets are read, not enforced, here).
 *
 * For each query: a cold visit to /search/?q=… (empty cache: time from
 * navigation to the first results on screen, and bytes fetched), the same on
 * a slow phone connection (1.6 Mbit/s, 150 ms RTT, emulated), and a warm
 * search (another query typed on the open page). On the sample site also:
 * the header box's prefetch on focus, then /search/ with what it fetched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.ts';
import { serveSite, type StaticServer } from './lib/static-server.ts';
import { generateSyntheticSite } from './lib/synthetic-site.ts';
import { indexSite } from './search-index.ts';
import { cliText } from '../src/i18n/zh-CN/cli.ts';
import { parseOptions as parseCliOptions, runCommand, UsageError } from '../src/lib/cli/index.ts';

const HELP = `用法：npm run bench:search [-- --pages N] [--keep]

  --pages N  生成站点的条目数（默认 10000）
  --keep     保留生成的站点（系统临时目录下的 bench-search-N，10,000 条约 130 MB）
  -h, --help 显示本说明

在示例站点（SAMPLE_SITE 或 dist/，没有时先构建）和生成的 N 条站点上，用无界面 Chromium 测量搜索：
冷启动到出现结果的用时和下载量、慢速手机网络下的用时、在已打开的页面上再搜一次的用时。只打印数字，不判定。
退出码：0 完成；1 示例站点构建失败；2 用法错误`;

const OPTIONS = { pages: { type: 'string' }, keep: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

interface Options {
  pages: number;
  /** Keep the generated site (bench-search-N in the system's temp folder, about 130 MB for 10,000 pages) after the run. */
  keep: boolean;
}

function parseOptions(argv: string[]): Options | undefined {
  const { values } = parseCliOptions({ args: argv, options: OPTIONS });
  if (values.help) {
    console.log(HELP);
    return undefined;
  }
  const pages = values.pages === undefined ? 10_000 : Number(values.pages.replace(/[_,]/g, ''));
  if (!Number.isInteger(pages) || pages < 1) throw new UsageError(`--pages 应为正整数：${values.pages}`);
  return { pages, keep: values.keep ?? false };
}
const SLOW_NET = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** The built sample site ($SAMPLE_SITE or dist/), built into dist/ when there is none; undefined if that build fails. */
function sampleSiteDir(): string | undefined {
  for (const dir of [process.env.SAMPLE_SITE, 'dist']) {
    if (dir && existsSync(join(dir, 'pagefind/pagefind-entry.json')) && existsSync(join(dir, 'search/index.html'))) return dir;
  }
  console.log('构建示例站点（building the sample site into dist/）…');
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
  return run.status === 0 ? 'dist' : undefined;
}

// Marks the moment the results list leaves "loading", in page time.
const WATCH_RESULTS = () => {
  const w = window as unknown as { __searchDone?: number; __searchState?: string };
  new MutationObserver(() => {
    const state = document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state;
    if (!state) return;
    if (state === 'loading') w.__searchState = 'loading';
    else if (w.__searchState !== 'done') {
      w.__searchState = 'done';
      w.__searchDone = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
};

interface Measure {
  ms: number;
  bytes: number;
  pagefindBytes: number;
  results: number;
}

function bytesSince(server: StaticServer, from: number): { bytes: number; pagefindBytes: number } {
  const slice = server.requests.slice(from);
  return {
    bytes: slice.reduce((n, r) => n + r.bytes, 0),
    pagefindBytes: slice.filter((r) => r.path.startsWith('/pagefind/')).reduce((n, r) => n + r.bytes, 0),
  };
}

async function waitDone(page: Page, after: number): Promise<{ at: number; results: number }> {
  await page.waitForFunction((t) => ((window as unknown as { __searchDone?: number }).__searchDone ?? -1) > t, after, {
    timeout: 60_000,
  });
  return page.evaluate(() => ({
    at: (window as unknown as { __searchDone: number }).__searchDone,
    results: Number(/\d+/.exec(document.querySelector('[data-search-status]')?.textContent ?? '')?.[0] ?? 0),
  }));
}

async function newContext(browser: Browser, slow = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
  await context.addInitScript(WATCH_RESULTS);
  const page = await context.newPage();
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_NET);
  }
  return { context, page };
}

async function cold(browser: Browser, server: StaticServer, q: string, slow = false): Promise<Measure> {
  const { context, page } = await newContext(browser, slow);
  const from = server.requests.length;
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(q)}`);
  const done = await waitDone(page, -1);
  await page.waitForLoadState('networkidle');
  const measure = { ms: done.at, results: done.results, ...bytesSince(server, from) };
  await context.close();
  return measure;
}

/** Another query on an open search page (Pagefind loaded): only index chunks and fragments travel. */
async function warm(browser: Browser, server: StaticServer, first: string, q: string): Promise<Measure> {
  const { context, page } = await newContext(browser);
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(first)}`);
  await waitDone(page, -1);
  await page.waitForLoadState('networkidle');
  const from = server.requests.length;
  const t0 = await page.evaluate((query) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    input.value = query;
    const start = performance.now();
    input.form!.requestSubmit();
    return start;
  }, q);
  const done = await waitDone(page, t0);
  await page.waitForLoadState('networkidle');
  const measure = { ms: done.at - t0, results: done.results, ...bytesSince(server, from) };
  await context.close();
  return measure;
}

/** Sample site only: focus the header box on an event page, then open /search/ (cacheable host). */
async function afterPrefetch(browser: Browser, cached: StaticServer, q: string): Promise<Measure & { prefetchBytes: number }> {
  const { context, page } = await newContext(browser);
  const start = cached.requests.length;
  await page.goto(`${cached.origin}/events/2023/gz-reading-month/`, { waitUntil: 'networkidle' });
  const beforeFocus = cached.requests.length;
  await page.focus('#site-search');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const prefetchBytes = bytesSince(cached, beforeFocus).bytes;
  const from = cached.requests.length;
  await page.goto(`${cached.origin}/search/?q=${encodeURIComponent(q)}`);
  const done = await waitDone(page, -1);
  await page.waitForLoadState('networkidle');
  void start;
  const measure = { ms: done.at, results: done.results, ...bytesSince(cached, from), prefetchBytes };
  await context.close();
  return measure;
}

const kb = (n: number) => (n / 1024).toFixed(1);
const pad = (s: string | number, n: number) => String(s).padStart(n);
const padEnd = (s: string, n: number) =>
  s + ' '.repeat(Math.max(0, n - [...s].reduce((w, c) => w + (/[\u2e80-\uffff]/.test(c) ? 2 : 1), 0)));

function dirStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

function gz(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function jsSizes(site: string): void {
  const searchHtml = readFileSync(join(site, 'search/index.html'), 'utf8');
  const searchChunks = [...searchHtml.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
  const eventDir = join(site, 'events/2023/gz-reading-month/index.html');
  const inline = (html: string) =>
    [...html.matchAll(/<script(?![^>]*(?:ld\+json|application\/json|src=))[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]!)
      .filter((body) => body.includes('search-prefetch'));
  const header = existsSync(eventDir) ? inline(readFileSync(eventDir, 'utf8')) : [];
  console.log('\nJavaScript（gzip -9）');
  for (const c of searchChunks) console.log(`  /search/ page script ${c}: ${gz(join(site, c))} B`);
  for (const body of header) console.log(`  header box (inline, every page): ${gzipSync(body, { level: 9 }).length} B`);
  const pf = join(site, 'pagefind');
  console.log(`  /pagefind/pagefind.js: ${gz(join(pf, 'pagefind.js'))} B`);
  const wasm = readdirSync(pf).filter((f) => f.startsWith('wasm.'));
  for (const w of wasm) console.log(`  /pagefind/${w} (already compressed): ${statSync(join(pf, w)).size} B`);
  console.log(`  /pagefind/t2s.json: ${gz(join(pf, 't2s.json'))} B`);
}

async function benchSite(browser: Browser, label: string, dir: string, queries: string[], withPrefetch: boolean): Promise<void> {
  const server = await serveSite(dir);
  const index = dirStats(join(dir, 'pagefind'));
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  console.log(`\n## ${label}: ${pages} pages indexed; /pagefind/ ${index.files} files, ${kb(index.bytes)} KB on disk`);
  console.log(
    `${padEnd('query', 16)} ${pad('results', 7)} │ ${pad('cold ms', 8)} ${pad('cold KB', 8)} ${pad('(index)', 8)} │ ${pad('slow-net ms', 11)} │ ${pad('warm ms', 8)} ${pad('warm KB', 8)}`,
  );
  for (const q of queries) {
    const c = await cold(browser, server, q);
    const s = await cold(browser, server, q, true);
    const w = await warm(browser, server, '学习', q);
    console.log(
      `${padEnd(q, 16)} ${pad(c.results, 7)} │ ${pad(c.ms.toFixed(0), 8)} ${pad(kb(c.bytes), 8)} ${pad(kb(c.pagefindBytes), 8)} │ ${pad(s.ms.toFixed(0), 11)} │ ${pad(w.ms.toFixed(0), 8)} ${pad(kb(w.bytes), 8)}`,
    );
  }
  await server.close();
  if (withPrefetch) {
    const cached = await serveSite(dir, { cacheControl: 'public, max-age=600' });
    console.log('\nheader box prefetch (cacheable host): focus on an event page, then open /search/?q=…');
    console.log(`${padEnd('query', 16)} ${pad('prefetch KB', 11)} │ ${pad('then ms', 8)} ${pad('then KB', 8)}`);
    for (const q of queries.slice(0, 3)) {
      const p = await afterPrefetch(browser, cached, q);
      console.log(`${padEnd(q, 16)} ${pad(kb(p.prefetchBytes), 11)} │ ${pad(p.ms.toFixed(0), 8)} ${pad(kb(p.bytes), 8)}`);
    }
    await cached.close();
  }
}

async function bench(sample: string, { pages, keep }: Options): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    console.log(`# search benchmark (Chromium headless, 127.0.0.1; text gzipped by the server; times are page time from navigation)`);
    jsSizes(sample);
    await benchSite(
      browser,
      `sample site (${sample})`,
      sample,
      ['终身学习', '終身學習', '广州', '老年大学', '读书 分享', '9787020002207', '何婉清', 'xyzzy'],
      true,
    );

    const bigDir = join(tmpdir(), `bench-search-${pages}`);
    const started = Date.now();
    const big = generateSyntheticSite({ dir: bigDir, pages, sampleSite: sample });
    const generated = Date.now();
    await indexSite(bigDir);
    console.log(
      `\n(generated ${pages} pages in ${((generated - started) / 1000).toFixed(1)} s, indexed in ${((Date.now() - generated) / 1000).toFixed(1)} s)`,
    );
    await benchSite(
      browser,
      `generated site (${pages} entries)`,
      bigDir,
      ['终身学习', '終身學習', '广州', '老年大学', '读书 分享', big.probes.isbn, big.probes.person, 'xyzzy'],
      false,
    );
    if (keep) console.log(`\n生成的站点保留在（kept）：${bigDir}`);
    else rmSync(bigDir, { recursive: true });
  } finally {
    await browser.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (!options) return 0;
  const sample = sampleSiteDir();
  if (!sample) return 1;
  await bench(sample, options);
  return 0;
}

await runCommand(main, {
  usageHint: cliText.helpHint('bench:search'),
  knownOptions: Object.keys(OPTIONS),
  valueExample: () => '正整数，如 --pages 1000',
});
