import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { beijingDay, parseBeijing } from '../src/lib/dates/index.ts';
import { cities, placeNamePartsOf } from '../src/lib/regions/index.ts';
import { PAGE_SIZE } from '../src/lib/pagination.ts';
import { TEST_BUILD_EPOCH } from './support/build-site.ts';
import {
  dataYears,
  entryIds,
  eventOverAt,
  eventStartDay,
  frontMatter,
  readInput,
  readInputJson,
  siteSettings,
} from './support/fixture.ts';
import { openSiteInBrowser, type SiteInBrowser } from './support/site-in-browser.ts';
import { openThenTurn } from './support/turned-phone.ts';
import type { StaticServer } from '../scripts/lib/static-server.ts';

// What only a browser shows: layout on a phone, keyboard reach, the map's
// no-JavaScript layer switch, printing, and the Beijing-time scripts.
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

/** The fixture's latest statistics year (data/stats/<year>.json). */
const STATS_YEAR = Math.max(...dataYears('stats'));

const PAGES = [
  '/',
  '/events/',
  '/events/2023/gz-opening-ceremony/',
  '/events/calendar/2023-11/',
  '/books/',
  '/books/hongloumeng/',
  '/learners/',
  '/regions/440300/',
  '/stats/',
  '/stats/2023/table/',
  '/lighting/2023/',
  '/media/',
  '/search/?q=读书',
  '/notices/moe-2023/',
];

describe('on a 360 px phone', () => {
  it('no page is wider than the screen', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of PAGES) {
      const response = await page.goto(server.origin + path);
      expect(response?.status(), path).toBe(200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });

  for (const largeText of [false, true]) {
    it(`says when a table has columns out of sight, and keeps each row’s region in view as it is swiped${largeText ? ' (大字模式)' : ''}`, async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${server.origin}/stats/`);
      if (largeText) await page.check('#large-text');
      const tables = await page.locator('.table-scroll').all();
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        const name = await table.getAttribute('aria-label');
        const hint = table.locator('xpath=preceding-sibling::*[1]');
        expect(await hint.textContent(), name ?? '').toBe(t.site.tableSwipeHint);
        const overflows = await table.evaluate((box) => box.scrollWidth > box.clientWidth + 1);
        await expect.poll(() => hint.isVisible(), { message: `hint over ${name}` }).toBe(overflows);
      }
      // The progress table and the Ministry's are wider than a phone: swiped to their last column,
      // each row still starts with its label (the region; the kind of activity).
      for (const wide of ['.table-scroll:has(.progress-table)', '.table-scroll.moe-table']) {
        const table = page.locator(wide);
        expect(await table.evaluate((box) => box.scrollWidth > box.clientWidth + 1), wide).toBe(true);
        await table.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
        const [boxLeft, labelLeft] = await table.evaluate((box) => [
          box.getBoundingClientRect().left,
          box.querySelector('tbody th')!.getBoundingClientRect().left,
        ]);
        expect(Math.abs(labelLeft - boxLeft), wide).toBeLessThan(1);
      }
      await context.close();
    });
  }

  for (const largeText of [false, true]) {
    it(`keeps the Ministry table's row labels beside each figure as it is swiped to its last column${largeText ? ' (大字模式)' : ''}`, async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${server.origin}/stats/${STATS_YEAR}/table/`);
      if (largeText) await page.check('#large-text');
      const table = page.locator('.moe-annex .table-scroll');
      expect(await table.evaluate((box) => box.scrollWidth > box.clientWidth + 1)).toBe(true);
      await table.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
      // Each row of the figures by kind (and the province's 是/否), in the last column: the text, and the row headings it is tied to (headers), on screen side by side.
      const rows = await table.evaluate((box) => {
        const edge = box.getBoundingClientRect();
        const heading = (id: string) => document.getElementById(id)!;
        const underKind = (td: Element) =>
          td
            .getAttribute('headers')!
            .split(' ')
            .some((id) => heading(id).classList.contains('moe-annex__columnHeader'));
        return [...box.querySelectorAll('tr')].flatMap((tr) => {
          const cell = [...tr.querySelectorAll('td[headers]')].filter(underKind).at(-1);
          if (!cell) return [];
          const text = document.createRange();
          text.selectNodeContents(cell);
          const figure = text.getBoundingClientRect();
          const labels = cell
            .getAttribute('headers')!
            .split(' ')
            .map(heading)
            .filter((th) => th.classList.contains('moe-annex__rowHeader'))
            .map((th) => ({
              text: th.textContent.trim(),
              left: th.getBoundingClientRect().left,
              right: th.getBoundingClientRect().right,
            }));
          return [
            {
              figure: cell.textContent.trim(),
              left: figure.left,
              right: figure.right,
              labels,
              edge: { left: edge.left, right: edge.right },
            },
          ];
        });
      });
      // The province's row, and three measures (城市数, 活动数, 参加人次) for each of the two levels.
      expect(rows.length).toBe(1 + 2 * 3);
      for (const row of rows) {
        expect(row.labels.length, row.figure).toBeGreaterThan(0);
        expect(Math.min(...row.labels.map((l) => l.left)), row.figure).toBeGreaterThanOrEqual(row.edge.left - 1);
        expect(row.left, `${row.labels.map((l) => l.text).join(' ')} ${row.figure}`).toBeGreaterThanOrEqual(
          Math.max(...row.labels.map((l) => l.right)) - 1,
        );
        expect(row.right, row.figure).toBeLessThanOrEqual(row.edge.right + 1);
      }
      await context.close();
    });
  }

  it('never breaks a date inside 星期日 or 11月19日, even in 大字模式 (phones 320 and 390 px wide)', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const broken: string[] = [];
    await page.goto(server.origin + '/');
    await page.check('#large-text');
    for (const path of PAGES) {
      await openThenTurn(
        page,
        { widths: [320, 390], height: 740 },
        () => page.goto(server.origin + path),
        async (width) => {
          const found = await page.evaluate(() => {
            const split: string[] = [];
            for (const time of document.querySelectorAll('time')) {
              const text = time.firstChild;
              if (!(text instanceof Text) || time.getClientRects().length === 0) continue;
              for (const m of (text.data ?? '').matchAll(/星期.|(?:\d+年)?\d+月\d+日|\d{1,2}:\d{2}/g)) {
                const range = document.createRange();
                range.setStart(text, m.index);
                range.setEnd(text, m.index + m[0].length);
                const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                if (lines.size > 1) split.push(m[0]);
              }
            }
            return split;
          });
          broken.push(...found.map((s) => `${path} @${width}px ${s}`));
        },
      );
    }
    await context.close();
    expect(broken).toEqual([]);
  });

  it('hides the hint where the table fits', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/stats/`);
    const progress = page.locator('.table-scroll:has(.progress-table)');
    expect(await progress.evaluate((box) => box.scrollWidth > box.clientWidth + 1)).toBe(false);
    expect(await progress.locator('xpath=preceding-sibling::*[1]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('a called-off event’s title', () => {
  for (const largeText of [false, true]) {
    it(`runs beneath its 已取消 mark, not in a column beside it, in the month's list and grid${largeText ? ' (大字模式)' : ''}`, async () => {
      const calledOff = entryIds('events').filter((id) => frontMatter('events', id).status === 'cancelled');
      expect(calledOff.length).toBeGreaterThan(0);
      const months = new Set(calledOff.map((id) => eventStartDay(id).slice(0, 7)));
      const squeezed: string[] = [];
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
        const page = await context.newPage();
        for (const month of months) {
          await page.goto(`${server.origin}/events/calendar/${month}/`);
          if (largeText) await page.check('#large-text');
          // Each line of the title, measured after the mark: when the title wraps, its lines start at the link's left edge.
          // The words' own boxes: a range's rectangles include those of the elements in it (the title's span).
          const titles = await page.evaluate(() =>
            [...document.querySelectorAll('a:has(> .badge--called-off)')].map((link) => {
              const mark = link.querySelector('.badge--called-off')!;
              const lines: DOMRect[] = [];
              const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (mark.contains(node)) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                lines.push(...[...range.getClientRects()].filter((r) => r.width > 0));
              }
              return {
                title: link.textContent.replace(mark.textContent, '').trim(),
                wraps: new Set(lines.map((r) => Math.round(r.top))).size > 1,
                left: Math.min(...lines.map((r) => r.left)),
                edge: link.getBoundingClientRect().left,
              };
            }),
          );
          expect(titles.length, month).toBeGreaterThan(0);
          for (const found of titles)
            if (found.wraps && found.left > found.edge + 1) squeezed.push(`${month} @${width}px ${found.title}`);
        }
        await context.close();
      }
      expect(squeezed).toEqual([]);
    });
  }
});

describe('the pager to the previous and next entry', () => {
  for (const largeText of [false, true]) {
    it(`keeps each arrow beside the words it points with, when the title wraps on a phone, and the title next to its 上一篇：${largeText ? ' (大字模式)' : ''}`, async () => {
      const pages = ['/events/2023/gz-opening-ceremony/', '/books/hongloumeng/', `/learners/${entryIds('learners')[1]}/`];
      const context = await browser.newContext({ viewport: { width: 320, height: 740 }, locale: 'zh-CN' });
      const page = await context.newPage();
      const apart: string[] = [];
      const spaced: string[] = [];
      let wrapped = 0;
      for (const path of pages) {
        await page.goto(server.origin + path);
        if (largeText) await page.check('#large-text');
        const links = await page.evaluate(() =>
          [...document.querySelectorAll('.pager a')].map((link) => {
            const arrow = link.querySelector('[aria-hidden="true"]')!.getBoundingClientRect();
            // The words' characters (上一篇： and the title), each with its box.
            const range = document.createRange();
            const chars: DOMRect[] = [];
            const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
              if (node.parentElement!.closest('[aria-hidden="true"]')) continue;
              for (let i = 0; i < node.data.length; i++) {
                if (/\s/.test(node.data.charAt(i))) continue;
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                chars.push(range.getBoundingClientRect());
              }
            }
            const middle = arrow.top + arrow.height / 2;
            // From the colon of 上一篇： to the title's first character: the colon's own half space, nothing added.
            const colon = link.textContent.replace(/\s|[‹›]/g, '').indexOf('：');
            const [before, after] = [chars[colon]!, chars[colon + 1]!];
            return {
              text: link.textContent.trim(),
              wraps: new Set(chars.map((r) => Math.round(r.top))).size > 1,
              beside: middle >= Math.min(...chars.map((r) => r.top)) && middle <= Math.max(...chars.map((r) => r.bottom)),
              afterColon: Math.abs(before.top - after.top) < 2 ? after.left - before.right : 0,
            };
          }),
        );
        expect(links.length, path).toBeGreaterThan(0);
        for (const link of links) {
          if (link.wraps) wrapped++;
          if (!link.beside) apart.push(`${path} ${link.text}`);
          if (link.afterColon > 1) spaced.push(`${path} ${link.text} (${link.afterColon.toFixed(1)} px)`);
        }
      }
      await context.close();
      // Long titles wrap at 320 px, the case where an arrow used to be left on a line of its own.
      expect(wrapped).toBeGreaterThan(0);
      expect(apart).toEqual([]);
      expect(spaced).toEqual([]);
    });
  }
});

