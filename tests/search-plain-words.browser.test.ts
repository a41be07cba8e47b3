import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { readingModeKey } from '../src/lib/reading-modes/storage-key.ts';
import { landmarkNicknames } from '../src/lib/regions/landmark-nicknames.ts';
import { subdivisions } from '../src/lib/regions/index.ts';
import { nicknamesOf } from '../src/lib/regions/place-nicknames.ts';
import { FIXTURE_SITE } from './support/build-site.ts';
import { dataYears, entryIds, eventStartDay, readInput, readInputJson, siteSettings } from './support/fixture.ts';
import { searchAgain, searchFor } from './support/search-page.ts';
import { readHtml } from './support/site-files.ts';
import { openSiteInBrowser, type SiteInBrowser } from './support/site-in-browser.ts';
import { eveningEvents, eventsOverAWeekend, eventsStartingOn, PLAIN_QUERIES } from './search-plain-words.ts';

// Search as residents phrase it (issue 15), on the built fixture site in Chromium.
let site: SiteInBrowser;
let page: Page;
beforeAll(async () => {
  site = await openSiteInBrowser();
  page = await site.browser.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await site?.close();
});

/** A phone-sized page of its own, in 大字模式 when `large`. */
async function readerPage(large: boolean): Promise<Page> {
  const reader = await site.browser.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
  if (large) await reader.addInitScript((key: string) => localStorage.setItem(key, '1'), readingModeKey('/', 'large-text'));
  return reader;
}

/** The built page's main text, to show the words a query must find it without. */
const mainText = (url: string) => readHtml(FIXTURE_SITE, join(url, 'index.html')).querySelector('main')!.text;

/** Each query has the page among its first five results. */
async function expectInTopFive(url: string, queries: readonly string[]): Promise<void> {
  for (const q of queries) {
    const { urls, status } = await searchAgain(page, site.server.origin, q);
    expect(urls.slice(0, 5), `${q}: ${status}`).toContain(url);
  }
}

