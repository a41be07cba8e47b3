import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticBooks } from '../scripts/lib/synthetic-books.ts';
import { generateSyntheticEvents } from '../scripts/lib/synthetic-events.ts';
import { t } from '../src/i18n/zh-CN.ts';
import { parseBeijing } from '../src/lib/dates/index.ts';
import { DAY_CELL_LIMIT } from '../src/lib/events/month-grid.ts';
import { contentCacheDir } from '../src/lib/build-cache.ts';
import { HOME_SCHEDULE_MAX } from '../src/lib/events/week-schedule.ts';
import { PAGE_SIZE } from '../src/lib/pagination.ts';
import { REGION_EVENT_LIMIT } from '../src/lib/events/list-order.ts';
import { cityOf } from '../src/lib/regions/index.ts';
import { TEXT_FILE } from '../src/lib/deploy/precompress.ts';
import { buildSite, fixtureContent, type BuildResult } from './support/build-site.ts';
import { entryIds, FIXTURE_CONTENT, frontMatter, siteSettings } from './support/fixture.ts';
import { listFiles, readHtml, resolvesTo } from './support/site-files.ts';

/**
 * A site of a few hundred events (the fixture plus generated ones, crowded
 * into a few places and days on purpose), built twice: lists come in pages
 * at stable addresses, every page stays small, and the second build, after
 * one cover and one summary changed and one event withdrawn, draws only
 * that cover's share card, compresses again only the pages that changed,
 * indexes the new summary and leaves nothing of the last site behind; a
 * third build, with nothing changed, takes the second's search index.
 * Expectations come from the content files. The two builds take about a
 * minute together.
 */
const GENERATED = 400;
const GENERATED_BOOKS = 40;
// 广州 (天河区, 越秀区), 深圳 福田区, the province itself, 东莞: crowded enough for several pages and busy days.
const PLACES = ['440106', '440104', '440304', '440000', '441900'];

let content = '';
let site = '';
let first: BuildResult;
let second: BuildResult;
let html: string[] = [];
const cardsBefore = new Map<string, { mtime: number; bytes: Buffer }>();
let changedCover = '';
let changedEvent = '';
let reworded = '';
let withdrawnEvent = '';
let withdrawnPage = '';
let lastSiteHad = false;
/** The first build's text files (bytes) and the identity of their compressed copies (inode numbers). */
const pagesBefore = new Map<string, Buffer>();
const copiesBefore = new Map<string, number>();

const cacheOf = (dir: string) => contentCacheDir(dir);
const snapshot = (dir: string) =>
  new Map(listFiles(dir).map((f) => [f, { mtime: statSync(join(dir, f)).mtimeMs, bytes: readFileSync(join(dir, f)) }]));

