import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityOf, PROVINCE } from '../src/lib/regions/index.ts';
import { SAMPLE_SITE } from './support/build-site.ts';
import { contentIds, listFiles, readHtml, resolvesTo } from './support/site-files.ts';

/**
 * Residents find what is on near them; media link to featured cases
 * (issue 6), checked on the built sample site.
 */
const siteUrl = new URL(JSON.parse(readFileSync('content/data/site.json', 'utf8')).url);
let files: string[] = [];

beforeAll(() => {
  files = listFiles(SAMPLE_SITE);
});

/** The front matter fields the checks need, read straight from the Markdown. */
function eventFacts(id: string): { region: string; type: string } {
  const text = readFileSync(join('content/events', `${id}.md`), 'utf8');
  const field = (name: string) => new RegExp(`^${name}:\\s*"?([^"\\n]+)"?`, 'm').exec(text)?.[1]?.trim() ?? '';
  return { region: field('region'), type: field('type') };
}

const cityKey = (region: string) => (region === PROVINCE.code ? PROVINCE.code : cityOf(region)?.code);

/** A site URL on our host → the site path, else null. */
function ownPath(url: string): string | null {
  const parsed = new URL(url);
  return parsed.host === siteUrl.host ? decodeURI(parsed.pathname) : null;
}

function jsonLdOf(file: string): Record<string, unknown>[] {
  return readHtml(SAMPLE_SITE, file)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
}

/** Event titles listed in a page's main list, in order. */
function listedEvents(file: string): string[] {
  return readHtml(SAMPLE_SITE, file)
    .querySelectorAll('main .event-list .card__title a')
    .map((a) => a.getAttribute('href')!.replace(/^\/events\/|\/$/g, ''));
}

describe('every event page', () => {
  it('carries Event JSON-LD with Beijing times and an absolute og:image that resolves to a 1200×630 file', async () => {
    const ids = contentIds('events');
    expect(ids.length).toBeGreaterThan(40);
    const checkedImages = new Set<string>();
    for (const id of ids) {
      const file = `events/${id}/index.html`;
      const event = jsonLdOf(file).find((ld) => ld['@type'] === 'Event');
      expect(event, id).toBeDefined();
      expect(event!.startDate, id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(event!.endDate, id).toMatch(/\+08:00$/);
      expect(event!.url, id).toBe(new URL(`/events/${id}/`, siteUrl).href);
      expect(event!.location, id).toBeDefined();
      expect(event!.eventAttendanceMode, id).toMatch(/^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/);

      const doc = readHtml(SAMPLE_SITE, file);
      const ogImage = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(ogImage, id).toMatch(/^https:\/\//);
      const path = ownPath(ogImage);
      expect(path, `${id}: og:image on the site's own host`).not.toBeNull();
      expect(resolvesTo(SAMPLE_SITE, path!), `${id}: ${path}`).toBe(true);
      expect(doc.querySelector('meta[name="twitter:image"]')?.getAttribute('content'), id).toBe(ogImage);
      expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), id).toBe(event!.url);
      if (!checkedImages.has(path!)) {
        checkedImages.add(path!);
        const meta = await sharp(join(SAMPLE_SITE, path!)).metadata();
        expect([meta.width, meta.height], path!).toEqual([1200, 630]);
      }
    }
    // Events with a cover get their own card, not the default.
    expect([...checkedImages].some((p) => p.startsWith('/share/events/'))).toBe(true);
  });

  it('says for whom and how to join, and lists events near it', () => {
    const page = readHtml(SAMPLE_SITE, `events/${contentIds('events')[0]}/index.html`);
    const terms = page.querySelectorAll('main dl dt').map((dt) => dt.textContent.trim());
    expect(terms).toEqual(expect.arrayContaining(['时间', '适合', '参加方式']));
    const withNearby = contentIds('events').filter((id) => readHtml(SAMPLE_SITE, `events/${id}/index.html`).querySelector('#nearby-heading'));
    expect(withNearby.length).toBeGreaterThan(contentIds('events').length / 2);
  });
});

