import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/lib/chromium.ts';
import { BASE, BASE_BUILD_EPOCH, baseSite } from './support/base-site.ts';
import { readingModeKey } from '../src/lib/reading-modes/storage-key.ts';
import { aliasPageFiles, dataYears, entryAliases, siteSettings } from './support/fixture.ts';
import { startNginx, type NginxServer } from './support/nginx.ts';
import { readOutcome, searchFor } from './support/search-page.ts';
import { listFiles } from './support/site-files.ts';
import { RELEVANCE_QUERIES } from './search-queries.ts';
import { pagefindWorkerUrl, stringSinks } from './support/trusted-types.ts';
import { FOREIGN_SCRIPT, FOREIGN_STYLE, foreignScriptRan, foreignStyleApplied, injectForeignFiles } from './support/foreign-files.ts';

/**
 * The fixture built for a 专题 under a department's domain (BASE_PATH), served
 * only under that path by Debian's nginx with the repository's configuration
 * (deploy/nginx/), from a parent folder, as the department's server would:
 * every page is crawled from the served root, and search and every kind of
 * page run in Chromium under the configuration's Content-Security-Policy.
 * Nothing may link outside the base, and every absolute URL the site gives
 * away (canonical, share card, JSON-LD, RSS, sitemap, calendars, robots.txt)
 * carries it. (The build is shared: tests/support/base-site.ts.)
 */
const SITE = new URL(siteSettings().url).origin;
/** Where the site's pages say they live: the public URL with the base path. */
const PUBLIC_ROOT = `${SITE}${BASE}`;

let outDir: string;
let server: NginxServer;
let browser: Browser;

interface Crawled {
  status: number;
  type: string;
  doc?: HTMLElement;
  text?: string;
}
/** Every internal URL reached from the root, by path (without fragment). */
const crawled = new Map<string, Crawled>();
/** Links with a fragment: the page that has it, the fragment, and where the link was. */
const fragments: { path: string; id: string; from: string }[] = [];
/** Internal links that leave the base path, with where they were. */
const outside: string[] = [];

async function fetchPath(path: string): Promise<Crawled> {
  const response = await fetch(server.origin + path);
  const type = response.headers.get('content-type') ?? '';
  const text = /^(text|application\/(json|xml))/.test(type) ? await response.text() : (await response.arrayBuffer(), undefined);
  return { status: response.status, type, text, doc: type.startsWith('text/html') && text ? parse(text) : undefined };
}

/** The site paths a page refers to: links, scripts, styles, images and their srcsets. */
function references(doc: HTMLElement): string[] {
  return [
    ...doc.querySelectorAll('a[href], link[href]').map((e) => e.getAttribute('href')!),
    ...doc.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
    ...doc.querySelectorAll('[srcset]').flatMap((e) =>
      e
        .getAttribute('srcset')!
        .split(',')
        .map((s) => s.trim().split(/\s+/)[0]!),
    ),
    ...doc.querySelectorAll('form[action]').map((e) => e.getAttribute('action')!),
  ];
}

async function crawl(start: string): Promise<void> {
  const queue = [start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (crawled.has(path)) continue;
    const page = await fetchPath(path);
    crawled.set(path, page);
    if (!page.doc) continue;
    for (const ref of references(page.doc)) {
      const url = new URL(ref, server.origin + path);
      if (url.origin !== server.origin) continue;
      if (!url.pathname.startsWith(BASE)) {
        outside.push(`${path} → ${ref}`);
        continue;
      }
      if (url.hash.length > 1)
        fragments.push({ path: url.pathname, id: decodeURIComponent(url.hash.slice(1)), from: `${path} → ${ref}` });
      if (!crawled.has(url.pathname)) queue.push(url.pathname);
    }
  }
}

/** URLs the site gives away (canonical, share cards, feeds …), with where each was. */
type GivenUrls = [url: string, where: string][];

/** Each must be on the public URL, under the base, and served when its path is asked for. */
async function problemsOf(urls: GivenUrls): Promise<string[]> {
  const problems: string[] = [];
  for (const [url, where] of urls) {
    if (!url.startsWith(PUBLIC_ROOT)) {
      problems.push(`${where}: ${url} is not under ${PUBLIC_ROOT}`);
      continue;
    }
    const path = new URL(url).pathname;
    if (!crawled.has(path)) crawled.set(path, await fetchPath(path));
    const status = crawled.get(path)!.status;
    if (status !== 200) problems.push(`${where}: ${url} (${status})`);
  }
  return problems;
}