beforeAll(async () => {
  content = fixtureContent('scale');
  const generated = generateSyntheticEvents({
    contentDir: content,
    count: GENERATED,
    seed: 7,
    textFrom: FIXTURE_CONTENT,
    lastYear: siteSettings().year,
    years: 2,
    regions: PLACES,
  });
  // A book list longer than two pages, of this year and the last.
  generateSyntheticBooks({
    contentDir: content,
    count: GENERATED_BOOKS,
    seed: 7,
    textFrom: FIXTURE_CONTENT,
    lastYear: siteSettings().year,
    years: 2,
    region: '440000',
  });
  first = buildSite('scale', { CONTENT_DIR: content });
  if (first.status !== 0) throw new Error(`scale site build failed:\n${first.output.slice(-3000)}`);
  for (const [f, v] of snapshot(join(cacheOf(content), 'share-cards'))) cardsBefore.set(f, v);

  // An editor retouches one event's cover and rewords another event's summary.
  changedEvent = entryIds('events', content).find((id) => frontMatter('events', id, content).cover !== undefined)!;
  const coverSrc = String((frontMatter('events', changedEvent, content).cover as { src: string }).src);
  changedCover = join(content, 'events', changedEvent, '..', coverSrc);
  writeFileSync(changedCover, await sharp(readFileSync(changedCover)).modulate({ brightness: 1.05 }).toBuffer());
  reworded = entryIds('events', content).find((id) => id !== changedEvent && frontMatter('events', id, content).cover !== undefined)!;
  const file = join(content, 'events', `${reworded}.md`);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/^summary: "?/m, (m) => `${m}（更新）`),
  );

  // And a generated event (nothing else refers to it) is withdrawn: its file goes, its pages stay in the last site until the rebuild.
  withdrawnEvent = generated[0]!;
  withdrawnPage = `events/${withdrawnEvent}/index.html`;
  rmSync(join(content, 'events', `${withdrawnEvent}.md`));
  lastSiteHad = listFiles(first.outDir).includes(withdrawnPage);
  for (const f of listFiles(first.outDir)) {
    if (/\.(gz|br)$/.test(f)) copiesBefore.set(f, statSync(join(first.outDir, f)).ino);
    else if (TEXT_FILE.test(f)) pagesBefore.set(f, readFileSync(join(first.outDir, f)));
  }

  // Built over the first build's output, as an editor's second build is.
  second = buildSite('scale', { CONTENT_DIR: content }, 'as left');
  if (second.status !== 0) throw new Error(`scale site rebuild failed:\n${second.output.slice(-3000)}`);
  site = second.outDir;
  html = listFiles(site).filter((f) => f.endsWith('.html'));
}, 900_000);

// ── expectations from the content files ──────────────────────────────────

interface Facts {
  id: string;
  start: number;
  end: number;
  region: string;
}
const facts = (): Facts[] =>
  entryIds('events', content).map((id) => {
    const data = frontMatter('events', id, content);
    return {
      id,
      start: parseBeijing(data.start as string | Date)!.getTime(),
      end: parseBeijing(data.end as string | Date)!.getTime(),
      region: String(data.region),
    };
  });

/** The documented list order: this year and later by date, then earlier years most recent first; ties by file name. */
function listOrder(events: Facts[]): string[] {
  const from = parseBeijing(`${siteSettings(content).year}-01-01T00:00`)!.getTime();
  const current = events.filter((e) => e.end >= from).sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  const earlier = events.filter((e) => e.end < from).sort((a, b) => b.start - a.start || b.end - a.end || a.id.localeCompare(b.id));
  return [...current, ...earlier].map((e) => e.id);
}

const beijingDayOf = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
const eventLinks = (file: string) =>
  readHtml(site, file)
    .querySelectorAll('main .event-list .card__title a')
    .map((a) => a.getAttribute('href')!.replace(/^\/events\/|\/$/g, ''));

const bookIdOf = (titleLink: { getAttribute(name: string): string | undefined }) =>
  titleLink.getAttribute('href')!.replace(/^\/books\/|\/$/g, '');
const bookLinks = (file: string) => readHtml(site, file).querySelectorAll('main .grid .card__title a').map(bookIdOf);

/** Every page of a list, following its pager from the first page; checks each page's address on the way. */
function wholeList(listPath: string, links = eventLinks): { pages: string[][]; ids: string[] } {
  const pages: string[][] = [];
  for (let n = 1; ; n++) {
    const path = n === 1 ? listPath : `${listPath}page/${n}/`;
    expect(resolvesTo(site, path), path).toBe(true);
    const file = `${path.slice(1)}index.html`;
    pages.push(links(file));
    const next = readHtml(site, file).querySelector('.list-pager a[rel="next"]')?.getAttribute('href');
    if (!next) break;
    expect(next).toBe(`${listPath}page/${n + 1}/`);
  }
  expect(resolvesTo(site, `${listPath}page/1/`), 'page 1 has only the list’s own address').toBe(false);
  expect(resolvesTo(site, `${listPath}page/${pages.length + 1}/`)).toBe(false);
  return { pages, ids: pages.flat() };
}

