import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LARGE_TEXT_LIMITS, NORMAL_LIMITS } from './support/age-friendly-audit.ts';
import { dataYears } from './support/fixture.ts';
import { openSiteInBrowser, type SiteInBrowser } from './support/site-in-browser.ts';

/**
 * The maps for elderly readers: their names grow with the reader's text in
 * 大字模式 (at least the age-friendly tests' smallest text) without one name
 * over another.
 */
const MODES = [
  { name: '标准', largeText: false, minFontPx: NORMAL_LIMITS.minFontPx },
  { name: '大字模式', largeText: true, minFontPx: LARGE_TEXT_LIMITS.minFontPx },
];
/** The province's progress map, a city's map of its counties, the lighting map of each year. */
const MAP_PAGES = ['/stats/', '/regions/440100/', ...dataYears('lighting').map((y) => `/lighting/${y}/`)];

let site: SiteInBrowser;
beforeAll(async () => {
  site = await openSiteInBrowser();
});
afterAll(async () => {
  await site?.close();
});

/** Ticks 大字模式 as a reader does, by its label in the header (with JavaScript or without). */
async function largeTextOn(page: Page) {
  await page.click('label:has(#large-text)');
  expect(await page.isChecked('#large-text')).toBe(true);
}

interface MapNames {
  shapes: number;
  shown: { text: string; height: number; size: number }[];
  overlaps: string[];
}

/** Each map's names as the reader sees them: the ones drawn, their box's height and text size on screen, and any two that overlap. */
function namesOnMaps(page: Page): Promise<MapNames[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('.region-map svg')].map((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const shown = [...svg.querySelectorAll<SVGTextElement>('.region-map__labels text')]
        .map((text) => ({ text, box: text.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      const overlaps: string[] = [];
      for (const [i, a] of shown.entries())
        for (const b of shown.slice(i + 1)) {
          const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (across > 0 && down > 0) overlaps.push(`${a.text.textContent} ${b.text.textContent}`);
        }
      return {
        shapes: svg.querySelectorAll('path').length,
        shown: shown.map(({ text, box }) => ({
          text: text.textContent ?? '',
          height: box.height,
          size: parseFloat(getComputedStyle(text).fontSize) * scale,
        })),
        overlaps,
      };
    }),
  );
}

describe('the names on the maps', () => {
  for (const mode of MODES)
    for (const width of [390, 1280])
      it(`are at least ${mode.minFontPx} px and none over another (${mode.name}, ${width} px)`, async () => {
        const context = await site.browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(`${site.server.origin}/`);
        if (mode.largeText) await largeTextOn(page);
        for (const path of MAP_PAGES) {
          await page.goto(site.server.origin + path);
          const maps = await namesOnMaps(page);
          expect(maps.length, path).toBeGreaterThan(0);
          for (const map of maps) {
            // Names with no room are left out, but a map keeps some.
            expect(map.shown.length, path).toBeGreaterThan(0);
            expect(map.shown.length, path).toBeLessThanOrEqual(map.shapes);
            for (const name of map.shown) {
              expect(name.height, `${path} ${name.text}`).toBeGreaterThanOrEqual(mode.minFontPx);
              expect(name.size, `${path} ${name.text}`).toBeGreaterThanOrEqual(mode.minFontPx - 0.5);
            }
            expect(map.overlaps, path).toEqual([]);
          }
        }
        await context.close();
      });
});