function jsonLdUrls(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith(SITE) ? [value.replace(/\{[^}]*\}$/, '').replace(/\?q=$/, '')] : [];
  if (Array.isArray(value)) return value.flatMap(jsonLdUrls);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonLdUrls);
  return [];
}

beforeAll(async () => {
  outDir = baseSite().outDir;
  server = await startNginx(outDir, BASE);
  await crawl(BASE);
  // What only machines fetch: the feed, the sitemap, the calendars, robots.txt.
  for (const path of ['rss.xml', 'sitemap-index.xml', 'robots.txt', 'events.ics', 'lighting.ics']) await crawl(BASE + path);
  // Pages no other page links to (an event filter with nothing in it) are in the sitemap: crawl from them too.
  for (const [, index] of (crawled.get(`${BASE}sitemap-index.xml`)?.text ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = new URL(index!).pathname;
    await crawl(sitemap);
    for (const [, loc] of (crawled.get(sitemap)?.text ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)) await crawl(new URL(loc!).pathname);
  }
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`the site built under ${BASE}`, () => {
  it('reaches every page from the root and the sitemap, with no link outside the base and none broken', () => {
    // The pages at entries' old addresses (aliases) are linked from nowhere on purpose: below.
    const moved = aliasPageFiles();
    const pages = listFiles(outDir)
      .filter((f) => f.endsWith('.html') && f !== '404.html' && !moved.has(f))
      .map((f) => BASE + f.replace(/index\.html$/, ''));
    const unreached = pages.filter((p) => !crawled.has(p));
    expect(unreached).toEqual([]);
    expect(outside).toEqual([]);
    const broken = [...crawled].filter(([, page]) => page.status !== 200).map(([path, page]) => `${path} (${page.status})`);
    expect(broken).toEqual([]);
  });

  it('has every fragment a link points to', () => {
    const missing = fragments.filter(({ path, id }) => {
      const doc = crawled.get(path)?.doc;
      return !doc || (!doc.getElementById(id) && !doc.querySelector(`a[name="${id}"]`));
    });
    expect(fragments.length).toBeGreaterThan(0);
    expect(missing.map((f) => `${f.from} (#${f.id})`)).toEqual([]);
  });

  it('sends a reader from an entry’s old address (aliases) on to the entry, in Chromium', async () => {
    const aliases = entryAliases();
    expect(aliases.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    for (const { collection, id, alias } of aliases) {
      const to = `${BASE}${collection === 'pages' ? '' : `${collection}/`}${id}/`;
      const old = await fetchPath(`${BASE}${alias.slice(1)}`);
      expect(old.status, alias).toBe(200);
      expect(old.doc?.querySelector('link[rel="canonical"]')?.getAttribute('href'), alias).toBe(`${SITE}${to}`);
      await page.goto(`${server.origin}${BASE}${alias.slice(1)}`);
      await page.waitForURL(`${server.origin}${to}`);
      expect(await page.locator('h1').count(), alias).toBe(1);
      expect(await page.title(), alias).not.toContain(t.site.moved.title(''));
    }
    await page.close();
  });

  it('answers a missing address with its own 404 page, whose links work', async () => {
    const missing = await fetchPath(`${BASE}no-such-page/`);
    expect(missing.status).toBe(404);
    const links = references(missing.doc!)
      .filter((ref) => !ref.startsWith('#'))
      .map((ref) => new URL(ref, `${server.origin}${BASE}no-such-page/`));
    expect(links.length).toBeGreaterThan(5);
    for (const url of links.filter((u) => u.origin === server.origin)) {
      expect(url.pathname.startsWith(BASE), url.pathname).toBe(true);
      expect((await fetch(url)).status, url.pathname).toBe(200);
    }
  });

  it('offers, on the 404 page of an address in a section, that section under the base, in the normal view and in 大字模式', async () => {
    const nav = t.site.nav;
    const cases = [
      [`${BASE}events/2023/taken-down/`, `${BASE}events/`, nav.events],
      [`${BASE}learners/gone/`, `${BASE}learners/`, nav.learners],
      [`${BASE}no-such-page/`, undefined, undefined],
    ] as const;
    for (const large of [false, true]) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
      if (large) await context.addInitScript((key: string) => localStorage.setItem(key, '1'), readingModeKey(BASE, 'large-text'));
      const page = await context.newPage();
      for (const [missing, section, name] of cases) {
        expect((await page.goto(server.origin + missing))?.status(), missing).toBe(404);
        await page.waitForLoadState('load');
        const shown = page.locator('[data-not-found-sections] a:visible');
        const links = await shown.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent.trim()]));
        expect(links, missing).toEqual(section ? [[section, t.site.notFound.toSection(name)]] : []);
        if (section) {
          await shown.click();
          await page.waitForURL(server.origin + section);
          expect(await page.locator('h1').count()).toBe(1);
        }
      }
      expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(large);
      await context.close();
    }
  });

  // The one test build made after the week (BASE_BUILD_EPOCH): what its pages say as built.
  it('says on its home page, built after the week, that the week is over, in the HTML a reader without JavaScript gets', () => {
    const { weekEnd } = siteSettings();
    expect(BASE_BUILD_EPOCH * 1000).toBeGreaterThanOrEqual(Date.parse(`${weekEnd}T00:00+08:00`) + 86_400_000);
    const note = crawled.get(BASE)!.doc!.querySelector('.hero [data-event-phase]');
    expect(note?.hasAttribute('hidden')).toBe(false);
    expect(note?.text.trim()).toBe(t.home.weekPhase.past);
  });

  it('gives the base in canonical, share-card and JSON-LD URLs of every page', async () => {
    const wrongCanonical: string[] = [];
    const given: GivenUrls = [];
    // /stats/ and /lighting/ show the latest year and name its page as canonical.
    const latest: Record<string, string> = {
      [`${BASE}stats/`]: `${BASE}stats/${Math.max(...dataYears('stats'))}/`,
      [`${BASE}lighting/`]: `${BASE}lighting/${Math.max(...dataYears('lighting'))}/`,
    };
    for (const [path, page] of crawled) {
      if (!page.doc) continue;
      const canonical = page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (canonical !== `${SITE}${latest[path] ?? path}`) wrongCanonical.push(`${path}: canonical ${canonical}`);
      for (const meta of page.doc.querySelectorAll('meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]')) {
        given.push([meta.getAttribute('content') ?? '', `${path} ${meta.getAttribute('property') ?? meta.getAttribute('name')}`]);
      }
      for (const script of page.doc.querySelectorAll('script[type="application/ld+json"]')) {
        for (const url of jsonLdUrls(JSON.parse(script.textContent))) given.push([url, `${path} JSON-LD`]);
      }
    }
    expect(given.length).toBeGreaterThan(300);
    expect(wrongCanonical).toEqual([]);
    expect(await problemsOf(given)).toEqual([]);
  });

  it('gives the base in the feed, the sitemap, the calendars and robots.txt', async () => {
    const given: GivenUrls = [];
    const rss = crawled.get(`${BASE}rss.xml`)!.text!;
    const rssLinks = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(rssLinks[0]).toBe(PUBLIC_ROOT);
    for (const link of rssLinks) given.push([link, 'rss.xml']);

    const sitemapIndex = crawled.get(`${BASE}sitemap-index.xml`)!.text!;
    const sitemaps = [...sitemapIndex.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const pageUrls: string[] = [];
    for (const url of sitemaps) {
      given.push([url, 'sitemap-index.xml']);
      pageUrls.push(...[...(crawled.get(new URL(url).pathname)?.text ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    }
    // Every page reached, but the search page, which has nothing of its own to find without a query, and
    // /stats/ and /lighting/, whose canonical address is the latest year's page.
    const notListed = new Set([`${BASE}search/`, `${BASE}stats/`, `${BASE}lighting/`]);
    const htmlPages = [...crawled].filter(([path, page]) => page.doc && !notListed.has(path)).map(([path]) => `${SITE}${path}`);
    expect(new Set(pageUrls)).toEqual(new Set(htmlPages));

    const calendars = [...crawled.keys()].filter((p) => p.endsWith('.ics'));
    expect(calendars.length).toBeGreaterThan(2);
    for (const path of calendars) {
      const unfolded = crawled.get(path)!.text!.replace(/\r\n[ \t]/g, '');
      const urls = [...unfolded.matchAll(/^URL[^:]*:(.+)$/gm)].map((m) => m[1]!.trim());
      expect(urls.length, path).toBeGreaterThan(0);
      for (const url of urls) given.push([url.split('#')[0]!, path]);
      for (const url of [...unfolded.matchAll(/详情：(\S+?)(?:\\n|$)/gm)].map((m) => m[1]!))
        given.push([url.split('#')[0]!, `${path} DESCRIPTION`]);
    }

    const robots = crawled.get(`${BASE}robots.txt`)!.text!;
    expect(robots).toContain(`Allow: ${BASE}`);
    expect(robots).toContain(`Sitemap: ${PUBLIC_ROOT}sitemap-index.xml`);
    expect(await problemsOf(given)).toEqual([]);
  });
});

describe(`search under ${BASE}`, () => {
  // A few queries of the relevance set, one with a cover (its thumbnail must load too).
  const queries = RELEVANCE_QUERIES.filter((q) => ['陈家祠', '刘慈欣', '宣传材料报送'].includes(q.q));

  for (const largeText of [false, true]) {
    it(`returns results that open, in Chromium${largeText ? ' in 大字模式' : ''}`, async () => {
      expect(queries).toHaveLength(3);
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Pagefind's search worker, let through by the search page's Trusted Types policy from under the base.
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      const from = server.requests.length;
      if (largeText) {
        await page.goto(`${server.origin}${BASE}`);
        await page.check('#large-text');
      }
      for (const { q, expect: want } of queries) {
        const outcome = await searchFor(page, server.origin + BASE.replace(/\/$/, ''), q);
        expect(outcome.state, q).toBe('results');
        expect(outcome.urls.slice(0, 5), q).toContain(BASE + want.slice(1));
        for (const url of outcome.urls) expect(url.startsWith(BASE), url).toBe(true);
        await page.waitForLoadState('networkidle');
      }
      // The first result opens.
      await page.locator('[data-search-results] a').first().click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
      expect(await page.locator('h1').count()).toBe(1);
      // 栏目直达 leads under the base too: 书单 to the book list.
      await searchFor(page, server.origin + BASE.replace(/\/$/, ''), '书单');
      const shortcut = page.locator('[data-search-shortcuts] a');
      expect(await shortcut.getAttribute('href')).toBe(`${BASE}books/`);
      await shortcut.click();
      await page.waitForURL(`${server.origin}${BASE}books/`);
      expect(await page.locator('h1').textContent()).toBe(t.books.title);

      const requests = server.requests.slice(from);
      expect(requests.filter((r) => r.path.includes('/pagefind/')).length).toBeGreaterThan(0);
      expect(requests.filter((r) => r.status >= 400).map((r) => `${r.path} ${r.status}`)).toEqual([]);
      expect(errors).toEqual([]);
      expect(workers.length).toBeGreaterThan(0);
      expect(new Set(workers)).toEqual(new Set([pagefindWorkerUrl(server.origin + BASE)]));
      await context.close();
    });
  }

  it('prefetches the search bundle from under the base when the header search box gets focus', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${BASE}about/`);
    const from = server.requests.length;
    await page.focus('#site-search');
    await expect.poll(() => server.requests.slice(from).filter((r) => r.path.endsWith('.pf_meta')).length).toBeGreaterThan(0);
    const requests = server.requests.slice(from);
    expect(requests.map((r) => r.path)).toContain(`${BASE}pagefind/pagefind.js`);
    expect(requests.map((r) => r.path)).toContain(`${BASE}search/`);
    expect(requests.filter((r) => r.status >= 400).map((r) => `${r.path} ${r.status}`)).toEqual([]);
    await page.close();
  });
});

describe(`the reading modes under ${BASE}`, () => {
  it('keeps 大字模式 and 高对比度 to itself on the department’s origin, shared with its other pages', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${BASE}about/`);
    // Another page of the domain keeps its own settings under the plain names.
    await page.evaluate(() => {
      localStorage.setItem('large-text', 'theirs');
      localStorage.setItem('high-contrast', '1');
    });
    await page.reload();
    const classes = () => page.evaluate(() => [...document.documentElement.classList]);
    expect(await classes()).not.toContain('high-contrast');
    expect(await page.isChecked('#high-contrast')).toBe(false);
    await page.check('#large-text');
    await page.goto(`${server.origin}${BASE}books/`);
    expect(await classes()).toContain('large-text');
    expect(await classes()).not.toContain('high-contrast');
    const stored = await page.evaluate(
      (keys) => keys.map((key) => localStorage.getItem(key)),
      ['large-text', 'high-contrast', readingModeKey(BASE, 'large-text')],
    );
    expect(stored).toEqual(['theirs', '1', '1']);
    await page.close();
  });
});

describe(`scripts and stylesheets under ${BASE}: only from the site's own folders, not from the rest of the department's host`, () => {
  /**
   * A context whose pages each carry a tag for FOREIGN_SCRIPT and FOREIGN_STYLE; with `header: false` the nginx header is taken
   * away, as a host that sends none (the pages' <meta> alone).
   */
  async function injectedContext(header: boolean): Promise<BrowserContext> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    await injectForeignFiles(context, server.origin, { under: BASE, dropHeader: !header });
    return context;
  }

  for (const largeText of [false, true])
    for (const header of [true, false])
      it(`blocks a same-origin script and stylesheet outside the base, while search, the reading modes and the menu work (${header ? "nginx's header and each page's policies" : 'the pages’ own policies alone'}${largeText ? ', 大字模式' : ''})`, async () => {
        const context = await injectedContext(header);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        // Each policy that refuses a script reports it (the header's and the page's, through nginx): once each, distinct.
        const violations = async () =>
          [...new Set(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))].sort();
        const blocked = [
          `script-src-elem ${server.origin}${FOREIGN_SCRIPT}`,
          `style-src-elem ${server.origin}${FOREIGN_STYLE}`,
        ].sort();

        await page.goto(`${server.origin}${BASE}`, { waitUntil: 'load' });
        expect(await page.content()).toContain(`<script src="${FOREIGN_SCRIPT}">`);
        expect(await page.content()).toContain(`<link rel="stylesheet" href="${FOREIGN_STYLE}">`);
        await expect.poll(violations, { timeout: 10_000 }).toEqual(blocked);
        expect(await foreignScriptRan(page)).toBe(false);
        expect(await foreignStyleApplied(page)).toBe(false);

        // The site's own scripts, from ${BASE}_astro/: the reading-mode switch, and in 大字模式 the folded menu (the normal view shows its links).
        if (largeText) {
          await page.check('#large-text');
          await page.reload({ waitUntil: 'load' });
        }
        expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(largeText);
        const menu = page.locator('header.site-header [data-site-nav-toggle]:visible');
        expect(await menu.count()).toBe(largeText ? 1 : 0);
        if (largeText) {
          await menu.click();
          expect(await menu.getAttribute('aria-expanded')).toBe('true');
        }

        // Search, from ${BASE}pagefind/ (its module, worker and WebAssembly), with the foreign tag on the page too.
        const outcome = await searchFor(page, server.origin + BASE.replace(/\/$/, ''), '陈家祠');
        expect(outcome.state).toBe('results');
        expect(await foreignScriptRan(page)).toBe(false);
        expect(await foreignStyleApplied(page)).toBe(false);
        expect(await violations()).toEqual(blocked);
        expect(errors).toEqual([]);
        await context.close();
      });
});