describe('search in plain words (recall@5)', () => {
  it('finds an expected page in the top five for at least 95% of the queries residents type', async () => {
    expect(PLAIN_QUERIES.length).toBeGreaterThanOrEqual(40);
    const misses: string[] = [];
    for (const { q, expect: want, case: kind } of PLAIN_QUERIES) {
      expect(want.length, q).toBeGreaterThan(0);
      const { urls } = await searchAgain(page, site.server.origin, q);
      if (!urls.slice(0, 5).some((url) => want.includes(url)))
        misses.push(`  [${kind}] ${q} → ${want.slice(0, 3).join(' ')}; got ${urls.slice(0, 5).join(' ') || '(nothing)'}`);
    }
    const recall = (PLAIN_QUERIES.length - misses.length) / PLAIN_QUERIES.length;
    console.log(`plain words: recall@5 = ${recall.toFixed(3)} (${PLAIN_QUERIES.length - misses.length}/${PLAIN_QUERIES.length})`);
    if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the page through a word it does not use, and shows the page’s own title', async () => {
    // tests/fixtures/site-guangdong/events/2023/fs-shunde-elderly-smartphone.md says 长者 and 手机, never 老人.
    const file = join('events/2023/fs-shunde-elderly-smartphone', 'index.html');
    const built = readHtml(FIXTURE_SITE, file);
    expect(built.querySelector('main')!.text).not.toContain('老人');
    const { urls, titles } = await searchFor(page, site.server.origin, '老人');
    const at = urls.indexOf('/events/2023/fs-shunde-elderly-smartphone/');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(titles[at]).toBe(built.querySelector('main h1')!.text.trim());
  });
  it('finds a class by 课程 or 培训班 though its page says 课堂, in the top five', async () => {
    const url = '/events/2023/fs-shunde-elderly-smartphone/';
    const text = mainText(url);
    expect(text).toContain('课堂');
    expect(text).not.toMatch(/课程|培训班/u);
    await expectInTopFive(url, ['老人手机课程', '手机培训班']);
  });
  it('finds a calligraphy stall by 毛笔字 or 练字, and a photography class by 拍照, though the pages say 书法 and 摄影', async () => {
    const stall = '/events/2023/gz-tianhe-opening-ceremony/';
    expect(mainText(stall)).toContain('书法');
    expect(mainText(stall)).not.toMatch(/毛笔字|练字/u);
    await expectInTopFive(stall, ['写毛笔字', '想学练字']);
    const learner = '/learners/luo-guoqiang/';
    expect(mainText(learner)).toContain('摄影');
    expect(mainText(learner)).not.toContain('拍照');
    await expectInTopFive(learner, ['老人学拍照']);
  });
  it('answers 晚上有什么活动 with the events that begin in the evening, though most of their pages print only 19:30, and finds them all', async () => {
    const evening = eveningEvents();
    // Most say their time only as 19:30 or 20:00.
    const fileOf = (url: string) => `events/${url.slice('/events/'.length, -1)}.md`;
    expect(evening.filter((url) => !readInput(fileOf(url)).includes('晚上')).length).toBeGreaterThan(1);
    const { urls, status } = await searchAgain(page, site.server.origin, '晚上有什么活动');
    // Every one of them, the first result among them (the lighting pages, lit in the evening, may come between).
    expect(urls, status).toEqual(expect.arrayContaining(evening));
    expect(evening, status).toContain(urls[0]);
  });
  it('answers 11月18日有什么活动 with the events that begin that day first, though the notices and the statistics name the week’s first day more often', async () => {
    const day = siteSettings().weekStart;
    const beginning = entryIds('events')
      .filter((id) => eventStartDay(id) === day)
      .map((id) => `/events/${id}/`);
    expect(beginning.length).toBeGreaterThan(1);
    const [, month, date] = day.split('-').map(Number);
    for (const q of [`${month}月${date}日有什么活动`, `${month}.${date}活动`]) {
      const { urls, status } = await searchAgain(page, site.server.origin, q);
      // Every one of them first; the lighting page, of what is lit that evening, may come among them.
      const first = urls.slice(0, beginning.length + 1).filter((url) => !url.includes('/lighting/'));
      expect(first.slice(0, beginning.length), `${q}: ${status} ${urls.join(' ')}`).toEqual(expect.arrayContaining(beginning));
    }
  });
  it('answers whether it costs (使唔使钱, 要不要钱) with the events whose pages say 免费, and no book of an author named 钱', async () => {
    const free = entryIds('events')
      .filter((id) => readInput(`events/${id}.md`).includes('免费'))
      .map((id) => `/events/${id}/`);
    const books = entryIds('books').map((id) => `/books/${id}/`);
    expect(books.some((url) => mainText(url).includes('钱'))).toBe(true);
    for (const q of ['使唔使钱', '要不要钱', '参加要钱吗']) {
      const { urls, status } = await searchAgain(page, site.server.origin, q);
      expect(urls.length, `${q}: ${status}`).toBeGreaterThan(0);
      expect(
        urls.slice(0, 5).every((url) => free.includes(url)),
        `${q}: ${urls.join(' ')}`,
      ).toBe(true);
      expect(
        urls.filter((url) => books.includes(url)),
        q,
      ).toEqual([]);
    }
    const lectures = free.filter((url) => url.includes('lecture'));
    for (const q of ['不要钱的讲座', '讲座唔使钱']) {
      const { urls, status } = await searchAgain(page, site.server.origin, q);
      expect(lectures, `${q}: ${status} ${urls.join(' ')}`).toContain(urls[0]);
    }
  });
  it('mends a slip of the input method (图书管, 讲坐), and says what it searched, in the normal view and in 大字模式', async () => {
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      const library = await searchAgain(reader, site.server.origin, '图书管');
      expect(library.status, library.status).toContain(t.search.respelled.replace('{query}', '图书馆'));
      expect(library.urls.length).toBeGreaterThan(0);
      for (const url of library.urls.slice(0, 5)) expect(mainText(url), url).toContain('图书馆');
      const lecture = await searchAgain(reader, site.server.origin, '讲坐');
      expect(lecture.status, lecture.status).toContain(t.search.respelled.replace('{query}', '讲座'));
      const labels = await reader.locator('[data-search-shortcuts] a').allTextContents();
      expect(labels).toContain(t.eventTypes.online_lecture);
      // What a reader meant as typed: 图书管理员 is a librarian.
      const librarian = await searchAgain(reader, site.server.origin, '图书管理员');
      expect(librarian.status).not.toContain(t.search.respelled.split('“')[0]!);
      await reader.close();
    }
  });
  it('finds a folk-song class by 学唱歌, though its pages say 山歌 and 唱段', async () => {
    const url = '/events/2023/mz-hakka-museum-open-day/';
    expect(mainText(url)).toContain('山歌');
    expect(mainText(url)).not.toContain('唱歌');
    await expectInTopFive(url, ['学唱歌', '想学唱歌']);
  });
  it('finds an essay contest by 征文比赛 or 作文比赛, though its page says 征文', async () => {
    const url = '/events/2023/gd-digital-reading-essay/';
    expect(mainText(url)).toContain('征文');
    expect(mainText(url)).not.toMatch(/比赛|作文/u);
    await expectInTopFive(url, ['征文比赛', '有没有作文比赛']);
  });
  it('finds a museum’s open day for families when a parent asks 带孩子去博物馆, though its page has no 去', async () => {
    const url = '/events/2023/mz-hakka-museum-open-day/';
    const text = mainText(url);
    expect(text).toContain('博物馆');
    expect(text).not.toContain('去');
    await expectInTopFive(url, ['带孩子去博物馆', '陪孩子去博物馆']);
  });
  it('finds a family open day when a parent asks 带娃去哪里玩, though no page says 娃 or 玩', async () => {
    const url = '/events/2023/jm-kaiping-diaolou-open-day/';
    const text = mainText(url);
    expect(text).toContain('亲子');
    expect(text).not.toMatch(/娃|玩/u);
    await expectInTopFive(url, ['带娃去哪里玩', '周末带娃去哪玩']);
  });
  it('finds a page that says 人工智能 when the resident writes AI: alone, before a word, after a character', async () => {
    const url = '/events/2023/sz-online-lecture-ai/';
    const text = mainText(url);
    expect(text).toContain('人工智能');
    expect(text).not.toMatch(/(?<![A-Za-z])AI(?![A-Za-z])/u);
    await expectInTopFive(url, ['AI', 'AI讲座', '学AI']);
    // 学 alone is on no page with AI: the page says it searched AI alone.
    const { status } = await searchAgain(page, site.server.origin, '学AI');
    const [before, after] = t.search.partial.one.split('{count}');
    expect(status).toContain(before!.replace('{words}', 'AI'));
    expect(status).toContain(after);
  });
});

