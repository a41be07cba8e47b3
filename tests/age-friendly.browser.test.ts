import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { beijingDay, parseBeijing } from '../src/lib/dates/index.ts';
import { cityOf } from '../src/lib/regions/index.ts';
import {
  collectionPath,
  eventsInCityPath,
  eventsMonthPath,
  eventTypePath,
  homePath,
  lightingPath,
  mediaPath,
  regionPath,
  searchPath,
  statsPath,
} from '../src/lib/urls.ts';
import {
  auditPage,
  LARGE_TEXT_LIMITS as LARGE,
  NORMAL_LIMITS as NORMAL,
  type AuditFinding,
  type AuditLimits,
} from './support/age-friendly-audit.ts';
import { FIXTURE_SITE, TEST_BUILD_EPOCH } from './support/build-site.ts';
import { dataYears, entryIds, frontMatter, readInputJson } from './support/fixture.ts';
import { fixturePageTypes } from './support/page-types.ts';
import { listFiles } from './support/site-files.ts';
import { datesSplitAcrossLines } from './support/split-dates.ts';
import { openSiteInBrowser, type SiteInBrowser } from './support/site-in-browser.ts';
import { installFakeSpeech } from './support/speech.ts';
import { openThenTurn } from './support/turned-phone.ts';
import { readingModeKey } from '../src/lib/reading-modes/storage-key.ts';

/**
 * The age-friendly mode against the MIIT numbers (互联网网站适老化通用设计规范,
 * 2021; issue 15), on every page type of the fixture site, on a phone, in
 * the normal view, in 大字模式, and with 高对比度:
 * text ≥ 24 px in 大字模式, line spacing ≥ 1.3, paragraph spacing ≥ 1.3× the
 * line spacing, contrast ≥ 4.5:1 (3:1 from 24 px, or 18.66 px bold; 7:1 and
 * 4.5:1 with 高对比度), targets ≥ 60×60 px in 大字模式 and 44×44 otherwise,
 * search-box hints whole, no pop-ups. The modes are switched as a reader does, with the header's
 * switches, and then carry from page to page.
 */
/** One page of every type (tests/support/page-types.ts), and the learner's, project's and notices' pages it leaves out. */
const PAGE_TYPES = [
  ...fixturePageTypes(),
  `/learners/${entryIds('learners').sort()[0]!}/`,
  `/projects/${entryIds('projects').sort()[0]!}/`,
  '/notices/',
];

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const MODES: { name: string; switches: string[]; classes: string[]; limits: AuditLimits }[] = [
  { name: '标准', switches: [], classes: [], limits: NORMAL },
  { name: '大字模式', switches: ['#large-text'], classes: ['large-text'], limits: LARGE },
  {
    name: '高对比度',
    switches: ['#high-contrast'],
    classes: ['high-contrast'],
    limits: { ...NORMAL, minContrast: 7, minLargeContrast: 4.5 },
  },
  {
    name: '大字模式＋高对比度',
    switches: ['#large-text', '#high-contrast'],
    classes: ['large-text', 'high-contrast'],
    limits: { ...LARGE, minContrast: 7, minLargeContrast: 4.5 },
  },
];

let site: SiteInBrowser;
beforeAll(async () => {
  site = await openSiteInBrowser();
});
afterAll(async () => {
  await site?.close();
});

/** A phone whose browser has a Mandarin voice, so that article pages show their 朗读 buttons too. */
async function phone(): Promise<BrowserContext> {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', deviceScaleFactor: 1 });
  await installFakeSpeech(context, [{ name: 'Tingting', lang: 'zh-CN' }]);
  return context;
}

/** Turns the given switches on as a reader would: on the home page, by tapping their labels. */
async function switchOn(page: Page, switches: string[]) {
  await page.goto(`${site.server.origin}/`);
  for (const id of switches) {
    await page.click(`label:has(${id}), label[for="${id.slice(1)}"]`);
    expect(await page.isChecked(id), id).toBe(true);
  }
}