describe('lists in pages', () => {
  it('keeps /events/ as the first page and lists every event once, in order, a page at a time at /events/page/N/', () => {
    const all = facts();
    expect(all.length).toBeGreaterThan(PAGE_SIZE * 10);
    const { pages, ids } = wholeList('/events/');
    expect(pages.length).toBe(Math.ceil(all.length / PAGE_SIZE));
    for (const page of pages.slice(0, -1)) expect(page).toHaveLength(PAGE_SIZE);
    expect(ids).toEqual(listOrder(all));
    // The pager names where the reader is and leads back.
    const third = readHtml(site, 'events/page/3/index.html');
    expect(third.querySelector('.list-pager [aria-current="page"]')?.textContent).toBe('3');
    expect(third.querySelector('.list-pager a[rel="prev"]')?.getAttribute('href')).toBe('/events/page/2/');
  });

  it('pages the book list the same way, every book once: the latest year first, featured ones first within it, then by file name', () => {
    const books = entryIds('books', content).map((id) => {
      const data = frontMatter('books', id, content);
      return { id, year: Number(data.year), featured: data.featured === true };
    });
    expect(books.length).toBeGreaterThan(PAGE_SIZE * 2);
    const { pages, ids } = wholeList('/books/', bookLinks);
    expect(pages.length).toBe(Math.ceil(books.length / PAGE_SIZE));
    for (const page of pages.slice(0, -1)) expect(page).toHaveLength(PAGE_SIZE);
    expect(new Set(books.map((b) => b.year)).size, 'books of more than one year').toBeGreaterThan(1);
    const listOrder = (a: (typeof books)[number], b: (typeof books)[number]) =>
      b.year - a.year || Number(b.featured) - Number(a.featured) || a.id.localeCompare(b.id);
    expect(ids).toEqual(books.sort(listOrder).map((b) => b.id));
    // The list holds two years' books: each card says which year's list it is on.
    const firstPage = readHtml(site, 'books/index.html');
    for (const card of firstPage.querySelectorAll('main .grid .card')) {
      const id = bookIdOf(card.querySelector('.card__title a')!);
      expect(card.querySelector('.card__meta')?.textContent, id).toContain(t.books.yearList(books.find((b) => b.id === id)!.year));
    }
    // Page 2 on says which page it is, in the tab's title and the last crumb, and leads back to the first.
    const second = readHtml(site, 'books/page/2/index.html');
    expect(second.querySelector('title')?.textContent).toContain(t.site.pages.title(t.books.title, 2));
    expect(second.querySelector('.breadcrumbs a[href="/books/"]')).not.toBeNull();
    expect(second.querySelector('.list-pager a[rel="prev"]')?.getAttribute('href')).toBe('/books/');
  });

  it('pages a city’s list the same way, with every event of the city once', () => {
    const guangzhou = facts().filter((e) => cityOf(e.region)?.code === '440100');
    expect(guangzhou.length).toBeGreaterThan(PAGE_SIZE * 2);
    expect(wholeList('/events/in/440100/').ids).toEqual(listOrder(guangzhou));
  });
});