describe('an entry’s photo on a wide screen', () => {
  for (const largeText of [false, true]) {
    it(`is as wide as the text at most, and no wider than the file the browser fetched for it${largeText ? ' (大字模式)' : ''}`, async () => {
      const withCover = (collection: string) => entryIds(collection).filter((id) => frontMatter(collection, id).cover);
      const pages = [
        ...withCover('events').map((id) => `/events/${id}/`),
        ...withCover('learners').map((id) => `/learners/${id}/`),
        ...withCover('projects').map((id) => `/projects/${id}/`),
      ];
      expect(pages.length).toBeGreaterThan(2);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      const stretched: string[] = [];
      for (const path of pages) {
        expect((await page.goto(server.origin + path))?.status(), path).toBe(200);
        if (largeText) await page.check('#large-text');
        const photo = page.locator('article figure.cover img');
        await expect
          .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: path })
          .toBe(true);
        // The file's own width, from its `720w` in the srcset (naturalWidth is scaled to `sizes`, so it cannot tell).
        const sizes = await photo.evaluate((img: HTMLImageElement) => {
          const candidates = [...img.parentElement!.querySelectorAll('source, img')].flatMap((el) =>
            (el.getAttribute('srcset') ?? '').split(',').map((entry) => entry.trim().split(/\s+/)),
          );
          const chosen = candidates.find(([url]) => new URL(url!, document.baseURI).href === img.currentSrc);
          return {
            shown: img.getBoundingClientRect().width * devicePixelRatio,
            fetched: parseInt(chosen?.[1] ?? '0', 10),
            text: parseFloat(getComputedStyle(img.closest('article')!).getPropertyValue('--measure')) * 16,
          };
        });
        if (sizes.shown > sizes.fetched + 1 || sizes.shown > sizes.text + 1)
          stretched.push(`${path}: ${Math.round(sizes.shown)} px shown, ${sizes.fetched} px fetched, text ${sizes.text} px`);
      }
      await context.close();
      expect(stretched).toEqual([]);
    });
  }
});

/**
 * Each of `paths` on a phone or a screen `widths` wide, in 大字模式 when asked: `look` measures the page once it
 * is shown, and the caller gathers what it finds. Each page is opened once and turned to each width (openThenTurn).
 */
async function eachPage(
  widths: readonly number[],
  paths: readonly string[],
  largeText: boolean,
  look: (page: Page, where: string) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: widths[0]!, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  for (const path of paths) {
    await openThenTurn(
      page,
      { widths, height: 900 },
      async () => {
        expect((await page.goto(server.origin + path))?.status(), path).toBe(200);
        if (largeText) await page.check('#large-text');
      },
      (width) => look(page, `${path} @${width}px`),
    );
  }
  await context.close();
}

/**
 * The runs of Chinese (two characters or more) in the text of `selector`'s elements that are split over two lines
 * although they would fit on one in their element; with `only`, just those runs.
 */
const splitRuns = (page: Page, selector: string, only?: string[]) =>
  page.evaluate(
    ([within, wanted]) => {
      const split: string[] = [];
      for (const box of document.querySelectorAll(within)) {
        const width = box.getBoundingClientRect().width;
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const run of node.textContent!.matchAll(/[\u4e00-\u9fff]{2,}/g)) {
            if (wanted && !wanted.includes(run[0])) continue;
            const range = document.createRange();
            range.setStart(node, run.index);
            range.setEnd(node, run.index + run[0].length);
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            const lines = new Set(rects.map((r) => Math.round(r.top))).size;
            if (lines > 1 && rects.reduce((sum, r) => sum + r.width, 0) <= width) split.push(run[0]);
          }
        }
      }
      return split;
    },
    [selector, only] as const,
  );

/** Each `·` of `selector`'s elements that begins a line: not on the line of the character before it. */
const dotsStartingLines = (page: Page, selector: string) =>
  page.evaluate((within) => {
    const found: string[] = [];
    for (const box of document.querySelectorAll(within)) {
      const chars: { node: Text; i: number }[] = [];
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++) if (!/\s/.test(node.data.charAt(i))) chars.push({ node, i });
      }
      const top = ({ node, i }: { node: Text; i: number }) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return Math.round(range.getBoundingClientRect().top);
      };
      for (const [n, char] of chars.entries()) {
        if (n > 0 && char.node.data.charAt(char.i) === '·' && top(char) > top(chars[n - 1]!) + 2) found.push(box.textContent.trim());
      }
    }
    return found;
  }, selector);

/** Opens the folded parts (details) that `selector` finds, so that what they hold is laid out. */
const unfold = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));

/**
 * Which of `parts` (any words, found across the text nodes they are drawn in) lie on two lines of a `selector`
 * element although they would fit on one in it; a part shown in none of them is listed as such.
 */
const splitParts = (page: Page, selector: string, parts: readonly string[]) =>
  page.evaluate(
    ([within, wanted]) => {
      const result: string[] = [];
      const shown = new Set<string>();
      for (const box of document.querySelectorAll(within)) {
        const width = box.getBoundingClientRect().width;
        // The element's text nodes end to end, to find a part across the pieces it is drawn in.
        const nodes: { node: Text; from: number }[] = [];
        let text = '';
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          nodes.push({ node, from: text.length });
          text += node.data;
        }
        const pointAt = (offset: number, end: boolean) => {
          const hit = nodes.findLast(({ node, from }) => (end ? from < offset : from <= offset) && offset <= from + node.data.length)!;
          return [hit.node, offset - hit.from] as const;
        };
        for (const part of wanted) {
          const at = text.indexOf(part);
          if (at < 0) continue;
          shown.add(part);
          const range = document.createRange();
          range.setStart(...pointAt(at, false));
          range.setEnd(...pointAt(at + part.length, true));
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          const lines = new Set(rects.map((r) => Math.round(r.top))).size;
          if (lines > 1 && rects.reduce((sum, r) => sum + r.width, 0) <= width) result.push(part);
        }
      }
      for (const part of wanted) if (!shown.has(part)) result.push(`${part} (not shown)`);
      return result;
    },
    [selector, parts] as const,
  );

describe('the footer’s site identity on a phone', () => {
  for (const largeText of [false, true]) {
    it(`breaks its lines between phrases, never inside a name or a label such as 电子邮箱, moves each part of the contact line to a line of its own whole where it fits there, and never breaks a phone number at its hyphen or a filing number anywhere${largeText ? ' (大字模式)' : ''}`, async () => {
      const identity = readInputJson<{ identity: Record<string, string> }>('data/site.json').identity;
      // 网站联系电话：… 电子邮箱：…, the contact line's parts set apart by a full-width space; 020-22222222.
      const numbers = identity.contact!.match(/\d+(?:-\d+)+/g) ?? [];
      expect(numbers.length).toBeGreaterThan(0);
      // The filing numbers' digits (粤公网安备44010402009999号 has no space before them to break at).
      const filings = [identity.icp, identity.publicSecurity].flatMap((text) => text?.match(/\d[\d号-]*/g) ?? []);
      expect(filings.length).toBe(2);
      const parts = [...identity.contact!.split('\u3000'), ...numbers, ...filings];
      expect(parts.length).toBeGreaterThan(2);
      // The phrases an editor wrote: runs of Chinese between punctuation, spaces and figures.
      const phrases = [identity.sponsor, identity.operator, identity.contact]
        .flatMap((text) => text?.match(/[\u4e00-\u9fff]{2,}/g) ?? [])
        .filter((phrase, i, all) => all.indexOf(phrase) === i);
      expect(phrases.length).toBeGreaterThan(3);
      const split: string[] = [];
      for (const width of [320, 360, 390]) {
        const context = await browser.newContext({ viewport: { width, height: 740 }, locale: 'zh-CN' });
        const page = await context.newPage();
        await page.goto(`${server.origin}/`);
        if (largeText) await page.check('#large-text');
        const footer = (await page.locator('.site-identity__text').textContent()) ?? '';
        expect(phrases.filter((phrase) => !footer.includes(phrase))).toEqual([]);
        split.push(...(await splitRuns(page, '.site-identity__text', phrases)).map((phrase) => `${phrase} @${width}px`));
        split.push(...(await splitParts(page, '.site-identity__text', parts)).map((part) => `${part} @${width}px`));
        await context.close();
      }
      expect(split).toEqual([]);
    });
  }
});

describe('a line of an event’s facts (date, type, place)', () => {
  for (const largeText of [false, true]) {
    it(`breaks between its facts, never inside 主题阅读 or a place's name, nor before a ·, in cards, calendars, 附近的活动 and the lighting rows${largeText ? ' (大字模式)' : ''}`, async () => {
      const pages = [
        '/',
        '/events/',
        '/events/calendar/2023-11/',
        '/events/2023/gz-opening-ceremony/',
        `/lighting/${Math.max(...dataYears('lighting'))}/`,
      ];
      const lines = '.card__meta, .nearby__meta, .month__meta, .lighting-item__meta';
      const split: string[] = [];
      await eachPage([320, 1280], pages, largeText, async (page, where) => {
        expect(await page.locator(lines).count(), where).toBeGreaterThan(0);
        split.push(...(await splitRuns(page, lines)).map((run) => `${where}: ${run}`));
        split.push(...(await dotsStartingLines(page, lines)).map((line) => `${where}: a line begins with · in ${line}`));
      });
      expect(split).toEqual([]);
    });
  }
});

/** Every run of two characters or more in `text`: the words a search's answer may quote from its query. */
function runsOf(text: string): string[] {
  const runs: string[] = [];
  for (let start = 0; start < text.length; start++)
    for (let end = start + 2; end <= text.length; end++) runs.push(text.slice(start, end));
  return runs;
}

describe('the search’s answer on a phone', () => {
  for (const largeText of [false, true]) {
    it(`never breaks a word it quotes from the query, found or found nowhere, between two lines${largeText ? ' (大字模式)' : ''}`, async () => {
      // 少儿编程 and 粤剧票价 are found only in part (the answer names the part no page holds), 老年大学 whole.
      const queries = ['少儿编程', '粤剧票价', '老年大学'];
      const split: string[] = [];
      const paths = queries.map((q) => `/search/?q=${encodeURIComponent(q)}`);
      await eachPage([320, 360, 390], paths, largeText, async (page, where) => {
        await page.locator('[data-search-answer][data-state="results"]').waitFor();
        const q = queries[paths.findIndex((path) => where.startsWith(path))]!;
        split.push(...(await splitRuns(page, '[data-search-status]', runsOf(q))).map((run) => `${decodeURI(where)}: ${run}`));
      });
      expect(split).toEqual([]);
    });
  }
});

describe('a phrase kept whole on its line (a line of facts, the footer, the figures)', () => {
  // Who recommends each book, 梅若溪（中国青年出版社社长）: on a card in 大字模式, wider than the line.
  const recommenders = entryIds('books').map((id) => {
    const { recommender } = frontMatter('books', id) as { recommender: { name: string; press: string; role: string } };
    return `${recommender.name}（${recommender.press}${recommender.role}）`;
  });
  const pages = [
    '/',
    '/books/',
    '/events/',
    '/learners/',
    '/projects/',
    '/regions/440300/',
    `/stats/${STATS_YEAR}/`,
    '/search/?q=出版社',
  ];
  for (const largeText of [false, true]) {
    it(`breaks inside a word rather than run past its box when the word is wider than the line${largeText ? ' (大字模式)' : ''}`, async () => {
      const past: string[] = [];
      await eachPage([320, 360, 390], pages, largeText, async (page, where) => {
        if (where.startsWith('/search/')) await page.locator('[data-search-answer][data-state="results"]').waitFor();
        if (where.startsWith('/books/')) {
          const cards = (await page.locator('.card__meta').allTextContents()).join('\n');
          expect(
            recommenders.filter((r) => !cards.includes(r)),
            where,
          ).toEqual([]);
        }
        const found = await page.evaluate(() => {
          const out: string[] = [];
          const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            let holder = node.parentElement!;
            if (!holder.checkVisibility() || holder.closest('svg, .visually-hidden')) continue;
            // Text in a box that scrolls sideways (a table, the menu) may be wider than the screen; text clipped
            // to a pixel (the breadcrumbs' current page on a phone) is for a screen reader.
            let up: Element | null = holder;
            while (up && !scrolls(up) && getComputedStyle(up).clipPath === 'none') up = up.parentElement;
            if (up) continue;
            while (/^(inline|contents)/.test(getComputedStyle(holder).display)) holder = holder.parentElement!;
            const style = getComputedStyle(holder);
            const right = holder.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
            for (let i = 0; i < node.data.length; i++) {
              // A closing mark at a line's end may hang half out, blank (text-spacing-trim): its ink is inside.
              if (/[\s）》」』】〉”’，。、：；！？·]/.test(node.data.charAt(i))) continue;
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = [...range.getClientRects()].find((r) => r.width > 0);
              if (rect && rect.right > right + 1) {
                out.push(
                  `${node.data.slice(Math.max(0, i - 10), i + 1)} (${Math.round(rect.right - right)} px out of its ${holder.tagName.toLowerCase()})`,
                );
                break;
              }
            }
          }
          return out;
        });
        past.push(...found.map((text) => `${decodeURI(where)}: ${text}`));
      });
      expect(past).toEqual([]);
    });
  }
});