describe('a landmark by what residents call it (landmark-nicknames.json)', () => {
  it('finds 广州塔’s lighting of the week’s year for 小蛮腰 first, at the tower’s own row, in both reading modes', async () => {
    const { province, year: weekYear } = readInputJson<{ province: { code: string }; year: number }>('data/site.json');
    const schedules = dataYears('lighting').map((year) => ({
      year,
      items: readInputJson<{ items: { id: string; place: string }[] }>(`data/lighting/${year}.json`).items,
    }));
    const landmark = landmarkNicknames(province.code).find((l) =>
      schedules.some(({ items }) => items.some((i) => i.place === l.name)),
    )!;
    const nickname = landmark.nicknames[0]!;
    // The tower's row on each year's schedule that lights it; the fixture never says the nickname, only the index knows it.
    const rows = new Map<string, string>(
      schedules.flatMap(({ year, items }) => {
        expect(JSON.stringify(items)).not.toContain(nickname);
        const item = items.find((i) => i.place === landmark.name);
        return item ? [[`/lighting/${year}/`, `/lighting/${year}/#${item.id}`] as const] : [];
      }),
    );
    // This year's lighting, or the latest before it: last year's schedule is no answer while this year's is out.
    const thisYears = `/lighting/${Math.max(...schedules.filter((s) => s.year <= weekYear && rows.has(`/lighting/${s.year}/`)).map((s) => s.year))}/`;
    expect(rows.size).toBeGreaterThan(1);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const q of [nickname, `${nickname}什么时候亮灯`]) {
        const { urls } = await searchFor(reader, site.server.origin, q);
        const said = `${large ? '大字模式 ' : ''}${q}: ${urls.slice(0, 5).join(' ')}`;
        expect(urls[0], said).toBe(thisYears);
        const link = reader.locator(`li[data-url="${urls[0]!}"] a`).first();
        expect(await link.getAttribute('href'), said).toBe(rows.get(urls[0]!));
        expect(await link.textContent(), said).toContain(landmark.name);
      }
      expect(await reader.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(large);
      await reader.close();
    }
  });
});