const format = (path: string, f: AuditFinding) => `${path} ${f.rule} ${f.value} ${f.where} «${f.text}»`;

describe('the age-friendly numbers on every page type', () => {
  for (const mode of MODES) {
    it(`hold in the ${mode.name} view`, async () => {
      const context = await phone();
      const page = await context.newPage();
      await switchOn(page, mode.switches);
      const findings: string[] = [];
      const wide: string[] = [];
      for (const path of PAGE_TYPES) {
        const response = await page.goto(site.server.origin + path, { waitUntil: 'load' });
        expect(response?.status(), path).toBe(path === '/404.html' ? 200 : 200);
        const classes = await page.evaluate(() => [...document.documentElement.classList]);
        for (const name of mode.classes) expect(classes, `${path} keeps ${name}`).toContain(name);
        for (const id of mode.switches) expect(await page.isChecked(id), `${path} ${id}`).toBe(true);
        if (await page.locator('article [data-read-aloud]').count())
          expect(await page.locator('[data-read-aloud]').isVisible(), `${path} 朗读`).toBe(true);
        findings.push(...(await auditPage(page, mode.limits)).map((f) => format(path, f)));
        // The page's title is never smaller than a section heading under it, in either mode.
        const [title, largest] = await page.evaluate(() => {
          const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
          const h1 = document.querySelector('main h1');
          return [h1 ? size(h1) : Infinity, Math.max(0, ...[...document.querySelectorAll('main h2')].map(size))];
        });
        if (title < largest) findings.push(`${path} h1 ${title}px < h2 ${largest}px`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
      }
      await context.close();
      expect(findings).toEqual([]);
      expect(wide).toEqual([]);
    });
  }
});

describe('a lighting row’s 加入日历', () => {
  // Over by the reader's clock, a row hides its link (LightingState): the audits above, at today's date, see none.
  const year = Math.max(...dataYears('lighting'));
  const { items } = readInputJson<{ items: { id: string; end: string }[] }>(`data/lighting/${year}.json`);
  const built = new Date(TEST_BUILD_EPOCH * 1000);
  const offered = items.filter((i) => parseBeijing(i.end)!.getTime() > built.getTime());

  for (const mode of MODES.filter(({ switches }) => !switches.includes('#high-contrast'))) {
    it(`is a finger-sized target in each row still to light, in the ${mode.name} view on a 390 px phone`, async () => {
      expect(offered.length).toBeGreaterThan(0);
      const context = await phone();
      const page = await context.newPage();
      await switchOn(page, mode.switches);
      await page.clock.setFixedTime(built);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(site.server.origin + lightingPath(year), { waitUntil: 'load' });
      const links = page.locator('.lighting-item a[href$=".ics"]');
      expect(await links.count()).toBe(offered.length);
      // Measured here: beside the words after it, the audit would take a plain inline link for one in running text.
      for (const link of await links.all()) {
        const box = (await link.boundingBox())!;
        const href = (await link.getAttribute('href')) ?? '';
        expect(Math.min(box.width, box.height), href).toBeGreaterThanOrEqual(mode.limits.minTargetPx - 0.5);
      }
      const findings = (await auditPage(page, mode.limits)).map((f) => format(lightingPath(year), f));
      await context.close();
      expect(findings).toEqual([]);
    });
  }
});

describe('dates on a phone', () => {
  // Where dates stand beside other words, on cards, in lists and in leads: the pages with the week's
  // events (every list of them), the lighting schedule and the pages of a place it lights, the
  // media's cases and the statistics. The fixture is built at the root (no base path).
  const year = Math.max(...dataYears('lighting'));
  const lit = readInputJson<{ items: { region: string }[] }>(`data/lighting/${year}.json`).items[0]!.region;
  const firstEvent = frontMatter('events', entryIds('events').sort()[0]!) as { type: string; start: string | Date };
  const month = beijingDay(parseBeijing(firstEvent.start)!).slice(0, 7);
  // The week's third evening (a Monday in 2023), as the reviewer saw it: what is on now and next
  // moves to the front of the lists, with its 正在进行 or 明天开始 before the date.
  const weekStart = parseBeijing(readInputJson<{ weekStart: string }>('data/site.json').weekStart)!;
  const evening = new Date(weekStart.getTime() + (2 * 24 + 19.5) * 3_600_000);
  const pages = [
    homePath(),
    collectionPath('events'),
    eventsInCityPath(cityOf(lit)!.code),
    eventTypePath(firstEvent.type),
    eventsMonthPath(month),
    lightingPath(year),
    regionPath(lit),
    regionPath(cityOf(lit)!.code),
    mediaPath(),
    statsPath(),
    // Search results are cards too, each event's with its date.
    searchPath(t.eventTypes[firstEvent.type as keyof typeof t.eventTypes]),
  ];

  for (const mode of MODES.filter(({ switches }) => !switches.includes('#high-contrast'))) {
    it(`keeps each date whole on a line in the ${mode.name} view: 11月30日 and 星期五 never split (phones 320 and 360 px wide)`, async () => {
      const context = await phone();
      const page = await context.newPage();
      await switchOn(page, mode.switches);
      await page.clock.install({ time: evening });
      const split: string[] = [];
      for (const path of pages) {
        await openThenTurn(
          page,
          { widths: [320, 360], height: 740 },
          async () => {
            await page.goto(site.server.origin + path, { waitUntil: 'load' });
            if (path.startsWith(searchPath())) await page.locator('[data-search-answer][data-state="results"]').waitFor();
          },
          async (width) => {
            for (const date of await datesSplitAcrossLines(page)) split.push(`${path} @${width}px: ${date}`);
          },
        );
      }
      await context.close();
      expect(split).toEqual([]);
    });
  }
});

describe('the reading modes', () => {
  it('apply before the first paint on the next page, without waiting for any deferred script', async () => {
    const context = await phone();
    const page = await context.newPage();
    await switchOn(page, ['#large-text', '#high-contrast']);
    // What the page looks like in the first frame that shows its body: animation-frame callbacks run
    // just before the browser paints, and not while the stylesheets in <head> are still loading.
    await page.addInitScript(() => {
      const look = () => {
        if (!document.body) return requestAnimationFrame(look);
        const w = window as unknown as { firstBody: object };
        w.firstBody = {
          classes: document.documentElement.className,
          fontSize: getComputedStyle(document.body).fontSize,
          color: getComputedStyle(document.body).color,
        };
      };
      requestAnimationFrame(look);
    });
    // Module scripts held back: the mode must not depend on them.
    await page.route(/\.js$/, (route) =>
      route.request().resourceType() === 'script' && !/reading-modes-early/.test(route.request().url())
        ? route.abort()
        : route.continue(),
    );
    await page.goto(`${site.server.origin}/books/hongloumeng/`);
    const first = await page.evaluate(
      () => (window as unknown as { firstBody: { classes: string; fontSize: string; color: string } }).firstBody,
    );
    expect(first.classes).toContain('large-text');
    expect(first.classes).toContain('high-contrast');
    expect(parseFloat(first.fontSize)).toBeGreaterThanOrEqual(24);
    expect(first.color).toBe('rgb(0, 0, 0)');
    await context.close();
  });

  it('leave most of a phone’s first screen to the page in 大字模式: the section links fold behind 栏目导航', async () => {
    const context = await phone();
    const page = await context.newPage();
    await switchOn(page, ['#large-text']);
    await page.goto(`${site.server.origin}/events/`);
    const menu = page.getByRole('button', { name: t.site.navMenu });
    const sections = page.getByRole('navigation', { name: t.site.mainNav }).getByRole('link');
    const mainTop = async () => (await page.locator('main').boundingBox())!.y;
    const screen = page.viewportSize()!.height;
    expect(await menu.isVisible()).toBe(true);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.textContent()).toContain(t.site.navHere(t.site.nav.events));
    expect(await sections.first().isVisible()).toBe(false);
    // The search button stays beside the box (under it, it took another row).
    const [box, go] = await Promise.all([
      page.locator('#site-search').boundingBox(),
      page.locator('.header-search button').boundingBox(),
    ]);
    expect(Math.abs(box!.y - go!.y)).toBeLessThan(2);
    // The page starts in the upper two thirds of the screen (with three rows of links, the header alone took 60 %).
    expect(await mainTop()).toBeLessThan((screen * 2) / 3);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await sections.count()).toBeGreaterThan(0);
    for (const link of await sections.all()) expect(await link.isVisible()).toBe(true);
    await menu.click();
    expect(await sections.first().isVisible()).toBe(false);
    // Escape folds an open list again and gives the focus back to its button.
    await menu.click();
    await sections.first().focus();
    await page.keyboard.press('Escape');
    expect(await sections.first().isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-site-nav-toggle'))).toBe(true);
    // In the normal view, and without JavaScript even in 大字模式, the links stay in sight and there is no button.
    await page.uncheck('#large-text');
    expect(await menu.isVisible()).toBe(false);
    expect(await sections.first().isVisible()).toBe(true);
    await context.close();
    const noScript = await site.browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${site.server.origin}/events/`);
    await plain.check('#large-text');
    expect(await plain.getByRole('button', { name: t.site.navMenu }).isVisible()).toBe(false);
    expect(await plain.getByRole('navigation', { name: t.site.mainNav }).getByRole('link').first().isVisible()).toBe(true);
    await noScript.close();
  });

  it('fold the section links too when the phone’s own text size (WeChat’s 字体大小) crowds them, in the normal view', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    // The reader's own setting, as a WebView applies it: every size the page sets in rem and em, half as large again.
    // (At twice the size the whole header folds behind 菜单: 'the header on a 390 × 844 phone' below.)
    await context.route('**/_astro/*.css', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\nhtml{font-size:150%}` });
    });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/events/`);
    const menu = page.getByRole('button', { name: t.site.navMenu });
    const sections = page.getByRole('navigation', { name: t.site.mainNav }).getByRole('link');
    expect(await menu.isVisible()).toBe(true);
    expect(await sections.first().isVisible()).toBe(false);
    // With eight links in sight, the header alone took most of the screen.
    const header = await page.locator('header.site-header').boundingBox();
    expect(header!.y + header!.height).toBeLessThan(page.viewportSize()!.height);
    await menu.click();
    for (const link of await sections.all()) expect(await link.isVisible()).toBe(true);
    await context.close();
  });

  it('keep the words of 栏目导航 and its （当前：…） whole and inside the button in 大字模式, whichever section the page is in (phones 320, 360 and 390 px wide)', async () => {
    const context = await phone();
    const page = await context.newPage();
    await switchOn(page, ['#large-text']);
    await page.getByRole('button', { name: t.site.navMenu }).click();
    const sections = page.getByRole('navigation', { name: t.site.mainNav }).getByRole('link');
    const hrefs = await Promise.all((await sections.all()).map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) {
      await openThenTurn(
        page,
        { widths: [320, 360, 390], height: 740 },
        () => page.goto(`${site.server.origin}${href}`),
        async (width) => {
          const menu = page.getByRole('button', { name: t.site.navMenu });
          // Each piece of text in the button, with the number of lines it takes and how far it reaches past the button's right edge.
          const pieces = await menu.evaluate((button) => {
            const edge = button.getBoundingClientRect().right;
            const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
            const found: { text: string; lines: number; past: number }[] = [];
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent!.trim();
              if (!text) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              const rects = [...range.getClientRects()];
              const lines = new Set(rects.map((r) => Math.round(r.top))).size;
              found.push({ text, lines, past: Math.max(...rects.map((r) => r.right)) - edge });
            }
            return found;
          });
          const where = `${href} @${width}px`;
          expect(pieces.map(({ text }) => text).join(''), where).toContain(t.site.navMenu);
          for (const { text, lines, past } of pieces) {
            expect(lines, `${where} «${text}»`).toBe(1);
            expect(past, `${where} «${text}» past the button`).toBeLessThanOrEqual(0);
          }
        },
      );
    }
    await context.close();
  });

  it('can be switched off again, and stay off', async () => {
    const context = await phone();
    const page = await context.newPage();
    await switchOn(page, ['#large-text']);
    await page.goto(`${site.server.origin}/events/`);
    await page.click('label:has(#large-text)');
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(false);
    await page.goto(`${site.server.origin}/books/`);
    expect(await page.isChecked('#large-text')).toBe(false);
    expect(parseFloat(await page.evaluate(() => getComputedStyle(document.body).fontSize))).toBeLessThan(24);
    await context.close();
  });

  it('show the reader\u2019s latest choice on a page the Back button brings back', async () => {
    const context = await phone();
    const page = await context.newPage();
    await switchOn(page, ['#large-text']);
    await page.goto(`${site.server.origin}/events/`);
    await page.goto(`${site.server.origin}/books/`);
    await page.click('label:has(#large-text)');
    await page.click('label:has(#high-contrast)');
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/events/');
    const state = () =>
      page.evaluate(() => ({
        large: document.documentElement.classList.contains('large-text'),
        contrast: document.documentElement.classList.contains('high-contrast'),
        largeBox: (document.getElementById('large-text') as HTMLInputElement).checked,
        contrastBox: (document.getElementById('high-contrast') as HTMLInputElement).checked,
      }));
    await expect.poll(state).toEqual({ large: false, contrast: true, largeBox: false, contrastBox: true });
    await context.close();
  });

  it('work without JavaScript on the page where they are switched', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/events/2023/gz-opening-ceremony/`);
    await page.click('label:has(#large-text)');
    expect(parseFloat(await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).fontSize))).toBeGreaterThanOrEqual(
      24,
    );
    await context.close();
  });

  it('are named in the header in words a reader knows', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/`);
    expect(await page.locator('label:has(#large-text)').innerText()).toContain(t.site.largeText);
    expect(await page.locator('label:has(#high-contrast)').innerText()).toContain(t.site.highContrast);
    await context.close();
  });
});

describe('the header on a 390 × 844 phone', () => {
  // A list, an event, the lighting schedule and the home page: the header is the same, the headings differ.
  const pages = [collectionPath('events'), `/events/${entryIds('events').sort()[0]!}/`, lightingPath(), homePath()];
  const screen = { width: 390, height: 844 };

  for (const mode of MODES.filter(({ switches }) => !switches.includes('#high-contrast'))) {
    for (const textSize of [100, 200]) {
      it(`takes at most a third of the first screen in the ${mode.name} view with the phone’s text at ${textSize}%, the page’s heading in sight and every control of the header a tap away`, async () => {
        // axe is injected as an inline script, which the pages' Content-Security-Policy refuses (as in tests/accessibility.browser.test.ts).
        const context = await site.browser.newContext({ viewport: screen, locale: 'zh-CN', bypassCSP: true });
        // 大字模式 as a reader left it on at their last visit.
        if (mode.classes.includes('large-text'))
          await context.addInitScript((key) => localStorage.setItem(key, '1'), readingModeKey('/', 'large-text'));
        // The phone's or WeChat's own text size, as the test of the section links above applies it: Android's WebView
        // text zoom enlarges every size the page sets in rem and em from the first paint, but not the screen's width
        // in CSS pixels or what media queries see; the root's font size does the same.
        if (textSize !== 100)
          await context.route('**/_astro/*.css', async (route) => {
            const response = await route.fetch();
            await route.fulfill({ response, body: `${await response.text()}\nhtml{font-size:${textSize}%}` });
          });
        const page = await context.newPage();
        for (const path of pages) {
          await page.goto(site.server.origin + path);
          const header = (await page.locator('header.site-header').boundingBox())!;
          expect(header.y + header.height, `${path}: the header's height`).toBeLessThanOrEqual(screen.height / 3);
          // The heading's first line, at least (a long title at three times the size takes more lines than a screen holds).
          const firstLine = await page
            .locator('main h1')
            .first()
            .evaluate((h1) => {
              const range = document.createRange();
              range.selectNodeContents(h1);
              return Math.min(...[...range.getClientRects()].map((r) => r.bottom));
            });
          expect(firstLine, `${path}: the main heading's first line`).toBeLessThanOrEqual(screen.height);
          // Folded or not, the switches, the search box and every section are there after one tap at most, each finger-sized.
          const toggles = page.locator('header.site-header [data-site-nav-toggle]:visible');
          expect(await toggles.count(), path).toBeLessThanOrEqual(1);
          if ((await toggles.count()) === 1) await toggles.click();
          const controls = [
            page.locator('header.site-header label:has(#large-text)'),
            page.locator('header.site-header label:has(#high-contrast)'),
            page.locator('#site-search'),
            ...(await page.getByRole('navigation', { name: t.site.mainNav }).getByRole('link').all()),
            ...(await toggles.all()),
          ];
          expect(controls.length, path).toBeGreaterThan(8);
          // Open or not, the header passes axe's WCAG A and AA rules.
          await page.addScriptTag({ content: AXE });
          const violations = await page.evaluate(async () => {
            const { axe } = window as unknown as {
              axe: { run: (ctx: string, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
            };
            const result = await axe.run('header.site-header', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
            return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
          });
          expect(violations, path).toEqual([]);
          for (const control of controls) {
            const box = await control.boundingBox();
            const what = `${path}: ${await control.evaluate((e) => e.textContent?.trim() || e.id)}`;
            expect(box, what).not.toBeNull();
            expect(Math.min(box!.width, box!.height), what).toBeGreaterThanOrEqual(mode.limits.minTargetPx - 0.5);
          }
        }
        await context.close();
      });
    }
  }
});