describe('a search result’s line of facts', () => {
  // Of the entries with a cover, whose result's facts share the card with a picture, the one whose
  // place has the longest name (清远市连南瑶族自治县), found by its county's name.
  const [entry] = ['events', 'learners', 'projects']
    .flatMap((collection) =>
      entryIds(collection)
        .filter((id) => frontMatter(collection, id).cover !== undefined)
        .map((id) => ({ url: `/${collection}/${id}/`, code: String(frontMatter(collection, id).region) })),
    )
    .map((e) => ({ ...e, parts: placeNamePartsOf(e.code) }))
    .sort((a, b) => b.parts.join('').length - a.parts.join('').length);
  for (const largeText of [false, true]) {
    it(`breaks a place's name between its city and county, never inside either, on a phone${largeText ? ' (大字模式)' : ''}`, async () => {
      expect(entry!.parts.length).toBe(2);
      const split: string[] = [];
      await eachPage([320, 360], [`/search/?q=${encodeURIComponent(entry!.parts[1]!)}`], largeText, async (page, where) => {
        const meta = page.locator(`li[data-url="${entry!.url}"] .result-card__meta`);
        await meta.waitFor();
        const lines = await meta.evaluate((box, parts) => {
          const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
          const found: Record<string, number> = {};
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            for (const part of parts) {
              const at = node.data.indexOf(part);
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + part.length);
              found[part] = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
            }
          }
          return found;
        }, entry!.parts);
        for (const part of entry!.parts) if (lines[part] !== 1) split.push(`${where}: ${part} on ${lines[part] ?? 0} lines`);
      });
      expect(split).toEqual([]);
    });
  }
});

describe('an e-mail or web address on a phone (the press contact, the national portals)', () => {
  for (const largeText of [false, true]) {
    it(`breaks, where it must, only before its @, a dot or a slash, never leaving a letter or two alone${largeText ? ' (大字模式)' : ''}`, async () => {
      // From the settings: the press contact's address on /media/, the portals' on /about/.
      const settings = readInputJson<{ pressContact: { email: string }; portals: { url?: string }[] }>('data/site.json');
      const addresses = {
        '/media/': [{ href: `mailto:${settings.pressContact.email}`, text: settings.pressContact.email }],
        '/about/': settings.portals.flatMap(({ url }) => (url ? [{ href: url, text: url }] : [])),
      };
      const wrongStarts: string[] = [];
      let wrapped = 0;
      await eachPage([320, 360], Object.keys(addresses), largeText, async (page, where) => {
        for (const { href, text } of addresses[where.split(' ')[0] as keyof typeof addresses]) {
          const link = page.locator(`main a[href="${href}"]`);
          expect(await link.textContent(), where).toBe(text);
          const starts = await link.evaluate((box) => {
            // The characters that begin a line, after the first.
            const chars: { char: string; top: number }[] = [];
            const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
              for (let i = 0; i < node.data.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                chars.push({ char: node.data.charAt(i), top: Math.round(range.getBoundingClientRect().top) });
              }
            }
            return chars.filter((c, i) => i > 0 && c.top > chars[i - 1]!.top).map((c) => c.char);
          });
          wrapped += starts.length > 0 ? 1 : 0;
          wrongStarts.push(
            ...starts.filter((char) => !'@./'.includes(char)).map((char) => `${where}: ${text}: a line begins with ${char}`),
          );
        }
      });
      if (largeText) expect(wrapped).toBeGreaterThan(0);
      expect(wrongStarts).toEqual([]);
    });
  }
});

/** Elements that wrap their own text into lines; the text of a nested one is that one's. */
const BLOCKS = 'h1, h2, h3, h4, p, li, dd, dt, th, td, figcaption, caption, blockquote';

describe('a wrapped heading, paragraph, list item or table cell on a phone', () => {
  for (const largeText of [false, true]) {
    it(`never ends with one character alone on its last line (县级城市开展情 / 况), nor begins one with a ·${largeText ? ' (大字模式)' : ''}`, async () => {
      const pages = [...PAGES, `/stats/${STATS_YEAR}/`, '/projects/', '/about/', '/events/in/440100/opening_ceremony/'];
      const lonely: string[] = [];
      const dotFirst: string[] = [];
      let wrapped = 0;
      await eachPage([320, 390], pages, largeText, async (page, where) => {
        // Chinese typography never begins a line with the 间隔号, in a title (书香羊城·终身学习) or between facts.
        dotFirst.push(...(await dotsStartingLines(page, BLOCKS)).map((block) => `${where}: ${block.slice(0, 40)}`));
        const found = await page.evaluate((blocks) => {
          const bottomOf = (node: Text, i: number) => {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = [...range.getClientRects()].find((r) => r.width > 0);
            return rect && Math.round(rect.bottom);
          };
          const result = { lonely: [] as string[], wrapped: 0 };
          for (const el of document.querySelectorAll(blocks)) {
            // A line kept whole at its spaces (a line of facts) breaks inside a word only when a word is wider than the box.
            if (!el.checkVisibility() || getComputedStyle(el).wordBreak === 'keep-all') continue;
            const own: Text[] = [];
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement!.closest(blocks) === el) own.push(n as Text);
            // From the end: the characters on the last line, until one on the line before.
            let last: number | undefined;
            let lastLine = '';
            let before = false;
            search: for (const node of own.reverse()) {
              for (let i = node.data.length - 1; i >= 0; i--) {
                const char = node.data.charAt(i);
                if (/\s/.test(char)) continue;
                const bottom = bottomOf(node, i);
                if (bottom === undefined) continue;
                last ??= bottom;
                if (bottom < last - 2) {
                  before = true;
                  break search;
                }
                lastLine = char + lastLine;
              }
            }
            if (!before) continue;
            result.wrapped++;
            if (/^[\u4e00-\u9fff][^\p{L}\p{N}]*$/u.test(lastLine))
              result.lonely.push(`${lastLine} (${el.textContent.trim().slice(0, 24)}…)`);
          }
          return result;
        }, BLOCKS);
        wrapped += found.wrapped;
        lonely.push(...found.lonely.map((line) => `${where}: ${line}`));
      });
      // Enough wrapped text for the rule to be tried.
      expect(wrapped).toBeGreaterThan(100);
      expect(lonely).toEqual([]);
      expect([...new Set(dotFirst)]).toEqual([]);
    });
  }
});

describe('a line that begins with an opening bracket or quote (《红楼梦》, a wrapped （人民文学出版社总编辑）, “我教了一辈子书…”)', () => {
  for (const largeText of [false, true]) {
    it(`sets its mark half wide, in line with the text's edge, not a space in from it${largeText ? ' (大字模式)' : ''}`, async () => {
      const books = entryIds('books').map((id) => String(frontMatter('books', id).title));
      const pages = [
        '/books/',
        '/books/hongloumeng/',
        '/notices/moe-2023/',
        '/search/?q=红楼梦',
        '/learners/he-wanqing/',
        '/projects/shunde-silver-digital-classroom/',
      ];
      const indented: string[] = [];
      const titlesTried = new Set<string>();
      // A paragraph of the learner's that opens with a quote (“我教了一辈子书…”) begins a line at any width.
      const quoted = readInput('learners/he-wanqing.md')
        .split('\n')
        .filter((line) => line.startsWith('“'))
        .map((line) => line.slice(0, 10));
      const quotesTried = new Set<string>();
      await eachPage([320, 390], pages, largeText, async (page, where) => {
        const found = await page.evaluate((blocks) => {
          const rectOf = (node: Text, i: number) => {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            return [...range.getClientRects()].find((r) => r.width > 0);
          };
          const result = { indented: [] as string[], tried: [] as string[] };
          for (const el of document.querySelectorAll(blocks)) {
            if (!el.checkVisibility()) continue;
            let before: DOMRect | undefined;
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
              if (node.parentElement!.closest(blocks) !== el) continue;
              for (let i = 0; i < node.data.length; i++) {
                if (/\s/.test(node.data.charAt(i))) continue;
                const rect = rectOf(node, i);
                if (!rect) continue;
                // The first character of its line: nothing before it in the block, or that on a line above.
                const startsLine = !before || before.bottom <= rect.top + 2;
                // The full-width brackets, and the curly quotes, full width in the Chinese font too.
                if (startsLine && /[《（「『【〈“‘]/.test(node.data.charAt(i))) {
                  const words = node.data.slice(i, i + 40);
                  result.tried.push(words);
                  const size = parseFloat(getComputedStyle(node.parentElement!).fontSize);
                  if (rect.width > 0.6 * size)
                    result.indented.push(`${words.slice(0, 12)} (${rect.width.toFixed(1)} of ${size.toFixed(1)} px)`);
                }
                before = rect;
              }
            }
          }
          return result;
        }, BLOCKS);
        for (const words of found.tried) if (/^[“‘]/.test(words)) quotesTried.add(words.slice(0, 10));
        for (const words of found.tried) titlesTried.add(words.match(/^《([^》]+)》/)?.[1] ?? '');
        indented.push(...found.indented.map((line) => `${where}: ${line}`));
      });
      // Every book's title begins a line in the list (《title》), so each was tried.
      expect([...titlesTried]).toEqual(expect.arrayContaining(books));
      expect(quoted.length).toBeGreaterThan(0);
      expect([...quotesTried]).toEqual(expect.arrayContaining(quoted));
      expect(indented).toEqual([]);
    });
  }
});

