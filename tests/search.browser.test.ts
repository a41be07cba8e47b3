import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { formatMonthDayZh, parseBeijing, parseBeijingDate, weekdayZh } from '../src/lib/dates/index.ts';
import { lightingStateAt, lightingTimes, nightOf, type LightingItem } from '../src/lib/lighting/index.ts';
import { cityOf, countiesOf, placeWords, province, regionByCode, regionByName, subdivisions } from '../src/lib/regions/index.ts';
import { fillMessage } from '../src/lib/search/result-view.ts';
import { regionPinyin } from '../src/lib/search/region-names.ts';
import { everydayPlaceNames } from '../src/lib/regions/everyday-place-names.ts';
import { placeLookalikes } from '../src/lib/regions/place-lookalikes.ts';
import { FIXTURE_SITE } from './support/build-site.ts';
import {
  dataYears,
  entryIds,
  eventEndDay,
  eventStartDay,
  FIXTURE_CONTENT,
  frontMatter,
  readInput,
  readInputJson,
  siteSettings,
} from './support/fixture.ts';
import { readingModeKey } from '../src/lib/reading-modes/storage-key.ts';
import { readOutcome, searchAgain, searchFor } from './support/search-page.ts';
import { listFiles, readHtml } from './support/site-files.ts';
import { openSiteInBrowser, type SiteInBrowser } from './support/site-in-browser.ts';
import type { StaticServer } from '../scripts/lib/static-server.ts';
import { FACT_SEPARATOR } from '../src/lib/fact-separator.ts';
import { DAY_CELL_LIMIT } from '../src/lib/events/month-grid.ts';
import { UNDER_WAY_SHOWN } from '../src/lib/search/under-way.ts';
import { REGION_EVENT_LIMIT } from '../src/lib/events/list-order.ts';
import { RELEVANCE_QUERIES } from './search-queries.ts';

// The built fixture site, served on 127.0.0.1, searched in Debian's Chromium.
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Where the switch keeps 大字模式 on the fixture site (built at the root: its settings set no base). */
const LARGE_TEXT_KEY = readingModeKey('/', 'large-text');
const foreignRequests: string[] = [];
const pageErrors: string[] = [];
let site: SiteInBrowser;
beforeAll(async () => {
  site = await openSiteInBrowser();
  ({ server, browser } = site);
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== server.origin) foreignRequests.push(request.url());
  });
  page = await context.newPage();
  context.on('weberror', (error) => pageErrors.push(error.error().message));
});

afterAll(async () => {
  await site?.close();
});

/** A new page of the shared context, in 大字模式 when `large` (as the switch leaves it for the next page). */
async function readerPage(large: boolean): Promise<Page> {
  const reader = await context.newPage();
  if (large) await reader.addInitScript((key: string) => localStorage.setItem(key, '1'), LARGE_TEXT_KEY);
  return reader;
}

