import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { levels } from '../src/i18n/zh-CN/vocabulary.ts';
import { FIXTURE_SITE } from './support/build-site.ts';
import { allCounties, parentCity, province } from '../src/lib/regions/index.ts';
import { aliasPageFiles, dataYears, entryIds, frontMatter } from './support/fixture.ts';
import { listFiles, readHtml } from './support/site-files.ts';

/**
 * Share cards wherever they can work (issue 15, item 4): what WeChat, Weibo
 * and other apps read from a page when a link is shared: Open Graph with the
 * image's description, schema.org microdata (WeChat's preview reads
 * itemprop name, description and image), the entry's own cover as the first
 * picture in the body, and cards of their own for the statistics and lighting pages.
 */
/** Not the pages at entries' old addresses (aliases), which only send the reader on (tests/site.test.ts). */
const moved = aliasPageFiles();
const pages = listFiles(FIXTURE_SITE).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !moved.has(f));
const meta = (file: string, selector: string) => readHtml(FIXTURE_SITE, file).querySelector(selector)?.getAttribute('content');
const ownPath = (url: string) => new URL(url).pathname;

describe('every page', () => {
  it('describes its share image (og:image:alt) and carries name, description and image as microdata too', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const doc = readHtml(FIXTURE_SITE, file);
      const html = doc.querySelector('html')!;
      if (!html.hasAttribute('itemscope') || html.getAttribute('itemtype') !== 'https://schema.org/WebPage')
        problems.push(`${file}: <html> is no WebPage item`);
      const og = (p: string) => doc.querySelector(`head meta[property="og:${p}"]`)?.getAttribute('content');
      const item = (p: string) => doc.querySelector(`head meta[itemprop="${p}"]`)?.getAttribute('content');
      if (!og('image:alt')?.trim()) problems.push(`${file}: no og:image:alt`);
      for (const [prop, ogName] of [
        ['name', 'title'],
        ['description', 'description'],
        ['image', 'image'],
      ] as const) {
        if (!item(prop) || item(prop) !== og(ogName))
          problems.push(`${file}: itemprop ${prop} «${item(prop)}» ≠ og:${ogName} «${og(ogName)}»`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('a shared entry’s title', () => {
  it('names a learner, a project or a book with its award or column, and an event by its own title with its year', () => {
    const expected = (collection: string, id: string): string => {
      const data = frontMatter(collection, id) as {
        title?: string;
        name?: string;
        year?: number;
        level?: keyof typeof levels;
        status?: 'cancelled' | 'postponed';
      };
      // The year, unless the title says it: last year's link must not look current; an event called off says so first.
      if (collection === 'events') {
        const withYear = data.title!.includes(String(data.year)) ? data.title! : `${data.title!}（${data.year!} 年）`;
        return data.status ? t.events.status.title(data.status, withYear) : withYear;
      }
      if (collection === 'books') return t.site.shareTitle(t.books.bookTitle(data.title!), t.books.title);
      const award = collection === 'learners' ? t.learners.award : t.projects.award;
      // The fixture is 广东's: a province's words for its levels (省级 …).
      return t.site.shareTitle(data.name!, award(data.year!, levels[data.level!]));
    };
    for (const collection of ['events', 'books', 'learners', 'projects']) {
      for (const id of entryIds(collection)) {
        const file = `${collection}/${id}/index.html`;
        expect(meta(file, 'meta[property="og:title"]'), file).toBe(expected(collection, id));
        expect(meta(file, 'meta[itemprop="name"]'), file).toBe(expected(collection, id));
      }
    }
  });
});

describe('the statistics and region pages’ shared titles', () => {
  it('say the year and the province, or the county with its city, not a bare 活动数据 or 天河区', () => {
    const year = Math.max(...dataYears('stats'));
    const provinceName = province().name;
    for (const file of ['stats/index.html', `stats/${year}/index.html`])
      expect(meta(file, 'meta[property="og:title"]'), file).toBe(t.stats.shareTitle(year, provinceName));
    const county = allCounties().find((c) => parentCity(c.code))!;
    expect(meta(`regions/${county.code}/index.html`, 'meta[property="og:title"]')).toBe(
      t.regions.shareTitle(`${parentCity(county.code)!.name}${county.name}`),
    );
  });
});

describe('an entry with a cover', () => {
  const withCover = ['events', 'books', 'learners', 'projects'].flatMap((collection) =>
    entryIds(collection)
      .map((id) => ({ collection, id, cover: frontMatter(collection, id).cover as { src: string; alt: string } | undefined }))
      .filter((e) => e.cover),
  );

  it('says what its cover shows in og:image:alt', () => {
    expect(withCover.length).toBeGreaterThan(3);
    for (const { collection, id, cover } of withCover)
      expect(meta(`${collection}/${id}/index.html`, 'meta[property="og:image:alt"]'), id).toBe(cover!.alt);
  });

  it('shows that cover as the first picture in the body (what WeChat falls back to without a card)', () => {
    for (const { collection, id, cover } of withCover) {
      const first = readHtml(FIXTURE_SITE, `${collection}/${id}/index.html`).querySelector('body img');
      // Astro names the file it writes after the source: /_astro/<name>.<hash>.<ext>.
      const stem = basename(cover!.src, extname(cover!.src));
      expect(first?.getAttribute('src'), id).toMatch(new RegExp(`/_astro/${stem}\\.`));
      expect(first?.getAttribute('alt'), id).toBe(cover!.alt);
    }
  });

  it('without a cover, shares the site’s card and says what that shows', () => {
    const without = entryIds('events').filter((id) => !frontMatter('events', id).cover);
    expect(without.length).toBeGreaterThan(0);
    for (const id of without) {
      expect(ownPath(meta(`events/${id}/index.html`, 'meta[property="og:image"]')!), id).toBe('/share/default.png');
      expect(meta(`events/${id}/index.html`, 'meta[property="og:image:alt"]'), id).toBe(t.site.shareAlt.default);
    }
  });
});

describe('the statistics and lighting pages', () => {
  const topics = [
    { card: 'stats', files: pages.filter((f) => f.startsWith('stats/')) },
    { card: 'lighting', files: pages.filter((f) => f.startsWith('lighting/')) },
  ] as const;

  it('share a card of their own, with its description', () => {
    for (const { card, files } of topics) {
      expect(files.length, card).toBeGreaterThan(1);
      for (const file of files) {
        expect(ownPath(meta(file, 'meta[property="og:image"]')!), file).toBe(`/share/${card}.png`);
        expect(meta(file, 'meta[property="og:image:alt"]'), file).toBe(t.site.shareAlt[card]);
      }
    }
  });

  it('whose cards are 1200×630 pictures unlike the site’s default card', async () => {
    const fallback = readFileSync(join(FIXTURE_SITE, 'share/default.png'));
    for (const { card } of topics) {
      const file = join(FIXTURE_SITE, `share/${card}.png`);
      const { width, height } = await sharp(file).metadata();
      expect([card, width, height]).toEqual([card, 1200, 630]);
      const [a, b] = await Promise.all([file, fallback].map((f) => sharp(f).resize(12, 6).raw().toBuffer()));
      expect(a!.equals(b!), card).toBe(false);
    }
  });
});