describe('quotation marks, a dash or an ellipsis in Chinese text (推出“工友书架”, 便利生活——长者, 读完……)', () => {
  // Between two characters, as an editor writes them: a run of the marks with a Chinese character on each side.
  const MARKS = '“”‘’—…';
  const RUN = new RegExp(`\\p{Script=Han}[${MARKS}]+\\p{Script=Han}`, 'u');
  // For each mark, the first entry of each collection that writes it so: every mark is tried where the fixture has it.
  const wanted = new Map<string, string>();
  for (const collection of ['events', 'books', 'learners', 'projects']) {
    for (const id of entryIds(collection)) {
      // Its title (the page's heading) and its text.
      const text = `${String(frontMatter(collection, id).title)}\n${readInput(`${collection}/${id}.md`).replace(/^---[\s\S]*?\n---/, '')}`;
      for (const [run] of text.matchAll(new RegExp(RUN, 'gu'))) {
        const key = `${collection} ${[...run][1]}`;
        if (!wanted.has(key)) wanted.set(key, `/${collection}/${id}/`);
      }
    }
  }
  const pages = [...new Set(wanted.values())];

  for (const largeText of [false, true]) {
    it(`draws them in the font of the words around them, a quote as wide as a character${largeText ? ' (大字模式)' : ''}`, async () => {
      const found: { where: string; mark: string; font: string; wordsFont: string; width: number; size: number; inLine: boolean }[] =
        [];
      await eachPage([390], pages, largeText, async (page, where) => {
        // The first mark of each run, and the character before it, each in a span of its own for the browser to say its font.
        const marked = await page.evaluate(
          ([marks, run]) => {
            const pattern = new RegExp(run, 'gu');
            const pairs: { node: Text; at: number }[] = [];
            const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
              // What a reader sees: not the search's hidden fields.
              if (!n.parentElement!.checkVisibility()) continue;
              for (const m of n.data.matchAll(pattern)) pairs.push({ node: n, at: m.index + 1 });
            }
            const wrap = (node: Text, at: number, name: string, i: number) => {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + 1);
              const span = document.createElement('span');
              span.dataset[name] = String(i);
              range.surroundContents(span);
            };
            // From the last, so that each split leaves the earlier offsets where they were.
            pairs.reverse().forEach(({ node, at }, i) => {
              wrap(node, at, 'mark', i);
              wrap(node, at - 1, 'words', i);
            });
            // Its line: the characters before and after it on the same one (a mark that ends a line may be set half wide too).
            const topOf = (node: Node | null, at: number) => {
              if (!(node instanceof Text) || node.data.length <= at) return undefined;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + 1);
              return range.getBoundingClientRect().top;
            };
            return [...document.querySelectorAll<HTMLElement>('[data-mark]')].map((span) => {
              const words = document.querySelector<HTMLElement>(`[data-words="${span.dataset.mark}"]`)!;
              const rect = span.getBoundingClientRect();
              const after = topOf(span.nextSibling, 0);
              return {
                id: span.dataset.mark!,
                mark: span.textContent,
                width: rect.width,
                size: parseFloat(getComputedStyle(span).fontSize),
                inLine:
                  Math.abs(rect.top - words.getBoundingClientRect().top) < 2 && after !== undefined && Math.abs(rect.top - after) < 2,
                known: marks.includes(span.textContent),
              };
            });
          },
          [MARKS, RUN.source] as const,
        );
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
        const fontOf = async (selector: string) => {
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
          return fonts.map((f) => f.familyName).join(', ');
        };
        for (const { id, ...m } of marked) {
          expect(m.known).toBe(true);
          found.push({ where, ...m, font: await fontOf(`[data-mark="${id}"]`), wordsFont: await fontOf(`[data-words="${id}"]`) });
        }
        await cdp.detach();
      });
      // Every mark the fixture writes between characters was found on its pages.
      const tried = new Set(found.map((f) => f.mark));
      expect([...tried]).toEqual(expect.arrayContaining([...wanted.keys()].map((key) => key.split(' ')[1])));
      expect(found.filter((f) => f.font !== f.wordsFont).map((f) => `${f.where}: ${f.mark} in ${f.font}, not ${f.wordsFont}`)).toEqual(
        [],
      );
      // A mark that begins or ends a line may be set half wide on purpose (text-spacing-trim), as a bracket is.
      const narrow = found.filter((f) => f.inLine && f.width < 0.9 * f.size);
      expect(narrow.map((f) => `${f.where}: ${f.mark} ${f.width.toFixed(1)} of ${f.size} px`)).toEqual([]);
    });
  }
});

describe('who recommends a book (沈清远（人民文学出版社总编辑）)', () => {
  const brackets = new Map(
    entryIds('books').map((id) => {
      const { recommender } = frontMatter('books', id) as { recommender: { press: string; role: string } };
      return [id, `（${recommender.press}${recommender.role}）`];
    }),
  );
  // The list, where each card says who recommends its book, and the book pages with the longest press and role.
  const longest = [...brackets].toSorted(([, a], [, b]) => b.length - a.length).slice(0, 3);
  const parts = new Map<string, string[]>([
    ['/books/', [...brackets.values()]],
    ...longest.map(([id, bracket]) => [`/books/${id}/`, [bracket]] as [string, string[]]),
  ]);
  for (const largeText of [false, true]) {
    it(`keeps the press and role whole where they fit, not 总 / 编辑, nor after a · (生活·读书· / 新知三联书店)${largeText ? ' (大字模式)' : ''}`, async () => {
      const split: string[] = [];
      await eachPage([320, 360, 390], [...parts.keys()], largeText, async (page, where) => {
        const wanted = parts.get(where.split(' @')[0]!)!;
        split.push(...(await splitParts(page, 'main dd, main .card__meta', wanted)).map((part) => `${where}: ${part}`));
      });
      expect(split).toEqual([]);
    });
  }
});

describe('a mark after a link in a list or a fact (职工、青少年, 城区：尚无开幕式信息)', () => {
  // The fixture's events with an audience named in two characters before another (a link narrower than a finger),
  // the statistics page's list of opening ceremonies (汕尾市's 城区) and the lighting page's places.
  const events = entryIds('events')
    .filter((id) => {
      const audience = (frontMatter('events', id).audience ?? []) as (keyof typeof t.audiences)[];
      return audience.slice(0, -1).some((a) => [...t.audiences[a]].length <= 2);
    })
    .map((id) => `/events/${id}/`);
  const pages = [...events, `/stats/${dataYears('stats').at(-1)}/`, `/lighting/${dataYears('lighting').at(-1)}/`];
  for (const largeText of [false, true]) {
    it(`sets the mark right after the link’s words, not a finger’s width away${largeText ? ' (大字模式)' : ''}`, async () => {
      expect(events.length).toBeGreaterThan(0);
      const apart: string[] = [];
      await eachPage([360], pages, largeText, async (page, where) => {
        await unfold(page, 'main details');
        const gaps = await page.evaluate(() => {
          const found: { words: string; gap: number }[] = [];
          for (const row of document.querySelectorAll('main :is(li, dd)')) {
            const chars: { node: Text; at: number; char: string }[] = [];
            const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
              for (let at = 0; at < node.data.length; at++) if (node.data[at]!.trim()) chars.push({ node, at, char: node.data[at]! });
            const rectOf = ({ node, at }: { node: Text; at: number }) => {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + 1);
              return range.getBoundingClientRect();
            };
            chars.forEach((c, i) => {
              const before = chars[i - 1];
              if (!/[、：]/u.test(c.char) || !before?.node.parentElement?.closest('a')) return;
              const [mark, word] = [rectOf(c), rectOf(before)];
              if (mark.width > 0 && Math.abs(mark.top - word.top) < 2)
                found.push({ words: before.node.parentElement.closest('a')!.textContent.trim(), gap: mark.left - word.right });
            });
          }
          return found;
        });
        expect(gaps.length, where).toBeGreaterThan(0);
        for (const { words, gap } of gaps) if (gap > 1) apart.push(`${where}: ${words} ${gap.toFixed(1)} px apart`);
      });
      expect(apart).toEqual([]);
    });
  }
});

describe('the statistics page’s opening ceremonies (陆河县：尚无开幕式信息)', () => {
  for (const largeText of [false, true]) {
    it(`keeps a region’s status whole where it fits on a line, not 尚无开幕式 / 信息 nor 截 / 止前已举办${largeText ? ' (大字模式)' : ''}`, async () => {
      const split: string[] = [];
      await eachPage([320, 360, 390], [`/stats/${dataYears('stats').at(-1)}/`], largeText, async (page, where) => {
        await unfold(page, 'main details');
        // The statuses the page shows (a year may have no ceremony after the deadline).
        const statuses = Object.values(t.stats.ceremony);
        const found = await splitParts(page, '.opening-list li', statuses);
        expect(found.filter((part) => part.endsWith('(not shown)')).length, where).toBeLessThan(statuses.length);
        split.push(...found.filter((part) => !part.endsWith('(not shown)')).map((part) => `${where}: ${part}`));
      });
      expect(split).toEqual([]);
    });
  }
});

describe('a quote an editor marks with > (the notices’ 说明)', () => {
  // The entries and pages whose Markdown has one.
  const pages = ['events', 'books', 'learners', 'projects', 'pages'].flatMap((collection) =>
    entryIds(collection)
      .filter((id) => /^>/m.test(readInput(`${collection}/${id}.md`).replace(/^---[\s\S]*?\n---/, '')))
      .map((id) => (collection === 'pages' ? `/${id}/` : `/${collection}/${id}/`)),
  );
  for (const largeText of [false, true]) {
    it(`takes the width of the text on a phone, set apart by a rule at its side, not by blank on both sides${largeText ? ' (大字模式)' : ''}`, async () => {
      expect(pages.length).toBeGreaterThan(0);
      const narrow: string[] = [];
      let quotes = 0;
      await eachPage([320, 360], pages, largeText, async (page, where) => {
        const found = await page.evaluate(() =>
          [...document.querySelectorAll('main blockquote')].map((quote) => {
            const style = getComputedStyle(quote);
            const parent = quote.parentElement!;
            const padding = parseFloat(getComputedStyle(parent).paddingLeft) + parseFloat(getComputedStyle(parent).paddingRight);
            return {
              text: quote.textContent.trim().slice(0, 12),
              share: quote.getBoundingClientRect().width / (parent.clientWidth - padding),
              rule: parseFloat(style.borderInlineStartWidth) > 0 && style.borderInlineStartStyle !== 'none',
            };
          }),
        );
        quotes += found.length;
        for (const quote of found) {
          if (quote.share < 0.95 || !quote.rule)
            narrow.push(`${where}: ${quote.text} (${Math.round(quote.share * 100)}%, rule ${quote.rule})`);
        }
      });
      expect(quotes).toBeGreaterThanOrEqual(pages.length * 2);
      expect(narrow).toEqual([]);
    });
  }
});

describe('a title that names a date (2023年广州市…)', () => {
  for (const largeText of [false, true]) {
    it(`keeps the date whole and in the line of its words, not on a line of its own, in cards, 附近的活动 and the pager${largeText ? ' (大字模式)' : ''}`, async () => {
      const dated = entryIds('events').filter((id) => /^\d{4}年/.test(String(frontMatter('events', id).title)));
      expect(dated.length).toBeGreaterThan(1);
      const pages = ['/', '/events/', `/events/${dated[0]}/`];
      const alone: string[] = [];
      let wrapped = 0;
      await eachPage([320, 390], pages, largeText, async (page, where) => {
        const found = await page.locator('.card__title a, .nearby a, .pager a').evaluateAll((links) =>
          links.flatMap((link) => {
            const date = link.querySelector('time');
            if (!date) return [];
            const range = document.createRange();
            range.selectNodeContents(link);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            const dateRects = [...date.getClientRects()];
            // On the date's line, words after it: the date is a part of the title, not an item of its own.
            const withWords = [...range.getClientRects()].some(
              (r) => r.width > 0 && Math.round(r.top) === Math.round(dateRects[0]!.top) && r.left >= dateRects[0]!.right - 1,
            );
            return [{ title: link.textContent.trim(), wrapped: lines.size > 1, whole: dateRects.length === 1, withWords }];
          }),
        );
        wrapped += found.filter((f) => f.wrapped).length;
        alone.push(...found.filter((f) => !f.whole || !f.withWords).map((f) => `${where}: ${f.title}`));
      });
      expect(wrapped).toBeGreaterThan(0);
      expect(alone).toEqual([]);
    });
  }
});

describe('a date an editor wrote in a page’s text or its settings (例如“2023年11月18日 9:30”)', () => {
  /** 2023年, 2023年11月, 2023年11月18日, 11月25日: as editors write them. */
  const DATE_IN_WORDS = /\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日/g;
  /** The online forms' closing days (settings `forms`), which the submission page names beside the forms. */
  const formDeadlines = Object.values(readInputJson<{ forms: Record<string, { deadline?: string }> }>('data/site.json').forms).flatMap(
    ({ deadline }) => (deadline ? [deadline.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')] : []),
  );
  const bodies = {
    '/submit/': 'pages/submit.md',
    '/about/': 'pages/about.md',
    '/notices/moe-2023/': 'pages/notices/moe-2023.md',
    '/notices/gd-2023/': 'pages/notices/gd-2023.md',
    '/events/2023/gd-opening-ceremony/': 'events/2023/gd-opening-ceremony.md',
  };
  for (const largeText of [false, true]) {
    it(`never breaks inside 2023年 or 11月18日 on a phone${largeText ? ' (大字模式)' : ''}`, async () => {
      const split: string[] = [];
      const missing: string[] = [];
      await eachPage([320, 390], Object.keys(bodies), largeText, async (page, where) => {
        const found = await page.evaluate((pattern) => {
          const result = { dates: [] as string[], split: [] as string[] };
          for (const main of document.querySelectorAll('main')) {
            const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
              for (const date of node.data.matchAll(new RegExp(pattern, 'g'))) {
                const range = document.createRange();
                range.setStart(node, date.index);
                range.setEnd(node, date.index + date[0].length);
                result.dates.push(date[0]);
                if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) result.split.push(date[0]);
              }
            }
          }
          return result;
        }, DATE_IN_WORDS.source);
        const path = where.split(' ')[0] as keyof typeof bodies;
        const body = readInput(bodies[path]).replace(/^---\n[\s\S]*?\n---\n/, '');
        const named = [...body.matchAll(DATE_IN_WORDS)].map(([date]) => date);
        if (path === '/submit/') named.push(...formDeadlines);
        for (const date of named) if (!found.dates.includes(date)) missing.push(`${where}: ${date}`);
        split.push(...found.split.map((date) => `${where}: ${date}`));
      });
      // Each date the bodies and the forms name was looked at, whole.
      expect(formDeadlines.length).toBeGreaterThan(0);
      expect(missing).toEqual([]);
      expect(split).toEqual([]);
    });
  }
});

