import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { beijingDay, parseBeijing } from '../src/lib/dates/index.ts';
import { pubDate } from '../src/lib/identity/gov-meta.ts';
import { BASE, BASE_BUILD_EPOCH, baseSite } from './support/base-site.ts';
import { FIXTURE_SITE, TEST_BUILD_EPOCH } from './support/build-site.ts';
import { aliasPageFiles, entryIds, FIXTURE_CONTENT, frontMatter, readInput, readInputJson } from './support/fixture.ts';
import { listFiles, readHtml } from './support/site-files.ts';

/**
 * The government-site identity and the page tags, read from the built HTML:
 * the shared fixture build has every identity setting filled in; the build
 * under /zt/xxzq/ has every one of them left empty (tests/support/base-site.ts).
 */
interface Identity {
  siteName: string;
  sponsor: string;
  operator: string;
  siteCode: string;
  icp: string;
  publicSecurity: string;
  badge: string;
  badgeLink: string;
  contact: string;
}
interface Settings {
  url: string;
  name: string;
  organizer: string;
  identity: Identity;
  portals: { name: string; url?: string }[];
  forms: { materials: { url: string }; activityData?: { url: string; deadline?: string } };
}
const settings = readInputJson<Settings>('data/site.json');
const id = settings.identity;

/** The pages readers read: not those at entries' old addresses (aliases), which only send them on (tests/site.test.ts). */
const moved = aliasPageFiles();
const pagesOf = (root: string) => listFiles(root).filter((f) => f.endsWith('.html') && !moved.has(f));
const meta = (doc: HTMLElement, name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
const identityText = (doc: HTMLElement) => doc.querySelector('.site-identity')?.textContent.replace(/\s+/g, ' ') ?? '';

describe('with the identity filled in', () => {
  let pages: string[];
  beforeAll(() => {
    pages = pagesOf(FIXTURE_SITE);
  });

  it('every page shows 主办, 承办, 网站标识码, both filing numbers linked to where they are checked, the contact line and the badge', () => {
    expect(pages.length).toBeGreaterThan(100);
    const psbDigits = /(\d{14})/.exec(id.publicSecurity)![1];
    for (const file of pages) {
      const doc = readHtml(FIXTURE_SITE, file);
      const text = identityText(doc);
      // The contact line's parts, which the fixture sets apart by a full-width space, each whole.
      for (const part of [
        `主办单位：${id.sponsor}`,
        `承办单位：${id.operator}`,
        `网站标识码：${id.siteCode}`,
        ...id.contact.split('\u3000'),
      ]) {
        expect(text, file).toContain(part.replace(/\s+/g, ' '));
      }
      const links = doc.querySelectorAll('.site-identity a');
      expect(links.find((a) => a.textContent.trim() === id.icp)?.getAttribute('href'), file).toBe('https://beian.miit.gov.cn/');
      expect(links.find((a) => a.textContent.trim() === id.publicSecurity)?.getAttribute('href'), file).toBe(
        `https://beian.mps.gov.cn/#/query/webSearch?code=${psbDigits}`,
      );
      const badge = doc.querySelector('.site-identity img');
      expect(badge?.getAttribute('src'), file).toBe('/identity/badge.png');
      expect(badge?.getAttribute('alt'), file).toMatch(/党政机关网站标识/);
      expect(badge?.closest('a')?.getAttribute('href'), file).toBe(id.badgeLink);
    }
  });

  it('copies the badge the settings name, byte for byte', () => {
    expect(
      readFileSync(join(FIXTURE_SITE, 'identity/badge.png')).equals(readFileSync(join('tests/fixtures/site-guangdong', id.badge))),
    ).toBe(true);
  });

  it('says when the site was built (SOURCE_DATE_EPOCH for test builds), as a Beijing day', () => {
    const doc = readHtml(FIXTURE_SITE, 'index.html');
    expect(doc.querySelector('.site-identity time')?.getAttribute('datetime')).toBe(beijingDay(new Date(TEST_BUILD_EPOCH * 1000)));
    expect(identityText(doc)).toMatch(/最后更新：\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it('gives every page the site and column tags, none empty', () => {
    const host = new URL(settings.url).hostname;
    for (const file of pages) {
      const doc = readHtml(FIXTURE_SITE, file);
      expect(meta(doc, 'SiteName'), file).toBe(id.siteName);
      expect(meta(doc, 'SiteDomain'), file).toBe(host);
      expect(meta(doc, 'SiteIDCode'), file).toBe(id.siteCode);
      expect(meta(doc, 'ColumnName'), file).toBeTruthy();
      expect(['专题专栏', '通知公告', '数据发布'], file).toContain(meta(doc, 'ColumnType'));
      expect(
        doc.querySelectorAll('meta[content=""]').map((m) => m.toString()),
        file,
      ).toEqual([]);
    }
    expect(meta(readHtml(FIXTURE_SITE, 'stats/index.html'), 'ColumnType')).toBe('数据发布');
    expect(meta(readHtml(FIXTURE_SITE, 'notices/moe-2023/index.html'), 'ColumnType')).toBe('通知公告');
    expect(meta(readHtml(FIXTURE_SITE, 'index.html'), 'ColumnName')).toBe(settings.name);
  });

  it('gives entry pages the article tags, with values from the entry', () => {
    for (const eventId of entryIds('events')) {
      const data = frontMatter('events', eventId);
      const doc = readHtml(FIXTURE_SITE, `events/${eventId}/index.html`);
      expect(meta(doc, 'ArticleTitle')).toBe(data['title']);
      expect(meta(doc, 'ContentSource')).toBe(data['organizer']);
      expect(meta(doc, 'Description')).toBe(String(data['summary']).replace(/\s+/g, ' ').trim());
      expect(meta(doc, 'Url')).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      expect(meta(doc, 'Image')).toBe(doc.querySelector('meta[property="og:image"]')?.getAttribute('content'));
      // Its `published`, else (a scratch copy git has never seen, timestamps kept) the fixture file's time.
      const written = data['published'] as string | Date | undefined;
      const published = written ? parseBeijing(written)! : statSync(join(FIXTURE_CONTENT, 'events', `${eventId}.md`)).mtime;
      expect(meta(doc, 'PubDate'), eventId).toBe(pubDate(published));
      expect(meta(doc, 'Keywords')).toBeTruthy();
      // The column is the section the breadcrumbs name after 首页.
      expect(meta(doc, 'ColumnName')).toBe(doc.querySelectorAll('.breadcrumbs li')[1]?.textContent.trim());
    }
    for (const [collection, field] of [
      ['books', 'title'],
      ['learners', 'name'],
      ['projects', 'name'],
    ] as const) {
      const entry = entryIds(collection)[0]!;
      const doc = readHtml(FIXTURE_SITE, `${collection}/${entry}/index.html`);
      expect(meta(doc, 'ArticleTitle')).toContain(String(frontMatter(collection, entry)[field]));
      expect(meta(doc, 'ContentSource')).toBeTruthy();
    }
  });

  it("dates a notice's PubDate by the notice itself", () => {
    const notice = entryIds('pages').find((p) => p.startsWith('notices/') && frontMatter('pages', p)['date'] !== undefined)!;
    const data = frontMatter('pages', notice);
    const doc = readHtml(FIXTURE_SITE, `${notice}/index.html`);
    expect(meta(doc, 'PubDate')).toBe(pubDate(parseBeijing(data['date'] as string | Date)!));
    expect(meta(doc, 'ContentSource')).toBe(data['issuer']);
  });

  it('lists pages without an article of their own with no article tags', () => {
    for (const file of ['index.html', 'events/index.html', 'search/index.html', 'stats/index.html']) {
      expect(meta(readHtml(FIXTURE_SITE, file), 'ArticleTitle'), file).toBeUndefined();
    }
  });
});

describe('the national sites and the forms', () => {
  it('links the six sites with their addresses in every footer and on the about page, address shown', () => {
    expect(settings.portals).toHaveLength(6);
    for (const file of pagesOf(FIXTURE_SITE)) {
      const footer = readHtml(FIXTURE_SITE, file).querySelector('footer')!;
      for (const portal of settings.portals)
        expect(footer.querySelector(`a[href="${portal.url}"]`)?.textContent.trim(), file).toBe(portal.name);
    }
    const about = readHtml(FIXTURE_SITE, 'about/index.html').querySelector('main')!;
    for (const portal of settings.portals) {
      const link = about.querySelector(`a[href="${portal.url}"]`);
      expect(link?.textContent.trim()).toBe(portal.url);
      expect(link?.parentNode?.textContent).toContain(portal.name);
    }
  });

  it('puts both annex forms on the submit page, with the deadline', () => {
    expect(readInput('pages/submit.md')).toMatch(/^action: submissionForm$/m);
    const main = readHtml(FIXTURE_SITE, 'submit/index.html').querySelector('main')!;
    const materials = main.querySelector(`a[href="${settings.forms.materials.url}"]`);
    const data = main.querySelector(`a[href="${settings.forms.activityData!.url}"]`);
    expect(materials?.closest('li')?.textContent).toMatch(/宣传材料报送[\s\S]*附件 2/);
    expect(data?.closest('li')?.textContent).toMatch(/活动数据报送[\s\S]*附件 3/);
    const [y, m, d] = settings.forms.activityData!.deadline!.split('-').map(Number);
    expect(data?.closest('li')?.textContent).toContain(`截止日期：${y}年${m}月${d}日`);
    // Built before the closing day (TEST_BUILD_EPOCH): nothing more is said without the reader's clock.
    expect(Date.UTC(y!, m! - 1, d) - 8 * 3_600_000).toBeGreaterThan(TEST_BUILD_EPOCH * 1000);
    expect(data?.closest('li')?.querySelector('[data-event-phase]')?.textContent.trim()).toBe('');
  });

  it('says 已截止 without JavaScript on a site built after the closing day', () => {
    const [y, m, d] = settings.forms.activityData!.deadline!.split('-').map(Number);
    // The day after the closing day begins at its Beijing midnight, 16:00 UTC on the closing day.
    expect(BASE_BUILD_EPOCH * 1000).toBeGreaterThan(Date.UTC(y!, m! - 1, d, 16));
    const main = readHtml(baseSite().outDir, 'submit/index.html').querySelector('main')!;
    const form = main.querySelector('#form-activityData')!;
    expect(form.querySelector('[data-event-phase]')?.textContent.trim()).toBe(t.notices.forms.closed);
    expect(form.querySelector(`a[href="${settings.forms.activityData!.url}"]`)).not.toBeNull();
  });
});

describe('with the identity left empty', () => {
  let site: string;
  let pages: string[];
  beforeAll(() => {
    site = baseSite().outDir;
    pages = pagesOf(site);
  });

  it('shows no empty label, no filing link and no badge, and the organiser as 主办单位', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const doc = readHtml(site, file);
      const text = identityText(doc);
      for (const label of ['承办单位', '网站标识码', 'ICP', '公网安备', '电子邮箱']) expect(text, file).not.toContain(label);
      expect(text, file).toContain(`主办单位：${settings.organizer}`);
      expect(doc.querySelectorAll('.site-identity a, .site-identity img'), file).toHaveLength(0);
      expect(
        doc.querySelectorAll('.site-identity p, .site-identity span').filter((e) => e.textContent.trim() === ''),
        file,
      ).toHaveLength(0);
    }
    expect(listFiles(site).some((f) => f.startsWith('identity/'))).toBe(false);
  });

  it('writes the tags it has a value for, and none empty', () => {
    for (const file of pages) {
      const doc = readHtml(site, file);
      expect(meta(doc, 'SiteName'), file).toBe(settings.name);
      expect(meta(doc, 'SiteIDCode'), file).toBeUndefined();
      expect(
        doc.querySelectorAll('meta[content=""]').map((m) => m.toString()),
        file,
      ).toEqual([]);
    }
    expect(meta(readHtml(site, 'events/2023/gz-reading-month/index.html'), 'Url')).toBe(
      `${settings.url}${BASE}events/2023/gz-reading-month/`,
    );
  });

  it('dates 最后更新 by SOURCE_DATE_EPOCH in Beijing time', () => {
    const time = readHtml(site, 'index.html').querySelector('.site-identity time');
    expect(time?.getAttribute('datetime')).toBe(beijingDay(new Date(BASE_BUILD_EPOCH * 1000)));
  });
});
