import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSiteInBrowser, type SiteInBrowser } from './support/site-in-browser.ts';
import type { StaticServer } from '../scripts/lib/static-server.ts';
import { fixturePageTypes } from './support/page-types.ts';
import { accessibilityTree, accessibleNodes, spokenTexts } from './support/accessibility-tree.ts';
import { dataYears, readInputJson } from './support/fixture.ts';
import { cityOf } from '../src/lib/regions/index.ts';
import { t } from '../src/i18n/zh-CN.ts';
import { FIXTURE_SITE } from './support/build-site.ts';
import { listFiles } from './support/site-files.ts';

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
  // The two modes at once, each in a page of its own: one walk leaves a core idle between its pages.
  for (const largeText of [false, true]) {
    it.concurrent(`has no violations on any page type${largeText ? ' in 大字模式' : ''}`, async ({ expect }) => {
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

/**
 * What differs, other than the background, between a chosen item (the map's layer, a filter chip, the
 * page being read) and one beside it that is not chosen: a Windows contrast theme paints every
 * background over with its own colour, so a fill alone leaves the chosen one looking like the rest.
 */
async function cueBesidesBackground(page: Page, chosen: string, other: string): Promise<string[]> {
  return page.evaluate(
    ({ chosen, other }) => {
      const look = (selector: string) => {
        const element = document.querySelector(selector);
        if (!element) throw new Error(`no ${selector}`);
        const style = getComputedStyle(element);
        return {
          border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
          weight: style.fontWeight,
          color: style.color,
          decoration: style.textDecorationLine,
          outline: `${style.outlineWidth} ${style.outlineStyle}`,
          before: getComputedStyle(element, '::before').content,
          after: getComputedStyle(element, '::after').content,
        };
      };
      const [a, b] = [look(chosen), look(other)];
      return Object.keys(a).filter((k) => a[k as keyof typeof a] !== b[k as keyof typeof b]);
    },
    { chosen, other },
  );
}

describe('in a Windows contrast theme (forced colours), at phone size', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await page.emulateMedia({ forcedColors: 'active' });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('keeps the colours of the map’s legend, which say what each colour of the map means', async () => {
    await page.goto(`${server.origin}/stats/`);
    const { canvas, swatches, fills } = await page.evaluate(() => ({
      // The theme's own background, which it paints every background with.
      canvas: getComputedStyle(document.body).backgroundColor,
      swatches: [...document.querySelectorAll('#city-map .legend')]
        .filter((legend) => legend.getClientRects().length > 0)
        .flatMap((legend) => [...legend.querySelectorAll('.legend__swatch')].map((s) => getComputedStyle(s).backgroundColor)),
      fills: [...document.querySelectorAll('#city-map svg path')].map((p) => getComputedStyle(p).fill),
    }));
    expect(swatches.length).toBeGreaterThan(1);
    for (const color of swatches) {
      expect(color).not.toBe('rgba(0, 0, 0, 0)');
      expect(color).not.toBe(canvas);
    }
    // Each its own colour, and the colours the map is painted with.
    expect(new Set(swatches).size).toBe(swatches.length);
    for (const fill of new Set(fills)) expect(swatches, fill).toContain(fill);
  });

  for (const [what, path, chosen, other] of [
    ['the map’s layer', '/stats/', '#city-map input:checked + label', '#city-map input:not(:checked) + label'],
    ['a filter chip', '/events/in/440100/', '.chips a[aria-current="page"]', '.chips a:not([aria-current])'],
    ['a filter chip on a list’s second page', '/events/page/2/', '.chips a[aria-current]', '.chips a:not([aria-current])'],
    ['the page of a list', '/events/page/2/', '.list-pager a[aria-current="page"]', '.list-pager a:not([aria-current], [rel])'],
  ] as const) {
    it(`marks ${what} that is chosen by more than its background`, async () => {
      await page.goto(server.origin + path);
      expect(await cueBesidesBackground(page, chosen, other)).not.toEqual([]);
    });
  }
});

describe('what a screen reader is told', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('names no link and reads no text with ‹ or ›, which screen readers have no word for (NVDA’s Chinese symbols)', async () => {
    // An event's page (its breadcrumbs, 上一篇 and 下一篇), a list's second page (上一页), a month (上个月, 下个月).
    const found: string[] = [];
    for (const path of ['/events/2023/gz-opening-ceremony/', '/events/page/2/', '/events/calendar/2023-11/']) {
      await page.goto(server.origin + path);
      const tree = await accessibilityTree(page);
      expect(tree.filter((n) => n.role === 'link' && /上一|下一|上个月|下个月/.test(n.name)).length, path).toBeGreaterThan(0);
      const said = [...tree.map((n) => n.name), ...spokenTexts(tree)].filter((text) => /[‹›]/.test(text));
      found.push(...said.map((text) => `${path}: ${text}`));
    }
    expect([...new Set(found)]).toEqual([]);
  });

  it('says on /media/ whose photo each 下载原图 downloads and whose address each 复制链接 copies', async () => {
    await page.goto(`${server.origin}/media/`);
    const tree = await accessibilityTree(page, '.media-case');
    const cases = await page.locator('.media-case h3 a').allTextContents();
    const downloads = tree.filter((n) => n.role === 'link' && n.name.startsWith('下载原图'));
    const copies = tree.filter((n) => n.role === 'button' && n.name.startsWith('复制链接'));
    expect(copies.length).toBe(cases.length);
    expect(downloads.length).toBeGreaterThan(1);
    for (const controls of [downloads, copies]) {
      expect(new Set(controls.map((n) => n.name)).size).toBe(controls.length);
      // Each named for its case, after the words on screen (which voice control users say).
      for (const control of controls)
        expect(
          cases.some((title) => control.name.endsWith(title.trim())),
          control.name,
        ).toBe(true);
    }
  });

  it('marks the section in the main navigation as the current page only on the section’s own page', async () => {
    const current = async (path: string) => {
      await page.goto(server.origin + path);
      return page
        .locator('.site-header__nav a[aria-current]')
        .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]));
    };
    expect(await current('/events/')).toEqual([['/events/', 'page']]);
    // Within the section (an event, a list's next page), the link is the section's, not this page.
    expect(await current('/events/2023/gz-opening-ceremony/')).toEqual([['/events/', 'true']]);
    expect(await current('/events/page/2/')).toEqual([['/events/', 'true']]);
    expect(await current('/stats/')).toEqual([['/stats/', 'page']]);
  });

  it('marks the filter chips of the list on each of its pages, as this page only on the first', async () => {
    const chosen = async (path: string) => {
      await page.goto(server.origin + path);
      return page
        .locator('.filters .chips a[aria-current]')
        .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]));
    };
    // Every later page of a list with chips in the build (/events/page/2/ …), against its first page.
    const later = listFiles(FIXTURE_SITE)
      .map((file) => /^(.*\/)page\/(\d+)\/index\.html$/.exec(`/${file}`))
      .filter((m) => m !== null);
    let checked = 0;
    for (const [file, list, n] of later) {
      const first = await chosen(list!);
      if (first.length === 0) continue;
      checked++;
      // On the first page, the chips chosen (全部城市, 全部类型 …) are that page.
      for (const [href, current] of first) expect([href, current], list).toEqual([list, 'page']);
      // On page n, the same chips are chosen: the list this page is in, not this page.
      expect(await chosen(file.replace(/index\.html$/, '')), `${list} page ${n}`).toEqual(first.map(([href]) => [href, 'true']));
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('names each shape and dot of a map once, without its words again as its description', async () => {
    // The province's progress map, a city's map of its counties, the lighting map.
    for (const path of ['/stats/', '/regions/440100/', ...dataYears('lighting').map((y) => `/lighting/${y}/`)]) {
      await page.goto(server.origin + path);
      const links = await accessibleNodes(page, '.region-map svg a');
      expect(links.length, path).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.name, path).not.toBe('');
        expect(link.description, `${path} ${link.name}`).toBe('');
      }
    }
  });

  it('names the group of the map’s layer buttons, 地图显示, which holds each of them', async () => {
    // The province's progress map and a city's map of its counties.
    for (const path of ['/stats/', '/regions/440100/']) {
      await page.goto(server.origin + path);
      const [group, ...inside] = await accessibilityTree(page, '.progress-map__picker');
      const radios = await page.locator('.progress-map__picker input[type="radio"]').count();
      expect(radios, path).toBeGreaterThan(1);
      expect([group?.role, group?.name], path).toEqual(['group', t.maps.layerPicker]);
      expect(inside.filter((n) => n.role === 'radio').length, path).toBe(radios);
    }
  });

  it('gives each map as a list of its links, named as the map, not as a graphic of unnamed parts', async () => {
    // The province's progress map (of the latest year), a city's map of its counties, the lighting map of each year.
    const maps = [
      ['/stats/', `${dataYears('stats').at(-1)} 年`],
      ['/regions/440100/', cityOf('440100')!.name],
      ...dataYears('lighting').map((y) => [`/lighting/${y}/`, t.lighting.mapLabel(y)]),
    ];
    for (const [path, named] of maps) {
      await page.goto(server.origin + path!);
      const [map, ...inside] = await accessibilityTree(page, '.region-map svg');
      expect(map?.role, path).toBe('list');
      expect(map?.name, path).toContain(named);
      expect(map?.name, path).toMatch(/示意图$/);
      // The links displayed: the map's dots for the size of names it shows, not the other sizes'.
      const links = await page.locator('.region-map svg a').filter({ visible: true }).count();
      expect(links, path).toBeGreaterThan(0);
      // An item for each link, the link in it: nothing else (no shape of a city without a link, no graphic).
      expect(inside.filter((n) => n.role === 'listitem').length, path).toBe(links);
      expect(inside.filter((n) => n.role === 'link').length, path).toBe(links);
      expect(
        inside.filter((n) => !['listitem', 'link'].includes(n.role)).map((n) => `${n.role} ${n.name}`),
        path,
      ).toEqual([]);
    }
  });

  describe('the lighting map', () => {
    type Item = { id: string; region: string; place: string };
    const itemsOf = (year: number) => readInputJson<{ items: Item[] }>(`data/lighting/${year}.json`).items;

    it('names a lit city as the list of cities beside it does, with its number of lightings', async () => {
      for (const year of dataYears('lighting')) {
        await page.goto(`${server.origin}/lighting/${year}/`);
        const hrefs = await page
          .locator('.region-map svg a:has(> path)')
          .filter({ visible: true })
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
        const shapes = await accessibleNodes(page, '.region-map svg a:has(> path)');
        expect(shapes.length, String(year)).toBeGreaterThan(0);
        for (const [i, shape] of shapes.entries()) {
          const code = hrefs[i]!.replace('#city-', '');
          const count = itemsOf(year).filter((item) => cityOf(item.region)?.code === code).length;
          expect(shape.name, `${year} ${hrefs[i]}`).toBe(`${cityOf(code)!.name}（${count}）`);
          const [listed] = await accessibleNodes(page, `nav[aria-labelledby="by-city"] a[href="${hrefs[i]}"]`);
          expect(listed?.name, `${year} ${hrefs[i]}`).toBe(shape.name);
        }
      }
    });

    it('takes a dot of several places, of one city or of two, to where each of them is listed', async () => {
      let acrossCities = 0;
      for (const year of dataYears('lighting')) {
        const cityOfPlace = new Map(itemsOf(year).map((item) => [item.place, cityOf(item.region)!.code]));
        await page.goto(`${server.origin}/lighting/${year}/`);
        const hrefs = await page
          .locator('.region-map svg a:has(> circle)')
          .filter({ visible: true })
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
        const dots = await accessibleNodes(page, '.region-map svg a:has(> circle)');
        for (const [i, dot] of dots.entries()) {
          const places = /^\d+ 处亮灯地点：(.+)$/.exec(dot.name)?.[1]?.split('、');
          if (!places) continue;
          if (new Set(places.map((place) => cityOfPlace.get(place))).size > 1) acrossCities++;
          // The part of the page the link opens: the section (or list) its target heads.
          const listed = await page.evaluate((href) => {
            const target = document.querySelector(href)!;
            const area = /^H\d$/.test(target.tagName) ? (target.closest('section, nav') ?? target) : target;
            // Each link's words as a screen reader names them: without the ： after them (aria-hidden).
            return [...area.querySelectorAll('a')].map((a) => {
              const named = a.cloneNode(true) as Element;
              for (const hidden of named.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
              return named.textContent.trim();
            });
          }, hrefs[i]!);
          for (const place of places) expect(listed, `${year} ${dot.name} → ${hrefs[i]}`).toContain(place);
        }
      }
      expect(acrossCities).toBeGreaterThan(0);
    });
  });

  it('heads each day of the month grid with its date alone, not the grid’s number before it', async () => {
    await page.goto(`${server.origin}/events/calendar/2023-11/`);
    const days = (await accessibilityTree(page, '.month')).filter((n) => n.role === 'heading');
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) expect(day.name).toMatch(/^\d{1,2}月\d{1,2}日 星期[一二三四五六日]$/);
  });
});