describe('the list of opening ceremonies on a year’s statistics page', () => {
  for (const largeText of [false, true]) {
    it(`puts a place's status straight after its ：, with no gap, where no day is known, and a space after a day${largeText ? ' (大字模式)' : ''}`, async () => {
      const gaps: { afterDay: boolean; sameLine: boolean; gap: number; em: number; text: string }[] = [];
      await eachPage([390], [`/stats/${STATS_YEAR}/`], largeText, async (page) => {
        await unfold(page, '.opening-list details');
        gaps.push(
          ...(await page.locator('.opening-list__status').evaluateAll((statuses) =>
            statuses.map((status) => {
              // What stands before the status on its line: the place's ： or the day's last character (not the space after it).
              const range = document.createRange();
              range.setStart(status.parentElement!, 0);
              const space = status.previousSibling?.nodeType === Node.TEXT_NODE && !status.previousSibling.textContent!.trim();
              range.setEndBefore(space ? status.previousSibling : status);
              const before = [...range.getClientRects()].filter((r) => r.width > 0).at(-1)!;
              const first = status.getClientRects()[0]!;
              return {
                afterDay: !/：\s*$/.test(range.toString()),
                // A status that begins the next line has nothing beside it to be apart from.
                sameLine: (first.top + first.bottom) / 2 > before.top && (first.top + first.bottom) / 2 < before.bottom,
                gap: first.left - before.right,
                em: parseFloat(getComputedStyle(status.parentElement!).fontSize),
                text: status.parentElement!.textContent.trim().slice(0, 16),
              };
            }),
          )),
        );
      });
      const afterColon = gaps.filter((g) => g.sameLine && !g.afterDay);
      const afterDay = gaps.filter((g) => g.sameLine && g.afterDay);
      expect(afterColon.length).toBeGreaterThan(0);
      // In 大字模式 a day and its status are wider than a phone's line: the status goes whole beneath the day.
      if (!largeText) expect(afterDay.length).toBeGreaterThan(0);
      // The full-width ： holds its own space: more would read as a gap where a day is missing.
      expect(afterColon.filter((g) => Math.abs(g.gap) > 1).map((g) => `${g.text}: ${g.gap.toFixed(1)}px`)).toEqual([]);
      expect(afterDay.filter((g) => g.gap < g.em / 5).map((g) => `${g.text}: ${g.gap.toFixed(1)}px`)).toEqual([]);
    });
  }
});

describe('the month’s list of events over several days', () => {
  for (const largeText of [false, true]) {
    it(`puts space between one event and the next, a third of a line at least${largeText ? ' (大字模式)' : ''}`, async () => {
      // The month in which the most events over several days start.
      const starts = entryIds('events')
        .map((id) => frontMatter('events', id))
        .map((data) => [parseBeijing(data.start as string | Date)!, parseBeijing(data.end as string | Date)!] as const)
        .filter(([start, end]) => beijingDay(start) !== beijingDay(end))
        .map(([start]) => beijingDay(start).slice(0, 7));
      const month = [...new Set(starts)].sort(
        (a, b) => starts.filter((m) => m === b).length - starts.filter((m) => m === a).length,
      )[0]!;
      const tight: string[] = [];
      await eachPage([320, 390], [`/events/calendar/${month}/`], largeText, async (page, where) => {
        const items = await page.locator('.multi-day li').evaluateAll((all) =>
          all.map((li) => ({
            text: li.textContent.trim().slice(0, 12),
            top: li.getBoundingClientRect().top,
            bottom: li.getBoundingClientRect().bottom,
            line: parseFloat(getComputedStyle(li).lineHeight),
          })),
        );
        expect(items.length, where).toBeGreaterThan(1);
        for (const [i, item] of items.slice(1).entries()) {
          const gap = item.top - items[i]!.bottom;
          if (gap < item.line / 3) tight.push(`${where}: ${items[i]!.text} → ${item.text}: ${gap.toFixed(1)}px`);
        }
      });
      expect(tight).toEqual([]);
    });
  }
});

describe('a filter row of the events list', () => {
  for (const largeText of [false, true]) {
    it(`keeps its chevron beside its name and value, not on a line of its own${largeText ? ' (大字模式)' : ''}`, async () => {
      const apart: string[] = [];
      let rows = 0;
      // One with nothing chosen, one with the way of taking part chosen (已选：线上参加).
      await eachPage([320, 390], ['/events/', '/events/online/'], largeText, async (page, where) => {
        const found = await page.$$eval('.filters details > summary', (summaries) =>
          summaries.map((summary) => {
            const chevron = summary.querySelector('[aria-hidden="true"]')?.getBoundingClientRect();
            const words = [...summary.querySelectorAll('span:not([aria-hidden])')].map((span) => span.getBoundingClientRect());
            const top = Math.min(...words.map((r) => r.top));
            const bottom = Math.max(...words.map((r) => r.bottom));
            const middle = chevron ? (chevron.top + chevron.bottom) / 2 : NaN;
            return {
              text: summary.textContent.trim(),
              beside: middle > top && middle < bottom && chevron!.left >= Math.max(...words.map((r) => r.right)),
            };
          }),
        );
        rows += found.length;
        apart.push(...found.filter((row) => !row.beside).map((row) => `${where}: ${row.text}`));
      });
      expect(rows).toBeGreaterThan(0);
      expect(apart).toEqual([]);
    });
  }
});

describe('a chip with a count (广州市（8）)', () => {
  for (const largeText of [false, true]) {
    it(`sets the count's brackets half wide, so the chip is no wider than its words and number need${largeText ? ' (大字模式)' : ''}`, async () => {
      const pages = ['/events/', `/lighting/${Math.max(...dataYears('lighting'))}/`];
      const wide: string[] = [];
      let brackets = 0;
      await eachPage([360], pages, largeText, async (page, where) => {
        // The filter rows fold; open, their chips are laid out.
        await unfold(page, 'details');
        const found = await page.evaluate(() => {
          const result = { wide: [] as string[], brackets: 0 };
          for (const chip of document.querySelectorAll('.chips a, .chips .chip-empty')) {
            const walker = document.createTreeWalker(chip, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node as Text;
              for (const bracket of text.data.matchAll(/[（）]/g)) {
                const range = document.createRange();
                range.setStart(text, bracket.index);
                range.setEnd(text, bracket.index + 1);
                const width = range.getBoundingClientRect().width;
                const size = parseFloat(getComputedStyle(text.parentElement!).fontSize);
                result.brackets++;
                if (width > size * 0.6)
                  result.wide.push(`${chip.textContent.trim()}: ${bracket[0]} ${width.toFixed(1)} px wide at ${size} px`);
              }
            }
          }
          return result;
        });
        brackets += found.brackets;
        wide.push(...found.wide.map((line) => `${where}: ${line}`));
      });
      // At least the events' city filter: a chip with a count for each city.
      expect(brackets).toBeGreaterThanOrEqual(2 * cities().length);
      expect(wide).toEqual([]);
    });
  }
});

describe('the breadcrumbs', () => {
  for (const largeText of [false, true]) {
    it(`put each › as far from the words before as from the words after, short crumb or long, and start in line with the page's heading${largeText ? ' (大字模式)' : ''}`, async () => {
      const pages = [`/stats/${STATS_YEAR}/table/`, '/events/2023/gz-opening-ceremony/', '/regions/440300/'];
      const uneven: string[] = [];
      let pairs = 0;
      await eachPage([320, 1280], pages, largeText, async (page, where) => {
        // Each shown crumb's words (not its padded box), in order.
        const words = await page.locator('.breadcrumbs li').evaluateAll((items) =>
          items.flatMap((li) => {
            const range = document.createRange();
            range.selectNodeContents(li.firstElementChild!);
            const rect = range.getBoundingClientRect();
            return rect.width > 1
              ? [{ text: li.textContent.trim(), left: rect.left, right: rect.right, top: Math.round(rect.top) }]
              : [];
          }),
        );
        // The heading's box: its words may be centred (the Ministry's annex).
        const heading = await page.locator('main h1').evaluate((h1) => h1.getBoundingClientRect().left);
        if (Math.abs(words[0]!.left - heading) > 1)
          uneven.push(`${where}: 首页 starts at ${words[0]!.left}, the heading at ${heading}`);
        // Between two crumbs on one line: the › and the space either side of it.
        const gaps = words
          .slice(1)
          .flatMap((w, i) =>
            w.top === words[i]!.top ? [{ between: `${words[i]!.text} › ${w.text}`, gap: w.left - words[i]!.right }] : [],
          );
        pairs += gaps.length;
        const widest = Math.max(...gaps.map((g) => g.gap));
        const narrowest = Math.min(...gaps.map((g) => g.gap));
        if (widest - narrowest > 1) uneven.push(`${where}: ${gaps.map((g) => `${g.between} ${g.gap.toFixed(1)}px`).join(', ')}`);
      });
      expect(pairs).toBeGreaterThan(6);
      expect(uneven).toEqual([]);
    });
  }
});

describe('a wide table', () => {
  /** Each scrolling box on the page: whether its table is wider than it, whether it is a tab stop, its role and name, and its table's caption. */
  const boxes = (page: Page) =>
    page.locator('.table-scroll').evaluateAll((all) =>
      all.map((box) => ({
        overflows: box.scrollWidth > box.clientWidth + 1,
        tabindex: box.getAttribute('tabindex'),
        role: box.getAttribute('role'),
        name: box.getAttribute('aria-label'),
        caption: box.querySelector('caption')?.textContent.trim(),
      })),
    );
  const asScrolling = (b: Awaited<ReturnType<typeof boxes>>[number]) =>
    b.overflows ? { tabindex: '0', role: 'region', named: true } : { tabindex: null, role: null, named: false };

  it('is a tab stop, and a region named for the table and its scrolling, only while it has columns out of sight (always without JavaScript)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/stats/${STATS_YEAR}/`);
    const seen = (all: Awaited<ReturnType<typeof boxes>>) =>
      all.map((b) => ({ tabindex: b.tabindex, role: b.role, named: b.name !== null }));
    // On a wide screen every table of the page fits: no stop where there is nothing to scroll.
    await expect.poll(async () => (await boxes(page)).some((b) => b.overflows)).toBe(false);
    await expect.poll(async () => seen(await boxes(page))).toEqual((await boxes(page)).map(asScrolling));
    // Turned into a phone, the tables wider than it become stops again; back, they are not.
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(async () => seen(await boxes(page)), { message: `${width} px` }).toEqual((await boxes(page)).map(asScrolling));
    }
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(async () => (await boxes(page)).filter((b) => b.tabindex === '0').length).toBeGreaterThan(0);
    for (const box of await boxes(page)) {
      if (!box.overflows || !box.caption) continue;
      // Named for its table, and not by the caption alone, which the table says right after.
      expect(box.name).toContain(box.caption);
      expect(box.name).not.toBe(box.caption);
    }
    await context.close();
    // Without JavaScript, where nothing can tell whether a table fits, each stays a tab stop.
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const plain = await noScript.newPage();
    await plain.goto(`${server.origin}/stats/${STATS_YEAR}/`);
    for (const box of await boxes(plain)) expect(box).toMatchObject({ tabindex: '0', role: 'region' });
    await noScript.close();
  });
});

