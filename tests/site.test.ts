import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { statsFormsText } from '../src/i18n/zh-CN/stats-forms.ts';
import { parseBeijing } from '../src/lib/dates/index.ts';
import { sameTemplate } from '../src/lib/events-import/shipped-template.ts';
import { eventsTemplateBuffer } from '../src/lib/events-import/template.ts';
import { formatFileSize } from '../src/lib/images/original-file.ts';
import { allCounties, cities, cityOf, placeWords, regionByCode } from '../src/lib/regions/index.ts';
import { FIXTURE_SITE, TEST_BUILD_EPOCH } from './support/build-site.ts';
import {
  aliasPageFiles,
  dataYears,
  entryAliases,
  entryIds,
  eventOverAt,
  eventIsAllDay,
  FIXTURE_CONTENT,
  frontMatter,
  readInput,
  readInputJson,
  siteSettings,
} from './support/fixture.ts';
import { listFiles, readHtml, resolvesTo, saidText } from './support/site-files.ts';
import { PLACE_BREAK } from '../src/lib/search/place-break.ts';

const siteHost = new URL(siteSettings().url).host;
let files: string[] = [];
let htmlFiles: string[] = [];
/** The pages at entries' old addresses (aliases): they send the reader on, and are tested as such below. */
const moved = aliasPageFiles();

beforeAll(() => {
  files = listFiles(FIXTURE_SITE);
  htmlFiles = files.filter((f) => f.endsWith('.html'));
});