describe(`every kind of page under ${BASE}, in Chromium through nginx`, () => {
  /** One page of each kind: the path with its slugs, years and codes folded, so `events/2023/a/` and `events/2023/b/` are one kind. */
  function pageKinds(): string[] {
    const kinds = new Map<string, string>();
    for (const [path, page] of crawled) {
      if (!page.doc || page.status !== 200) continue;
      const segments = path
        .slice(BASE.length)
        .split('/')
        .filter((s) => s !== '');
      const kind = `${segments
        .slice(0, 2)
        .map((s) => (/\d/.test(s) ? '#' : s))
        .join('/')}:${segments.length}`;
      if (!kinds.has(kind)) kinds.set(kind, path);
    }
    return [...kinds.values(), `${BASE}search/?q=${encodeURIComponent('陈家祠')}`, `${BASE}no-such-page/`];
  }

  for (const largeText of [false, true]) {
    it(`shows them with no Content-Security-Policy violation and no script error${largeText ? ' in 大字模式' : ''}`, async () => {
      const pages = pageKinds();
      expect(pages.length).toBeGreaterThan(15);
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
      // Reported by the browser itself, whatever the page's own scripts do.
      await context.addInitScript(() => {
        const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !/Failed to load resource.*404/.test(message.text()))
          problems.push(`${page.url()} console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${page.url()} error: ${error.message}`));
      if (largeText) {
        await page.goto(`${server.origin}${BASE}`);
        await page.check('#large-text');
      }
      for (const path of pages) {
        await page.goto(server.origin + path, { waitUntil: 'load' });
        // The search page fetches its bundle after load: wait until it has answered.
        if (path.includes('/search/')) await readOutcome(page);
        if (largeText) expect(await page.isChecked('#large-text'), path).toBe(true);
        const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
        problems.push(...violations.map((v) => `${path} CSP: ${v}`));
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('refuse a string as markup, script address or worker there (Trusted Types, in the header and each page)', async () => {
    const page = await browser.newPage();
    for (const path of pageKinds()) {
      await page.goto(server.origin + path, { waitUntil: 'load' });
      expect(await stringSinks(page), path).toEqual({ innerHTML: 'refused', scriptSrc: 'refused', worker: 'refused' });
    }
    await page.close();
  });
});