describe('the progress map', () => {
  it('reaches every city by keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/stats/`);
    const reached = new Set<string>();
    for (let i = 0; i < 150 && reached.size < cities().length; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() =>
        document.activeElement?.closest('#city-map svg') ? document.activeElement.getAttribute('href') : null,
      );
      if (href) reached.add(href);
    }
    await page.close();
    expect(reached.size).toBe(cities().length);
  });

  it('switches layers without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/stats/`);
    const fillOf = () => page.evaluate(() => getComputedStyle(document.querySelector('#city-map path[class*="activities-"]')!).fill);
    const legendShown = (key: string) => page.locator(`#city-map .legend-${key}`).isVisible();
    const before = await fillOf();
    expect(await legendShown('status')).toBe(true);
    await page.click('label[for="city-map-participants"]');
    expect(await legendShown('participants')).toBe(true);
    expect(await legendShown('status')).toBe(false);
    expect(await fillOf()).not.toBe(before);
    await context.close();
  });
});

describe('the lighting map', () => {
  for (const largeText of [false, true]) {
    it(`shows every lit place on a dot that can be tapped, and every city's name whole${largeText ? ' (大字模式)' : ''}`, async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
      for (const year of dataYears('lighting')) {
        const { items } = readInputJson<{ items: { place: string }[] }>(`data/lighting/${year}.json`);
        await page.goto(`${server.origin}/lighting/${year}/`);
        if (largeText) await page.check('#large-text');
        const map = await page.evaluate(() => {
          const svg = document.querySelector('.region-map svg')!;
          // The names drawn: the set of names for the reader's text size (the others are not displayed).
          const names = [...svg.querySelectorAll<SVGTextElement>('.region-map__labels text')].filter(
            (name) => name.getBoundingClientRect().width > 0,
          );
          // The dots drawn: the ones gathered for that size of names.
          const dots = [...svg.querySelectorAll<SVGCircleElement>('circle')].filter((dot) => dot.getBoundingClientRect().width > 0);
          const meet = (a: DOMRect, b: DOMRect, slack = 0) =>
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack &&
            Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
          const box = (e: SVGGraphicsElement) => DOMRect.fromRect(e.getBBox());
          const problems: string[] = [];
          for (const name of names) {
            // A dot painted after a name hides its letters; a name painted after a dot leaves the dot showing round it.
            for (const dot of dots)
              if (meet(box(name), box(dot)) && name.compareDocumentPosition(dot) & Node.DOCUMENT_POSITION_FOLLOWING)
                problems.push(`${name.textContent} under a dot`);
            for (const other of names)
              if (other !== name && meet(box(name), box(other), 1)) problems.push(`${name.textContent} over ${other.textContent}`);
          }
          // What a finger on the middle of each dot reaches: that dot's link, not a dot drawn over it.
          const labels = dots.map((dot) => {
            dot.scrollIntoView({ block: 'center' });
            const r = dot.getBoundingClientRect();
            const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('a');
            // A dot's words are its <title>: its link's name and its tooltip.
            const words = dot.closest('a')?.querySelector('title')?.textContent ?? '';
            if (hit !== dot.closest('a')) problems.push(`${words} cannot be tapped`);
            return words;
          });
          return { labels, problems };
        });
        expect(map.problems, String(year)).toEqual([]);
        for (const { place } of items)
          expect(
            map.labels.filter((label) => label.includes(place)),
            `${year} ${place}`,
          ).toHaveLength(1);
      }
      await page.close();
    });
  }
});

describe('printing', () => {
  for (const largeText of [false, true]) {
    /** A page as its reader opens it before printing: on screen still, in 大字模式 when the test is. */
    const openToPrint = async (path: string, viewport?: { width: number; height: number }) => {
      const page = await browser.newPage(viewport && { viewport });
      await page.goto(server.origin + path);
      if (largeText) await page.check('#large-text');
      return page;
    };

    it(`says on a printed article whose page it is and where it lives, without the header and footer${largeText ? ' in 大字模式' : ''}`, async () => {
      const path = '/events/2023/gz-opening-ceremony/';
      const page = await openToPrint(path);
      const source = page.locator('.print-source');
      expect(await source.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await source.isVisible()).toBe(true);
      const text = await source.textContent();
      expect(text).toContain(siteSettings().name);
      expect(text).toContain(new URL(path, siteSettings().url).href);
      await page.close();
    });

    it(`prints where an event's sign-up link goes, and not the pager to the next page${largeText ? ' in 大字模式' : ''}`, async () => {
      const id = '2023/fs-shunde-elderly-smartphone';
      const registration = String(frontMatter('events', id).registration);
      const page = await openToPrint(`/events/${id}/`);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.locator(`.facts a[href="${registration}"]`).evaluate((a) => getComputedStyle(a, '::after').content);
      expect(shown).toContain(registration);
      expect(await page.locator('.pager').isVisible()).toBe(false);
      await page.close();
    });

    it(`prints an event's own facts and article${largeText ? ' in large print' : ' on one A4 sheet'}, not the ways to other pages`, async () => {
      const id = '2023/gz-opening-ceremony';
      const venue = frontMatter('events', id).venue as { name: string; address: string };
      const page = await openToPrint(`/events/${id}/`);
      // On screen: the trail back, a way there and the events nearby, the parts paper has no use for.
      const trail = page.locator('.breadcrumbs');
      const nearby = page.locator('#nearby-heading');
      const mapLink = page.getByRole('link', { name: t.events.facts.openMap });
      for (const part of [trail, nearby, mapLink]) expect(await part.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const part of [trail, nearby, mapLink]) expect(await part.isVisible()).toBe(false);
      const facts = (await page.locator('.event-facts').textContent()) ?? '';
      for (const line of [venue.name, venue.address]) expect(facts).toContain(line);
      expect(await page.locator('article div.prose').isVisible()).toBe(true);
      if (largeText) {
        // 大字模式 carries onto paper: the article in its 24 px, on as many sheets as that takes.
        const size = await page
          .locator('article div.prose p')
          .first()
          .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
        expect(size).toBeGreaterThanOrEqual(24);
      } else {
        // A4, China's paper: the photo beside the facts, and no 44 px finger-sized links spreading them.
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
      }
      await page.close();
    });

    it(`prints the home page's week and schedule, not its buttons to the events and the books${largeText ? ' in 大字模式' : ''}`, async () => {
      const page = await openToPrint('/');
      const buttons = page.locator('.hero a.button');
      const theme = page.getByRole('heading', { level: 1, name: siteSettings().theme });
      expect(await buttons.count()).toBe(2);
      for (const button of await buttons.all()) expect(await button.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const button of await buttons.all()) expect(await button.isVisible()).toBe(false);
      expect(await theme.isVisible()).toBe(true);
      expect(await page.locator('#schedule').isVisible()).toBe(true);
      await page.close();
    });

    it(`prints where the reporting forms are, under their buttons${largeText ? ' in 大字模式' : ''}`, async () => {
      const forms = Object.values(siteSettings().forms).flatMap((form) => (form?.url ? [form.url] : []));
      expect(forms.length).toBeGreaterThan(0);
      const page = await openToPrint('/submit/');
      await page.emulateMedia({ media: 'print' });
      for (const url of forms) {
        const shown = await page.locator(`a.button[href="${url}"]`).evaluate((a) => getComputedStyle(a, '::after').content);
        expect(shown).toContain(url);
      }
      await page.close();
    });

    it(`prints a list of events as its cards' words, without the filters, the pager or the pictures${largeText ? ' in 大字模式' : ''}`, async () => {
      const page = await openToPrint('/events/');
      // On screen: the ways to choose and to move on, and the cards' pictures.
      const controls = ['.filters', '.calendar-links', '.calendar-feeds', '.list-pager'].map((css) => page.locator(css));
      const pictures = page.locator('.card .card__image');
      for (const control of controls) expect(await control.isVisible()).toBe(true);
      expect(await pictures.count()).toBeGreaterThan(0);
      expect(await pictures.first().isVisible()).toBe(true);
      const titles = await page.locator('.card__title').allTextContents();
      expect(titles).toHaveLength(Math.min(PAGE_SIZE, entryIds('events').length));
      await page.emulateMedia({ media: 'print' });
      for (const control of controls) expect(await control.isVisible()).toBe(false);
      expect(await pictures.evaluateAll((all) => all.filter((p) => p.getBoundingClientRect().height > 0).length)).toBe(0);
      // Every card's words still, each card whole on its sheet.
      for (const title of await page.locator('.card__title').all()) expect(await title.isVisible()).toBe(true);
      expect(
        await page
          .locator('.card')
          .first()
          .evaluate((card) => getComputedStyle(card).breakInside),
      ).toBe('avoid');
      await page.close();
    });

    it(`prints the lighting schedule's places and times, not the ways to jump, to other years or into a calendar${largeText ? ' in 大字模式' : ''}`, async () => {
      const year = Math.max(...dataYears('lighting'));
      const page = await openToPrint(`/lighting/${year}/`);
      const jumps = [page.locator('nav[aria-labelledby="by-city"]'), page.getByRole('link', { name: t.lighting.addAll })];
      for (const jump of jumps) expect(await jump.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const jump of jumps) expect(await jump.isVisible()).toBe(false);
      const places = await page.locator('.lighting-item__place').all();
      expect(places.length).toBeGreaterThan(0);
      for (const place of places) expect(await place.isVisible()).toBe(true);
      expect(await page.locator('.region-map svg').isVisible()).toBe(true);
      await page.close();
    });

    it(`prints a month's calendar as the list of its days with events, not a grid of narrow columns${largeText ? ' in 大字模式' : ''}`, async () => {
      const month = '2023-11';
      const days = [...new Set(entryIds('events').map((id) => eventStartDay(id)))].filter((day) => day.startsWith(month));
      const page = await openToPrint(`/events/calendar/${month}/`, { width: 1280, height: 900 });
      const grid = page.locator('ol.month');
      expect(await grid.evaluate((ol) => getComputedStyle(ol).display)).toBe('grid');
      await page.emulateMedia({ media: 'print' });
      expect(await grid.evaluate((ol) => getComputedStyle(ol).display)).not.toBe('grid');
      expect(await page.locator('.month-nav').isVisible()).toBe(false);
      // Each day with events under its full date (11月18日 星期六), whole on its sheet; the days without, left out.
      const shown = await page.locator('.month__day').evaluateAll((all) =>
        all
          .filter((day) => day.getBoundingClientRect().height > 0)
          .map((day) => ({
            day: day.getAttribute('data-calendar-day'),
            dated: day.querySelector('.month__full')!.getBoundingClientRect().width > 1,
            whole: getComputedStyle(day).breakInside,
          })),
      );
      expect(shown.map((d) => d.day).sort()).toEqual(days.sort());
      for (const day of shown) expect(day).toMatchObject({ dated: true, whole: 'avoid' });
      await page.close();
    });

    it(`prints the colours that say something: the map's legend, the chosen layer${largeText ? ' in 大字模式' : ''}`, async () => {
      const page = await openToPrint(`/stats/${STATS_YEAR}/`);
      await page.emulateMedia({ media: 'print' });
      // Browsers print no backgrounds unless a page asks: the swatches would be empty boxes, the chosen layer white on white.
      const marks = await page
        .locator('.legend__swatch, .progress-map input:checked + .progress-map__pick')
        .evaluateAll((all) =>
          all
            .filter((el) => el.getBoundingClientRect().width > 0)
            .map((el) => ({ adjust: getComputedStyle(el).printColorAdjust, background: getComputedStyle(el).backgroundColor })),
        );
      expect(marks.length).toBeGreaterThan(1);
      for (const mark of marks) {
        expect(mark.adjust).toBe('exact');
        expect(mark.background).not.toBe('rgba(0, 0, 0, 0)');
      }
      await page.close();
    });

    it(`fits the Ministry's annex on one A4 landscape sheet${largeText ? ' in 大字模式' : ''}`, async () => {
      const page = await openToPrint('/stats/2023/table/');
      await page.emulateMedia({ media: 'print' });
      // What prints: the annex, its title and merged headings; not the screen-only parts.
      expect(await page.locator('.moe-annex table').isVisible()).toBe(true);
      expect(await page.locator('section[aria-labelledby="cities-heading"]').isVisible()).toBe(false);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      await page.close();
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length).toBe(1);
      // A4 landscape: 842 × 595 points.
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
      expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([842, 595]);
    });
  }
});

