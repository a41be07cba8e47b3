import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { MAP_PALETTE, type Swatch } from '../src/lib/maps/layers.ts';
import { contentSecurityPolicy, ownFoldersPolicy } from '../src/lib/security/csp.ts';
import { homePath, searchPath } from '../src/lib/urls.ts';
import type { StaticServer } from '../scripts/lib/static-server.ts';
import { FIXTURE_SITE } from './support/build-site.ts';
import { siteSettings } from './support/fixture.ts';
import { searchFor } from './support/search-page.ts';
import { readHtml } from './support/site-files.ts';
import { openSiteInBrowser, type SiteInBrowser } from './support/site-in-browser.ts';
import { fixturePageTypes } from './support/page-types.ts';
import { pagefindWorkerUrl, stringSinks } from './support/trusted-types.ts';
import { FOREIGN_SCRIPT, FOREIGN_STYLE, foreignScriptRan, foreignStyleApplied, injectForeignFiles } from './support/foreign-files.ts';

/**
 * Every page runs under the strict Content-Security-Policy of issue 10
 * (src/lib/security/csp.ts), delivered in a <meta>: Chromium reports no
 * violation on any page type, in the normal and the large-text mode, and
 * what needs scripts and styles (search, 大字模式, the map layers, the copy
 * buttons) still works under it.
 */
const PAGE_TYPES = fixturePageTypes();
/** The search page, with or without a query: the one page whose script (Pagefind) compiles WebAssembly. */
const isSearchPage = (path: string) => path.split('?')[0] === searchPath();

let site: SiteInBrowser;
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  site = await openSiteInBrowser();
  ({ server, browser } = site);
});
afterAll(async () => {
  await site?.close();
});

/** A phone-sized page that records every policy violation, from the first byte of each document. */
async function watchedPage(context?: BrowserContext): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = context ? await context.newPage() : await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return {
    page,
    violations: async () => [
      ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).map(
        (v) => `${page.url()}: ${v}`,
      ),
      ...console.splice(0),
    ],
  };
}

