import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/lib/chromium.ts';
import { t } from '../src/i18n/zh-CN.ts';
import { readingModeKey } from '../src/lib/reading-modes/storage-key.ts';
import { serveSite, type StaticServer } from '../scripts/lib/static-server.ts';
import { BASE, BASE_BUILD_EPOCH, BASE_WECHAT, baseSite } from './support/base-site.ts';
import { FIXTURE_SITE } from './support/build-site.ts';
import { dataYears, entryIds, eventOverAt, frontMatter, siteSettings } from './support/fixture.ts';
import { listFiles, readHtml } from './support/site-files.ts';

/**
 * WeChat share cards through the department's 公众号 (issue 15, item 4): off
 * by default (the fixture's settings have no `wechat`, and no page carries
 * anything of it); with the settings (the base-path build), WeChat's browser
 * loads the department's JS-SDK copy from the site's own host, has the page
 * signed, and hands the page's own card to the two share interfaces. The
 * JS-SDK and the signature service are the department's: stand-ins here.
 */
const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 NetType/WIFI Language/zh_CN';
const ANSWER = { timestamp: 1700000000, nonceStr: 'Wm3WZYTPz0wzccnW', signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed' };

/** A stand-in for jweixin-1.6.0.js: records what the page configures and shares, and is ready at once. */
const FAKE_SDK = `window.wx = {
  calls: [],
  config(c) { this.calls.push(['config', c]); },
  ready(f) { setTimeout(f, 0); },
  error() {},
  updateAppMessageShareData(d) { this.calls.push(['updateAppMessageShareData', d]); },
  updateTimelineShareData(d) { this.calls.push(['updateTimelineShareData', d]); },
};`;

let outDir: string;
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  ({ outDir } = baseSite());
  server = await serveSite(outDir, { prefix: BASE });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in a browser whose requests to the department's two addresses are answered by the stand-ins and recorded. */
async function open(path: string, userAgent?: string, at?: Date, large = false): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ userAgent, viewport: { width: 390, height: 844 } });
  if (at) await context.clock.setFixedTime(at);
  if (large) await context.addInitScript((key: string) => localStorage.setItem(key, '1'), readingModeKey(BASE, 'large-text'));
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route(`${server.origin}${BASE_WECHAT.sdk}`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: FAKE_SDK }),
  );
  await context.route(`${server.origin}${BASE_WECHAT.signatureUrl}?**`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(ANSWER) }),
  );
  // Policy violations (Trusted Types among them), as the browser reports them.
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  await page.goto(server.origin + path);
  return { page, requests };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('WeChat share cards, with the department’s settings', () => {
  it('in WeChat, configure the JS-SDK with the signature for this page and share the page’s own card', async () => {
    const id = '2023/gz-opening-ceremony';
    const path = `${BASE}events/${id}/`;
    const { page, requests } = await open(path, WECHAT_UA);
    const wx = () =>
      page.evaluate(() => (window as unknown as { wx?: { calls: [string, Record<string, unknown>][] } }).wx?.calls ?? []);
    await expect.poll(async () => (await wx()).length).toBe(3);
    const calls = Object.fromEntries(await wx());
    expect(calls.config).toEqual({
      debug: false,
      appId: BASE_WECHAT.appId,
      ...ANSWER,
      jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'],
    });
    // The card: the entry's title, when and where it is and its summary, its public address and its own share card,
    // from the fixture's inputs.
    const entry = frontMatter('events', id) as { title: string; start: string; summary: string; venue: { name: string } };
    const [, y, m, d, time] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(entry.start)!;
    const publicRoot = `${new URL(siteSettings().url).origin}${BASE}`;
    const card = { title: entry.title, link: `${publicRoot}events/${id}/`, imgUrl: `${publicRoot}share/events/${id}.jpg` };
    expect(calls.updateAppMessageShareData).toEqual({
      ...card,
      desc: expect.stringMatching(
        new RegExp(`^${y}年${Number(m)}月${Number(d)}日 星期. ${time} · ${entry.venue.name}。${entry.summary}$`),
      ),
    });
    expect(calls.updateTimelineShareData).toEqual(card);
    // The service was asked to sign this very address; everything came from the site's own host.
    const signing = requests.find((r) => r.startsWith(`${server.origin}${BASE_WECHAT.signatureUrl}?`));
    expect(new URL(signing!).searchParams.get('url')).toBe(server.origin + path);
    expect(requests.filter((r) => !r.startsWith(server.origin))).toEqual([]);
    // The JS-SDK copy at the root of the domain, outside the base: through the page's Trusted Types policy for it.
    expect(BASE_WECHAT.sdk.startsWith(BASE)).toBe(false);
    expect(requests).toContain(`${server.origin}${BASE_WECHAT.sdk}`);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('outside WeChat, load neither the JS-SDK nor the signature', async () => {
    const { page, requests } = await open(`${BASE}events/2023/gz-opening-ceremony/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.includes('/wechat/'))).toEqual([]);
    expect(await page.evaluate(() => 'wx' in window)).toBe(false);
    await page.context().close();
  });
});

/** 2023-11-17 12:00 in Beijing: the day before the fixture's week and its opening ceremonies. */
const BEFORE_THE_WEEK = new Date('2023-11-17T04:00:00Z');

/** An event still to come when this build was made (BASE_BUILD_EPOCH): a page built after an event offers no calendar link. */
const STILL_TO_COME = '2023/zq-elderly-education-seminar';

describe('calendar files in WeChat', () => {
  it('tells a reader inside WeChat how to add an event to the phone’s calendar, and no one else', async () => {
    expect(eventOverAt(STILL_TO_COME, new Date(BASE_BUILD_EPOCH * 1000))).toBe(false);
    for (const [path, userAgent] of [
      [`${BASE}events/${STILL_TO_COME}/`, WECHAT_UA],
      [`${BASE}events/${STILL_TO_COME}/`, undefined],
      [`${BASE}lighting/`, WECHAT_UA],
    ] as const) {
      // Before the event: once it is over, its page offers no calendar link, nor the hint.
      const { page } = await open(path, userAgent, BEFORE_THE_WEEK);
      const hint = page.getByText(t.site.wechatCalendarHint);
      await expect.poll(() => hint.isVisible(), { message: `${path} ${userAgent ? 'WeChat' : 'browser'}` }).toBe(Boolean(userAgent));
      // Beside the calendar link it is about.
      expect(await hint.evaluate((el) => el.parentElement?.querySelector('a[href$=".ics"]') !== null)).toBe(true);
      await page.context().close();
    }
  });
});

describe('downloads in WeChat', () => {
  it('tells an official inside WeChat to open the statistics in the browser to save the table, below its files, and no one else, in both reading modes', async () => {
    const stats = `${BASE}stats/${dataYears('stats').at(-1)}/`;
    for (const large of [false, true]) {
      for (const [path, userAgent] of [
        [stats, WECHAT_UA],
        [stats, undefined],
        [`${stats}table/`, WECHAT_UA],
      ] as const) {
        const { page } = await open(path, userAgent, undefined, large);
        const hint = page.getByText(t.stats.wechatDownloadHint);
        const where = `${path} ${userAgent ? 'WeChat' : 'browser'}${large ? ' 大字模式' : ''}`;
        await expect.poll(() => hint.isVisible(), { message: where }).toBe(Boolean(userAgent));
        // Right after the list of the files it is about.
        expect(await hint.evaluate((el) => el.previousElementSibling?.querySelectorAll('a[download]').length), where).toBe(3);
        if (userAgent) {
          const [list, below] = await Promise.all([page.locator('a[download$=".xlsx"]').boundingBox(), hint.boundingBox()]);
          expect(below!.y, where).toBeGreaterThanOrEqual(list!.y + list!.height);
          expect(below!.x + below!.width, where).toBeLessThanOrEqual(390);
        }
        await page.context().close();
      }
    }
  });
});

describe('photos’ originals in WeChat', () => {
  it('tells a journalist inside WeChat how to save a photo’s original, once on the press page and under an entry’s photo, and no one else, in both reading modes', async () => {
    const withCover = entryIds('learners').find((id) => frontMatter('learners', id).cover !== undefined)!;
    for (const large of [false, true]) {
      for (const [path, userAgent] of [
        [`${BASE}media/`, WECHAT_UA],
        [`${BASE}media/`, undefined],
        [`${BASE}learners/${withCover}/`, WECHAT_UA],
      ] as const) {
        const { page } = await open(path, userAgent, undefined, large);
        const hint = page.getByText(t.media.wechatDownloadHint);
        const where = `${path} ${userAgent ? 'WeChat' : 'browser'}${large ? ' 大字模式' : ''}`;
        await expect.poll(() => hint.isVisible(), { message: where }).toBe(Boolean(userAgent));
        // Once, not once per photo.
        expect(await hint.count(), where).toBe(1);
        const [said, firstLink] = await Promise.all([hint.boundingBox(), page.locator('a.original-photo').first().boundingBox()]);
        if (userAgent && path.endsWith('media/')) expect(said!.y, where).toBeLessThan(firstLink!.y);
        // On an entry's page, right under the link it is about.
        if (userAgent && !path.endsWith('media/')) expect(said!.y, where).toBeGreaterThanOrEqual(firstLink!.y + firstLink!.height);
        await page.context().close();
      }
    }
  });
});

describe('WeChat share cards, off by default', () => {
  it('leave no trace on any page when the settings have no wechat', () => {
    expect('wechat' in siteSettings()).toBe(false);
    const traces: string[] = [];
    for (const file of listFiles(FIXTURE_SITE).filter((f) => f.endsWith('.html'))) {
      const doc = readHtml(FIXTURE_SITE, file);
      if (doc.querySelector('script[data-wechat-share]')) traces.push(`${file}: settings`);
      for (const script of doc.querySelectorAll('script[src]'))
        // The share script, not the calendar hint (shown to any reader in WeChat, 公众号 or not).
        if (/wechatshare|wechat-share|jweixin/i.test(script.getAttribute('src')!))
          traces.push(`${file}: ${script.getAttribute('src')}`);
    }
    expect(traces).toEqual([]);
    // The same pages under the department's settings do carry it: the check above can see it.
    expect(readHtml(baseSite().outDir, 'index.html').querySelector('script[data-wechat-share]')).not.toBeNull();
  });
});