/** When the fixture site says it was built (SOURCE_DATE_EPOCH): what was over then, its pages say so as built. */
const BUILT_AT = new Date(TEST_BUILD_EPOCH * 1000);

/** The id of an event's page from its address: `/events/2023/a/` → `2023/a`. */
const eventIdOf = (href: string) => href.replace(/^\/events\/|\/$/g, '');

/** 今天开始, 正在进行 … as the page's script says where an event stands at `now` (Beijing's calendar day). */
function phaseWords(id: string, now: Date): string | null {
  const data = frontMatter('events', id);
  if (data.status !== undefined) return null;
  const [start, end] = [parseBeijing(data.start as string | Date)!, parseBeijing(data.end as string | Date)!];
  if (now > end) return t.events.phases.past;
  if (now >= start) return t.events.phases.now;
  const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (day(start) === day(now)) return t.events.phases.today;
  if (day(start) === day(new Date(now.getTime() + 86_400_000))) return t.events.phases.tomorrow;
  return t.events.phases.next;
}

describe('Beijing time in the reader’s browser, whatever its zone', () => {
  it('marks what is lit now on the lighting schedule', async () => {
    const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 390, height: 844 } });
    // 20:00 in Beijing on 18 November 2023: 广州塔 is lit 19:30–22:00.
    await context.clock.setFixedTime(new Date('2023-11-18T12:00:00Z'));
    const page = await context.newPage();
    await page.goto(`${server.origin}/lighting/2023/`);
    await expect.poll(() => page.locator('.lighting-item:has(#gz-canton-tower) [data-lighting-state]').textContent()).toBe('正在亮灯');
    await context.close();
  });

  it('shows what is over as past, in words, and during the week links from the top to tonight’s lightings', async () => {
    type Item = { id: string; start: string; end: string };
    const { items } = readInputJson<{ items: Item[] }>('data/lighting/2023.json');
    const nights = [...new Set(items.map((i) => i.start.slice(0, 10)))].sort();
    // 20:00 in Beijing on the schedule's second night: the first night's lightings are over.
    const now = parseBeijing(`${nights[1]}T20:00`)!;
    const over = items.filter((i) => parseBeijing(i.end)!.getTime() <= now.getTime());
    const notOver = items.filter((i) => !over.includes(i));
    expect(over.length).toBeGreaterThan(0);
    const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 390, height: 844 } });
    await context.clock.setFixedTime(now);
    const page = await context.newPage();
    await page.goto(`${server.origin}/lighting/2023/`);
    const row = (i: Item) => page.locator(`.lighting-item:has(#${i.id})`);
    await expect.poll(() => row(over[0]!).locator('[data-lighting-state]').textContent()).toBe(t.lighting.over);
    for (const i of over) expect(await row(i).locator('[data-lighting-state]').textContent(), i.id).toBe(t.lighting.over);
    for (const i of notOver) expect(await row(i).locator('[data-lighting-state]').textContent(), i.id).not.toBe(t.lighting.over);
    // Muted: not only the words differ.
    const colour = (i: Item) => row(i).evaluate((li) => getComputedStyle(li).color);
    expect(await colour(over[0]!)).not.toBe(await colour(notOver[0]!));
    const jump = page.getByRole('link', { name: t.lighting.jumpTonight });
    expect(await jump.isVisible()).toBe(true);
    await jump.click();
    const heading = page.locator(`#night-${nights[1]}`);
    await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((await heading.boundingBox())!.y).toBeLessThan(844 / 2);
    await context.close();

    // Without JavaScript the page reads as built: no link that leads nowhere, no badges.
    const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const still = await plain.newPage();
    await still.goto(`${server.origin}/lighting/2023/`);
    expect(await still.getByRole('link', { name: t.lighting.jumpTonight }).count()).toBe(0);
    expect((await still.locator('[data-lighting-state]').allTextContents()).join('')).toBe('');
    await plain.close();
  });

  it('takes 加入日历 out of a row once its lighting is over, on a page built before the end', async () => {
    type Item = { id: string; start: string; end: string };
    const { items } = readInputJson<{ items: Item[] }>('data/lighting/2023.json');
    const built = TEST_BUILD_EPOCH * 1000;
    const end = (i: Item) => parseBeijing(i.end)!.getTime();
    // A minute after the first window still to come at the build has ended: that one is over now, the later ones not.
    const offered = items.filter((i) => end(i) > built);
    const now = Math.min(...offered.map(end)) + 60_000;
    const over = offered.filter((i) => end(i) <= now);
    const coming = offered.filter((i) => end(i) > now);
    expect(over.length).toBeGreaterThan(0);
    expect(coming.length).toBeGreaterThan(0);
    const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 390, height: 844 } });
    await context.clock.setFixedTime(new Date(now));
    const page = await context.newPage();
    await page.goto(`${server.origin}/lighting/2023/`);
    const add = (i: Item) => page.locator(`.lighting-item:has(#${i.id}) a[href$=".ics"]`);
    await expect.poll(() => add(over[0]!).isVisible()).toBe(false);
    for (const i of over) expect(await add(i).count(), i.id).toBe(1);
    for (const i of over) expect(await add(i).isVisible(), i.id).toBe(false);
    for (const i of coming) expect(await add(i).isVisible(), i.id).toBe(true);
    await context.close();
  });

  for (const largeText of [false, true]) {
    it(`keeps the lighting badge whole on one line on a phone${largeText ? ' in 大字模式' : ''}`, async () => {
      // 佛山新城坊塔 22:00–次日 00:30, the fixture's longest time line, lit at 22:30.
      const { items } = readInputJson<{ items: { id: string; start: string }[] }>('data/lighting/2023.json');
      const item = items.find((i) => i.id === 'fs-fang-tower')!;
      const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 390, height: 844 } });
      await context.clock.setFixedTime(new Date(parseBeijing(item.start)!.getTime() + 30 * 60_000));
      const page = await context.newPage();
      await page.goto(`${server.origin}/lighting/2023/`);
      if (largeText) await page.check('#large-text');
      const badge = page.locator(`.lighting-item:has(#${item.id}) [data-lighting-state]`);
      await expect.poll(() => badge.textContent()).toBe(t.lighting.lit);
      // A badge broken across two lines has a box on each.
      expect(await badge.evaluate((el) => el.getClientRects().length)).toBe(1);
      await context.close();
    });
  }

  it('changes the lighting badge on a page left open, as the evening goes on', async () => {
    const { items } = readInputJson<{ items: { id: string; start: string; end: string }[] }>('data/lighting/2023.json');
    const item = items.find((i) => i.id === 'gz-canton-tower')!;
    const [start, end] = [parseBeijing(item.start)!, parseBeijing(item.end)!];
    const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 390, height: 844 } });
    // Ten minutes before it lights up, the page opened once and left open (as WeChat keeps it).
    await context.clock.install({ time: new Date(start.getTime() - 10 * 60_000) });
    const page = await context.newPage();
    await page.goto(`${server.origin}/lighting/2023/`);
    const badge = page.locator(`.lighting-item:has(#${item.id}) [data-lighting-state]`);
    await expect.poll(() => badge.textContent()).toBe(t.lighting.tonight);
    await page.clock.runFor(11 * 60_000);
    await expect.poll(() => badge.textContent()).toBe(t.lighting.lit);
    await page.clock.runFor(end.getTime() - start.getTime());
    await expect.poll(() => badge.textContent()).not.toBe(t.lighting.lit);
    await context.close();
  });

  it('puts what is on now first on the home page', async () => {
    const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 390, height: 844 } });
    // 10:00 in Beijing on 18 November 2023: the province's opening ceremony runs 09:30–11:30.
    await context.clock.setFixedTime(new Date('2023-11-18T02:00:00Z'));
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const first = page.locator('[data-live-order] > li').first();
    await expect.poll(() => first.getAttribute('data-phase')).toBe('now');
    expect(await first.locator('.phase').textContent()).toBe('正在进行');
    expect(await page.locator('[data-live-order] > li:visible').count()).toBe(8);
    await context.close();
  });

  it('says 今天开始 and 明天开始 on what starts today and tomorrow in Beijing, whatever the reader’s zone', async () => {
    const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 390, height: 844 } });
    // 07:00 in Beijing on 18 November 2023 (still the 17th in New York).
    const now = new Date('2023-11-17T23:00:00Z');
    await context.clock.setFixedTime(now);
    const page = await context.newPage();
    await page.goto(`${server.origin}/events/`);
    const items = page.locator('[data-live-order] > li');
    await expect.poll(() => items.first().getAttribute('data-phase')).not.toBeNull();
    const shown = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('.card__title a')!.getAttribute('href')!,
        tag: li.querySelector('.phase')?.textContent ?? null,
      })),
    );
    const beijingDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    let said = 0;
    for (const { href, tag } of shown) {
      const data = frontMatter('events', href.replace(/^\/events\/|\/$/g, ''));
      const start = parseBeijing(data.start as string | Date)!;
      // An event called off is not about to start: its card says so instead.
      if (start <= now || data.status !== undefined) continue;
      const day = beijingDay(start);
      const expected =
        day === '2023-11-18' ? t.events.phases.today : day === '2023-11-19' ? t.events.phases.tomorrow : t.events.phases.next;
      expect(tag, href).toBe(expected);
      if (expected !== t.events.phases.next) said++;
    }
    // The fixture's opening day and the day after have events: both words were seen.
    expect(said).toBeGreaterThan(1);
    await context.close();
  });

  it('moves 明天开始 to 今天开始 at Beijing’s midnight on a list left open', async () => {
    const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 390, height: 844 } });
    // 23:50 in Beijing on 17 November 2023, the page opened once and left open (as WeChat keeps it).
    await context.clock.install({ time: parseBeijing('2023-11-17T23:50')! });
    const page = await context.newPage();
    await page.goto(`${server.origin}/events/`);
    const items = page.locator('[data-live-order] > li');
    await expect.poll(() => items.first().getAttribute('data-phase')).not.toBeNull();
    // The events of the 18th that take place, by their files.
    const onThe18th = entryIds('events').filter(
      (id) => frontMatter('events', id).status === undefined && eventStartDay(id) === '2023-11-18',
    );
    expect(onThe18th.length).toBeGreaterThan(0);
    const tagOf = (id: string) => page.locator(`[data-live-order] > li:has(.card__title a[href="/events/${id}/"]) .phase`);
    const shown = [];
    for (const id of onThe18th) if ((await tagOf(id).count()) > 0) shown.push(id);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect(await tagOf(id).textContent(), id).toBe(t.events.phases.tomorrow);
    await page.clock.runFor(11 * 60_000);
    for (const id of shown) await expect.poll(() => tagOf(id).textContent(), { message: id }).toBe(t.events.phases.today);
    await context.close();
  });

  it('says 已结束 on what is over, and keeps it in the order the list was built in', async () => {
    const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 390, height: 844 } });
    // New Year's Eve 2023 in Beijing: every event of the fixture is over.
    await context.clock.setFixedTime(new Date('2023-12-31T04:00:00Z'));
    const page = await context.newPage();
    const built = parse(await (await page.request.get(`${server.origin}/events/`)).text())
      .querySelectorAll('[data-live-order] > li')
      .map((li) => li.getAttribute('data-start'));
    await page.goto(`${server.origin}/events/`);
    const items = page.locator('[data-live-order] > li');
    await expect.poll(() => items.first().getAttribute('data-phase')).toBe('past');
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-start')))).toEqual(built);
    expect(new Set(await items.locator('.phase').allTextContents())).toEqual(new Set([t.events.phases.past]));
    await context.close();
  });

  it('offers 报名 and 加入日历 on an event’s page until it is over, not on a link opened after it, which says 活动已结束 under 参加方式 instead', async () => {
    const id = '2023/fs-shunde-elderly-smartphone';
    const data = frontMatter('events', id);
    const [startsAt, endsAt] = [
      parseBeijing(data.start as string | Date)!.getTime(),
      parseBeijing(data.end as string | Date)!.getTime(),
    ];
    for (const [at, offered] of [
      [startsAt - 86_400_000, true],
      [endsAt + 86_400_000, false],
    ] as const) {
      const context = await browser.newContext({ timezoneId: 'America/New_York' });
      await context.clock.setFixedTime(new Date(at));
      const page = await context.newPage();
      await page.goto(`${server.origin}/events/${id}/`);
      await expect.poll(() => page.locator('[data-event-phase]').getAttribute('data-start')).not.toBeNull();
      // The phase script has run once the note says 已结束 (or, before the start, stays hidden).
      if (!offered) await expect.poll(() => page.locator('[data-event-phase]').textContent()).toBe(t.events.phasePast);
      expect(await page.locator(`a[href="${String(data.registration)}"]`).isVisible(), new Date(at).toISOString()).toBe(offered);
      expect(await page.getByRole('link', { name: t.events.facts.addToCalendar }).isVisible(), new Date(at).toISOString()).toBe(
        offered,
      );
      // How to take part, or, once over, what a page built after the event says there: never a label left bare.
      const join = (
        await page.locator('dt', { hasText: t.events.join.heading }).locator('xpath=following-sibling::dd[1]').innerText()
      ).trim();
      if (offered) expect(join).toContain(t.events.join.register);
      else expect(join).toBe(t.events.join.over);
      await context.close();
    }
  });

  it('tells a reader of an event’s own page, opened later from a shared link, that it is over, or on now', async () => {
    // Still to come when the fixture was built: the page is as built before its start.
    const id = '2023/gd-publisher-picks-forum';
    expect(eventOverAt(id, BUILT_AT)).toBe(false);
    const startsAt = parseBeijing(frontMatter('events', id).start as string | Date)!.getTime();
    for (const [at, said] of [
      [startsAt - 86_400_000, undefined],
      [startsAt + 60_000, t.events.phases.now],
      [startsAt + 30 * 86_400_000, t.events.phasePast],
    ] as const) {
      const context = await browser.newContext({ timezoneId: 'America/New_York' });
      await context.clock.setFixedTime(new Date(at));
      const page = await context.newPage();
      await page.goto(`${server.origin}/events/${id}/`);
      const note = page.locator('[data-event-phase]');
      if (said) await expect.poll(() => note.textContent()).toBe(said);
      expect(await note.isVisible(), new Date(at).toISOString()).toBe(said !== undefined);
      await context.close();
    }
  });

  it('says on the home page that the week is on, from its first Beijing midnight to the midnight after its last day, and then over, whatever the reader’s zone', async () => {
    const { weekStart, weekEnd } = siteSettings();
    const midnight = (day: string) => parseBeijing(`${day}T00:00`)!.getTime();
    const [opens, closes] = [midnight(weekStart), midnight(weekEnd) + 86_400_000];
    // Built inside the week: the page as built says nothing; the reader's clock decides.
    expect(BUILT_AT.getTime()).toBeGreaterThan(opens);
    expect(BUILT_AT.getTime()).toBeLessThan(closes);
    for (const [at, said] of [
      [opens - 60_000, undefined],
      [opens + 60_000, t.home.weekPhase.now],
      [closes - 60_000, t.home.weekPhase.now],
      [closes + 60_000, t.home.weekPhase.past],
    ] as const) {
      const context = await browser.newContext({ timezoneId: 'America/New_York' });
      await context.clock.setFixedTime(new Date(at));
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      const note = page.locator('.hero [data-event-phase]');
      if (said) await expect.poll(() => note.textContent()).toBe(said);
      expect(await note.isVisible(), new Date(at).toISOString()).toBe(said !== undefined);
      await context.close();
    }
  });

  for (const largeText of [false, true]) {
    it(`says 今天截止 on a form’s closing day and 已截止 after it, by Beijing’s calendar whatever the reader’s zone, and keeps the form’s button${largeText ? ' (大字模式)' : ''}`, async () => {
      type Form = { url: string; deadline: string };
      const form = readInputJson<{ forms: { activityData: Form } }>('data/site.json').forms.activityData;
      const midnight = parseBeijing(`${form.deadline}T00:00`)!.getTime();
      // Built before the closing day: the page as built says nothing; the reader's clock decides.
      expect(BUILT_AT.getTime()).toBeLessThan(midnight);
      for (const [at, said] of [
        [midnight - 60_000, undefined],
        [midnight + 60_000, t.notices.forms.closesToday],
        [midnight + 86_400_000 - 60_000, t.notices.forms.closesToday],
        [midnight + 86_400_000 + 60_000, t.notices.forms.closed],
      ] as const) {
        const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 360, height: 800 } });
        await context.clock.setFixedTime(new Date(at));
        const page = await context.newPage();
        await page.goto(`${server.origin}/submit/`);
        if (largeText) await page.check('#large-text');
        const item = page.locator('#form-activityData');
        const note = item.locator('[data-event-phase]');
        if (said) await expect.poll(() => note.textContent()).toBe(said);
        expect(await note.isVisible(), new Date(at).toISOString()).toBe(said !== undefined);
        expect(await item.locator(`a[href="${form.url}"]`).isVisible()).toBe(true);
        await context.close();
      }
    });
  }

  it('leaves 报名 and 加入日历 out of the page of an event over when the site was built, and says 活动已结束 without JavaScript', async () => {
    const ids = entryIds('events').filter((id) => frontMatter('events', id).status === undefined);
    const over = ids.filter((id) => eventOverAt(id, BUILT_AT));
    const signUp = (id: string) => frontMatter('events', id).registration as string | undefined;
    expect(over.filter(signUp).length, 'the fixture has an event over when built, with a sign-up link').toBeGreaterThan(0);
    expect(ids.filter((id) => !over.includes(id) && signUp(id)).length, 'and one still to come').toBeGreaterThan(0);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const id of ids) {
      await page.goto(`${server.origin}/events/${id}/`);
      const isOver = over.includes(id);
      const registration = signUp(id);
      expect(await page.getByRole('link', { name: t.events.facts.addToCalendar }).isVisible(), id).toBe(!isOver);
      if (registration) expect(await page.locator(`main a[href="${registration}"]`).count(), id).toBe(isOver ? 0 : 1);
      const note = page.locator('[data-event-phase]');
      expect(await note.isVisible(), id).toBe(isOver);
      if (isOver) {
        expect(await note.textContent(), id).toContain(t.events.phasePast);
        expect((await page.locator('.event-facts__join').textContent())?.trim(), id).toBe(t.events.join.over);
      }
    }
    await context.close();
  });

  for (const largeText of [false, true]) {
    it(`marks each of 附近的活动 by the reader’s clock, and without JavaScript puts what was over at the build last, marked${largeText ? ' (大字模式)' : ''}`, async () => {
      const id = '2023/gz-tianhe-opening-ceremony';
      type Shown = { id: string; tag: string | null; phase: string | null };
      const read = (page: Page) =>
        page.locator('.nearby__list > li').evaluateAll((lis) =>
          lis.map((li) => ({
            href: li.querySelector('a')!.getAttribute('href')!,
            tag: li.querySelector('.phase')?.textContent ?? null,
            phase: li.getAttribute('data-phase'),
          })),
        );
      const shownIn = async (page: Page): Promise<Shown[]> =>
        (await read(page)).map(({ href, ...rest }) => ({ id: eventIdOf(href), ...rest }));

      // Without JavaScript: as built. What is on or to come first, then what was over (已结束) and what is called off.
      const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      const still = await plain.newPage();
      await still.goto(`${server.origin}/events/${id}/`);
      if (largeText) await still.check('#large-text');
      const built = await shownIn(still);
      const receded = built.map((e) => eventOverAt(e.id, BUILT_AT) || frontMatter('events', e.id).status !== undefined);
      expect(receded, 'the list has events over when built and still to come').toContain(true);
      expect(receded).toContain(false);
      expect(receded.indexOf(true), 'what is over comes after what is not').toBe(receded.lastIndexOf(false) + 1);
      for (const e of built) expect(e.tag, e.id).toBe(eventOverAt(e.id, BUILT_AT) ? t.events.phases.past : null);
      await plain.close();

      // By the reader's clock: 08:00 in Beijing the morning after the build, still the evening before in New York.
      const now = new Date(BUILT_AT.getTime() + 22 * 3_600_000);
      const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 390, height: 844 } });
      await context.clock.setFixedTime(now);
      const page = await context.newPage();
      await page.goto(`${server.origin}/events/${id}/`);
      if (largeText) await page.check('#large-text');
      await expect.poll(async () => (await shownIn(page)).every((e) => e.phase !== null)).toBe(true);
      const shown = await shownIn(page);
      expect(shown.map((e) => e.id).sort()).toEqual(built.map((e) => e.id).sort());
      for (const e of shown) expect(e.tag, e.id).toBe(phaseWords(e.id, now));
      // On now first, then the soonest, then what is over or called off.
      const rank = (e: Shown) => (e.phase === 'now' ? 0 : e.phase === 'next' ? 1 : 2);
      expect(shown.map(rank)).toEqual(shown.map(rank).sort());
      const said = new Set(shown.map((e) => e.tag));
      expect(said.size, [...said].join(' ')).toBeGreaterThanOrEqual(3);
      // Each word whole on one line of a phone.
      for (const tag of await page.locator('.nearby__list .phase').all())
        expect(await tag.evaluate((el) => el.getClientRects().length)).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await context.close();
    });
  }

  for (const largeText of [false, true]) {
    it(`marks today on the month calendar by Beijing’s day, whatever the reader’s zone, in a contrast theme too${largeText ? ' (大字模式)' : ''}`, async () => {
      const starts = entryIds('events').map((id) => parseBeijing(frontMatter('events', id).start as string | Date)!);
      const beijingDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      const busy = beijingDay(starts.find((d) => beijingDay(d).startsWith('2023-11'))!);
      // A day of November 2023 on which no event starts: the phone's list of days shows it all the same.
      const days = Array.from({ length: 30 }, (_, i) => `2023-11-${String(i + 1).padStart(2, '0')}`);
      const quiet = days.find((d) => !starts.some((s) => beijingDay(s) === d))!;
      for (const [today, viewport] of [
        [busy, { width: 390, height: 844 }],
        [quiet, { width: 390, height: 844 }],
        [busy, { width: 1280, height: 900 }],
      ] as const) {
        // 00:30 in Beijing: still the day before in New York.
        const now = parseBeijing(`${today}T00:30`)!;
        const context = await browser.newContext({ timezoneId: 'America/New_York', viewport });
        await context.clock.setFixedTime(now);
        const page = await context.newPage();
        await page.goto(`${server.origin}/events/calendar/2023-11/`);
        if (largeText) await page.check('#large-text');
        const current = page.locator('[aria-current="date"]');
        await expect.poll(() => current.count(), { message: today }).toBe(1);
        expect(await current.locator('h3 time').getAttribute('datetime')).toBe(today);
        const mark = current.getByText(t.events.calendar.today, { exact: true });
        expect(await mark.isVisible(), `${today} ${viewport.width}`).toBe(true);
        expect(await current.isVisible(), `${today} ${viewport.width}`).toBe(true);
        // A Windows contrast theme paints fills over: the frame and the word stay.
        await page.emulateMedia({ forcedColors: 'active' });
        const frame = await current.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
        expect(frame).toMatch(/^solid [1-9]/);
        expect(await mark.isVisible()).toBe(true);
        await context.close();
      }
      // Without JavaScript no day claims to be today.
      const plain = await browser.newContext({ javaScriptEnabled: false });
      const still = await plain.newPage();
      await still.goto(`${server.origin}/events/calendar/2023-11/`);
      expect(await still.locator('[aria-current="date"]').count()).toBe(0);
      await plain.close();
    });
  }
});