describe('the Content-Security-Policy', () => {
  it('is in every page type, exactly as src/lib/security/csp.ts says, before anything it governs', () => {
    expect(PAGE_TYPES.filter(isSearchPage)).toHaveLength(1);
    // The fixture is served at the host's root, without WeChat share cards.
    const places = { base: siteSettings().base ?? '/' };
    expect(siteSettings().wechat).toBeUndefined();
    for (const path of PAGE_TYPES.map((p) => p.split('?')[0]!)) {
      const file = path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`;
      const head = readHtml(FIXTURE_SITE, file).querySelector('head')!;
      const metas = head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
      const webAssembly = isSearchPage(path);
      expect(
        metas.map((meta) => meta.getAttribute('content')),
        path,
      ).toEqual([contentSecurityPolicy('meta', { webAssembly }), ownFoldersPolicy('meta', places, { webAssembly })]);
      const first = head.querySelectorAll('script, link, style')[0];
      for (const meta of metas)
        expect(head.innerHTML.indexOf(meta.toString()), path).toBeLessThan(
          first ? head.innerHTML.indexOf(first.toString()) : Infinity,
        );
    }
  });

  // The two modes at once, each in a browser context of its own: the test otherwise waits out each page's network idle.
  for (const largeText of [false, true]) {
    it.concurrent(`is broken by no page type${largeText ? ' in 大字模式' : ''}`, async ({ expect }) => {
      const { page, violations } = await watchedPage();
      const found: string[] = [];
      for (const path of PAGE_TYPES) {
        const response = await page.goto(server.origin + path, { waitUntil: 'networkidle' });
        expect(response?.status(), path).toBe(200);
        if (largeText) await page.check('#large-text');
        found.push(...(await violations()));
      }
      await page.close();
      expect(found).toEqual([]);
    });
  }
});

/** The site's own stylesheet has styled the page: a custom property global.css sets on the root. */
const ownStyleApplied = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--target').trim() !== '');

describe('scripts and stylesheets from the rest of the host', () => {
  // The fixture at the host's root, served without any header: the pages' own policies alone, as on any host.
  for (const largeText of [false, true])
    it(`are blocked, while the site's own styles, search and the reading modes work${largeText ? ' in 大字模式' : ''}`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
      // Written into every page, as injected markup would be.
      await injectForeignFiles(context, server.origin);
      const { page, violations } = await watchedPage(context);
      await page.goto(`${server.origin}/events/`, { waitUntil: 'load' });
      await expect.poll(async () => (await violations()).join('\n')).toMatch(`${server.origin}${FOREIGN_SCRIPT}`);
      await expect.poll(async () => (await violations()).join('\n')).toMatch(`${server.origin}${FOREIGN_STYLE}`);
      expect(await foreignScriptRan(page)).toBe(false);
      expect(await foreignStyleApplied(page)).toBe(false);
      expect(await ownStyleApplied(page)).toBe(true);
      if (largeText) await page.check('#large-text');
      await page.goto(`${server.origin}/books/`, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(largeText);
      const outcome = await searchFor(page, server.origin, '读书');
      expect(outcome.state).toBe('results');
      expect(await foreignScriptRan(page)).toBe(false);
      expect(await foreignStyleApplied(page)).toBe(false);
      await context.close();
    });
});

describe('Trusted Types', () => {
  // Each mode in a browser context of its own, as above.
  for (const largeText of [false, true]) {
    it.concurrent(
      `refuse a string as markup, script address or worker on every page type${largeText ? ' in 大字模式' : ''}`,
      async ({ expect }) => {
        const { page, violations } = await watchedPage();
        for (const path of PAGE_TYPES) {
          // The pages' scripts, which make their policies, have run by the load event: no need to wait out the network.
          await page.goto(server.origin + path, { waitUntil: 'load' });
          if (largeText) await page.check('#large-text');
          // The search page's default policy too refuses an address on another host.
          expect(await stringSinks(page), path).toEqual({ innerHTML: 'refused', scriptSrc: 'refused', worker: 'refused' });
          // And the browser reports it, as it would a script's attempt.
          let reported = '';
          await expect
            .poll(async () => (reported += (await violations()).join('\n')), { message: path })
            .toMatch(/require-trusted-types-for/);
        }
        await page.close();
      },
    );
  }
});

describe('under the policy', () => {
  it('compiles WebAssembly on the search page only, where Pagefind needs it', async () => {
    const page = await browser.newPage();
    const compiles = () =>
      page.evaluate(() =>
        // The smallest valid module: the magic number and version 1.
        WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
          () => 'compiled',
          (error: Error) => error.name,
        ),
      );
    for (const path of PAGE_TYPES) {
      await page.goto(server.origin + path);
      expect(await compiles(), path).toBe(isSearchPage(path) ? 'compiled' : 'CompileError');
    }
    await page.close();
  });

  it('search finds and shows results (Pagefind runs its WebAssembly, in its worker)', async () => {
    const { page, violations } = await watchedPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const outcome = await searchFor(page, server.origin, '读书');
    expect(outcome.state).toBe('results');
    expect(outcome.urls.length).toBeGreaterThan(0);
    // Through the search page's Trusted Types policy: refused, Pagefind would search on the page's own thread.
    expect(workers).toEqual([pagefindWorkerUrl(server.origin + homePath())]);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('the large-text switch enlarges the text and is remembered on the next page', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${server.origin}/events/`);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const normal = await size();
    await page.check('#large-text');
    expect(await size()).toBeGreaterThan(normal * 1.15);
    await page.goto(`${server.origin}/books/`);
    expect(await page.isChecked('#large-text')).toBe(true);
    expect(await size()).toBeGreaterThan(normal * 1.15);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('the map layers recolour the map and switch the legend', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${server.origin}/stats/`);
    const map = page.locator('.progress-map').first();
    const id = await map.getAttribute('id');
    // A region in a colour of the activities layer, and what that colour is.
    const region = map.locator('path[class*="activities-blue"]').first();
    const swatch = /activities-(\w+)/.exec((await region.getAttribute('class')) ?? '')![1] as Swatch;
    await page.click(`label[for="${id}-activities"]`);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(await region.evaluate((path) => getComputedStyle(path).fill)).toBe(rgb(MAP_PALETTE[swatch]));
    expect(await map.locator('.legend-activities').isVisible()).toBe(true);
    expect(await map.locator('.legend-status').isVisible()).toBe(false);
    expect(await map.locator(`.legend-activities .swatch-${swatch}`).evaluate((span) => getComputedStyle(span).backgroundColor)).toBe(
      rgb(MAP_PALETTE[swatch]),
    );
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('the copy-link buttons copy a permalink and say so', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const { page, violations } = await watchedPage(context);
    await page.goto(`${server.origin}/media/`);
    const button = page.locator('[data-copy]').first();
    const line = button.locator('..');
    const permalink = (await line.locator('[data-permalink]').textContent())!.trim();
    await button.click();
    await expect.poll(() => line.locator('.copy-status').textContent()).toBe(t.media.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('the print button of the MoE table shows and prints', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${server.origin}/stats/2023/table/`);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.click('[data-print-page]');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