describe('Cantonese (广东话), as residents of the province type or dictate it', () => {
  it('finds the pages and the lists for 乜嘢, 边度, 睇书, 老人家 and 细路仔, which no page writes, in the normal view and in 大字模式', async () => {
    const cantonese = /乜|嘢|咩|边度|睇|老人家|细路|有冇/u;
    const city = subdivisions()[0]!;
    const smartphone = '/events/2023/fs-shunde-elderly-smartphone/';
    const opera = '/events/2023/gz-online-lecture-cantonese-opera/';
    for (const url of [smartphone, opera]) expect(mainText(url)).not.toMatch(cantonese);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const [q, url] of [
        ['老人家学手机', smartphone],
        ['有冇粤剧讲座', opera],
      ] as const) {
        const { urls, status } = await searchAgain(reader, site.server.origin, q);
        expect(urls.slice(0, 3), `${large ? '大字模式 ' : ''}${q}: ${status}`).toContain(url);
      }
      // Asked for a place's events, a kind of reader's, or the books: the list above the results, as in Mandarin.
      for (const [q, label] of [
        [`${city.shortName}有乜嘢活动`, t.events.filters.inCity(city.name)],
        ['细路仔有咩活动', t.events.filters.forAudience(t.audiences.youth)],
        ['边度可以睇书', t.books.title],
      ] as const) {
        await searchAgain(reader, site.server.origin, q);
        const links = await reader.locator('[data-search-shortcuts] a').allTextContents();
        expect(links, `${large ? '大字模式 ' : ''}${q}`).toContain(label);
      }
      expect(await reader.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(large);
      await reader.close();
    }
  });
});

describe('a city by what residents call it (place-nicknames.json)', () => {
  it('finds a city’s pages, and links its list of events, for its nickname, in the normal view and in 大字模式', async () => {
    const shenzhen = subdivisions().find((city) => city.shortName === '深圳')!;
    const [nickname] = nicknamesOf(shenzhen.code);
    const url = '/events/2023/sz-reading-month/';
    expect(mainText(url)).toContain(shenzhen.shortName);
    expect(mainText(url)).not.toContain(nickname);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      const { urls, status } = await searchAgain(reader, site.server.origin, `${nickname}读书`);
      expect(urls.slice(0, 3), `${large ? '大字模式 ' : ''}${status}`).toContain(url);
      await searchAgain(reader, site.server.origin, `${nickname}有什么活动`);
      expect(await reader.locator('[data-search-shortcuts] a').allTextContents()).toContain(t.events.filters.inCity(shenzhen.name));
      expect(await reader.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(large);
      await reader.close();
    }
  });
});