/** The 栏目直达 links the page shows, each as its address and its words. */
function shortcutLinks(reader: Page): Promise<(string | null)[][]> {
  return reader.locator('[data-search-shortcuts] a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
}

/** The address of the first 栏目直达 link. */
function firstShortcutHref(reader: Page): Promise<string | null> {
  return reader.locator('[data-search-shortcuts] a').first().getAttribute('href');
}

/** The city filter value a built page files itself under (SearchFacets). */
function cityOfPage(url: string): string | undefined {
  const file = join(url.replace(/^\//, ''), 'index.html');
  return readHtml(FIXTURE_SITE, file).querySelector('[data-pagefind-filter="city"]')?.textContent;
}

/** A year's lighting items of the fixture, with their windows as the site reads them. */
function lightingItems(year: number): LightingItem[] {
  const file = readInputJson<{ items: (Omit<LightingItem, 'start' | 'end' | 'year'> & { start: string; end: string })[] }>(
    `data/lighting/${year}.json`,
  );
  return file.items.map((i) => ({ ...i, year, start: parseBeijing(i.start)!, end: parseBeijing(i.end)! }));
}

/** The night an item lights up, as a result names it: `11月24日（星期五）晚`. */
function nightLabel(item: LightingItem): string {
  const night = parseBeijingDate(nightOf(item.start))!;
  return `${formatMonthDayZh(night)}（${weekdayZh(night)}）${t.lighting.night}`;
}

describe('search relevance (recall@5 over the fixture content)', () => {
  it('finds the expected page in the top five for at least 95% of the queries', async () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(40);
    const misses: string[] = [];
    for (const { q, expect: want, case: kind } of RELEVANCE_QUERIES) {
      const { urls } = await searchAgain(page, server.origin, q);
      if (!urls.slice(0, 5).includes(want))
        misses.push(`  [${kind}] ${q} → ${want}; got ${urls.slice(0, 5).join(' ') || '(nothing)'}`);
    }
    const recall = (RELEVANCE_QUERIES.length - misses.length) / RELEVANCE_QUERIES.length;
    console.log(`recall@5 = ${recall.toFixed(3)} (${RELEVANCE_QUERIES.length - misses.length}/${RELEVANCE_QUERIES.length})`);
    if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('Chinese queries in the browser', () => {
  it('finds the lighting schedule first when a resident asks whether there are lights (广州有亮灯吗), in the normal view and in 大字模式', async () => {
    // A city the fixture's schedule lights, by its short name as residents say it (广州).
    const city = cityOf(lightingItems(2023)[0]!.region)!.shortName;
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const q of [`${city}有亮灯吗`, '今年有亮灯吗', '听说有亮灯活动在哪里可以看到']) {
        const { urls } = await searchAgain(reader, server.origin, q);
        // 有 asks whether there is any: a schedule need not say it (wholeQueryTerms, query-fillers.json thereIs).
        expect(urls[0], q).toMatch(/^\/lighting\/\d{4}\/$/);
      }
      await reader.close();
    }
  });

  it('finds the statistics first when an official asks a count or which place did most (活动周有多少人参加), in both views', async () => {
    const year = dataYears('stats').at(-1)!;
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const q of ['活动周有多少人参加', '活动周一共办了多少场活动', '哪个市参加人数最多', '哪个区活动最多']) {
        const { urls } = await searchAgain(reader, server.origin, q);
        // The statistics page or its table: the figures are there, and every page says 活动周.
        expect(urls[0], q).toMatch(new RegExp(`^/stats/${year}/(?:table/)?$`, 'u'));
      }
      await reader.close();
    }
  });

  it('lists the pages of the city a long question names before other cities’ (请问深圳有没有适合退休老人参加的读书会), and says so, in both views', async () => {
    // The cities of the fixture's events whose text offers a 读书会, as an elderly resident asks for one there.
    const cities = [
      ...new Set(
        entryIds('events')
          .filter((id) => readInput(`events/${id}.md`).includes('读书会'))
          .map((id) => cityOf(String(frontMatter('events', id).region))?.name)
          .filter((name) => name !== undefined),
      ),
    ].map((name) => regionByName(name)!);
    expect(cities.length).toBeGreaterThan(1);
    let partials = 0;
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const city of cities) {
        const q = `请问${city.shortName}有没有适合退休老人参加的读书会`;
        const { urls, status } = await searchAgain(reader, server.origin, q);
        // Where no page holds it whole, searched word by word: the city's pages lead, and the reader is told why.
        const partial = status.includes(fillMessage(t.search.partial.intro, { query: q }));
        if (partial) expect(status, q).toContain(`含“${city.shortName}”的在前`);
        partials += partial ? 1 : 0;
        const placed = urls.map((url) => cityOfPage(url)).filter((name) => name !== undefined);
        // Every page of the city among the results shown before the first of another place's.
        const elsewhere = placed.findIndex((name) => name !== city.name);
        if (elsewhere >= 0) expect(placed.slice(elsewhere), q).not.toContain(city.name);
        expect(placed[0], q).toBe(city.name);
      }
      await reader.close();
    }
    expect(partials).toBeGreaterThan(0);
  });

  it('takes a county’s short name that is an everyday word (世界和平, 城区有什么活动) for the word, and the county with its city’s, in both views', async () => {
    const everyday = everydayPlaceNames(province().code);
    expect(everyday.length).toBeGreaterThan(0);
    const toCounty = async (reader: Page, code: string) =>
      (await shortcutLinks(reader)).some(([href]) => href?.startsWith(`/regions/${code}/`));
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const { code, word, examples } of everyday) {
        for (const q of [...examples, `${word}有什么活动`]) {
          const { status } = await searchAgain(reader, server.origin, q);
          expect(status, q).not.toContain(`含“${word}”的在前`);
          expect(await toCounty(reader, code), q).toBe(false);
        }
        const q = `${cityOf(code)!.shortName}${word}有什么活动`;
        await searchAgain(reader, server.origin, q);
        expect(await toCounty(reader, code), q).toBe(true);
      }
      await reader.close();
    }
  });

  it('puts first the pages of a name that holds a city’s but is another place (中山图书馆), not the city’s, in both views', async () => {
    // The names of place-lookalikes.json that some event of the fixture holds, and those events.
    const held = placeLookalikes(province().code).flatMap(({ name, holds }) => {
      const events = entryIds('events').filter((id) => readInput(`events/${id}.md`).includes(name));
      return events.length > 0 ? [{ name, holds, urls: events.map((id) => `/events/${id}/`) }] : [];
    });
    expect(held.length).toBeGreaterThan(0);
    let partials = 0;
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const { name, holds, urls } of held) {
        const q = `去${name}参观要预约吗`;
        const outcome = await searchAgain(reader, server.origin, q);
        // Where no page holds it whole, searched word by word, with the name's pages first.
        const partial = outcome.status.includes(fillMessage(t.search.partial.intro, { query: q }));
        if (partial) expect(outcome.status, q).toContain(`含“${name}”的在前`);
        partials += partial ? 1 : 0;
        expect(outcome.status, q).not.toContain(`含“${holds}”的在前`);
        expect(urls, q).toContain(outcome.urls.find((url) => url.startsWith('/events/')));
      }
      await reader.close();
    }
    expect(partials).toBeGreaterThan(0);
  });

  it('does not take a page for the city’s for holding its name only inside another place’s (中山图书馆, 中山七路), in both views', async () => {
    const lookalikes = placeLookalikes(province().code);
    // Events of the fixture that hold a city's short name only inside such names, in another city.
    const held = [...new Set(lookalikes.map(({ holds }) => holds))].flatMap((holds) => {
      const city = subdivisions().find((c) => c.shortName === holds);
      const events = entryIds('events').filter((id) => {
        const text = readInput(`events/${id}.md`);
        const outside = lookalikes.reduce((rest, { name }) => rest.replaceAll(name, ' '), text);
        return (
          text.includes(holds) && !outside.includes(holds) && cityOf(String(frontMatter('events', id).region))?.code !== city?.code
        );
      });
      return events.length > 0 ? [{ holds, city: city!.name, urls: events.map((id) => `/events/${id}/`) }] : [];
    });
    expect(held.length).toBeGreaterThan(0);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const { holds, city, urls } of held) {
        for (const q of [`${holds}有什么活动`, `${holds}的读书活动`, `${holds}有什么讲座`]) {
          const outcome = await searchAgain(reader, server.origin, q);
          // Found whole, they are not among the results; searched word by word, after every page of the city.
          const lastOfCity = outcome.urls.findLastIndex((url) => cityOfPage(url) === city);
          expect(lastOfCity, q).toBeGreaterThanOrEqual(0);
          for (const url of urls) expect(outcome.urls.slice(0, lastOfCity), q).not.toContain(url);
        }
      }
      await reader.close();
    }
  });

  it('tells a reader who asks for bigger text about 大字模式, and ticks it for them, in both views', async () => {
    const help = '[data-search-reading-help]';
    for (const large of [false, true]) {
      // A context of its own: the shared one keeps the 大字模式 that other tests' pages switched on.
      const own = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
      const reader = await own.newPage();
      if (large) await reader.addInitScript((key: string) => localStorage.setItem(key, '1'), LARGE_TEXT_KEY);
      // As an older reader dictates it; and a query about anything else gets none.
      await searchAgain(reader, server.origin, '我眼睛不好，字太小了看不清');
      expect(await reader.locator(help).isVisible()).toBe(true);
      expect(await reader.locator(help).textContent()).toContain(t.site.largeText);
      // Already on in 大字模式: no button to press.
      expect(await reader.locator(`${help} button`).isVisible()).toBe(!large);
      if (!large) {
        await reader.locator(`${help} button`).click();
        const box = reader.locator('input[data-reading-mode="large-text"]');
        expect(await box.isChecked()).toBe(true);
        expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await reader.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true);
        // Kept for the next page, as the switch keeps it.
        await reader.reload();
        expect(await reader.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true);
      }
      await searchAgain(reader, server.origin, '书法班');
      expect(await reader.locator(help).isVisible()).toBe(false);
      // Nor does an empty search after the question.
      await searchAgain(reader, server.origin, '字太小了');
      await searchAgain(reader, server.origin, '');
      expect(await reader.locator(help).isVisible()).toBe(false);
      await own.close();
    }
  });

  it('finds a city spelled in pinyin (guangzhou, as with the input method off), and says what it searched, in both views', async () => {
    const spellings = Object.entries(regionPinyin());
    // The cities of the fixture's events.
    const cities = [...new Set(entryIds('events').map((id) => cityOf(String(frontMatter('events', id).region))?.code))]
      .map((code) => (code ? regionByCode(code) : undefined))
      .filter((city) => city !== undefined);
    expect(cities.length).toBeGreaterThan(1);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const city of cities) {
        const [word] = spellings.find(([, name]) => name === city.shortName)!;
        // As typed on a phone, its first letter in capitals.
        const q = large ? word[0]!.toUpperCase() + word.slice(1) : word;
        const { urls, status } = await searchAgain(reader, server.origin, q);
        expect(status, q).toContain(fillMessage(t.search.respelled, { query: city.shortName }));
        expect(cityOfPage(urls[0]!), q).toBe(city.name);
      }
      await reader.close();
    }
  });

  it('opens a landmark’s own row on the lighting schedule, and names its night and hours, however a resident asks', async () => {
    const year = 2023;
    const item = lightingItems(year).find((i) => i.id === 'gz-canton-tower')!;
    // 亮不亮 and 几点亮 are on no page, and 今晚 fused with the place's name was searched as one word.
    for (const q of [item.place, `今晚${item.place}亮不亮`, `${item.place}几点亮`]) {
      const outcome = await searchAgain(page, server.origin, q);
      expect(outcome.urls, q).toContain(`/lighting/${year}/`);
      const card = page.locator(`li[data-url="/lighting/${year}/"]`);
      expect(await card.locator('a').first().getAttribute('href'), q).toBe(`/lighting/${year}/#${item.id}`);
      expect(await card.locator('a').first().textContent(), q).toContain(item.place);
      const text = await card.locator('.result-places').textContent();
      expect(text, q).toContain(nightLabel(item));
      expect(text, q).toContain(`${lightingTimes(item).start}–${lightingTimes(item).end}`);
    }
  });

  it('shows the same top results for 終身學習 as for 终身学习, and says it searched in Simplified', async () => {
    const simplified = await searchFor(page, server.origin, '终身学习');
    const traditional = await searchFor(page, server.origin, '終身學習');
    expect(simplified.urls.length).toBeGreaterThan(0);
    expect(traditional.urls.slice(0, 10)).toEqual(simplified.urls.slice(0, 10));
    expect(traditional.status).toContain('已按简体字“终身学习”搜索');
  });

  it('shows Guangzhou’s pages first for 广州, with or without 市', async () => {
    for (const q of ['广州', '广州市']) {
      const { urls } = await searchAgain(page, server.origin, q);
      expect(urls[0], q).toBe('/regions/440100/');
      for (const url of urls.slice(0, 5)) expect(cityOfPage(url), `${q}: ${url}`).toBe('广州市');
    }
  });

  it('says kindly that nothing was found for a nonsense query, and offers ways on', async () => {
    for (const q of ['xyzzyqv', '魑魅魍魉']) {
      const outcome = await searchFor(page, server.origin, q);
      expect(outcome.state, q).toBe('none');
      expect(outcome.urls).toEqual([]);
      expect(outcome.noneMessage).toContain(`没有找到与“${q}”相关的内容`);
      for (const tip of t.search.noResultsTips) expect(outcome.noneMessage).toContain(tip);
      expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
    }
    expect(await page.locator('.search-browse a[href="/events/"]').isVisible()).toBe(true);
  });
});