describe('pages that stay small however many events there are', () => {
  it('writes no HTML page over 100 KB gzip', () => {
    const over = html.map((f) => ({ f, gz: gzipSync(readFileSync(join(site, f))).length })).filter(({ gz }) => gz > 100 * 1024);
    expect(over).toEqual([]);
  });

  it('shows a fixed number of events on the home page', () => {
    const shown = readHtml(site, 'index.html').querySelectorAll('[data-live-order] > li');
    expect(shown.length).toBe(HOME_SCHEDULE_MAX);
  });

  it('shows a few events in a busy day’s cell and links to a page with all of them', () => {
    const byDay = new Map<string, string[]>();
    for (const e of facts()) byDay.set(beijingDayOf(e.start), [...(byDay.get(beijingDayOf(e.start)) ?? []), e.id]);
    const busy = [...byDay].filter(([, ids]) => ids.length > DAY_CELL_LIMIT);
    expect(busy.length).toBeGreaterThan(0);
    for (const [day, ids] of busy) {
      const month = readHtml(site, `events/calendar/${day.slice(0, 7)}/index.html`);
      const cell = month.querySelectorAll('.month__day').find((li) => li.querySelector('time')?.getAttribute('datetime') === day)!;
      expect(cell.querySelectorAll('.month__events > li').length, day).toBe(DAY_CELL_LIMIT + 1);
      const more = cell.querySelector('.month__more a')!.getAttribute('href')!;
      expect(more).toBe(`/events/calendar/${day.slice(0, 7)}/${day.slice(8)}/`);
      expect(wholeList(more).ids.sort(), day).toEqual([...ids].sort());
      // Its title says the year too: each year's calendar has an 11月21日.
      const [y, m, d] = day.split('-').map(Number);
      expect(readHtml(site, `${more.slice(1)}index.html`).querySelector('h1')?.textContent, day).toContain(`${y}年${m}月${d}日`);
    }
  });

  it('shows the first events on a county’s page and links to all of them', () => {
    const tianhe = facts().filter((e) => e.region === '440106');
    expect(tianhe.length).toBeGreaterThan(REGION_EVENT_LIMIT);
    const section = readHtml(site, 'regions/440106/index.html').querySelector('#r-events')!.parentNode!;
    // Its own events, first; the province's and the city's held there follow in a list of their own.
    expect(section.querySelector('.event-list')!.querySelectorAll(':scope > li').length).toBe(REGION_EVENT_LIMIT);
    expect(section.querySelector('a[href="/regions/440106/events/"]')).not.toBeNull();
    expect(wholeList('/regions/440106/events/').ids).toEqual(listOrder(tianhe));
  });
});

