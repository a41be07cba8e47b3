import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { MAP_PALETTE, type Swatch } from '../src/lib/maps/layers.ts';
import { accessibilityTree } from './support/accessibility-tree.ts';
import { LARGE_TEXT_LIMITS, NORMAL_LIMITS } from './support/age-friendly-audit.ts';
import { dataYears } from './support/fixture.ts';
import { openSiteInBrowser, type SiteInBrowser } from './support/site-in-browser.ts';

/**
 * The maps for elderly readers and screen-reader users: their names grow with
 * the reader's text in 大字模式 (at least the age-friendly tests' smallest
 * text) without one name over another, and the layer picker's group 地图显示
 * holds its choices alone while switching the map without JavaScript.
 */
const MODES = [
  { name: '标准', largeText: false, minFontPx: NORMAL_LIMITS.minFontPx },
  { name: '大字模式', largeText: true, minFontPx: LARGE_TEXT_LIMITS.minFontPx },
];
/** The province's progress map, a city's map of its counties, the lighting map of each year. */
const MAP_PAGES = ['/stats/', '/regions/440100/', ...dataYears('lighting').map((y) => `/lighting/${y}/`)];
/** The pages with a layer picker: the province's progress map and a city's map of its counties. */
const PICKER_PAGES = ['/stats/', '/regions/440100/'];

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
  /** Names side by side on one line, less than half a character apart. */
  close: string[];
  /** Names that reach past the map's edge, where the SVG cuts them off. */
  cut: string[];
  /** The numbers on the dots drawn (several places in one spot): their text size on screen, and whether each lies inside its dot. */
  counts: { text: string; size: number; inside: boolean }[];
  /** The most of one dot a name's letters cover (a square em high, through the middle of its box), as a share of the dot's box. */
  dotHidden: { text: string; share: number };
}