describe('the lighting schedule in search results', () => {
  const year = 2023;
  const items = lightingItems(year);
  // A county with several places on the schedule: a search for it names each, with its night.
  const byCounty = Map.groupBy(items, (i) => i.region);
  const [county, inCounty] = [...byCounty].find(([, list]) => list.length > 1)!;
  const countyName = regionByCode(county)!.name;
  // The evening one of them is lit, as the reviewer's page clock had it (19:30 on the week's Monday).
  const lit = inCounty.find((i) => items.some((o) => o.start < i.start))!;
  const evening = new Date(lit.start.getTime() + 30 * 60_000);

  for (const large of [false, true]) {
    it(`lists every place a word names, each with its night, hours, place and state by the reader’s clock${large ? ' (大字模式)' : ''}`, async () => {
      const reader = await readerPage(large);
      await reader.clock.install({ time: evening });
      await searchFor(reader, server.origin, `${countyName} 亮灯`);
      const card = reader.locator(`li[data-url="/lighting/${year}/"]`);
      const places = card.locator('.result-places > li:not(.result-places__more)');
      // Every place of the county, in the order they light up; none of another county.
      const expected = [...inCounty].sort((a, b) => a.start.getTime() - b.start.getTime());
      expect(await places.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
        expected.map((i) => `/lighting/${year}/#${i.id}`),
      );
      for (const [n, item] of expected.entries()) {
        const text = (await places.nth(n).textContent())!;
        expect(text, item.id).toContain(item.place);
        expect(text, item.id).toContain(nightLabel(item));
        expect(text, item.id).toContain(`${lightingTimes(item).start}–${lightingTimes(item).end}`);
        expect(text, item.id).toContain(`${cityOf(item.region)!.name}${FACT_SEPARATOR}${countyName}`);
        const state = lightingStateAt(item, evening);
        const badge = state === 'lit' ? t.lighting.lit : state === 'over' ? t.lighting.over : t.lighting.tonight;
        if (state !== 'coming' || nightOf(item.start) === nightOf(evening)) expect(text, item.id).toContain(badge);
        // The night's date is a <time>, kept whole on a line.
        expect(await places.nth(n).locator('time').first().getAttribute('datetime')).toBe(nightOf(item.start));
      }
      // Each place a finger-sized link of its own (44 px, 60 px in 大字模式), above the card's own link.
      for (const link of await places.locator('a').all()) {
        await link.scrollIntoViewIfNeeded();
        const box = (await link.boundingBox())!;
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(large ? 60 : 44);
        const hit = await reader.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.getAttribute('href'),
          [box.x + box.width / 2, box.y + box.height / 2],
        );
        expect(hit).toBe(await link.getAttribute('href'));
      }
      // During the week, a link to tonight's places.
      expect(await card.locator('.result-card__tonight a').getAttribute('href')).toBe(`/lighting/${year}/#night-${nightOf(evening)}`);
      await reader.close();
    });
  }

  it('writes no English full stop between Chinese words, and none of the words search adds for a page', async () => {
    const synonyms = (await import('../src/lib/search/synonyms.ts')).SYNONYM_GROUPS;
    for (const q of [`${regionByCode(inCounty[0]!.region)!.name}`, inCounty[0]!.place, '亮灯', '开幕式']) {
      await searchAgain(page, server.origin, q);
      const shown = await page.locator('[data-search-results]').evaluate((list) => (list as HTMLElement).innerText);
      expect(shown, q).not.toMatch(/[\p{Script=Han}\d]\. /u);
      expect(shown, q).not.toMatch(/[\u2063\u2064]/u);
    }
    // The lighting page's message 今晚开幕 brings 开幕式 into its index copy: never into what a reader sees of it.
    const ifc = items.find((i) => i.message.includes('开幕') && !i.message.includes('开幕式'));
    if (ifc) {
      const added = synonyms.find((g) => g.includes('开幕'))!.filter((w) => !ifc.message.includes(w));
      await searchAgain(page, server.origin, ifc.place);
      const card = await page.locator(`li[data-url="/lighting/${year}/"]`).evaluate((li) => (li as HTMLElement).innerText);
      for (const word of added) expect(card).not.toContain(word);
    }
  });
});

describe('a query no page holds whole', () => {
  // Every Markdown file of the fixture, and the one event whose file holds a word.
  const inputs = listFiles(FIXTURE_CONTENT)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => readInput(f));
  /** The pages of the fixture's entries whose files hold a word. */
  const entryPagesHolding = (word: string) =>
    (['events', 'books', 'learners', 'projects'] as const).flatMap((kind) =>
      entryIds(kind)
        .filter((id) => readInput(`${kind}/${id}.md`).includes(word))
        .map((id) => `/${kind}/${id}/`),
    );
  const eventHolding = (word: string) => {
    const ids = entryIds('events').filter((id) => readInput(`events/${id}.md`).includes(word));
    expect(ids, word).toHaveLength(1);
    return `/events/${ids[0]}/`;
  };

  it('shows the pages holding some of its words, the most first, and names the words found nowhere, in the normal view and in 大字模式', async () => {
    const opera = eventHolding('粤剧');
    const diaolou = eventHolding('碉楼');
    // A resident asking for two things at once, which no page holds together, and a price no page gives.
    expect(inputs.filter((text) => text.includes('粤剧') && text.includes('碉楼'))).toEqual([]);
    expect(inputs.filter((text) => text.includes('票价'))).toEqual([]);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      const both = await searchFor(reader, server.origin, '粤剧 碉楼');
      expect(both.state).toBe('results');
      expect(both.urls.slice(0, 2).sort()).toEqual([opera, diaolou].sort());
      expect(both.status).toContain(fillMessage(t.search.partial.intro, { query: '粤剧 碉楼' }));
      expect(both.status).toContain('“粤剧”“碉楼”');
      expect(both.status).not.toContain(fillMessage(t.search.partial.missing, { words: '' }).slice(1));
      // Pagefind passes over a word that is on no page when the others are found together; not when they are apart.
      const price = await searchFor(reader, server.origin, '粤剧 碉楼 票价多少');
      expect(price.state).toBe('results');
      expect(price.urls.slice(0, 2).sort()).toEqual([opera, diaolou].sort());
      expect(price.status).toContain(fillMessage(t.search.partial.missing, { words: '票价' }));
      expect(price.status).toContain('“粤剧”“碉楼”');
      // Typed without a space, which the segmenter may cut into characters: the part no page holds is still named.
      const joined = await searchFor(reader, server.origin, '粤剧票价');
      expect(joined.urls[0]).toBe(opera);
      expect(joined.status).toContain(fillMessage(t.search.partial.missing, { words: '票价' }));
      await reader.close();
    }
  });

  it('names a place the segmenter cuts (陈家祠: 陈 and 家祠) whole, and asks for no word 去 before it', async () => {
    const chenjiaci = eventHolding('陈家祠');
    expect(inputs.filter((text) => text.includes('门票'))).toEqual([]);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      const ticket = await searchFor(reader, server.origin, '陈家祠门票');
      expect(ticket.urls[0]).toBe(chenjiaci);
      expect(ticket.status).toContain(fillMessage(t.search.partial.missing, { words: '门票' }));
      expect(ticket.status).toContain('“陈家祠”');
      expect(ticket.status).not.toContain('“家祠”');
      // Found whole: the page holds every word but 去, which asks for none.
      const going = await searchFor(reader, server.origin, '去陈家祠');
      expect(going.urls).toEqual([chenjiaci]);
      expect(going.status).not.toContain(fillMessage(t.search.partial.intro, { query: '去陈家祠' }));
      await reader.close();
    }
  });

  it('names what no page holds after a name the segmenter cuts short (读书会门票: 读书, 会, 门, 票), not that name’s last character with it, and what the results hold', async () => {
    const readingClubs = entryPagesHolding('读书会');
    expect(readingClubs.length).toBeGreaterThan(0);
    // Pages about 读书 that are no 读书会: the results are named as holding either.
    expect(entryPagesHolding('读书').filter((page) => !readingClubs.includes(page)).length).toBeGreaterThan(0);
    expect(inputs.filter((text) => text.includes('门票'))).toEqual([]);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      const tickets = await searchFor(reader, server.origin, '读书会门票');
      expect(readingClubs).toContain(tickets.urls[0]);
      expect(tickets.status).toContain(fillMessage(t.search.partial.missing, { words: '门票' }));
      expect(tickets.status).not.toContain('“会门票”');
      expect(tickets.status).toContain('“读书”“读书会”');
      await reader.close();
    }
  });

  it('shows only the pages that hold a word as written, not those holding its characters apart (养生: 素养, 学生)', async () => {
    const holding = entryPagesHolding('养生');
    expect(holding.length).toBeGreaterThan(0);
    expect(inputs.some((text) => text.includes('养') && !text.includes('养生'))).toBe(true);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      const fitness = await searchFor(reader, server.origin, '养生');
      expect(fitness.urls.sort()).toEqual(holding.sort());
      await reader.close();
    }
  });

  it('does not take a word as found on a page that holds its characters only apart, and names it', async () => {
    // 编程 (programming): 编 (总编) and 程 (课程) are on pages, the word on none; 少儿 is what pages for 青少年 are found by.
    expect(inputs.filter((text) => text.includes('编程'))).toEqual([]);
    expect(inputs.some((text) => text.includes('编')) && inputs.some((text) => text.includes('程'))).toBe(true);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      const coding = await searchFor(reader, server.origin, '少儿编程');
      expect(coding.status).toContain(fillMessage(t.search.partial.intro, { query: '少儿编程' }));
      expect(coding.status).toContain(fillMessage(t.search.partial.missing, { words: '编程' }));
      await reader.close();
    }
  });

  it('keeps a kind’s name whole beside a word no page holds (聋哑人学习之星), and lists that kind first, in the normal view and in 大字模式', async () => {
    // The kind's name as the search's shortcuts name the learners; the segmenter cuts it (学习/之/星), and 学习 is on nearly every page.
    const name = t.search.shortcuts.sections.learners[0];
    expect(inputs.filter((text) => /[聋哑]/u.test(text))).toEqual([]);
    const learners = entryIds('learners').map((id) => `/learners/${id}/`);
    const ceremonies = entryIds('events').filter((id) => readInput(`events/${id}.md`).includes(name));
    // The premise: pages of other kinds hold the name too.
    expect(ceremonies.length).toBeGreaterThan(0);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      const asked = await searchFor(reader, server.origin, `聋哑人${name}`);
      expect(asked.state).toBe('results');
      // 下面是含有“学习之星”的 N 条结果: the name found whole, not 学习 and 之星.
      expect(asked.status).toContain(fillMessage(t.search.partial.one.split('{count}')[0]!, { words: name }));
      // Every learner's page names the kind (its heading's section); they come before the ceremonies that name it too.
      expect(asked.urls.slice(0, 5).filter((url) => !learners.includes(url))).toEqual([]);
      await reader.close();
    }
  });

  it('finds nothing for a word no page holds, not the pages holding one of its characters, and names it beside a word pages hold', async () => {
    // 聋哑人 (deaf people): 人 is on many pages, 聋 and 哑 on none, and Pagefind leaves out a character it has no word for.
    expect(inputs.some((text) => text.includes('人'))).toBe(true);
    expect(inputs.filter((text) => /[聋哑]/u.test(text))).toEqual([]);
    const none = await searchFor(page, server.origin, '聋哑人');
    expect(none.state).toBe('none');
    expect(none.urls).toEqual([]);
    expect(none.noneMessage).toContain(fillMessage(t.search.noResults, { query: '聋哑人' }));
    // Nor does it offer the cities of the pages with 人 to narrow nothing down.
    expect(await page.locator('input[name="city"]').count()).toBe(0);
    const phone = await searchFor(page, server.origin, '聋哑人 手机');
    expect(phone.state).toBe('results');
    // The browser's segmenter may take 聋哑人 whole or as 聋哑 and 人 (a character alone is not searched).
    const [open, close] = t.search.partial.missing.split('{words}');
    expect(phone.status).toMatch(new RegExp(`${open}聋哑人?${close}`, 'u'));
    expect(phone.urls.length).toBeGreaterThan(0);
    for (const url of phone.urls)
      expect(readHtml(FIXTURE_SITE, join(url, 'index.html')).querySelector('main')!.text, url).toContain('手机');
  });
});