describe('a day of the week', () => {
  it('finds the events on a Saturday or a Sunday for 周末, 周六 and 礼拜天, which their pages write 星期六 and 星期日, and for 周末 the events across days on over a weekend, in the normal view and in 大字模式', async () => {
    const saturday = eventsStartingOn([6], true);
    const sunday = eventsStartingOn([0], true);
    // An event across days is on at the weekends it runs over, though its page names only its first and last day.
    const weekend = eventsOverAWeekend();
    expect(saturday.length).toBeGreaterThan(2);
    expect(sunday.length).toBeGreaterThan(2);
    // An event whose text speaks of weekends or weekdays (每周末…) may be found too; the others by the day their date falls on.
    const speaksOfDays = entryIds('events')
      .filter((id) => /周末|周[六日]|星期|礼拜/u.test(readInput(`events/${id}.md`)))
      .map((id) => `/events/${id}/`);
    expect(saturday.filter((url) => !speaksOfDays.includes(url)).length).toBeGreaterThan(2);
    expect(sunday.filter((url) => !speaksOfDays.includes(url)).length).toBeGreaterThan(2);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      for (const [q, days] of [
        ['周末活动', weekend],
        // Which weekend the site cannot tell: 这周末 searches 周末 (这周 alone would leave 末).
        ['这周末有什么活动', weekend],
        ['周六有什么活动', saturday],
        ['礼拜天', sunday],
      ] as const) {
        const { urls } = await searchAgain(reader, site.server.origin, q);
        const said = `${large ? '大字模式 ' : ''}${q}: ${urls.slice(0, 5).join(' ')}`;
        // The lighting schedule, whose nights fall on those days too, may come among them; no event of another day.
        const events = urls.slice(0, 5).filter((url) => url.startsWith('/events/'));
        expect(
          events.filter((url) => !days.includes(url) && !speaksOfDays.includes(url)),
          said,
        ).toEqual([]);
        // Among the first three events (the schedules of two years may come before them), one found by its date alone.
        expect(events.slice(0, 3).filter((url) => days.includes(url) && !speaksOfDays.includes(url)).length, said).toBeGreaterThan(0);
      }
      // Every event on at a weekend, the ones across days that start and end on weekdays too (a month of reading, an essay contest).
      await searchAgain(reader, site.server.origin, '周末有什么活动');
      while (await reader.locator('[data-search-more]').isVisible()) {
        const shown = await reader.locator('[data-search-results] li[data-url]').count();
        await reader.click('[data-search-more]');
        await reader.waitForFunction((n) => document.querySelectorAll('[data-search-results] li[data-url]').length > n, shown);
      }
      const found = await reader.$$eval('[data-search-results] li[data-url]', (items) =>
        items.map((li) => (li as HTMLElement).dataset.url),
      );
      expect(
        weekend.filter((url) => !found.includes(url)),
        `${large ? '大字模式 ' : ''}周末有什么活动`,
      ).toEqual([]);
      // A weekend asked for with a subject no weekend page holds: the subject's pages first, not every Saturday's.
      const { urls } = await searchAgain(reader, site.server.origin, '周末去哪学粤剧');
      expect(readHtml(FIXTURE_SITE, join(urls[0]!, 'index.html')).querySelector('main')!.text, urls.join(' ')).toContain('粤剧');
      await reader.close();
    }
  });
});

describe('a page of several years (src/lib/search/newer-years-first.ts)', () => {
  it('comes first in the week’s year, unless the query names another year', async () => {
    const { year: weekYear } = readInputJson<{ year: number }>('data/site.json');
    const years = dataYears('lighting');
    const earlier = Math.min(...years);
    expect(years).toContain(weekYear);
    expect(earlier).toBeLessThan(weekYear);
    for (const q of ['亮灯', '哪里亮灯', '今年亮灯的地方']) {
      const { urls } = await searchAgain(page, site.server.origin, q);
      expect(urls[0], `${q}: ${urls.slice(0, 4).join(' ')}`).toBe(`/lighting/${weekYear}/`);
    }
    const statsYears = dataYears('stats').filter((y) => y <= weekYear);
    const { urls: statsUrls } = await searchAgain(page, site.server.origin, '统计表');
    // Each kind of statistics page (the year's summary, the Ministry's table) in its latest year first.
    for (const kind of ['', 'table/']) {
      const shown = statsUrls.filter((u) => new RegExp(`^/stats/\\d{4}/${kind}$`).test(u));
      expect(shown[0], `统计表: ${statsUrls.join(' ')}`).toBe(`/stats/${Math.max(...statsYears)}/${kind}`);
    }
    const { urls } = await searchAgain(page, site.server.origin, `${earlier}年亮灯`);
    expect(urls[0], `${earlier}年亮灯: ${urls.slice(0, 4).join(' ')}`).toBe(`/lighting/${earlier}/`);
  });

  it('comes first in the year before the reader’s for 去年, in the normal view and in 大字模式', async () => {
    // The reader's clock in the latest year of the fixture's lighting and statistics: 去年 is the one before it.
    const latest = Math.max(...dataYears('lighting'));
    const lastYear = latest - 1;
    expect(dataYears('lighting')).toContain(lastYear);
    expect(dataYears('stats')).toContain(lastYear);
    for (const large of [false, true]) {
      const reader = await readerPage(large);
      await reader.clock.setFixedTime(new Date(`${latest}-12-01T10:00:00+08:00`));
      for (const [q, first] of [
        ['去年的亮灯', `/lighting/${lastYear}/`],
        ['去年哪里亮灯', `/lighting/${lastYear}/`],
        ['去年的活动数据', `/stats/${lastYear}/`],
      ]) {
        const { urls } = await searchAgain(reader, site.server.origin, q!);
        expect(urls[0], `${q}: ${urls.slice(0, 4).join(' ')}`).toBe(first);
      }
      await reader.close();
    }
  });
});