describe('in a browser without :has() (iPhones before iOS 15.4, older WeChat engines)', () => {
  it('still turns 大字模式 and 高对比度 on for a reader who switched them on', async () => {
    // bypassCSP: the stylesheets are put back as <style> elements, as such a browser would read them.
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', bypassCSP: true });
    const page = await context.newPage();
    await switchOn(page, ['#large-text', '#high-contrast']);
    await page.goto(`${site.server.origin}/`);
    const text = await page.evaluate(async () => {
      for (const link of [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]) {
        const style = document.createElement('style');
        // A selector such a browser does not know: it drops it, and with it any rule whose selector list holds it.
        style.textContent = (await (await fetch(link.href)).text()).replaceAll(':has(', ':-unknown-has(');
        link.replaceWith(style);
      }
      const body = getComputedStyle(document.body);
      return { size: parseFloat(body.fontSize), color: body.color };
    });
    await context.close();
    expect(text.size).toBeGreaterThanOrEqual(LARGE.minFontPx);
    expect(text.color).toBe('rgb(0, 0, 0)');
  });
});

describe('no pop-ups, and the reader’s own text size', () => {
  it('opens no window, dialog or overlay on any page type, and no link opens a new window', async () => {
    const context = await phone();
    // A few tabs at once: each page is watched until its network has been idle for half a second.
    const tabs = await Promise.all(Array.from({ length: 4 }, () => context.newPage()));
    const popups: string[] = [];
    context.on('page', (opened) => popups.push(`window ${opened.url()}`));
    const watch = async (page: Page, paths: string[]) => {
      page.on('dialog', (dialog) => {
        popups.push(`dialog ${dialog.message()}`);
        void dialog.dismiss();
      });
      for (const path of paths) {
        await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
        // A wide table's row headers stick inside the table's own sideways scroll: they cover no page.
        const overlays = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((el) => {
              const { position } = getComputedStyle(el);
              if (position === 'sticky') return !el.closest('.table-scroll');
              return position === 'fixed' || (el instanceof HTMLDialogElement && el.open);
            })
            .map((el) => el.tagName.toLowerCase()),
        );
        popups.push(...overlays.map((o) => `${path} overlay ${o}`));
        const newWindows = await page.locator('a[target]:not([target="_self"]), form[target]').count();
        if (newWindows) popups.push(`${path} ${newWindows} link(s) open a new window`);
      }
    };
    const shareOf = (tab: number) => PAGE_TYPES.filter((_, n) => n % tabs.length === tab);
    await Promise.all(tabs.map((page, tab) => watch(page, shareOf(tab))));
    await context.close();
    expect(popups.sort()).toEqual([]);
  });

  // The phone's or WeChat's own larger text (Android's WebView text zoom) enlarges the text but not
  // the layout or the media queries, as the root's font size does here, at WCAG's 200%; in 大字模式 on
  // top of it, three times the size, as an elderly reader who enlarged both may have it.
  for (const mode of MODES.filter(({ switches }) => !switches.includes('#high-contrast'))) {
    it(`keeps every page type within the screen at twice the text size in the ${mode.name} view, each fact under its label and no text squeezed into a sliver (phones 320 and 390 px wide)`, async () => {
      const context = await phone();
      const page = await context.newPage();
      await switchOn(page, mode.switches);
      const wide: string[] = [];
      const beside: string[] = [];
      const squeezed: string[] = [];
      for (const path of PAGE_TYPES) {
        await openThenTurn(
          page,
          { widths: [320, 390], height: 740 },
          () => page.goto(site.server.origin + path, { waitUntil: 'load' }),
          async (width) => {
            const found = await page.evaluate(() => {
              document.documentElement.style.fontSize = '200%';
              // A value that starts right of its label's start is squeezed beside it into a few characters a line.
              const besideLabel = [...document.querySelectorAll('.facts > dd')]
                .filter((dd) => dd.previousElementSibling?.tagName === 'DT')
                .filter((dd) => dd.getBoundingClientRect().left > dd.previousElementSibling!.getBoundingClientRect().left + 1)
                .map((dd) => dd.previousElementSibling!.textContent.trim());
              // Running text wrapped over more than two lines in under a quarter of the page's column: a
              // character or two a line beside something that kept its width (a thumbnail, a label).
              const column = document.querySelector('main')!.getBoundingClientRect().width;
              const slivers = [...document.querySelectorAll('main :is(p, li, dd, dt, figcaption, h1, h2, h3)')]
                .filter((block) => block.checkVisibility() && !block.closest('table, svg') && block.textContent.trim().length > 4)
                .filter((block) => {
                  const { width: blockWidth, height } = block.getBoundingClientRect();
                  const style = getComputedStyle(block);
                  const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
                  return blockWidth < column / 4 && height / lineHeight > 2.5;
                })
                .map((block) => block.textContent.trim().slice(0, 12));
              return { overflow: document.documentElement.scrollWidth - window.innerWidth, besideLabel, slivers };
            });
            const where = `${path} @${width}px`;
            if (found.overflow > 0) wide.push(`${where} (+${found.overflow}px)`);
            for (const label of found.besideLabel) beside.push(`${where} «${label}»`);
            for (const text of found.slivers) squeezed.push(`${where} «${text}»`);
          },
        );
      }
      await context.close();
      expect(wide).toEqual([]);
      expect(beside).toEqual([]);
      expect(squeezed).toEqual([]);
    });
  }

  it('lets WeChat and the phone enlarge text: no stylesheet turns text-size-adjust off', () => {
    const css = listFiles(FIXTURE_SITE).filter((f) => f.endsWith('.css') || f.endsWith('.html'));
    const off = css.filter((f) => /text-size-adjust\s*:\s*none/i.test(readFileSync(join(FIXTURE_SITE, f), 'utf8')));
    expect(css.some((f) => f.endsWith('.css'))).toBe(true);
    expect(off).toEqual([]);
  });
});
