import { afterEach, describe, expect, it, vi } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS, ENTRY_ORDER, SHOWCASE_COLLECTIONS } from './content/collections.ts';
import { contentForProvince } from './regions/test-support.ts';
import {
  absoluteUrl,
  basePath,
  collectionPath,
  defaultShareImagePath,
  entryPath,
  eventIcsPath,
  eventsInCityPath,
  homePath,
  lightingItemIcsPath,
  lightingPath,
  pagefindPath,
  regionPath,
  searchPath,
  shareCardPath,
  siteShareImagePath,
  statsTableCsvPath,
} from './urls.ts';

describe('the collection registry', () => {
  it('names each collection once, with a folder and a string-table section', () => {
    expect(COLLECTION_NAMES).toEqual(['events', 'books', 'learners', 'projects', 'pages']);
    expect(SHOWCASE_COLLECTIONS).toEqual(['events', 'books', 'learners', 'projects']);
    for (const name of COLLECTION_NAMES) expect(COLLECTIONS[name].folder).toBe(name);
  });

  it('orders lists by content: events by start, showcases the latest year first and featured first within it, pages by their order', () => {
    const at = (id: string, start: string, featured = false, order = 0) => ({
      id,
      data: { start: new Date(start), end: new Date(start), featured, order },
    });
    const late = at('a', '2023-11-20T00:00:00Z', true, 1);
    const early = at('b', '2023-11-18T00:00:00Z', false, 0);
    expect([late, early].sort(ENTRY_ORDER.start).map((e) => e.id)).toEqual(['b', 'a']);
    expect([early, late].sort(ENTRY_ORDER.latest).map((e) => e.id)).toEqual(['a', 'b']);
    // A book of this year's list comes before last year's featured one.
    const showcase = (id: string, year: number, featured: boolean) => ({ id, data: { year, featured } });
    const lastYearsBest = showcase('a-best', 2023, true);
    const thisYears = showcase('z-new', 2024, false);
    const thisYearsBest = showcase('m-best', 2024, true);
    expect([lastYearsBest, thisYears, thisYearsBest].sort(ENTRY_ORDER.latest).map((e) => e.id)).toEqual(['m-best', 'z-new', 'a-best']);
    expect([late, early].sort(ENTRY_ORDER.page).map((e) => e.id)).toEqual(['b', 'a']);
    // Ties fall back to the id, so two builds of the same content agree.
    expect([at('y', '2023-11-18T00:00:00Z'), at('x', '2023-11-18T00:00:00Z')].sort(ENTRY_ORDER.start).map((e) => e.id)).toEqual([
      'x',
      'y',
    ]);
  });
});

describe('site paths', () => {
  it('puts an entry at its file path under its collection, and pages at the root', () => {
    expect(entryPath('events', '2023/gz-reading')).toBe('/events/2023/gz-reading/');
    expect(entryPath('books', 'biancheng')).toBe('/books/biancheng/');
    expect(entryPath('pages', 'notices/moe-2023')).toBe('/notices/moe-2023/');
    expect(entryPath('pages', 'about')).toBe('/about/');
    expect(collectionPath('learners')).toBe('/learners/');
  });

  it('builds the fixed addresses of design.md', () => {
    expect(regionPath('440100')).toBe('/regions/440100/');
    expect(eventIcsPath('2023/gz-reading')).toBe('/events/2023/gz-reading.ics');
    expect(eventsInCityPath('440100', 'seminar')).toBe('/events/in/440100/seminar/');
    expect(lightingPath(2023, 'gz-canton-tower')).toBe('/lighting/2023/#gz-canton-tower');
    expect(lightingItemIcsPath(2023, 'gz-canton-tower')).toBe('/lighting/2023/gz-canton-tower.ics');
    expect(statsTableCsvPath(2023)).toBe('/stats/2023/table.csv');
    expect(shareCardPath('events', '2023/gz-reading')).toBe('/share/events/2023/gz-reading.jpg');
    expect(searchPath('读书 会')).toBe('/search/?q=%E8%AF%BB%E4%B9%A6%20%E4%BC%9A');
  });

  it('makes a path absolute on the public URL', () => {
    expect(absoluteUrl('/books/', 'https://edu.example.cn')).toBe('https://edu.example.cn/books/');
  });
});

describe('under a base path', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('puts every address under it, the home page too', () => {
    vi.stubEnv('BASE_PATH', '/zt/xxzq');
    expect(basePath()).toBe('/zt/xxzq/');
    expect(homePath()).toBe('/zt/xxzq/');
    expect(entryPath('events', '2023/gz-reading')).toBe('/zt/xxzq/events/2023/gz-reading/');
    expect(entryPath('pages', 'about')).toBe('/zt/xxzq/about/');
    expect(lightingPath(2023, 'gz-canton-tower')).toBe('/zt/xxzq/lighting/2023/#gz-canton-tower');
    expect(lightingItemIcsPath(2023, 'gz-canton-tower')).toBe('/zt/xxzq/lighting/2023/gz-canton-tower.ics');
    expect(pagefindPath('pagefind.js')).toBe('/zt/xxzq/pagefind/pagefind.js');
    expect(defaultShareImagePath()).toBe('/zt/xxzq/share/default.png');
    expect(siteShareImagePath('lighting')).toBe('/zt/xxzq/share/lighting.png');
    expect(absoluteUrl(entryPath('books', 'santi'), 'https://edu.gd.gov.cn')).toBe('https://edu.gd.gov.cn/zt/xxzq/books/santi/');
  });
});

describe('regionPagePath: where an entry’s region links to', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it.each(['440000', '500000', '460000'])(
    'is a page the build writes for every code of %s, the province’s own (省级/市级 entries) too',
    async (code) => {
      vi.stubEnv('CONTENT_DIR', contentForProvince(code));
      vi.resetModules();
      const urls = await import('./urls.ts');
      const regions = await import('./regions/index.ts');
      // The region pages site-routes.ts lists, as src/pages/regions/ builds them: the index, each city and county.
      const built = new Set([
        urls.regionsPath(),
        ...[...regions.cities(), ...regions.allCounties()].map((r) => urls.regionPath(r.code)),
      ]);
      const all = [regions.province(), ...regions.subdivisions(), ...regions.allCounties()];
      for (const region of all) expect(built.has(urls.regionPagePath(region.code)), region.name).toBe(true);
      expect(urls.regionPagePath(code)).toBe(urls.regionsPath());
    },
  );
});