/** Each map's names as the reader sees them: the ones drawn, their box's height and text size on screen, any two that overlap or touch, any cut off at the edge; and the numbers on its dots. */
function namesOnMaps(page: Page): Promise<MapNames[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('.region-map svg')].map((svg) => {
      const frame = svg.getBoundingClientRect();
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const shown = [...svg.querySelectorAll<SVGTextElement>('.region-map__labels text')]
        .map((text) => ({ text, box: text.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      const overlaps: string[] = [];
      const close: string[] = [];
      // Two names on one line (sharing more than half their height) with less than half a character
      // between them read as one (罗湖盐田); half a pixel for rounding.
      const apart = (text: SVGTextElement) => (parseFloat(getComputedStyle(text).fontSize) * scale) / 2 - 0.5;
      for (const [i, a] of shown.entries())
        for (const b of shown.slice(i + 1)) {
          const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          const pair = `${a.text.textContent} ${b.text.textContent}`;
          if (across > 0 && down > 0) overlaps.push(pair);
          else if (down > Math.min(a.box.height, b.box.height) / 2 && across > -Math.min(apart(a.text), apart(b.text)))
            close.push(pair);
        }
      const dots = [...svg.querySelectorAll('circle')].map((dot) => dot.getBoundingClientRect()).filter((box) => box.width > 0);
      const dotHidden = { text: '', share: 0 };
      for (const { text, box } of shown) {
        const em = parseFloat(getComputedStyle(text).fontSize) * scale;
        const middle = (box.top + box.bottom) / 2;
        for (const dot of dots) {
          const across = Math.max(0, Math.min(box.right, dot.right) - Math.max(box.left, dot.left));
          const down = Math.max(0, Math.min(middle + em / 2, dot.bottom) - Math.max(middle - em / 2, dot.top));
          const share = (across * down) / (dot.width * dot.height);
          if (share > dotHidden.share) Object.assign(dotHidden, { text: text.textContent ?? '', share });
        }
      }
      return {
        dotHidden,
        shapes: svg.querySelectorAll('path').length,
        shown: shown.map(({ text, box }) => ({
          text: text.textContent ?? '',
          height: box.height,
          size: parseFloat(getComputedStyle(text).fontSize) * scale,
        })),
        overlaps,
        close,
        // Half a pixel for rounding.
        cut: shown
          .filter(
            ({ box }) =>
              box.left < frame.left - 0.5 ||
              box.right > frame.right + 0.5 ||
              box.top < frame.top - 0.5 ||
              box.bottom > frame.bottom + 0.5,
          )
          .map(({ text }) => text.textContent ?? ''),
        counts: [...svg.querySelectorAll<SVGTextElement>('.region-map__count')]
          .map((text) => ({ text, box: text.getBoundingClientRect(), dot: text.previousElementSibling!.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && box.height > 0)
          .map(({ text, box, dot }) => ({
            text: text.textContent ?? '',
            size: parseFloat(getComputedStyle(text).fontSize) * scale,
            // Half a pixel for rounding.
            inside:
              box.left >= dot.left - 0.5 && box.right <= dot.right + 0.5 && box.top >= dot.top - 0.5 && box.bottom <= dot.bottom + 0.5,
          })),
      };
    }),
  );
}

describe('the names on the maps', () => {
  for (const mode of MODES)
    for (const width of [320, 390, 1280])
      it(`are at least ${mode.minFontPx} px, none over another (nor, in 标准, against one), over a dot or cut off at the edge, the dots' numbers as large (${mode.name}, ${width} px)`, async () => {
        const context = await site.browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(`${site.server.origin}/`);
        if (mode.largeText) await largeTextOn(page);
        let numbers = 0;
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
            // 大字模式's names fill a phone's map: where one has no room apart, it sits closer rather than be left out.
            if (!mode.largeText) expect(map.close, path).toEqual([]);
            expect(map.cut, path).toEqual([]);
            // A name may touch a lit place's dot, not hide it (nor a gathered dot's number): a name with no such spot is left out.
            expect(map.dotHidden.share, `${path} ${map.dotHidden.text}`).toBeLessThanOrEqual(0.25);
            // A dot's number is as large as the names around it, and inside its dot.
            const smallestName = Math.min(...map.shown.map((name) => name.size));
            for (const count of map.counts) {
              expect(count.size, `${path} ${count.text}`).toBeGreaterThanOrEqual(Math.max(smallestName, mode.minFontPx) - 0.5);
              expect(count.inside, `${path} ${count.text}`).toBe(true);
            }
            numbers += map.counts.length;
          }
        }
        // The lighting maps gather close places into numbered dots: the check above had some to look at.
        expect(numbers).toBeGreaterThan(0);
        await context.close();
      });
});

describe('the map’s layer picker', () => {
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  const PICKER = 'main fieldset:has(input[type="radio"])';

  for (const mode of MODES)
    it(`switches the map without JavaScript, from a group 地图显示 of its choices alone (${mode.name})`, async () => {
      const context = await site.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 390, height: 844 },
        locale: 'zh-CN',
      });
      const page = await context.newPage();
      for (const path of PICKER_PAGES) {
        await page.goto(site.server.origin + path);
        if (mode.largeText) await largeTextOn(page);
        // The group a screen reader announces: its name, its radio buttons, nothing of the map.
        const [group, ...inside] = await accessibilityTree(page, PICKER);
        expect([group?.role, group?.name], path).toEqual(['group', t.maps.layerPicker]);
        const radios = page.locator(`${PICKER} input[type="radio"]`);
        const keys = await radios.evaluateAll((inputs) => inputs.map((i) => /pick-(\w+)/.exec(i.className)![1]!));
        expect(keys.length, path).toBeGreaterThan(1);
        expect(inside.filter((n) => n.role === 'radio').length, path).toBe(keys.length);
        expect(
          inside.filter((n) => ['list', 'listitem', 'link', 'img', 'image', 'figure', 'table'].includes(n.role)).map((n) => n.role),
          path,
        ).toEqual([]);
        expect(await page.locator(`${PICKER} svg, ${PICKER} figure`).count(), path).toBe(0);

        for (const key of keys) {
          await page.click(`label[for="${await radios.nth(keys.indexOf(key)).getAttribute('id')}"]`);
          // Every region in its colour of the chosen layer, and that layer's legend alone.
          const shown = await radios.nth(keys.indexOf(key)).evaluate((input, key) => {
            const map = input.closest('.progress-map')!;
            return {
              fills: [...map.querySelectorAll<SVGPathElement>(`.region-map path[class*="${key}-"]`)].map((path) => ({
                swatch: new RegExp(`(?:^| )${key}-(\\w+)`).exec(path.getAttribute('class')!)![1]!,
                fill: getComputedStyle(path).fill,
              })),
              legends: [...map.querySelectorAll<HTMLElement>('.legend')]
                .filter((legend) => legend.getClientRects().length > 0)
                .map((legend) => [...legend.classList].find((c) => c.startsWith('legend-'))),
            };
          }, key);
          expect(shown.fills.length, `${path} ${key}`).toBeGreaterThan(0);
          for (const { swatch, fill } of shown.fills) expect(fill, `${path} ${key}`).toBe(rgb(MAP_PALETTE[swatch as Swatch]));
          expect(shown.legends, `${path} ${key}`).toEqual([`legend-${key}`]);
        }
      }
      await context.close();
    });
});