describe('the search page', () => {
  it('applies filters from the URL and ticks their chips', async () => {
    const { urls } = await searchFor(page, server.origin, '读书', 'type=活动');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/events\//);
    expect(await page.locator('input[name="type"][value="活动"]').isChecked()).toBe(true);
  });

  it('offers a chip for the city of every result, on a search opened from a link with no filter in it', async () => {
    // A fresh page: Pagefind loaded for this search alone, as after the header's search box or a shared link.
    const fresh = await context.newPage();
    const { urls, state } = await searchFor(fresh, server.origin, '老人');
    expect(state).toBe('results');
    const cities = [...new Set(urls.map(cityOfPage).filter((city): city is string => city !== undefined))];
    expect(cities.length).toBeGreaterThan(1);
    for (const city of cities) expect(await fresh.locator(`input[name="city"][value="${city}"]`).count(), city).toBe(1);
    expect(await fresh.locator('fieldset legend').allTextContents()).toEqual(
      expect.arrayContaining([t.search.filters.type, t.search.filters.city, t.search.filters.audience]),
    );
    await fresh.close();
  });

  it('finds every page of a city by the city filter alone (no query)', async () => {
    const { urls, state } = await searchFor(page, server.origin, '', 'city=深圳市');
    expect(state).toBe('results');
    for (const url of urls) expect(cityOfPage(url), url).toBe('深圳市');
  });

  it('sorts events by date when asked', async () => {
    const { urls } = await searchFor(page, server.origin, '开幕式', 'sort=date');
    const dates = urls.map(
      (url) =>
        readHtml(FIXTURE_SITE, join(url.slice(1), 'index.html')).querySelector('[data-pagefind-sort="date"]')?.textContent ?? '',
    );
    expect(dates.length).toBeGreaterThan(3);
    expect(dates.every(Boolean)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
  });

  it('shows results as cards with type, city, date and a small cover', async () => {
    await searchFor(page, server.origin, '陈家祠');
    const card = page.locator('li[data-url="/events/2023/gz-liwan-chenjiaci-open-day/"]');
    const meta = await card.locator('.result-card__meta').textContent();
    expect(meta).toContain('活动');
    expect(meta).toContain('荔湾区');
    expect(meta).toMatch(/2023年11月\d+日/);
    const src = await card.locator('img').getAttribute('src');
    expect(src).toMatch(/^\/_astro\/.+\.webp$/);
    const image = await page.request.get(server.origin + src);
    expect(image.ok()).toBe(true);
    expect((await image.body()).length).toBeLessThan(30_000);

    await searchFor(page, server.origin, '路遥');
    const book = await page.locator('li[data-url="/books/pingfan-de-shijie/"] .result-card__meta').textContent();
    expect(book).toBe(['荐书', '路遥', '北京十月文艺出版社'].join(FACT_SEPARATOR));

    // An event across days gives both, as its card in a list does: its first day alone reads as a day long past.
    const [first, last] = [eventStartDay('2023/gz-reading-month'), eventEndDay('2023/gz-reading-month')].map((day) =>
      day.split('-').map(Number),
    );
    expect(first).not.toEqual(last);
    await searchFor(page, server.origin, '书香羊城');
    const month = await page.locator('li[data-url="/events/2023/gz-reading-month/"] .result-card__date').textContent();
    expect(month).toBe(`${first![0]}年${first![1]}月${first![2]}日 至 ${last![1]}月${last![2]}日`);
  });

  it('shows no picture for an entry without a cover, not the footer’s 党政机关网站标识', async () => {
    const id = entryIds('events').find((e) => frontMatter('events', e).cover === undefined)!;
    await searchFor(page, server.origin, String(frontMatter('events', id).title));
    const card = page.locator(`li[data-url="/events/${id}/"]`);
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('img').count()).toBe(0);
  });

  it('shows ten results at a time, and more on request', async () => {
    const first = await searchFor(page, server.origin, '终身学习');
    expect(first.urls.length).toBe(10);
    await page.click('[data-search-more]');
    await expect.poll(() => page.locator('li[data-url]').count()).toBe(20);
  });

  it('searches again as the reader types and keeps the URL linkable', async () => {
    await searchFor(page, server.origin, '');
    await page.fill('#search-q', '余华');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '余华');
    const outcome = await readOutcome(page);
    expect(outcome.urls[0]).toBe('/books/huozhe/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('余华');
  });

  it('gives a shared card, the canonical address and a printed page the query, and names it in the tab, in the normal view and in 大字模式', async () => {
    const bare = new URL('/search/', siteSettings().url).href;
    const head = (reader: Page) =>
      reader.evaluate(() => ({
        canonical: document.querySelector('link[rel="canonical"]')!.getAttribute('href'),
        ogUrl: document.querySelector('meta[property="og:url"]')!.getAttribute('content'),
        ogTitle: document.querySelector('meta[property="og:title"]')!.getAttribute('content'),
        title: document.title,
        printed: document.querySelector('.print-source')!.textContent,
      }));
    // A query is the reader's own text: markup in it stays text, and nothing in it runs.
    const hostile = '<img src=x onerror="document.title=1">读书';
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const q of ['读书', hostile]) {
        await searchFor(reader, server.origin, q);
        const shown = await head(reader);
        const named = fillMessage(t.search.titled, { query: q });
        for (const address of [shown.canonical, shown.ogUrl]) {
          const url = new URL(address!);
          expect(`${url.origin}${url.pathname}`, q).toBe(bare);
          expect([...url.searchParams], q).toEqual([['q', q]]);
        }
        expect(shown.ogTitle, q).toBe(named);
        expect(shown.title.startsWith(`${named} · `), shown.title).toBe(true);
        // On paper the address is read and typed in again: its Chinese stays Chinese.
        await reader.emulateMedia({ media: 'print' });
        expect(await reader.locator('.print-source').isVisible(), q).toBe(true);
        expect(shown.printed, q).toContain(`${bare}?q=`);
        if (q === '读书') expect(shown.printed).toContain(`${bare}?q=${q}`);
        expect(new URL(/https?:\/\/\S+/.exec(shown.printed)![0]).searchParams.get('q'), q).toBe(q);
        await reader.emulateMedia({ media: 'screen' });
        expect(await reader.locator('img[src="x"]').count(), q).toBe(0);
      }
      // The query cleared: the page is the bare search page again.
      await reader.fill('#search-q', '');
      await reader.press('#search-q', 'Enter');
      await reader.waitForFunction(() => !new URLSearchParams(location.search).has('q'));
      const cleared = await head(reader);
      expect([cleared.canonical, cleared.ogUrl]).toEqual([bare, bare]);
      expect(cleared.ogTitle).toBe(t.search.title);
      expect(cleared.title.startsWith(`${t.search.title} · `), cleared.title).toBe(true);
      expect(cleared.printed).toBe(t.site.printSource(siteSettings().name, bare));
      await reader.close();
    }
  });

  it('links a query that names a section, a kind of event, a place’s events or its counties, or how to reach the site, to its list (栏目直达), above the results, in the normal view and in 大字模式', async () => {
    // As residents type them, not as the lists are titled; the links are named by the lists' headings.
    // A city as its residents ask what is on there: the city of the fixture's first event held in a county.
    const county = entryIds('events')
      .map((id) => String(frontMatter('events', id).region))
      .find((code) => regionByCode(code)?.level === 'county')!;
    const city = cityOf(county)!;
    const place = regionByCode(county)!;
    // A county's events: its own list when it has more than its page shows, else its page's section of them.
    const countyEvents = entryIds('events').filter((id) => String(frontMatter('events', id).region) === county).length;
    const countyHref = countyEvents > REGION_EVENT_LIMIT ? `/regions/${county}/events/` : `/regions/${county}/#r-events`;
    const statsYear = dataYears('stats').at(-1)!;
    const { placeReport } = t.search.shortcuts;
    const countiesHref = `/regions/${city.code}/#r-counties`;
    // Named with their count, which answers 几个.
    const countiesHeading = `${city.name}下辖 ${countiesOf(city.code).length} 个${placeWords().divisions.county}`;
    const submissionPage = readdirSync(join(FIXTURE_CONTENT, 'pages'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => file.replace(/\.md$/u, ''))
      .find((id) => frontMatter('pages', id).action === 'submissionForm')!;
    const asked = [
      { q: `${city.shortName}有什么活动`, href: `/events/in/${city.code}/`, heading: t.events.filters.inCity(city.name) },
      // What is still to come there: the place's list alone, not all the events beside it, nor all of them twice.
      { q: `${city.shortName}最近有什么活动`, href: `/events/in/${city.code}/`, heading: t.events.filters.inCity(city.name) },
      { q: `${province().shortName}最近有什么活动`, href: '/events/', heading: t.events.title },
      { q: `${place.shortName}有什么活动`, href: countyHref, heading: t.regions.eventsHeading(`${city.name}${place.name}`) },
      // As officials ask whether a place has reported: its page's figures for the fixture's latest statistics year.
      { q: `${city.shortName}报了吗`, href: `/regions/${city.code}/#r-stats`, heading: placeReport.label(city.name, statsYear) },
      {
        q: `${place.shortName}报送情况`,
        href: `/regions/${county}/#r-stats`,
        heading: placeReport.label(`${city.name}${place.name}`, statsYear),
      },
      // And for the whole province: the latest year's statistics page.
      {
        q: `${placeWords().kind.whole}参加人数`,
        href: `/stats/${statsYear}/`,
        heading: placeReport.label(province().name, statsYear),
      },
      // A count with no place, the week's: the site is the province's.
      { q: '活动周有多少人参加', href: `/stats/${statsYear}/`, heading: placeReport.label(province().name, statsYear) },
      // Which counties the city has, in the province's words for them (县区): the list on its page.
      { q: `${city.shortName}有哪些${placeWords().divisions.countyShort}`, href: countiesHref, heading: countiesHeading },
      { q: '学习之星', href: '/learners/', heading: t.learners.title },
      { q: '學習之星', href: '/learners/', heading: t.learners.title },
      { q: '有没有适合老人的活动', href: '/events/for/elderly/', heading: t.events.filters.forAudience(t.audiences.elderly) },
      // Said as the reader says it, not as the list is named (年纪大了 is 老人 in the pages' words).
      { q: '年纪大了有什么活动', href: '/events/for/elderly/', heading: t.events.filters.forAudience(t.audiences.elderly) },
      { q: '线下活动', href: '/events/offline/', heading: t.events.filters.byMode(t.events.filters.modes.offline) },
      // Journalists' words for the press page, which the index leaves out.
      { q: '下载原图', href: '/media/', heading: t.media.title },
      { q: '怎么参加活动周', href: '/events/', heading: t.events.title },
      { q: '接下来有什么活动', href: '/events/', heading: t.events.title },
      // A city's staff sending their material: the page with the forms, its title from the fixture's front matter.
      { q: '怎么投稿', href: `/${submissionPage}/`, heading: String(frontMatter('pages', submissionPage).title) },
      // How to reach the site: the footer's contact line, which the fixture's identity gives.
      { q: '网站联系电话', href: '#site-contact', heading: t.site.identity.contact },
      { q: '书单', href: '/books/', heading: t.books.title },
    ];
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      // Each query typed into the open page's box, as a reader asks one after another.
      for (const { q, href, heading } of asked) {
        const outcome = await searchAgain(reader, server.origin, q);
        const links = await shortcutLinks(reader);
        expect(links, q).toEqual([[href, heading]]);
        // From the colon of 栏目直达： to the link: the colon's own half space, nothing added (as the pager's 上一篇：).
        const afterColon = await reader.locator('[data-search-shortcuts]').evaluate((row) => {
          const label = row.firstElementChild!.firstChild as Text;
          const range = document.createRange();
          range.setStart(label, label.data.lastIndexOf('：'));
          range.setEnd(label, label.data.lastIndexOf('：') + 1);
          const colon = range.getBoundingClientRect();
          const link = row.querySelector('a')!.getClientRects()[0]!;
          const middle = colon.top + colon.height / 2;
          return middle > link.top && middle < link.bottom ? link.left - colon.right : 0;
        });
        expect(afterColon, q).toBeLessThanOrEqual(1);
        const shortcut = (await reader.locator('[data-search-shortcuts]').boundingBox())!;
        if (outcome.urls.length > 0)
          expect(shortcut.y + shortcut.height, q).toBeLessThanOrEqual((await reader.locator('li[data-url]').first().boundingBox())!.y);
      }
      await reader.locator('[data-search-shortcuts] a').click();
      await reader.waitForURL(`${server.origin}/books/`);
      expect(await reader.locator('h1').textContent()).toBe(t.books.title);
      // A search for a thing, not a list, gets none, nor one for a thing in the city.
      for (const q of ['陈家祠', `${city.shortName}大学有什么活动`]) {
        await searchAgain(reader, server.origin, q);
        expect(await reader.locator('[data-search-shortcuts]').isVisible(), q).toBe(false);
      }
      // The contact link goes to the footer's contact line, as the fixture's identity says it.
      const contact = readInputJson<{ identity: { contact: string } }>('data/site.json').identity.contact;
      await searchAgain(reader, server.origin, '联系电话');
      expect((await reader.locator('#site-contact').textContent())!.replace(/\s+/gu, '')).toBe(contact.replace(/\s+/gu, ''));
      // The counties' link goes to the list of them, each there.
      await reader.goto(`${server.origin}${countiesHref}`);
      expect(await reader.locator('section[aria-labelledby="r-counties"] li a').allTextContents()).toEqual(
        countiesOf(city.code).map((c) => c.name),
      );
      await reader.close();
    }
  });

  it('links a query that names a day (11月25号, 18号, 明天, 周六, 下周六, 上周六) or a month (十一月) to that day or month in the events calendar, or says no event begins on it and links the next day one does, in the normal view and in 大字模式', async () => {
    // The fixture's days by the events that begin on them, as their front matter gives the start.
    const byDay = new Map<string, { id: string; title: string }[]>();
    for (const id of entryIds('events')) {
      const day = eventStartDay(id);
      byDay.set(day, [...(byDay.get(day) ?? []), { id, title: String(frontMatter('events', id).title) }]);
    }
    const [day, events] = [...byDay].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))[0]!;
    const titles = events.map((e) => e.title);
    // Every one of them in the day's cell, which lists DAY_CELL_LIMIT at most.
    expect(titles.length).toBeGreaterThan(1);
    expect(titles.length).toBeLessThanOrEqual(DAY_CELL_LIMIT);
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    const emptyDay = [...Array(28).keys()]
      .map((i) => `${day.slice(0, 8)}${String(i + 1).padStart(2, '0')}`)
      .find((d) => !byDay.has(d))!;
    // As residents type it: the day without its year (the week's, in site.json), a question around it.
    const weekYear = siteSettings().year;
    expect(year).toBe(weekYear);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      const found = await searchFor(reader, server.origin, `${month}月${date}号有什么活动`);
      // Pages print the day as 11月25日, never 11月25号: the day's events are among the results all the same.
      expect(events.filter((e) => !found.urls.includes(`/events/${e.id}/`)).map((e) => e.id)).toEqual([]);
      const link = reader.locator('[data-search-shortcuts] a').first();
      expect(await link.textContent()).toBe(fillMessage(t.search.shortcuts.day, { date: `${year}年${month}月${date}日` }));
      await link.click();
      await reader.waitForURL(`${server.origin}/events/calendar/${day.slice(0, 7)}/#day-${day}`);
      // The day's cell, which the link scrolls to, lists the events that begin on it.
      const cell = reader.locator(`[id="day-${day}"]`);
      expect(await cell.getAttribute('data-calendar-day')).toBe(day);
      const listed = (await cell.locator('a').allTextContents()).map((text) => text.trim());
      for (const title of titles)
        expect(
          listed.some((text) => text.includes(title)),
          title,
        ).toBe(true);
      expect(await cell.evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
      // 明天, on the day before, by the reader's clock (Beijing time).
      const dayBefore = new Date(new Date(`${day}T10:00:00+08:00`).getTime() - 86_400_000);
      await reader.clock.setFixedTime(dayBefore);
      await searchFor(reader, server.origin, '明天有什么活动');
      expect(await firstShortcutHref(reader)).toBe(`/events/calendar/${day.slice(0, 7)}/#day-${day}`);
      // 周六, on the Thursday before, by the reader's clock: the coming Saturday.
      const saturday = [...byDay.keys()].filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 6).sort()[0]!;
      await reader.clock.setFixedTime(new Date(new Date(`${saturday}T10:00:00+08:00`).getTime() - 2 * 86_400_000));
      await searchFor(reader, server.origin, '周六有什么活动');
      expect(await firstShortcutHref(reader)).toBe(`/events/calendar/${saturday.slice(0, 7)}/#day-${saturday}`);
      // 下周六, on a Monday: not the coming Saturday, but the one after (a week of Monday to Sunday).
      const monday = new Date(new Date(`${saturday}T10:00:00+08:00`).getTime() - 5 * 86_400_000 - 7 * 86_400_000);
      await reader.clock.setFixedTime(monday);
      const nextSaturday = await searchFor(reader, server.origin, '下周六有什么活动');
      expect(await firstShortcutHref(reader)).toBe(`/events/calendar/${saturday.slice(0, 7)}/#day-${saturday}`);
      // The coming Saturday, before the first one events begin on, has none: it is not the day read.
      expect(nextSaturday.status, nextSaturday.status).not.toContain(t.search.shortcuts.quietDays.split('{days}')[1]);
      // 上周六, on the Wednesday after that Saturday: the Saturday gone, not the coming one.
      await reader.clock.setFixedTime(new Date(new Date(`${saturday}T10:00:00+08:00`).getTime() + 4 * 86_400_000));
      await searchFor(reader, server.origin, '上周六有什么活动');
      expect(await firstShortcutHref(reader)).toBe(`/events/calendar/${saturday.slice(0, 7)}/#day-${saturday}`);
      // 周三, as residents say a weekday (pages print 星期三), on the Monday before: that Wednesday.
      const wednesday = [...byDay.keys()].filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 3).sort()[0]!;
      await reader.clock.setFixedTime(new Date(new Date(`${wednesday}T10:00:00+08:00`).getTime() - 2 * 86_400_000));
      await searchFor(reader, server.origin, '周三有什么活动');
      expect(await firstShortcutHref(reader)).toBe(`/events/calendar/${wednesday.slice(0, 7)}/#day-${wednesday}`);
      // A day named without its month (18号), on the day before, by the reader's clock: this month's.
      await reader.clock.setFixedTime(dayBefore);
      await searchFor(reader, server.origin, `${date}号有什么活动`);
      expect(await firstShortcutHref(reader)).toBe(`/events/calendar/${day.slice(0, 7)}/#day-${day}`);
      // A month named without a day, in Chinese numerals as voice input writes it: its page of the calendar.
      const inNumerals = (n: number) => (n <= 10 ? '一二三四五六七八九十'[n - 1]! : `十${'一二'[n - 11]}`);
      const monthAsked = await searchFor(reader, server.origin, `${inNumerals(month)}月有什么活动`);
      expect(await shortcutLinks(reader), monthAsked.status).toEqual([
        [`/events/calendar/${day.slice(0, 7)}/`, t.search.shortcuts.day.replace('{date}', `${year}年${month}月`)],
      ]);
      // A day no event begins on gets no link to an empty cell: the status says so first, and the link goes to the next day one does.
      const [, m, d] = emptyDay.split('-').map(Number) as [number, number, number];
      const nextDay = [...byDay.keys()].filter((other) => other > emptyDay).sort()[0]!;
      const quiet = await searchFor(reader, server.origin, `${m}月${d}日有什么活动`);
      expect(quiet.status.startsWith(t.search.shortcuts.quietDays.replace('{days}', `${year}年${m}月${d}日`)), quiet.status).toBe(
        true,
      );
      expect(await reader.locator('[data-search-shortcuts] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        `/events/calendar/${nextDay.slice(0, 7)}/#day-${nextDay}`,
      ]);
      // 今天, after the last day events begin on: said so, and no link to a day.
      const lastDay = [...byDay.keys()].sort().at(-1)!;
      await reader.clock.setFixedTime(new Date(`${lastDay}T10:00:00+08:00`).getTime() + 3 * 86_400_000);
      const today = await searchFor(reader, server.origin, '今天有什么活动');
      const [ly, lm, ld] = new Date(new Date(`${lastDay}T00:00:00Z`).getTime() + 3 * 86_400_000)
        .toISOString()
        .slice(0, 10)
        .split('-')
        .map(Number);
      expect(today.status.startsWith(t.search.shortcuts.quietDays.replace('{days}', `${ly}年${lm}月${ld}日`)), today.status).toBe(
        true,
      );
      expect(await reader.locator('[data-search-shortcuts] a[href*="#day-"]').count()).toBe(0);
      // 这周, on a Monday after the last day events begin on: the week's seven days, said as its first and last.
      const laterMonday = [...Array(7).keys()]
        .map((i) => new Date(new Date(`${lastDay}T00:00:00Z`).getTime() + (i + 1) * 86_400_000))
        .find((date) => date.getUTCDay() === 1)!;
      const sundayAfter = new Date(laterMonday.getTime() + 6 * 86_400_000);
      await reader.clock.setFixedTime(new Date(`${laterMonday.toISOString().slice(0, 10)}T10:00:00+08:00`));
      const week = await searchFor(reader, server.origin, '这周有什么活动');
      const inWords = (date: Date) => `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
      const weekSaid = t.search.shortcuts.quietDays.replace('{days}', `${inWords(laterMonday)}${t.dates.to}${inWords(sundayAfter)}`);
      expect(week.status.startsWith(weekSaid), week.status).toBe(true);
      await reader.close();
    }
  });

  it('names the events over several days still on, on a day none begins on, and none on a day one does, in the normal view and in 大字模式', async () => {
    // From the fixture's front matter: the events over several days, not called off, and a day inside one that no event begins on.
    const starts = new Set(entryIds('events').map((id) => eventStartDay(id)));
    const spans = entryIds('events')
      .filter((id) => eventStartDay(id) !== eventEndDay(id) && frontMatter('events', id).status === undefined)
      .map((id) => ({ href: `/events/${id}/`, start: eventStartDay(id), end: eventEndDay(id) }));
    const daysOf = ({ start, end }: { start: string; end: string }) =>
      [...Array(400).keys()]
        .map((i) => new Date(Date.parse(`${start}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10))
        .filter((day) => day <= end);
    const quiet = spans.flatMap(daysOf).find((day) => !starts.has(day))!;
    const under = spans.filter(({ start, end }) => start <= quiet && quiet <= end).map(({ href }) => href);
    expect(under.length).toBeGreaterThan(0);
    const [year, month, date] = quiet.split('-').map(Number) as [number, number, number];
    const busy = [...starts].sort()[0]!;
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      await searchAgain(reader, server.origin, `${year}年${month}月${date}日有什么活动`);
      const box = reader.locator('[data-search-under-way]');
      await expect.poll(() => box.isVisible()).toBe(true);
      const hrefs = await box.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toHaveLength(Math.min(UNDER_WAY_SHOWN, under.length));
      for (const href of hrefs) expect(under).toContain(href);
      const more = box.locator('[data-search-under-way-more]');
      expect(await more.isVisible()).toBe(under.length > UNDER_WAY_SHOWN);
      if (under.length > UNDER_WAY_SHOWN)
        expect(await more.textContent()).toBe(fillMessage(t.search.underWay.more, { count: under.length - UNDER_WAY_SHOWN }));
      // The status, which screen readers hear, says the list is there; on screen the list says it.
      const status = reader.locator('[data-search-status]');
      const heard = fillMessage(t.search.underWay.said, { count: under.length });
      await expect.poll(() => status.textContent()).toContain(heard);
      expect(await status.getByText(heard).evaluate((el) => el.getBoundingClientRect().width <= 1)).toBe(true);
      // Right under the sentence that no event begins on the day.
      const [said, listed] = await Promise.all([status.boundingBox(), box.boundingBox()]);
      expect(listed!.y).toBeGreaterThanOrEqual(said!.y + said!.height);
      // A day events begin on: its cell answers, and the box is gone.
      const [by, bm, bd] = busy.split('-').map(Number) as [number, number, number];
      await searchAgain(reader, server.origin, `${by}年${bm}月${bd}日有什么活动`);
      expect(await box.isHidden()).toBe(true);
      expect(await status.textContent()).not.toContain(heard);
      await reader.close();
    }
  });

  it('answers a query that asks when the week is with its dates, linked to its first day in the events calendar, in the normal view and in 大字模式', async () => {
    // The week's dates as the fixture's settings give them, in the words pages print days in.
    const { weekStart, weekEnd } = siteSettings();
    const inWords = (day: string) => {
      const [year, month, date] = day.split('-').map(Number) as [number, number, number];
      return `${year}年${month}月${date}日`;
    };
    // The calendar has the week's month when a fixture event begins in it.
    expect(entryIds('events').some((id) => eventStartDay(id).startsWith(weekStart.slice(0, 7)))).toBe(true);
    const href = `/events/calendar/${weekStart.slice(0, 7)}/#day-${weekStart}`;
    const notices = readdirSync(join(FIXTURE_CONTENT, 'pages', 'notices'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => `/notices/${file.replace(/\.md$/u, '')}/`)
      .sort();
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      // As residents ask it; no page holds those words together, so the results alone do not answer.
      for (const q of ['活动周什么时候开始', '今年活动周几号']) {
        const outcome = await searchAgain(reader, server.origin, q);
        const links = await shortcutLinks(reader);
        expect(links, q).toEqual([[href, t.search.shortcuts.week(`${inWords(weekStart)} 至 ${inWords(weekEnd)}`)]]);
        // The pages that give the week's dates, the notices, come before the ceremonies with 活动周 in their titles.
        expect(outcome.urls.slice(0, notices.length).sort(), q).toEqual(notices);
      }
      await reader.locator('[data-search-shortcuts] a').click();
      await reader.waitForURL(server.origin + href);
      const cell = reader.locator(`[id="day-${weekStart}"]`);
      expect(await cell.evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
      // The week named without asking when, and 周日 inside the week's 日程, get no link of days.
      for (const q of ['活动周', '活动周日程']) {
        await searchAgain(reader, server.origin, q);
        const hrefs = await reader.locator('[data-search-shortcuts] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(
          hrefs.filter((link) => link?.includes('#day-')),
          q,
        ).toEqual([]);
      }
      await reader.close();
    }
  });

  it('answers a query that asks the week’s theme with the theme, linked to the home page that leads with it, in the normal view and in 大字模式', async () => {
    const { year, theme } = siteSettings();
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const q of ['今年的主题是什么', '活动周主题']) {
        await searchAgain(reader, server.origin, q);
        const links = await shortcutLinks(reader);
        expect(links, q).toEqual([['/', t.search.shortcuts.theme(year, theme)]]);
      }
      await reader.locator('[data-search-shortcuts] a').click();
      await reader.waitForURL(`${server.origin}/`);
      expect(await reader.locator('h1').textContent()).toBe(theme);
      // The themed reading events are a kind of event, not the week's theme.
      await searchAgain(reader, server.origin, '今年主题阅读活动');
      const labels = await reader.locator('[data-search-shortcuts] a').allTextContents();
      expect(labels.filter((label) => label.includes(theme))).toEqual([]);
      await reader.close();
    }
  });

  it('lists the pages of a kind first when the query names that kind and nothing else, in the normal view and in 大字模式', async () => {
    const asked = [
      { q: '学习之星', collection: 'learners' },
      { q: '有没有书单', collection: 'books' },
      { q: '品牌项目', collection: 'projects' },
      // Books for the reader, or of a kind: 书 is all that is left once 适合我 and 有意思的 go.
      { q: '适合我的书', collection: 'books' },
      { q: '有意思的书', collection: 'books' },
    ];
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const { q, collection } of asked) {
        const pages = new Set(entryIds(collection).map((id) => `/${collection}/${id}/`));
        const { urls } = await searchAgain(reader, server.origin, q);
        const shown = Math.min(pages.size, urls.length);
        expect(shown, q).toBeGreaterThan(0);
        expect(
          urls.slice(0, shown).filter((url) => !pages.has(url)),
          q,
        ).toEqual([]);
      }
      await reader.close();
    }
  });

  it('lists events first when the query says when (周末学技能), not a project whose page says its courses are at weekends, in the normal view and in 大字模式', async () => {
    // A brand project or a learner of the fixture that says 周末: the page a when-word would put first by its words alone.
    const saysWeekend = (['projects', 'learners', 'books'] as const).flatMap((collection) =>
      entryIds(collection)
        .filter((id) => readInput(`${collection}/${id}.md`).includes('周末'))
        .map((id) => `/${collection}/${id}/`),
    );
    expect(saysWeekend.length).toBeGreaterThan(0);
    const timed = (url: string) => url.startsWith('/events/') || url.startsWith('/lighting/');
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const q of ['周末学技能', '周末职工培训']) {
        const { urls } = await searchAgain(reader, server.origin, q);
        expect(
          urls.some((url) => saysWeekend.includes(url)),
          q,
        ).toBe(true);
        expect(urls.some(timed), q).toBe(true);
        const firstOther = urls.findIndex((url) => !timed(url));
        expect(urls.slice(firstOther).filter(timed), q).toEqual([]);
      }
      await reader.close();
    }
  });

  it('finds first the events whose venue says what it offers a reader in a wheelchair, for 坐轮椅能去吗, 腿脚不好 and 残疾人, in the normal view and in 大字模式', async () => {
    const accessible = entryIds('events')
      .filter((id) => (frontMatter('events', id) as { venue?: { accessibility?: string } }).venue?.accessibility)
      .map((id) => `/events/${id}/`);
    expect(accessible.length, 'the fixture has one').toBeGreaterThan(0);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const q of [
        '坐轮椅能去吗',
        '我妈腿脚不好有什么活动能去',
        '有无障碍设施的活动',
        '轮椅能进吗',
        '坐轮椅方便吗',
        // No page says 残疾人: the index gives it to the pages that say 无障碍 (synonyms.json, broader).
        '有没有适合残疾人的活动',
        '残障人士能参加吗',
      ]) {
        const { urls, status } = await searchAgain(reader, server.origin, q);
        expect(urls.slice(0, accessible.length).sort(), q).toEqual([...accessible].sort());
        // Found whole: 残疾人的活动 is not searched for the 人的 the segmenter cuts it into (wholeQueryTerms).
        expect(status, q).not.toContain(t.search.partial.intro.split('“')[0]);
        // Each card says why, as the lists' cards do: its facts end in 无障碍, and no other card's.
        for (const url of urls.slice(0, 5)) {
          const facts = (await reader.locator(`li[data-url="${url}"] .result-card__meta`).textContent()) ?? '';
          expect(facts.trim().endsWith(t.search.accessibleWord), `${q}: ${url}`).toBe(accessible.includes(url));
        }
      }
      await reader.close();
    }
  });

  it('keeps 无障碍 whole when a query is searched word by word, not the pages that hold only its 障碍, in the normal view and in 大字模式', async () => {
    const word = t.search.accessibleWord;
    const part = word.slice(1);
    // The premise: a page holds 障碍 without 无障碍 (a book), and the place asked for says nothing of its access.
    const partOnly = (['events', 'books', 'learners', 'projects'] as const).flatMap((collection) =>
      entryIds(collection)
        .filter((id) => readInput(`${collection}/${id}.md`).replaceAll(word, '').includes(part))
        .map((id) => `/${collection}/${id}/`),
    );
    expect(partOnly.length).toBeGreaterThan(0);
    const place = '陈家祠';
    expect(
      entryIds('events').filter((id) => readInput(`events/${id}.md`).includes(place) && readInput(`events/${id}.md`).includes(word)),
    ).toEqual([]);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      const asked = await searchFor(reader, server.origin, `${place}有无障碍设施吗`);
      expect(asked.state).toBe('results');
      expect(asked.urls.filter((url) => partOnly.includes(url))).toEqual([]);
      expect(asked.status).not.toContain(`“${part}”`);
      await reader.close();
    }
  });

  it('says search needs JavaScript, and offers the sections, when JavaScript is off', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${server.origin}/search/?q=${encodeURIComponent('读书')}`);
    const text = await plain.locator('main').innerText();
    expect(text).toContain(t.search.noJs);
    expect(await plain.locator('.search-browse a[href="/books/"]').isVisible()).toBe(true);
    await noJs.close();
  });
});

describe('the search page with a keyboard and a screen reader', () => {
  it('keeps the focus on a filter chip the reader ticks with the keyboard', async () => {
    await searchFor(page, server.origin, '活动');
    await page.locator('[data-search-filters] > summary').click();
    const chip = page.locator('[data-filter-groups] input[type="checkbox"]').first();
    const [name, value] = await Promise.all([chip.getAttribute('name'), chip.getAttribute('value')]);
    await chip.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((n) => new URLSearchParams(location.search).has(n), name!);
    await readOutcome(page);
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      return active instanceof HTMLInputElement ? { name: active.name, value: active.value, checked: active.checked } : undefined;
    });
    expect(focused).toEqual({ name, value, checked: true });
  });

  it('does not search the letters a pinyin keyboard types before the reader picks the word', async () => {
    await searchFor(page, server.origin, '');
    const box = page.locator('#search-q');
    await box.dispatchEvent('compositionstart');
    await box.evaluate((input: HTMLInputElement) => {
      input.value = 'dushu';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: 'dushu' }));
    });
    await page.waitForTimeout(700);
    expect(new URL(page.url()).searchParams.get('q') ?? '').toBe('');
    // The word picked: now it is searched.
    await box.evaluate((input: HTMLInputElement) => {
      input.value = '读书';
      input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '读书' }));
    });
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '读书');
    expect((await readOutcome(page)).state).toBe('results');
  });

  it('moves the reader to the first of the results a press of 显示更多结果 adds', async () => {
    await searchFor(page, server.origin, '终身学习');
    await page.focus('[data-search-more]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('li[data-url]').count()).toBe(20);
    const focused = await page.evaluate(() => document.activeElement?.closest('li[data-url]')?.getAttribute('data-url'));
    expect(focused).toBe(await page.locator('li[data-url]').nth(10).getAttribute('data-url'));
  });

  it('says in its status line, which a screen reader announces, when search cannot run', async () => {
    const offline = await browser.newContext({ locale: 'zh-CN' });
    await offline.route('**/pagefind/**', (route) => route.abort());
    const reader = await offline.newPage();
    const outcome = await searchFor(reader, server.origin, '读书');
    expect(outcome.state).toBe('error');
    expect(await reader.locator('[role="status"][data-search-status]').textContent()).toBe(t.search.unavailable);
    await offline.close();
  });
});

describe('the search page’s layout', () => {
  it('does not move when the results arrive, in the normal view and in 大字模式 (no layout shift)', async () => {
    for (const large of [false, true]) {
      const shifts = await context.newPage();
      // Every layout shift the page makes from its first paint on, as the browser reports it (CLS's inputs).
      await shifts.addInitScript(
        ({ large, key }: { large: boolean; key: string }) => {
          if (large) localStorage.setItem(key, '1');
          const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
          w.shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as {
              value: number;
              hadRecentInput: boolean;
              sources?: { node?: Node }[];
            }[]) {
              if (entry.hadRecentInput) continue;
              const sources = (entry.sources ?? []).map((s) =>
                s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName),
              );
              w.shifts.push({ value: entry.value, sources });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        },
        { large, key: LARGE_TEXT_KEY },
      );
      for (const q of ['读书', '老人学手机', 'zzzz魑魅魍魉zzzz']) {
        await searchFor(shifts, server.origin, q);
        await shifts.waitForTimeout(300);
        const moved = await shifts.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
        const total = moved.reduce((sum, s) => sum + s.value, 0);
        expect(total, `${large ? '大字模式 ' : ''}${q}: ${JSON.stringify(moved)}`).toBeLessThan(0.01);
      }
      await shifts.close();
    }
  });
});

/** How far `below` starts under the last line of the search's answer above it (px). */
const gapAbove = (reader: Page, below: string) =>
  reader.evaluate((selector) => {
    const next = document.querySelector(selector)!;
    const answer = document.querySelector('[data-search-answer]')!;
    const above = [...answer.children].filter((child) => child !== next && !child.contains(next));
    const bottoms = above.flatMap((child) => [...child.getClientRects()]).map((rect) => rect.bottom);
    return next.getBoundingClientRect().top - Math.max(...bottoms);
  }, below);

describe('the room kept for the search’s answer', () => {
  it('shows the tips of a search that finds nothing right under its message, and the sections to browse right under them', async () => {
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      await searchFor(reader, server.origin, 'zzzz魑魅魍魉zzzz');
      const tips = (await reader.locator('[data-search-none]').boundingBox())!;
      const status = (await reader.locator('[data-search-status]').boundingBox())!;
      expect(tips.y, large ? '大字模式' : '').toBeLessThan(status.y + status.height + 100);
      // Without a click: the reader who finds nothing sees where to go next at once.
      expect(await reader.locator('.search-browse a').first().isVisible()).toBe(true);
      expect(await gapAbove(reader, '.search-browse'), large ? '大字模式' : '').toBeLessThan(100);
      // The room left under them goes at the reader's first click.
      await reader.locator('h1').click();
      expect(await gapAbove(reader, '.site-footer')).toBeLessThan(200);
      await reader.close();
    }
  });

  it('gives back the room at once when the results reach the bottom of the screen, so no empty screen follows them', async () => {
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      const { urls } = await searchFor(reader, server.origin, '读书');
      expect(urls.length).toBeGreaterThan(5);
      expect(await gapAbove(reader, '.search-browse'), large ? '大字模式' : '').toBeLessThan(100);
      expect(await gapAbove(reader, '.site-footer'), large ? '大字模式' : '').toBeLessThan(200);
      await reader.close();
    }
  });
});

describe('what search downloads, and from where', () => {
  it('loads no Pagefind file on a content page until the reader focuses the search box', async () => {
    const fresh = await browser.newContext();
    const reader = await fresh.newPage();
    const fetched: string[] = [];
    reader.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await reader.goto(`${server.origin}/events/2023/gz-reading-month/`, { waitUntil: 'networkidle' });
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await reader.focus('#site-search');
    await reader.waitForLoadState('networkidle');
    await expect.poll(() => fetched.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(0);
    await fresh.close();
  });

  it('sent no request to another host during any of these searches, and raised no script error', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('the search index', () => {
  it('finds 继续教育 only on the pages that speak of it, not on every page with a 继续 (read-aloud) button', async () => {
    // From the content: the entries (and pages: notices/x.md is /notices/x/) whose file says 继续 at all.
    const urlOf = (collection: string, id: string) => (collection === 'pages' ? `/${id}/` : `/${collection}/${id}/`);
    const saying = ['events', 'books', 'learners', 'projects', 'pages'].flatMap((collection) =>
      entryIds(collection)
        .filter((id) => readFileSync(join(FIXTURE_CONTENT, collection, `${id}.md`), 'utf8').includes('继续'))
        .map((id) => urlOf(collection, id)),
    );
    const teaching = ['events', 'projects'].flatMap((collection) =>
      entryIds(collection)
        .filter((id) => readFileSync(join(FIXTURE_CONTENT, collection, `${id}.md`), 'utf8').includes('继续教育'))
        .map((id) => `/${collection}/${id}/`),
    );
    expect(teaching.length).toBeGreaterThan(0);
    const { urls } = await searchFor(page, server.origin, '继续教育');
    expect(urls.filter((url) => !saying.includes(url))).toEqual([]);
    for (const url of teaching) expect(urls).toContain(url);
  });

  /** The fixture's entries with a cover: their addresses, and their covers' file names (./gz-opening-ceremony.jpg). */
  const covered = ['events', 'books', 'learners', 'projects'].flatMap((collection) =>
    entryIds(collection).flatMap((id) => {
      const cover = frontMatter(collection, id).cover as { src: string } | undefined;
      return cover ? [{ url: `/${collection}/${id}/`, region: String(frontMatter(collection, id).region), file: cover.src }] : [];
    }),
  );

  it('finds no page by the address of its picture or the keys of its lighting facts: the covers’ file names and types, the thumbnails’ webp, the items’ anchors', async () => {
    // The content's words, but for the covers' own lines: a word it says may find a page.
    const said = ['events', 'books', 'learners', 'projects', 'pages']
      .flatMap((collection) => entryIds(collection).map((id) => readFileSync(join(FIXTURE_CONTENT, collection, `${id}.md`), 'utf8')))
      .join('\n')
      .replace(/^\s*src:.*$/gm, '')
      .toLowerCase();
    // A place spelled in pinyin (liwan) is searched as the place (荔湾: regionPinyin), whatever the index holds.
    const places = regionPinyin();
    const latin = (text: string) =>
      [...text.toLowerCase().matchAll(/[a-z]{3,}/g)].map(([word]) => word).filter((word) => places[word] === undefined);
    const pictures = [...covered.flatMap(({ file }) => latin(file)), 'webp'].filter((word) => !said.includes(word));
    // A lighting result's facts are keyed by the items' anchors (gz-canton-tower), which the data names.
    const anchors = lightingItems(Math.max(...dataYears('lighting')))
      .flatMap((item) => latin(item.id))
      .filter((word) => !said.includes(word));
    expect(pictures).toContain('jpg');
    expect(anchors.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const word of [...new Set([...pictures.slice(0, 8), ...anchors.slice(0, 4)])]) {
      const { urls } = await searchAgain(page, server.origin, word);
      if (urls.length > 0) found.push(`${word}: ${urls.join(' ')}`);
    }
    expect(found).toEqual([]);
  });

  it('shows each result’s own cover, and no picture for a page without one (a city’s page, not a photo of an event on it)', async () => {
    const withCover = new Set(covered.map(({ url }) => url));
    const city = cityOf(covered.find(({ region }) => cityOf(region))!.region)!.name;
    await searchFor(page, server.origin, city);
    const cards = await page
      .locator('li[data-url]')
      .evaluateAll((items) =>
        items.map((li) => ({ url: (li as HTMLElement).dataset.url!, picture: li.querySelector('img')?.getAttribute('src') ?? null })),
      );
    expect(cards.some(({ url }) => url.startsWith('/regions/'))).toBe(true);
    expect(cards.filter(({ url, picture }) => (picture !== null) !== withCover.has(url))).toEqual([]);
  });

  it('leaves lists, the home page and the search page itself out', () => {
    for (const file of ['index.html', 'events/index.html', 'books/index.html', 'search/index.html', '404.html']) {
      expect(readFileSync(join(FIXTURE_SITE, file), 'utf8'), file).not.toContain('data-pagefind-body');
    }
  });
});