describe('the built site', () => {
  it('has a page for every entry at the URL its file path gives', () => {
    for (const collection of ['events', 'books', 'learners', 'projects']) {
      const ids = entryIds(collection);
      expect(ids.length, collection).toBeGreaterThan(0);
      for (const id of ids) expect(files, `${collection}/${id}`).toContain(`${collection}/${id}/index.html`);
    }
    for (const id of entryIds('pages')) expect(files).toContain(`${id}/index.html`);
  });

  it('has a page for every city and county', () => {
    for (const region of [...cities(), ...allCounties()]) expect(files).toContain(`regions/${region.code}/index.html`);
  });

  it('names an entry’s county with its city on the entry’s page (汕头市龙湖区, not 龙湖区 alone), linked to the county’s page, and in its search result', () => {
    let counties = 0;
    for (const collection of ['events', 'learners', 'projects']) {
      for (const id of entryIds(collection)) {
        const code = String(frontMatter(collection, id).region);
        const region = regionByCode(code)!;
        const city = region.level === 'county' && region.parent ? regionByCode(region.parent) : undefined;
        if (city?.level === 'city') counties++;
        const page = readHtml(FIXTURE_SITE, `${collection}/${id}/index.html`);
        const label = page.querySelectorAll('dt').find((dt) => dt.text.trim() === t.regions.label);
        const link = label?.nextElementSibling?.querySelector('a');
        expect(link?.text.trim(), `${collection}/${id}`).toBe(city?.level === 'city' ? `${city.name}${region.name}` : region.name);
        expect(link?.getAttribute('href'), `${collection}/${id}`).toBe(
          region.level === 'province' ? '/regions/' : `/regions/${code}/`,
        );
        // The search result's place: the same name, with the break between city and county (place-break.ts).
        expect(page.querySelector('[data-pagefind-meta="place"]')?.text, `${collection}/${id}`).toBe(
          city?.level === 'city' ? `${city.name}${PLACE_BREAK}${region.name}` : link?.text.trim(),
        );
      }
    }
    expect(counties).toBeGreaterThan(0);
  });

  it('names a county with its city in every list that gives an entry’s place: cards, calendars and 附近的活动', () => {
    const placeOf = (collection: string, id: string) => {
      const region = regionByCode(String(frontMatter(collection, id).region))!;
      const city = cityOf(region.code);
      return city && city.code !== region.code ? `${city.name}${region.name}` : region.name;
    };
    const seen = new Set<string>();
    let counties = 0;
    for (const file of htmlFiles) {
      for (const meta of readHtml(FIXTURE_SITE, file).querySelectorAll('.card__meta, .nearby__meta, .month__meta')) {
        const href = meta.closest('li, article')?.querySelector('a')?.getAttribute('href') ?? '';
        const entry = /^\/(events|learners|projects)\/(.+)\/$/.exec(href);
        if (!entry) continue;
        const place = placeOf(entry[1]!, entry[2]!);
        if (place !== regionByCode(String(frontMatter(entry[1]!, entry[2]!).region))!.name) counties++;
        seen.add(meta.getAttribute('class')!.split(' ')[0]!);
        expect(meta.text, `${file} › ${href}`).toContain(place);
      }
    }
    expect([...seen].sort()).toEqual(['card__meta', 'month__meta', 'nearby__meta']);
    expect(counties).toBeGreaterThan(0);
  });

  it('says, on a county page with no events listed, how many its report counted, rather than a bare 0', () => {
    const year = Math.max(...dataYears('stats'));
    type Report = { region: string; activities: Record<string, { count: number }> };
    const { reports } = readInputJson<{ reports: Report[] }>(`data/stats/${year}.json`);
    const listed = new Set(entryIds('events').map((id) => String(frontMatter('events', id).region)));
    const quiet = reports.filter((r) => regionByCode(r.region)?.level === 'county' && !listed.has(r.region));
    expect(quiet.length).toBeGreaterThan(0);
    for (const report of quiet) {
      const doc = readHtml(FIXTURE_SITE, `regions/${report.region}/index.html`);
      const total = Object.values(report.activities).reduce((sum, a) => sum + a.count, 0);
      const said = doc.querySelector('section[aria-labelledby="r-events"] > p');
      expect(said?.textContent, report.region).toContain(`${total.toLocaleString('zh-CN')} 项`);
      expect(said?.querySelector('a[href="#r-stats"]'), report.region).not.toBeNull();
      expect(doc.querySelector('#r-stats'), report.region).not.toBeNull();
      expect(doc.querySelector('.lead')?.textContent, report.region).not.toMatch(/共 0 项活动/);
    }
  });

  it('lists on a district’s page the province’s and its city’s events held there, and where else to look', () => {
    // By the venue's address (广州市越秀区文明路213号), as a resident reads it: not by the map's point the site uses.
    const held = entryIds('events').flatMap((id) => {
      const { region, venue } = frontMatter('events', id) as { region: string; venue?: { address?: string } };
      if (regionByCode(region)?.level === 'county' || !venue?.address) return [];
      const county = allCounties().find((c) => venue.address!.startsWith(`${cityOf(c.code)!.name}${c.name}`));
      return county ? [{ id, county }] : [];
    });
    expect(held.length).toBeGreaterThan(1);
    for (const { id, county } of held) {
      const doc = readHtml(FIXTURE_SITE, `regions/${county.code}/index.html`);
      const links = doc.querySelectorAll('section[aria-labelledby="r-events"] a').map((a) => a.getAttribute('href'));
      expect(links, `${id} on ${county.name}`).toContain(`/events/${id}/`);
      expect(links, county.name).toContain(`/events/in/${cityOf(county.code)!.code}/`);
    }
  });

  it('says on /stats/ what the latest year’s reports add up to, the cities’ own and the counties’ apart', () => {
    const year = Math.max(...dataYears('stats'));
    type Report = { region: string; activities: Record<string, { count: number; participants: number }> };
    const { reports } = readInputJson<{ reports: Report[] }>(`data/stats/${year}.json`);
    const sum = (level: string) =>
      reports
        .filter((r) => regionByCode(r.region)?.level === level)
        .flatMap((r) => Object.values(r.activities))
        .reduce((total, a) => ({ activities: total.activities + a.count, participants: total.participants + a.participants }), {
          activities: 0,
          participants: 0,
        });
    const cities = sum('city');
    const counties = sum('county');
    const all = { activities: cities.activities + counties.activities, participants: cities.participants + counties.participants };
    const said = readHtml(FIXTURE_SITE, 'stats/index.html').querySelector('.stats-totals')?.textContent;
    expect(said).toContain(`活动 ${all.activities.toLocaleString('zh-CN')} 项，参加 ${all.participants.toLocaleString('zh-CN')} 人次`);
    expect(said).toContain(`本级 ${cities.activities.toLocaleString('zh-CN')} 项`);
    expect(said).toContain(`${counties.activities.toLocaleString('zh-CN')} 项、${counties.participants.toLocaleString('zh-CN')} 人次`);
  });

  it('offers the blank events sheet of the week’s year on the submission page, saved under its name, the sheet the import reads', async () => {
    const { year } = siteSettings();
    // The page whose front matter asks for the forms.
    const page = readdirSync(join(FIXTURE_CONTENT, 'pages'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => file.replace(/\.md$/u, ''))
      .find((id) => frontMatter('pages', id).action === 'submissionForm')!;
    const links = readHtml(FIXTURE_SITE, `${page}/index.html`).querySelectorAll('main a[href="/events/sheet.xlsx"]');
    const bytes = new Uint8Array(readFileSync(join(FIXTURE_SITE, 'events/sheet.xlsx')));
    // Named by what it is and how large the built file is, and saved under the week's year's name.
    expect(links.map((a) => [a.textContent.trim(), a.getAttribute('download')])).toEqual([
      [t.notices.forms.eventsSheet.download(formatFileSize(bytes.length)), `${t.notices.forms.eventsSheet.file(year)}.xlsx`],
    ]);
    expect(await sameTemplate(bytes, await eventsTemplateBuffer(year, new Date()))).toBe(true);
  });

  it('sends the regions still to report to the statistics form, on the week’s year’s progress page only', () => {
    const { year, forms } = readInputJson<{ year: number; forms: { activityData: { url: string } } }>('data/site.json');
    const everyRegion = cities().length + allCounties().length;
    for (const statsYear of dataYears('stats')) {
      const { reports } = readInputJson<{ reports: { region: string }[] }>(`data/stats/${statsYear}.json`);
      const reported = new Set(reports.map((r) => r.region).filter((code) => regionByCode(code)?.level !== 'province'));
      const formLinks = readHtml(FIXTURE_SITE, `stats/${statsYear}/index.html`)
        .querySelectorAll(`main a[href="${forms.activityData.url}"]`)
        .map((a) => a.textContent.trim());
      // Last year's form is closed; this year's is offered while some region has not reported.
      const offered = statsYear === year && reported.size < everyRegion;
      expect(formLinks, String(statsYear)).toEqual(offered ? [t.notices.forms.activityData.open] : []);
      if (statsYear === year) expect(offered, 'the fixture has regions still to report').toBe(true);
    }
  });

  it('lists, on a city’s events, its districts and counties that have events, each with its count and page', () => {
    const counts = new Map<string, number>();
    for (const id of entryIds('events')) {
      const code = String(frontMatter('events', id).region);
      if (regionByCode(code)?.level === 'county') counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const city = cityOf([...counts.keys()].sort()[0]!)!;
    const expected = allCounties()
      .filter((c) => cityOf(c.code)?.code === city.code && counts.has(c.code))
      .map((c) => `/regions/${c.code}/ ${c.name}（${counts.get(c.code)}）`);
    expect(expected.length).toBeGreaterThan(0);
    const links = readHtml(FIXTURE_SITE, `events/in/${city.code}/index.html`)
      .querySelectorAll(`nav[aria-label="${t.events.filters.byCounty(placeWords().divisions)}"] a`)
      .map((a) => `${a.getAttribute('href')} ${a.textContent}`);
    expect(links).toEqual(expected);
  });

  it('says on a view of its own (适合老年人) that another chip opens that view, rather than narrow this one', () => {
    const note = (page: string) => readHtml(FIXTURE_SITE, page).querySelector('.filters__note')?.textContent;
    expect(note('events/for/elderly/index.html')).toBe(t.events.filters.noteView(t.audiences.elderly));
    expect(note('events/index.html')).toBe(t.events.filters.note);
  });

  it('heads each group of the 各类活动汇总 table with its own count, over the same columns as its level', () => {
    const table = readHtml(FIXTURE_SITE, 'stats/index.html').querySelector('.moe-table table')!;
    /** Each heading of a header row with the column it starts at. */
    const starts = (row: number) => {
      let column = 0;
      return table
        .querySelectorAll('thead tr')
        [row]!.querySelectorAll(':scope > th, :scope > td')
        .flatMap((cell) => {
          const at = column;
          column += Number(cell.getAttribute('colspan') ?? 1);
          return cell.tagName === 'TH' ? [{ at, text: cell.textContent.split('：')[0]! }] : [];
        });
    };
    const levels = starts(1);
    const pairs = starts(0).map((count) => [count.text, levels.find((level) => level.at === count.at)?.text]);
    const annex = statsFormsText.annex;
    expect(pairs).toEqual([
      [annex.cityCount, annex.cities],
      [annex.countyCount, annex.counties],
    ]);
  });

  it('shares the statistics and lighting pages with figures to quote, not the site’s description', () => {
    const og = (page: string) =>
      readHtml(FIXTURE_SITE, page).querySelector('meta[property="og:description"]')?.getAttribute('content');
    const year = Math.max(...dataYears('stats'));
    type Report = { activities: Record<string, { count: number; participants: number }> };
    const { reports } = readInputJson<{ reports: Report[] }>(`data/stats/${year}.json`);
    const activities = reports.flatMap((r) => Object.values(r.activities)).reduce((sum, a) => sum + a.count, 0);
    for (const page of ['stats/index.html', `stats/${year}/index.html`, `stats/${year}/table/index.html`]) {
      expect(og(page), page).toContain(`${year} 年`);
      expect(og(page), page).toContain(`活动 ${activities.toLocaleString('zh-CN')} 项`);
    }
    const lightingYear = Math.max(...dataYears('lighting'));
    const items = readInputJson<{ items: { region: string; place: string }[] }>(`data/lighting/${lightingYear}.json`).items;
    const places = new Set(items.map((i) => `${i.region} ${i.place}`)).size;
    for (const page of ['lighting/index.html', `lighting/${lightingYear}/index.html`])
      expect(og(page), page).toContain(`${lightingYear} 年活动周亮灯：${places} 处地点`);
    expect(og('stats/index.html')).not.toBe(readInputJson<{ description: string }>('data/site.json').description);
  });

  it('names whose ceremony each date links to in the 开幕式 list, for a screen reader’s list of links', () => {
    const links = readHtml(FIXTURE_SITE, 'stats/index.html')
      .querySelectorAll('.opening-list li')
      .flatMap((li) => {
        const [region, ...rest] = li.querySelectorAll(':scope > a');
        // The region's link as a screen reader names it: without the ： after its words.
        return rest.map((link) => ({ region: saidText(region!), text: link.textContent.replace(/\s+/g, '') }));
      });
    expect(links.length).toBeGreaterThan(0);
    for (const { region, text } of links) expect(text, region).toMatch(new RegExp(`^${region}开幕式\\d+月\\d+日$`));
  });

  it('lists in the sitemap the pages with something to find, not the search page, the 404 page or the latest year’s second address', () => {
    const locs = [...readFileSync(join(FIXTURE_SITE, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    );
    expect(locs).toContain('/events/');
    expect(locs).toContain(`/stats/${Math.max(...dataYears('stats'))}/`);
    expect(locs).toContain(`/lighting/${Math.max(...dataYears('lighting'))}/`);
    expect(locs.filter((path) => /^\/(search|404|stats|lighting)\/$/.test(path))).toEqual([]);
  });

  it('dates each entry page in the sitemap by its file’s last change, and no list', () => {
    // The build's content is a copy git does not know (tests/.output): each file is dated by its modification time, kept from the fixture.
    const changed = new Map(
      ['events', 'books', 'learners', 'projects', 'pages'].flatMap((collection) =>
        entryIds(collection).map((id) => {
          const path = collection === 'pages' ? `/${id}/` : `/${collection}/${id}/`;
          const file = join(
            FIXTURE_CONTENT,
            collection,
            `${id}${existsSync(join(FIXTURE_CONTENT, collection, `${id}.md`)) ? '.md' : '.mdx'}`,
          );
          return [path, statSync(file).mtime.toISOString()] as const;
        }),
      ),
    );
    const urls = [...readFileSync(join(FIXTURE_SITE, 'sitemap-0.xml'), 'utf8').matchAll(/<url>(.*?)<\/url>/g)].map(([, url]) => ({
      path: new URL(/<loc>([^<]+)<\/loc>/.exec(url!)![1]!).pathname,
      lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(url!)?.[1],
    }));
    const entries = urls.filter(({ path }) => changed.has(path));
    expect(entries.length).toBe(changed.size);
    for (const { path, lastmod } of entries) expect(lastmod, path).toBe(changed.get(path));
    expect(urls.filter(({ path, lastmod }) => !changed.has(path) && lastmod !== undefined)).toEqual([]);
    expect(urls.find(({ path }) => path === '/events/')?.lastmod).toBeUndefined();
  });

  it('has the home page, list pages and a 404', () => {
    for (const f of [
      'index.html',
      'events/index.html',
      'books/index.html',
      'learners/index.html',
      'projects/index.html',
      'regions/index.html',
      'about/index.html',
      '404.html',
    ]) {
      expect(files).toContain(f);
    }
  });

  it("names each page's own address as canonical and og:url (the latest year's for /stats/ and /lighting/), and none on the 404 page, which is served at any missing one", () => {
    const wrong: string[] = [];
    // /stats/ and /lighting/ show the latest year, whose page is the address that lasts.
    const latest: Record<string, string> = {
      'stats/index.html': `stats/${Math.max(...dataYears('stats'))}/index.html`,
      'lighting/index.html': `lighting/${Math.max(...dataYears('lighting'))}/index.html`,
    };
    for (const file of htmlFiles.filter((f) => f !== '404.html' && !moved.has(f))) {
      const doc = readHtml(FIXTURE_SITE, file);
      const own = new URL(`/${(latest[file] ?? file).replace(/index\.html$/, '')}`, siteSettings().url).href;
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const ogUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
      if (canonical !== own || ogUrl !== own) wrong.push(`${file}: ${canonical} ${ogUrl}`);
    }
    expect(wrong).toEqual([]);
    const notFound = readHtml(FIXTURE_SITE, '404.html');
    expect(notFound.querySelector('title')?.textContent).toBeTruthy();
    for (const selector of ['link[rel="canonical"]', 'meta[property="og:url"]', 'meta[name="Url"]', '[itemprop="url"]'])
      expect(notFound.querySelectorAll(selector), selector).toHaveLength(0);
    expect(notFound.toString()).not.toContain('/404/');
  });

  it('makes bold what a page’s file marks bold, where the bold ends in Chinese punctuation too (**关于示例内容：**本站), leaving no asterisk on the page', () => {
    const bold = [...readInput('pages/about.md').matchAll(/\*\*([^*]+)\*\*/gu)].map((match) => match[1]!);
    expect(bold.some((words) => /\p{P}$/u.test(words))).toBe(true);
    const main = readHtml(FIXTURE_SITE, 'about/index.html').querySelector('main')!;
    expect(main.querySelectorAll('strong').map((strong) => strong.text)).toEqual(expect.arrayContaining(bold));
    expect(main.text).not.toContain('**');
  });

  it('runs a paragraph on with no space where its file breaks a line inside Chinese text', () => {
    // Lines of one paragraph of the about page's file, the first ending and the next beginning with a Chinese character.
    const lines = readInput('pages/about.md').split('\n');
    const wrapped = lines.flatMap((line, i) =>
      /[\p{Script=Han}，。]$/u.test(line) && /^\p{Script=Han}/u.test(lines[i + 1] ?? '') ? [line + lines[i + 1]] : [],
    );
    expect(wrapped.length).toBeGreaterThan(0);
    const text = readHtml(FIXTURE_SITE, 'about/index.html').querySelector('main')!.text;
    for (const joined of wrapped) expect(text).toContain(joined);
  });

  it('declares zh-CN on every page', () => {
    for (const file of htmlFiles) expect(readHtml(FIXTURE_SITE, file).querySelector('html')?.getAttribute('lang'), file).toBe('zh-CN');
  });

  it('offers one search box per page, so a screen reader lists one search landmark: on the search page its own form, not the header’s too', () => {
    const twice: string[] = [];
    for (const file of htmlFiles.filter((f) => !moved.has(f))) {
      const forms = readHtml(FIXTURE_SITE, file).querySelectorAll('form[role="search"]');
      if (forms.length !== 1) twice.push(`${file}: ${forms.length}`);
    }
    expect(twice).toEqual([]);
    const searchPage = readHtml(FIXTURE_SITE, 'search/index.html');
    expect(searchPage.querySelector('header form[role="search"]')).toBeNull();
    expect(searchPage.querySelector('main form[role="search"]')).not.toBeNull();
  });

  it('resolves every internal link and resource', () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const doc = readHtml(FIXTURE_SITE, file);
      const base = `/${file.replace(/index\.html$/, '').replace(/[^/]+\.html$/, '')}`;
      const refs = [
        ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
        ...doc.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
        ...doc.querySelectorAll('link[href]').map((e) => e.getAttribute('href')!),
        ...doc.querySelectorAll('[srcset]').flatMap((e) =>
          e
            .getAttribute('srcset')!
            .split(',')
            .map((s) => s.trim().split(/\s+/)[0]!),
        ),
      ];
      for (const ref of refs) {
        if (/^(https?:|mailto:|tel:|#|data:)/.test(ref) || ref.startsWith('//')) continue;
        const path = new URL(ref, `http://x${base}`).pathname;
        if (!resolvesTo(FIXTURE_SITE, path)) broken.push(`${file} → ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from another host', () => {
    const offenders: string[] = [];
    const foreign = (url: string) => {
      const m = /^(?:https?:)?\/\/([^/]+)/.exec(url.trim());
      return m !== null && m[1] !== siteHost;
    };
    for (const file of htmlFiles) {
      const doc = readHtml(FIXTURE_SITE, file);
      const loads = [
        ...doc
          .querySelectorAll('script[src], img[src], iframe[src], audio[src], video[src], source[src], embed[src]')
          .map((e) => e.getAttribute('src')!),
        ...doc.querySelectorAll('[srcset]').flatMap((e) =>
          e
            .getAttribute('srcset')!
            .split(',')
            .map((s) => s.trim().split(/\s+/)[0]!),
        ),
        ...doc
          .querySelectorAll('link[href]')
          .filter((l) => !/\b(canonical|alternate|external)\b/.test(l.getAttribute('rel') ?? ''))
          .map((l) => l.getAttribute('href')!),
        ...[...doc.toString().matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!),
      ];
      for (const url of loads) if (foreign(url)) offenders.push(`${file} → ${url}`);
    }
    for (const file of files.filter((f) => /\.(css|js)$/.test(f) && !f.startsWith('pagefind/'))) {
      const text = readFileSync(join(FIXTURE_SITE, file), 'utf8');
      for (const m of text.matchAll(/(?:url\(|@import\s+|import\s*\(?\s*)['"]?(https?:\/\/[^'")\s]+)/g)) {
        if (foreign(m[1]!)) offenders.push(`${file} → ${m[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('serves images in modern formats with their size, the first at once and the rest lazy below the fold', () => {
    const page = readHtml(FIXTURE_SITE, 'books/index.html');
    const imgs = page.querySelectorAll('main img');
    expect(imgs.length).toBeGreaterThan(1);
    for (const [i, img] of imgs.entries()) {
      expect(img.getAttribute('width')).toMatch(/^\d+$/);
      expect(img.getAttribute('height')).toMatch(/^\d+$/);
      expect(img.getAttribute('loading')).toBe(i === 0 ? 'eager' : 'lazy');
      // Present, and empty: a card's title names it (tests/residents-media.test.ts, cover photos).
      expect(img.getAttribute('alt')).toBe('');
    }
    const sources = page.querySelectorAll('main picture source').map((s) => s.getAttribute('type'));
    // WebP with a JPEG fallback: AVIF cost 93% of a cold build's image time for a few KB (README, "Images").
    expect(sources).toEqual(sources.map(() => 'image/webp'));
    expect(page.querySelector('main picture img')?.getAttribute('src')).toMatch(/\.(jpe?g|png)$/);
  });

  it('dates each card with its year on a list of several years, and without on one year\u2019s list', () => {
    /** Each card's date line, and the date its event's file gives (Beijing wall-clock time as written). */
    const cards = (page: string) =>
      readHtml(FIXTURE_SITE, page)
        .querySelectorAll('.event-list li')
        .map((li) => {
          const id = li
            .querySelector('a')!
            .getAttribute('href')!
            .replace(/^\/events\/|\/$/g, '');
          const { start, end } = frontMatter('events', id);
          const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(start))!;
          const last = end === undefined ? undefined : /^\d{4}-(\d{2})-(\d{2})/.exec(String(end));
          const endDay = last && `${Number(last[1])}月${Number(last[2])}日`;
          const day = `${Number(m)}月${Number(d)}日`;
          return {
            meta: li.querySelector('.card__meta')!.textContent,
            year: `${y}年`,
            day,
            endDay: endDay === day ? undefined : endDay,
          };
        });
    const years = new Set(entryIds('events').map((id) => id.split('/')[0]));
    expect(years.size).toBeGreaterThan(1);
    const all = cards('events/index.html');
    expect(all.length).toBeGreaterThan(0);
    for (const card of all) expect(card.meta.startsWith(`${card.year}${card.day} `), card.meta).toBe(true);
    const oneYear = cards(`events/${[...years].sort().at(-1)}/index.html`);
    expect(oneYear.length).toBeGreaterThan(0);
    for (const card of oneYear) expect(card.meta.startsWith(`${card.day} `), card.meta).toBe(true);
    // An event across days names its last day too: a month-long one does not read as one day long past.
    const acrossDays = all.filter((card) => card.endDay !== undefined);
    expect(acrossDays.length).toBeGreaterThan(0);
    for (const card of acrossDays) expect(card.meta, card.meta).toContain(` 至 ${card.endDay}`);
  });

  it('builds a Pagefind index over the content pages only', () => {
    expect(files).toContain('pagefind/pagefind.js');
    const event = readHtml(FIXTURE_SITE, `events/${entryIds('events')[0]}/index.html`);
    expect(event.querySelector('[data-pagefind-body]')).not.toBeNull();
    const list = readHtml(FIXTURE_SITE, 'events/index.html');
    expect(list.querySelector('[data-pagefind-body]')).toBeNull();
  });
});

describe('an entry’s old address (aliases)', () => {
  const aliases = entryAliases();
  const absolute = (path: string) => new URL(path, siteSettings().url).href;

  it('opens a page that sends the reader on to the entry at once, without a script, and names the entry’s page as canonical', () => {
    expect(aliases.length).toBeGreaterThan(0);
    for (const { collection, id, alias } of aliases) {
      const to = collection === 'pages' ? `/${id}/` : `/${collection}/${id}/`;
      const doc = readHtml(FIXTURE_SITE, `${alias.slice(1)}index.html`);
      expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), alias).toBe(`0; url=${to}`);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), alias).toBe(absolute(to));
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), alias).toBe('noindex');
      expect(doc.querySelector('main a')?.getAttribute('href'), alias).toBe(to);
      expect(doc.querySelectorAll('script'), alias).toHaveLength(0);
      expect(resolvesTo(FIXTURE_SITE, to), to).toBe(true);
    }
  });

  it('is left out of the sitemap and the search index', () => {
    const locs = [...readFileSync(join(FIXTURE_SITE, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const { alias } of aliases) {
      expect(locs, alias).not.toContain(absolute(alias));
      expect(readHtml(FIXTURE_SITE, `${alias.slice(1)}index.html`).querySelector('[data-pagefind-body]'), alias).toBeNull();
    }
  });
});

describe('maps on the built pages', () => {
  it('footnotes 光明区 on 深圳’s county map, and links every city on the province map', () => {
    const shenzhen = readHtml(FIXTURE_SITE, 'regions/440300/index.html');
    expect(shenzhen.querySelector('.region-map figcaption')?.text).toContain('光明区在示意图中与宝安区合并显示。');
    const stats = readHtml(FIXTURE_SITE, 'stats/index.html');
    const links = stats.querySelectorAll('#city-map svg a').map((a) => a.getAttribute('href'));
    expect(new Set(links)).toEqual(new Set(cities().map((c) => `/regions/${c.code}/`)));
  });

  it('says on the province map that a city’s figures are its own report, with its counties’ progress beside them', () => {
    const year = Math.max(...dataYears('stats'));
    const { reports } = readInputJson<{ reports: { region: string }[] }>(`data/stats/${year}.json`);
    const reported = new Set(reports.map((r) => r.region));
    const stats = readHtml(FIXTURE_SITE, 'stats/index.html');
    expect(stats.querySelector('#city-map figcaption')?.text).toContain('为本级报送，不含下辖县（市、区）');
    // A shape's words are its <title>: its link's name and its tooltip.
    const titleOf = (code: string) => stats.querySelector(`#city-map a[href="/regions/${code}/"] title`)?.text ?? '';
    const withCounties = cities().filter((c) => allCounties().some((county) => county.parent === c.code));
    expect(withCounties.length).toBeGreaterThan(0);
    for (const city of withCounties) {
      const counties = allCounties().filter((county) => county.parent === city.code);
      const done = counties.filter((county) => reported.has(county.code)).length;
      expect(titleOf(city.code)).toMatch(new RegExp(`^${city.name}本级：`));
      expect(titleOf(city.code)).toContain(`下辖县（市、区）${done}/${counties.length} 个已报送`);
    }
    // A city without counties (东莞) reports for all of it.
    for (const city of cities().filter((c) => !withCounties.includes(c))) expect(titleOf(city.code)).not.toContain('本级');
  });

  it('lets a reader switch layers without JavaScript: one radio per layer, CSS colouring per class', () => {
    const stats = readHtml(FIXTURE_SITE, 'stats/index.html');
    const radios = stats.querySelectorAll('#city-map input[type=radio]').map((r) => r.getAttribute('id'));
    expect(radios).toEqual(['city-map-status', 'city-map-activities', 'city-map-participants', 'city-map-opening']);
    // The colouring lives in the page's stylesheets (files: the pages carry no inline style), by each region's class.
    const css = stats
      .querySelectorAll('link[rel=stylesheet]')
      .map((link) => readFileSync(join(FIXTURE_SITE, link.getAttribute('href')!), 'utf8'))
      .join('\n');
    expect(stats.querySelectorAll('style')).toHaveLength(0);
    const classes = stats.querySelector('#city-map path')!.getAttribute('class')!.split(' ');
    const activities = classes.find((c) => c.startsWith('activities-'))!;
    expect(css).toMatch(
      new RegExp(`:has\\(\\.pick-activities:checked\\)\\s*\\.region-map path\\.${activities}[^{]*\\{[^}]*fill:#[0-9a-f]{6}`),
    );
  });
});

describe('calendars on the built site', () => {
  it('/events.ics holds this year’s and coming events, each earlier year has its own file, and each event has one', async () => {
    const { default: ICAL } = await import('ical.js');
    const ids = entryIds('events');
    const urlsIn = (file: string) =>
      new ICAL.Component(ICAL.parse(readFileSync(join(FIXTURE_SITE, file), 'utf8')))
        .getAllSubcomponents('vevent')
        .map((v) => new URL(String(v.getFirstPropertyValue('url'))).pathname)
        .sort();
    // Beijing is UTC+8 all year: the wall-clock year of an instant is its UTC year eight hours on.
    const beijingYear = (value: unknown) => new Date(parseBeijing(value as string | Date)!.getTime() + 8 * 3600_000).getUTCFullYear();
    const { year } = siteSettings();
    const yearStart = parseBeijing(`${year}-01-01T00:00`)!.getTime();
    const current = ids.filter((id) => parseBeijing(frontMatter('events', id).end as string)!.getTime() >= yearStart);
    expect(current.length, 'the fixture has events of the current year').toBeGreaterThan(0);
    expect(current.length, 'and of an earlier year').toBeLessThan(ids.length);
    expect(urlsIn('events.ics')).toEqual(current.map((id) => `/events/${id}/`).sort());

    const byYear = new Map<number, string[]>();
    for (const id of ids)
      byYear.set(beijingYear(frontMatter('events', id).start), [
        ...(byYear.get(beijingYear(frontMatter('events', id).start)) ?? []),
        id,
      ]);
    expect(files.filter((f) => /^events\/\d{4}\.ics$/.test(f)).sort()).toEqual(
      [...byYear.keys()].map((y) => `events/${y}.ics`).sort(),
    );
    for (const [y, inYear] of byYear)
      expect(urlsIn(`events/${y}.ics`), String(y)).toEqual(inYear.map((id) => `/events/${id}/`).sort());

    for (const id of ids) expect(files).toContain(`events/${id}.ics`);
    // Each event's page links its file while it is still to come (after it, the page offers none).
    for (const id of ids) {
      const pageLink = readHtml(FIXTURE_SITE, `events/${id}/index.html`).querySelector(`a[href="/events/${id}.ics"]`);
      const offered = frontMatter('events', id).status === undefined && !eventOverAt(id, new Date(TEST_BUILD_EPOCH * 1000));
      expect(pageLink !== null, id).toBe(offered);
      // Saved under the event's title, as a reader finds it among their downloads (the fixture's titles hold nothing a file name refuses).
      if (pageLink) expect(pageLink.getAttribute('download'), id).toBe(`${String(frontMatter('events', id).title)}.ics`);
    }
    // The list links the calendar to subscribe to and each earlier year's.
    const listLinks = readHtml(FIXTURE_SITE, 'events/index.html')
      .querySelectorAll('.calendar-feeds a')
      .map((a) => a.getAttribute('href'));
    expect(listLinks).toEqual([
      '/events.ics',
      ...[...byYear.keys()]
        .filter((y) => y < year)
        .sort((a, b) => b - a)
        .map((y) => `/events/${y}.ics`),
    ]);
  });

  it('dates each event by its file’s last change (DTSTAMP, LAST-MODIFIED, SEQUENCE) in its own file and the feeds', async () => {
    const { default: ICAL } = await import('ical.js');
    // The build's content is a copy git does not know (tests/.output): each file is dated by its modification time, kept from the fixture.
    const changed = new Map<string, string>(
      entryIds('events').map((id) => {
        const { mtime } = statSync(join(FIXTURE_CONTENT, 'events', `${id}.md`));
        return [`/events/${id}/`, new Date(Math.floor(mtime.getTime() / 1000) * 1000).toISOString()] as const;
      }),
    );
    const versions = (file: string) =>
      new ICAL.Component(ICAL.parse(readFileSync(join(FIXTURE_SITE, file), 'utf8'))).getAllSubcomponents('vevent').map((v) => {
        const instant = (name: string) => (v.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time>).toJSDate().toISOString();
        return {
          path: new URL(String(v.getFirstPropertyValue('url'))).pathname,
          stamp: instant('dtstamp'),
          lastModified: instant('last-modified'),
          sequence: new ICAL.Event(v).sequence,
        };
      });
    const feeds = files.filter((f) => /^events(\/\d{4})?\.ics$/.test(f));
    const singles = entryIds('events').map((id) => `events/${id}.ics`);
    for (const file of [...feeds, ...singles]) {
      for (const { path, stamp, lastModified, sequence } of versions(file)) {
        expect([stamp, lastModified], `${file}: ${path}`).toEqual([changed.get(path), changed.get(path)]);
        // Minutes since 2000-01-01 (src/lib/calendar/build.ts).
        expect(sequence, `${file}: ${path}`).toBe(Math.floor((Date.parse(changed.get(path)!) - Date.UTC(2000, 0, 1)) / 60_000));
      }
    }
  });

  it('brings a reminder with each event’s file, when its page says: an hour before, or 09:00 the day before a whole-day event', async () => {
    const { default: ICAL } = await import('ical.js');
    const ids = entryIds('events');
    const allDay = ids.filter((id) => eventIsAllDay(id));
    const calledOff = ids.filter((id) => frontMatter('events', id).status !== undefined);
    expect(allDay.length, 'the fixture has events with times').toBeLessThan(ids.length);
    expect(calledOff.length, 'and one called off').toBeGreaterThan(0);
    for (const id of ids) {
      const vevent = new ICAL.Component(ICAL.parse(readFileSync(join(FIXTURE_SITE, `events/${id}.ics`), 'utf8'))).getFirstSubcomponent(
        'vevent',
      )!;
      const triggers = vevent
        .getAllSubcomponents('valarm')
        .map((a) => (a.getFirstPropertyValue('trigger') as { toSeconds(): number }).toSeconds());
      const link = readHtml(FIXTURE_SITE, `events/${id}/index.html`).querySelector(`a[href="/events/${id}.ics"]`);
      const said = link?.nextElementSibling?.textContent;
      if (calledOff.includes(id)) {
        // Nobody is to set out for it: no reminder, and its page offers none.
        expect(triggers, id).toEqual([]);
        expect(link, id).toBeNull();
        continue;
      }
      expect(triggers, id).toEqual(allDay.includes(id) ? [-15 * 3600] : [-3600]);
      if (eventOverAt(id, new Date(TEST_BUILD_EPOCH * 1000))) {
        // Over when the site was built: its page offers the file no more.
        expect(link, id).toBeNull();
      } else {
        expect(said, id).toContain(allDay.includes(id) ? '前一天上午9点' : '开始前1小时');
      }
    }
    // A subscribed calendar rings for nothing.
    expect(readFileSync(join(FIXTURE_SITE, 'events.ics'), 'utf8')).not.toContain('VALARM');
  });

  it('marks an event called off in its own file and in every calendar that carries it, under the same UID', async () => {
    const { default: ICAL } = await import('ical.js');
    const expected: Record<string, { status: string; mark: string }> = {
      cancelled: { status: 'CANCELLED', mark: '【已取消】' },
      postponed: { status: 'TENTATIVE', mark: '【已延期】' },
    };
    const calendars = files.filter((f) => /^events(\/\d{4})?\.ics$/.test(f) || /^events\/\d{4}\/.+\.ics$/.test(f));
    const seen = new Map<string, number>();
    for (const file of calendars) {
      for (const vevent of new ICAL.Component(ICAL.parse(readFileSync(join(FIXTURE_SITE, file), 'utf8'))).getAllSubcomponents(
        'vevent',
      )) {
        const id = new URL(String(vevent.getFirstPropertyValue('url'))).pathname.replace(/^\/events\/|\/$/g, '');
        const status = frontMatter('events', id).status as string | undefined;
        const summary = String(vevent.getFirstPropertyValue('summary'));
        expect(vevent.getFirstPropertyValue('uid'), `${file}: ${id}`).toBe(
          `event-${id.replaceAll('/', '-')}@${new URL(siteSettings().url).hostname}`,
        );
        if (status === undefined) {
          expect(vevent.getFirstPropertyValue('status'), `${file}: ${id}`).toBeNull();
          expect(summary, `${file}: ${id}`).toBe(frontMatter('events', id).title);
          continue;
        }
        expect(vevent.getFirstPropertyValue('status'), `${file}: ${id}`).toBe(expected[status]!.status);
        expect(summary, `${file}: ${id}`).toBe(`${expected[status]!.mark}${String(frontMatter('events', id).title)}`);
        expect(vevent.getAllSubcomponents('valarm'), `${file}: ${id}`).toEqual([]);
        seen.set(id, (seen.get(id) ?? 0) + 1);
      }
    }
    // Each one in its own file, its year's and (this year's) /events.ics.
    const calledOff = entryIds('events').filter((id) => frontMatter('events', id).status !== undefined);
    expect([...seen.keys()].sort()).toEqual(calledOff.sort());
    for (const id of calledOff) expect(seen.get(id), id).toBeGreaterThanOrEqual(2);
  });

  it('/lighting.ics holds every lighting window of every year, linked to its place on that year’s schedule', async () => {
    const { default: ICAL } = await import('ical.js');
    const expected = dataYears('lighting').flatMap((year) =>
      readInputJson<{ items: { id: string }[] }>(`data/lighting/${year}.json`).items.map((item) => `/lighting/${year}/#${item.id}`),
    );
    expect(dataYears('lighting').length).toBeGreaterThan(1);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(FIXTURE_SITE, 'lighting.ics'), 'utf8')));
    const urls = calendar.getAllSubcomponents('vevent').map((v) => new URL(String(v.getFirstPropertyValue('url'))));
    expect(urls.map((url) => url.pathname + url.hash).sort()).toEqual(expected.sort());
    for (const url of urls) {
      const page = readHtml(FIXTURE_SITE, `${url.pathname.slice(1)}index.html`);
      expect(page.querySelector(url.hash), url.href).not.toBeNull();
    }
  });

  it('has a calendar file beside each year’s schedule for each of its lightings, the window /lighting.ics has, linked from its row until it is over', async () => {
    const { default: ICAL } = await import('ical.js');
    const vevents = (file: string) =>
      new ICAL.Component(ICAL.parse(readFileSync(join(FIXTURE_SITE, file), 'utf8'))).getAllSubcomponents('vevent');
    const inFeed = new Map(vevents('lighting.ics').map((v) => [String(v.getFirstPropertyValue('uid')), v.toString()]));
    const built = new Date(TEST_BUILD_EPOCH * 1000);
    type Item = { id: string; place: string; start: string; end: string };
    const seen = { offered: 0, over: 0 };
    const latest = Math.max(...dataYears('lighting'));
    for (const year of dataYears('lighting')) {
      const { items } = readInputJson<{ items: Item[] }>(`data/lighting/${year}.json`);
      // The build's content is a copy git does not know (tests/.output): the file is dated by its modification time, kept from the fixture.
      const { mtime } = statSync(join(FIXTURE_CONTENT, 'data/lighting', `${year}.json`));
      const changed = new Date(Math.floor(mtime.getTime() / 1000) * 1000).toISOString();
      const pages = [`lighting/${year}/index.html`, ...(year === latest ? ['lighting/index.html'] : [])].map((page) => ({
        page,
        html: readHtml(FIXTURE_SITE, page),
      }));
      for (const item of items) {
        const file = `lighting/${year}/${item.id}.ics`;
        expect(files, file).toContain(file);
        const [vevent, ...others] = vevents(file);
        expect(others, file).toEqual([]);
        const uid = `lighting-${year}-${item.id}@${new URL(siteSettings().url).hostname}`;
        expect(vevent?.getFirstPropertyValue('uid'), file).toBe(uid);
        const instant = (name: string) =>
          (vevent!.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time>).toJSDate().toISOString();
        expect([instant('dtstart'), instant('dtend')], file).toEqual([
          parseBeijing(item.start)!.toISOString(),
          parseBeijing(item.end)!.toISOString(),
        ]);
        expect([instant('dtstamp'), instant('last-modified')], file).toEqual([changed, changed]);
        expect(String(vevent!.getFirstPropertyValue('summary')), file).toContain(item.place);
        // With its reminder taken out, the very entry of /lighting.ics: a reader who adds both has it once.
        expect(vevent!.getAllSubcomponents('valarm'), file).toHaveLength(1);
        vevent!.removeAllSubcomponents('valarm');
        expect(vevent!.toString(), file).toBe(inFeed.get(uid));

        const over = parseBeijing(item.end)!.getTime() <= built.getTime();
        seen[over ? 'over' : 'offered'] += 1;
        for (const { page, html } of pages) {
          const row = html.querySelector(`[id="${item.id}"]`)!.closest('.lighting-item')!;
          const links = row.querySelectorAll('a').filter((a) => a.getAttribute('href')?.endsWith('.ics'));
          if (over) {
            // Over when the site was built: nothing to add.
            expect(links, `${page}: ${item.id}`).toEqual([]);
            continue;
          }
          expect(
            links.map((a) => a.getAttribute('href')),
            `${page}: ${item.id}`,
          ).toEqual([`/${file}`]);
          // Saved as 广州塔亮灯（11月18日）.ics: the place and the night's day, by Beijing's calendar.
          const day = new Date(parseBeijing(item.start)!.getTime() + 8 * 3_600_000);
          expect(links[0]!.getAttribute('download'), `${page}: ${item.id}`).toBe(
            `${t.lighting.calendarFile(item.place, `${day.getUTCMonth() + 1}月${day.getUTCDate()}日`)}.ics`,
          );
          // Its words on screen, then the place for a screen reader: each row's link says which place it adds.
          const name = links[0]!.textContent.replace(/\s+/g, '');
          expect(name, `${page}: ${item.id}`).toMatch(new RegExp(`^${t.lighting.addToCalendar}.*${item.place}`));
          expect(links[0]!.querySelector('.visually-hidden')?.textContent, `${page}: ${item.id}`).toContain(item.place);
        }
      }
    }
    // The fixture's build falls in the 2023 week: some windows are over, some still to come.
    expect(seen.offered).toBeGreaterThan(0);
    expect(seen.over).toBeGreaterThan(0);
  });
});

describe('the size a calendar link states', () => {
  // The size of the file the build wrote, as a phone states it (the photo downloads' formatter): read from dist/, never from the page.
  const sizeOf = (href: string) => formatFileSize(statSync(join(FIXTURE_SITE, decodeURI(href))).size);
  const icsLinks = (page: string) =>
    readHtml(FIXTURE_SITE, page)
      .querySelectorAll('main a[href$=".ics"]')
      .map((a) => ({ href: a.getAttribute('href')!, words: a.textContent.replace(/\s+/g, ''), shown: a }));

  it('is the byte size of each event’s and each lighting place’s own file, after 加入日历', () => {
    const checked = { events: 0, lightings: 0 };
    for (const id of entryIds('events')) {
      for (const { href, words } of icsLinks(`events/${id}/index.html`)) {
        expect(href, id).toBe(`/events/${id}.ics`);
        expect(words, id).toBe(`${t.events.facts.addToCalendar}${t.site.calendarFile(sizeOf(href))}`.replace(/\s+/g, ''));
        checked.events += 1;
      }
    }
    for (const year of dataYears('lighting')) {
      for (const { href, words, shown } of icsLinks(`lighting/${year}/index.html`)) {
        if (href === '/lighting.ics') continue;
        const place = shown.querySelector('.visually-hidden')!.textContent;
        // 加入日历, the place and night for screen readers, then the file: `加入日历：广州塔，11月18日 19:30（ICS 文件，1 KB）`.
        expect(words, href).toBe(`${t.lighting.addToCalendar}${place}${t.site.calendarFile(sizeOf(href))}`.replace(/\s+/g, ''));
        checked.lightings += 1;
      }
    }
    expect(checked.events, 'the fixture has events still to come').toBeGreaterThan(0);
    expect(checked.lightings, 'and lightings still to come').toBeGreaterThan(0);
  });

  it('is the byte size of each feed linked from the events list and the lighting schedule', () => {
    const { year } = siteSettings();
    const feeds = icsLinks('events/index.html');
    expect(feeds.length).toBeGreaterThan(1);
    for (const { href, words } of feeds) {
      const archived = /^\/events\/(\d{4})\.ics$/.exec(href);
      const expected = archived
        ? `${t.events.feeds.year(Number(archived[1]))}${t.site.calendarFile(sizeOf(href))}`
        : t.events.feeds.current(year, sizeOf(href));
      expect(words, href).toBe(expected.replace(/\s+/g, ''));
    }
    // The feeds hold many entries in Chinese: their size in characters and in bytes differ by kilobytes.
    expect(statSync(join(FIXTURE_SITE, 'events.ics')).size).toBeGreaterThan(4096);
    const all = icsLinks('lighting/index.html').filter(({ href }) => href === '/lighting.ics');
    expect(all.map(({ words }) => words)).toEqual([
      `${t.lighting.addAll}${t.site.calendarFile(sizeOf('/lighting.ics'))}`.replace(/\s+/g, ''),
    ]);
  });
});

describe('a region page’s lightings', () => {
  it('lists each city’s lightings in the order they light up, with the hours as the schedule gives them', () => {
    const year = Math.max(...dataYears('lighting'));
    type Item = { id: string; region: string; place: string; start: string; end: string; message?: string };
    const file = readInputJson<{ message?: string; items: Item[] }>(`data/lighting/${year}.json`);
    const byCity = new Map<string, Item[]>();
    for (const item of file.items) byCity.set(cityOf(item.region)!.code, [...(byCity.get(cityOf(item.region)!.code) ?? []), item]);
    expect([...byCity.values()].some((items) => items.length > 1)).toBe(true);
    // The file's wall-clock times are Beijing time, said in words: 19:30 至 22:00, or 22:00 至 次日 00:30 past midnight.
    const hours = (i: Item) =>
      `${i.start.slice(11, 16)} 至 ${i.end.slice(0, 10) === i.start.slice(0, 10) ? '' : '次日 '}${i.end.slice(11, 16)}`;
    for (const [city, items] of byCity) {
      const page = readHtml(FIXTURE_SITE, `regions/${city}/index.html`);
      // The latest year's list comes first.
      const rows = page
        .querySelector('.region-lighting')!
        .querySelectorAll('li')
        .map((li) => li.text.replace(/\s+/g, ' ').trim());
      const chronological = [...items].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
      expect(rows, city).toEqual(
        chronological.map((i) => expect.stringMatching(new RegExp(`^${i.place}：.* ?${hours(i)}，“${i.message ?? file.message}”$`))),
      );
    }
  });
});