describe('a second build', () => {
  it('leaves nothing of the last site: not the withdrawn event’s page, not the folder it was in', () => {
    expect(lastSiteHad, `the first build wrote ${withdrawnPage}`).toBe(true);
    const files = listFiles(site);
    expect(files.filter((f) => f.startsWith(`events/${withdrawnEvent}/`))).toEqual([]);
    // Nothing beside the output folder either (scripts/build.ts moves the last site aside and deletes it).
    expect(readdirSync(dirname(site)).filter((name) => name !== 'dist' && name.includes('dist'))).toEqual([]);
  });

  it('draws only the changed cover’s share card and reads every other one from the cache', () => {
    const after = snapshot(join(cacheOf(content), 'share-cards'));
    const added = [...after.keys()].filter((f) => !cardsBefore.has(f));
    const rewritten = [...cardsBefore].filter(([f, v]) => after.get(f)?.mtime !== v.mtime).map(([f]) => f);
    expect(added).toHaveLength(1);
    expect(rewritten).toEqual([]);
    // The site has the new card for the changed event, and the old card for everything else.
    const card = (collection: string, id: string) => readFileSync(join(site, 'share', collection, `${id}.jpg`));
    expect(card('events', changedEvent).equals(after.get(added[0]!)!.bytes)).toBe(true);
    const others = listFiles(join(site, 'share')).filter((f) => f.endsWith('.jpg') && f !== `events/${changedEvent}.jpg`);
    expect(others.length).toBeGreaterThan(3);
    const cached = [...cardsBefore.values()].map((v) => v.bytes);
    for (const f of others)
      expect(
        cached.some((b) => b.equals(readFileSync(join(site, 'share', f)))),
        f,
      ).toBe(true);
  });

  it('compresses again only the pages that changed, and every copy is of the page as it now is', () => {
    const pages = listFiles(site).filter((f) => existsSync(join(site, `${f}.gz`)));
    for (const page of pages) {
      const body = readFileSync(join(site, page));
      expect(gunzipSync(readFileSync(join(site, `${page}.gz`))).equals(body), `${page}.gz`).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(site, `${page}.br`))).equals(body), `${page}.br`).toBe(true);
    }
    // Pagefind writes its index anew each time: only the pages are compared.
    const ofPages = pages.filter((f) => !f.startsWith('pagefind/'));
    const same = new Set(ofPages.filter((f) => pagesBefore.get(f)?.equals(readFileSync(join(site, f)))));
    const changed = ofPages.filter((f) => !same.has(f));
    expect(changed, 'the reworded event’s page and the lists that show its summary').toContain(`events/${reworded}/index.html`);
    expect(same.size).toBeGreaterThan(changed.length);
    // The copies of unchanged pages are the last build's files, moved rather than written again.
    const moved = (f: string) => ['.gz', '.br'].every((ext) => statSync(join(site, f + ext)).ino === copiesBefore.get(f + ext));
    expect([...same].filter((f) => !moved(f))).toEqual([]);
  });

  it('indexes the pages again, the reworded summary with them', () => {
    expect(second.output).toContain('搜索索引已生成（search index）');
    expect(indexedContent(site, `/events/${reworded}/`)).toContain('（更新）');
  });

  it('encodes no image but the changed cover’s', () => {
    // Astro logs each image it writes: "(reused cache entry)" when it took it from the cache.
    // (The retouched cover's own may come from the test image cache of an earlier run.)
    const images = [...second.output.matchAll(/▶ \/_astro\/(\S+) \((reused cache entry|before: [^)]*)\)/g)];
    const base = changedCover
      .split('/')
      .at(-1)!
      .replace(/\.[^.]+$/, '');
    const others = images.filter((m) => !m[1]!.startsWith(`${base}.`));
    expect(others.length).toBeGreaterThan(10);
    expect(others.filter((m) => m[2] !== 'reused cache entry').map((m) => m[1])).toEqual([]);
    expect(images.length, 'the changed cover’s images are written').toBeGreaterThan(others.length);
  });
});

/** What the search index holds for a page: its fragment's text (Pagefind separates Chinese words with zero-width spaces). */
function indexedContent(dir: string, url: string): string | undefined {
  const folder = join(dir, 'pagefind', 'fragment');
  for (const name of readdirSync(folder)) {
    const fragment = JSON.parse(
      gunzipSync(readFileSync(join(folder, name)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ) as {
      url: string;
      content: string;
    };
    if (fragment.url === url) return fragment.content.replaceAll('\u200b', '');
  }
  return undefined;
}

describe('a third build, with nothing changed', () => {
  let third: BuildResult;
  const indexBefore = new Map<string, Buffer>();
  beforeAll(() => {
    for (const f of listFiles(join(site, 'pagefind'))) indexBefore.set(f, readFileSync(join(site, 'pagefind', f)));
    third = buildSite('scale', { CONTENT_DIR: content }, 'as left');
    if (third.status !== 0) throw new Error(`scale site third build failed:\n${third.output.slice(-3000)}`);
  }, 300_000);

  it('takes the last search index instead of indexing every page again, file for file', () => {
    expect(third.output).toContain('搜索索引未变，沿用上次构建的索引（search index unchanged, reused）');
    const index = join(third.outDir, 'pagefind');
    expect(listFiles(index).sort()).toEqual([...indexBefore.keys()].sort());
    for (const [f, bytes] of indexBefore) expect(readFileSync(join(index, f)).equals(bytes), f).toBe(true);
    expect(indexedContent(third.outDir, `/events/${reworded}/`)).toContain('（更新）');
    // And the last site, the index taken from it, is gone.
    expect(readdirSync(dirname(third.outDir)).filter((name) => name !== 'dist' && name.includes('dist'))).toEqual([]);
  });
});
