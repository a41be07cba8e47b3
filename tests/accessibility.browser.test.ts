import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSiteInBrowser, type SiteInBrowser } from './support/site-in-browser.ts';
import type { StaticServer } from '../scripts/lib/static-server.ts';
import { fixturePageTypes } from './support/page-types.ts';

// axe-core's WCAG 2.x A/AA rules (2.2 included) on every page type, at phone size, after scripts ran.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGE_TYPES = fixturePageTypes();

let server: StaticServer;
let browser: Browser;
let site: SiteInBrowser;
beforeAll(async () => {
  site = await openSiteInBrowser();
  ({ server, browser } = site);
});
afterAll(async () => {
  await site?.close();
});

describe('accessibility (WCAG 2.2 A and AA rules of axe-core)', () => {
  for (const largeText of [false, true]) {
    it(`has no violations on any page type${largeText ? ' in 大字模式' : ''}`, async () => {
      // axe is injected as an inline script, which the pages' Content-Security-Policy refuses (tests/csp.browser.test.ts checks the policy).
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', bypassCSP: true });
      const found: string[] = [];
      for (const path of PAGE_TYPES) {
        const response = await page.goto(server.origin + path, { waitUntil: 'load' });
        expect(response?.status(), path).toBe(200);
        if (largeText) await page.check('#large-text');
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
            }
          ).axe;
          const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
          return result.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
          );
        });
        found.push(...violations.map((v) => `${path} ${v}`));
      }
      await page.close();
      expect(found).toEqual([]);
    });
  }
});