describe('every page', () => {
  it('has OpenGraph and Twitter tags with absolute URLs to files that exist', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
      const doc = readHtml(SAMPLE_SITE, file);
      for (const selector of ['meta[property="og:url"]', 'meta[property="og:image"]', 'meta[name="twitter:image"]']) {
        const value = doc.querySelector(selector)?.getAttribute('content') ?? '';
        if (!/^https?:\/\//.test(value)) problems.push(`${file}: ${selector} = ${value}`);
        else if (selector !== 'meta[property="og:url"]') {
          const path = ownPath(value);
          if (!path || !resolvesTo(SAMPLE_SITE, path)) problems.push(`${file}: ${value}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has the default share card as a 1200×630 PNG', async () => {
    const meta = await sharp(join(SAMPLE_SITE, 'share/default.png')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('describes books, learners and projects with their schema.org type', () => {
    const types: Record<string, string> = { books: 'Book', learners: 'Person', projects: 'Project' };
    for (const [collection, type] of Object.entries(types)) {
      for (const id of contentIds(collection)) {
        const lds = jsonLdOf(`${collection}/${id}/index.html`);
        expect(lds.map((ld) => ld['@type']), `${collection}/${id}`).toEqual([type, 'BreadcrumbList']);
      }
    }
    const book = jsonLdOf(`books/${contentIds('books')[0]}/index.html`)[0]!;
    expect(book.isbn).toMatch(/^97[89]\d{10}$/);
  });
});

describe('narrowing events without JavaScript', () => {
  it('lists on /events/in/<city>/<type>/ exactly the events of that city and type', () => {
    const ids = contentIds('events');
    const expected = new Map<string, string[]>();
    for (const id of ids) {
      const { region, type } = eventFacts(id);
      const key = `${cityKey(region)}/${type}`;
      expected.set(key, [...(expected.get(key) ?? []), id]);
    }
    const built = files.filter((f) => /^events\/in\/\d{6}\/[a-z_]+\/index\.html$/.test(f));
    expect(built.map((f) => f.split('/').slice(2, 4).join('/')).sort()).toEqual([...expected.keys()].sort());
    for (const file of built) {
      const key = file.split('/').slice(2, 4).join('/');
      // The list is in the HTML as built: the page's script only reorders it.
      expect(listedEvents(file).sort(), key).toEqual(expected.get(key)!.sort());
    }
  });

  it('shows every city with its count on /events/, and a city with none is not a link', () => {
    const page = readHtml(SAMPLE_SITE, 'events/index.html');
    const cityRow = page.querySelectorAll('.filters__row')[0]!;
    const chips = cityRow.querySelectorAll('li');
    expect(chips.length).toBeGreaterThanOrEqual(22); // "all" + 21 cities (+ the province)
    for (const chip of chips) {
      const count = Number(/（(\d+)）/.exec(chip.textContent)?.[1]);
      const link = chip.querySelector('a');
      if (count === 0) expect(link, chip.textContent).toBeNull();
      else expect(resolvesTo(SAMPLE_SITE, link!.getAttribute('href')!), chip.textContent).toBe(true);
    }
  });

  it('marks the current choice on a filter page and offers a way back to all events', () => {
    const file = files.find((f) => /^events\/in\/\d{6}\/[a-z_]+\/index\.html$/.test(f))!;
    const page = readHtml(SAMPLE_SITE, file);
    const current = page.querySelectorAll('.filters a[aria-current="page"]').map((a) => a.getAttribute('href'));
    const path = `/${file.replace(/index\.html$/, '')}`;
    expect(current).toEqual([path, path]);
    expect(page.querySelector('.filters__clear a')?.getAttribute('href')).toBe('/events/');
    expect(page.querySelector('header a[href="/"]')).not.toBeNull();
    expect(page.querySelector('header form[role="search"], header [role="search"]')).not.toBeNull();
  });

  it('has audience, online and offline pages whose counts match their lists', () => {
    for (const file of ['events/online/index.html', 'events/offline/index.html', ...files.filter((f) => /^events\/for\/[a-z]+\/index\.html$/.test(f))]) {
      const page = readHtml(SAMPLE_SITE, file);
      const count = Number(/共 (\d+) 项/.exec(page.querySelector('main .lead')!.textContent)?.[1]);
      expect(listedEvents(file).length, file).toBe(count);
    }
  });

  it('has a month calendar linked from /events/ that lists every event on its Beijing start day', () => {
    const links = readHtml(SAMPLE_SITE, 'events/index.html')
      .querySelectorAll('.calendar-links a')
      .map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(0);
    const onCalendar = new Set<string>();
    for (const link of links) {
      expect(resolvesTo(SAMPLE_SITE, link), link).toBe(true);
      const page = readHtml(SAMPLE_SITE, `${link.slice(1)}index.html`);
      for (const a of page.querySelectorAll('.month__events a')) onCalendar.add(a.getAttribute('href')!);
    }
    expect([...onCalendar].sort()).toEqual(contentIds('events').map((id) => `/events/${id}/`).sort());
  });
});

describe('media', () => {
  it('lists each featured case with a quotable summary, credited photo, original file and permanent URL', () => {
    const page = readHtml(SAMPLE_SITE, 'media/index.html');
    const cases = page.querySelectorAll('.media-case');
    const featured = ['learners', 'projects', 'events'].flatMap((c) =>
      contentIds(c).filter((id) => /^featured:\s*true/m.test(readFileSync(join('content', c, `${id}.md`), 'utf8'))),
    );
    expect(cases.length).toBe(featured.length);
    for (const c of cases) {
      expect(c.querySelector('blockquote')?.textContent.trim().length).toBeGreaterThan(10);
      const permalink = c.querySelector('[data-permalink]')!.textContent.trim();
      expect(permalink).toMatch(/^https:\/\//);
      expect(resolvesTo(SAMPLE_SITE, ownPath(permalink)!), permalink).toBe(true);
      const original = c.querySelector('a[download]');
      if (original) {
        expect(resolvesTo(SAMPLE_SITE, original.getAttribute('href')!), original.getAttribute('href')).toBe(true);
        expect(c.querySelector('.media-case__photo')!.textContent).toContain('图片来源');
      }
      // The copy button waits for JavaScript; without it the URL is plain text.
      expect(c.querySelector('[data-copy]')?.hasAttribute('hidden')).toBe(true);
    }
    const contact = JSON.parse(readFileSync('content/data/site.json', 'utf8')).pressContact;
    expect(page.querySelector('.press')!.textContent).toContain(contact.email);
  });
});

describe('feeds', () => {
  it('has an RSS feed whose links all lead to pages of the site', () => {
    const xml = readFileSync(join(SAMPLE_SITE, 'rss.xml'), 'utf8');
    const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!).slice(1);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(resolvesTo(SAMPLE_SITE, ownPath(link)!), link).toBe(true);
    // Featured cases are in it.
    expect(links).toContain(new URL(`/events/${contentIds('events').find((id) => /^featured:\s*true/m.test(readFileSync(join('content/events', `${id}.md`), 'utf8')))}/`, siteUrl).href);
  });

  it('has a sitemap of existing pages only, without the 404', () => {
    const index = readFileSync(join(SAMPLE_SITE, 'sitemap-index.xml'), 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => ownPath(m[1]!)!);
    expect(maps.length).toBeGreaterThan(0);
    const pages = maps.flatMap((map) => [...readFileSync(join(SAMPLE_SITE, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(pages.length).toBeGreaterThan(100);
    for (const url of pages) expect(resolvesTo(SAMPLE_SITE, ownPath(url)!), url).toBe(true);
    expect(pages.filter((u) => /^\/404(\/|\.html)?$/.test(new URL(u).pathname))).toEqual([]);
    expect(pages).toContain(new URL('/media/', siteUrl).href);
  });

  it('points crawlers at the sitemap and tells how to search the site', () => {
    const robots = readFileSync(join(SAMPLE_SITE, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(resolvesTo(SAMPLE_SITE, ownPath(sitemap)!), sitemap).toBe(true);
    const website = jsonLdOf('index.html').find((ld) => ld['@type'] === 'WebSite');
    expect(website?.potentialAction).toMatchObject({ target: new URL('/search/?q={search_term_string}', siteUrl).href.replace('%7B', '{').replace('%7D', '}') });
  });
});

describe('the way back', () => {
  it('offers search and the home page on the 404 page', () => {
    const page = readHtml(SAMPLE_SITE, '404.html');
    expect(page.querySelector('main form[action="/search/"]')).not.toBeNull();
    expect(page.querySelector('main a[href="/"]')).not.toBeNull();
  });
});
