import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { allCounties, cities, cityOf, province, regionByCode } from '../src/lib/regions/index.ts';
import { distanceKm } from '../src/lib/geo/distance.ts';
import { formatDateZh } from '../src/lib/dates/index.ts';
import { FACT_SEPARATOR } from '../src/lib/fact-separator.ts';
import { FIXTURE_SITE } from './support/build-site.ts';
import {
  aliasPageFiles,
  entryIds,
  eventEndDay,
  eventIsAllDay,
  eventStartDay,
  FIXTURE_CONTENT,
  frontMatter,
  siteSettings,
} from './support/fixture.ts';
import { listFiles, readHtml, resolvesTo } from './support/site-files.ts';

/**
 * Residents find what is on near them; media link to featured cases
 * (issue 6), checked on the built fixture site.
 */
const siteUrl = new URL(siteSettings().url);
let files: string[] = [];
/** The pages at entries' old addresses (aliases), which only send the reader on (tests/site.test.ts). */
const moved = aliasPageFiles();

beforeAll(() => {
  files = listFiles(FIXTURE_SITE);
});

/** The front matter fields the checks need, as the editor wrote them. */
function eventFacts(id: string): { region: string; type: string } {
  const data = frontMatter('events', id);
  return { region: String(data.region), type: String(data.type) };
}

const isFeatured = (collection: string, id: string) => frontMatter(collection, id).featured === true;
const hasCover = (collection: string, id: string) => frontMatter(collection, id).cover !== undefined;

const cityKey = (region: string) => (region === province().code ? province().code : cityOf(region)?.code);

/** A site URL on our host → the site path, else null. */
function ownPath(url: string): string | null {
  const parsed = new URL(url);
  return parsed.host === siteUrl.host ? decodeURI(parsed.pathname) : null;
}

function jsonLdOf(file: string): Record<string, unknown>[] {
  return readHtml(FIXTURE_SITE, file)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
}

/** Event titles listed in a page's main list, in order. */
function listedEvents(file: string): string[] {
  return readHtml(FIXTURE_SITE, file)
    .querySelectorAll('main .event-list .card__title a')
    .map((a) => a.getAttribute('href')!.replace(/^\/events\/|\/$/g, ''));
}

describe('every event page', () => {
  it('carries Event JSON-LD with Beijing times and an absolute og:image that resolves to a 1200×630 file', async () => {
    const ids = entryIds('events');
    // The fixture has events with and without a cover: the two kinds of share image.
    expect(ids.some((id) => hasCover('events', id)) && ids.some((id) => !hasCover('events', id))).toBe(true);
    const checkedImages = new Set<string>();
    for (const id of ids) {
      const file = `events/${id}/index.html`;
      const event = jsonLdOf(file).find((ld) => ld['@type'] === 'Event');
      expect(event, id).toBeDefined();
      if (eventIsAllDay(id)) {
        // Whole days (dates alone, or 00:00 to 23:59): dates, not times.
        expect([event!.startDate, event!.endDate], id).toEqual([eventStartDay(id), eventEndDay(id)]);
      } else {
        expect(event!.startDate, id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
        expect(event!.endDate, id).toMatch(/\+08:00$/);
      }
      expect(event!.url, id).toBe(new URL(`/events/${id}/`, siteUrl).href);
      expect(event!.location, id).toBeDefined();
      expect(event!.eventAttendanceMode, id).toMatch(/^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/);

      const doc = readHtml(FIXTURE_SITE, file);
      const ogImage = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(ogImage, id).toMatch(/^https:\/\//);
      const path = ownPath(ogImage);
      expect(path, `${id}: og:image on the site's own host`).not.toBeNull();
      expect(resolvesTo(FIXTURE_SITE, path!), `${id}: ${path}`).toBe(true);
      expect(doc.querySelector('meta[name="twitter:image"]')?.getAttribute('content'), id).toBe(ogImage);
      expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), id).toBe(event!.url);
      // An event with a cover gets its own card; the others the site's default.
      expect(path, id).toBe(hasCover('events', id) ? `/share/events/${id}.jpg` : '/share/default.png');
      if (!checkedImages.has(path!)) {
        checkedImages.add(path!);
        const meta = await sharp(join(FIXTURE_SITE, path!)).metadata();
        expect([meta.width, meta.height], path!).toEqual([1200, 630]);
      }
    }
  });

  it('says for whom and how to join, and lists events near it', () => {
    const page = readHtml(FIXTURE_SITE, `events/${entryIds('events')[0]}/index.html`);
    const terms = page.querySelectorAll('main dl dt').map((dt) => dt.textContent.trim());
    expect(terms).toEqual(expect.arrayContaining(['时间', '适合', '参加方式']));
    const withNearby = entryIds('events').filter((id) =>
      readHtml(FIXTURE_SITE, `events/${id}/index.html`).querySelector('#nearby-heading'),
    );
    expect(withNearby.length).toBeGreaterThan(entryIds('events').length / 2);
  });

  it('says under its place what the venue offers a reader in a wheelchair, where its file says it, and nothing where not', () => {
    const access = (id: string) => (frontMatter('events', id) as { venue?: { accessibility?: string } }).venue?.accessibility;
    expect(entryIds('events').filter(access).length, 'the fixture has one').toBeGreaterThan(0);
    for (const id of entryIds('events')) {
      const terms = readHtml(FIXTURE_SITE, `events/${id}/index.html`).querySelectorAll('main dl.event-facts > dt');
      const label = terms.findIndex((dt) => dt.textContent.trim() === t.events.facts.accessibility);
      if (!access(id)) {
        expect(label, id).toBe(-1);
        continue;
      }
      expect(terms[label - 1]?.textContent.trim(), id).toBe(t.events.facts.where);
      expect(terms[label]?.nextElementSibling?.textContent.trim(), id).toBe(access(id));
    }
  });

  it('is marked 无障碍 on its card in the lists where its venue says its access, and not where not', () => {
    const access = (id: string) => (frontMatter('events', id) as { venue?: { accessibility?: string } }).venue?.accessibility;
    const checked: string[] = [];
    for (const list of ['events/for/elderly/index.html', 'events/offline/index.html']) {
      for (const card of readHtml(FIXTURE_SITE, list).querySelectorAll('.event-list > li')) {
        const id = /^\/events\/(.+)\/$/.exec(card.querySelector('.card__title a')!.getAttribute('href')!)![1]!;
        const parts = card
          .querySelector('.card__meta')!
          .textContent.split(FACT_SEPARATOR)
          .map((part) => part.trim());
        expect(parts.at(-1) === t.events.facts.accessibility, `${list}: ${id}`).toBe(access(id) !== undefined);
        if (access(id)) checked.push(id);
      }
    }
    expect(checked.length, 'an accessible event is listed').toBeGreaterThan(0);
  });

  it('says how far each nearby event’s venue is from this one, from the two venues’ map points', () => {
    type Venue = { location?: [number, number] };
    const venueOf = (id: string) => (frontMatter('events', id) as { venue?: Venue }).venue;
    const byPath = new Map(entryIds('events').map((id) => [`/events/${id}/`, id]));
    let said = 0;
    for (const id of entryIds('events')) {
      for (const li of readHtml(FIXTURE_SITE, `events/${id}/index.html`).querySelectorAll('.nearby__list li')) {
        const other = byPath.get(li.querySelector('a')!.getAttribute('href')!)!;
        const [here, there] = [venueOf(id)?.location, venueOf(other)?.location];
        const meta = li.querySelector('.nearby__meta')!.textContent;
        if (here && there) {
          expect(meta, `${id} → ${other}`).toContain(t.events.nearby.distance(distanceKm(here, there)));
          said++;
        } else expect(meta, `${id} → ${other}`).not.toContain('公里');
      }
    }
    expect(said).toBeGreaterThan(0);
  });
});

describe('an event called off (status in its file)', () => {
  const calledOff = () => entryIds('events').filter((id) => frontMatter('events', id).status !== undefined);
  const facts = (id: string) =>
    frontMatter('events', id) as { title: string; status: 'cancelled' | 'postponed'; note?: string; registration?: string };

  it('says so under its title with the reason, and offers neither registration nor a calendar reminder', () => {
    expect(calledOff().length, 'the fixture has one').toBeGreaterThan(0);
    for (const id of calledOff()) {
      const { title, status, note, registration } = facts(id);
      const page = readHtml(FIXTURE_SITE, `events/${id}/index.html`);
      const notice = page.querySelector('main h1 + .called-off')?.textContent ?? '';
      expect(notice, id).toContain(t.events.status.notice[status]);
      if (note) expect(notice, id).toContain(note);
      expect(page.querySelector('main h1')?.textContent.trim(), id).toBe(title);
      if (registration) expect(page.querySelector(`main a[href="${registration}"]`), id).toBeNull();
      expect(page.querySelector(`main a[href$=".ics"]`), id).toBeNull();
      expect(page.querySelector('.event-facts__join')?.textContent.trim(), id).toBe(t.events.status.join[status]);
    }
  });

  it('carries the mark in its tab title, share card and search result, and its status in its JSON-LD', () => {
    const schemaOrg = { cancelled: 'https://schema.org/EventCancelled', postponed: 'https://schema.org/EventPostponed' };
    for (const id of calledOff()) {
      const { title, status, note } = facts(id);
      const page = readHtml(FIXTURE_SITE, `events/${id}/index.html`);
      const mark = `【${t.events.status.mark[status]}】`;
      expect(page.querySelector('title')?.textContent, id).toMatch(new RegExp(`^${mark}${title}`));
      for (const selector of ['meta[property="og:title"]', 'meta[name="twitter:title"]'])
        expect(page.querySelector(selector)?.getAttribute('content'), `${id} ${selector}`).toMatch(new RegExp(`^${mark}${title}`));
      for (const selector of ['meta[property="og:description"]', 'meta[name="twitter:description"]', 'meta[name="description"]'])
        expect(page.querySelector(selector)?.getAttribute('content'), `${id} ${selector}`).toMatch(
          new RegExp(`^${t.events.status.notice[status]}${note ? `：${note.replace(/。$/, '')}` : ''}。`),
        );
      expect(page.querySelector('[data-pagefind-meta="title"]')?.textContent, id).toBe(`${mark}${title}`);
      const event = jsonLdOf(`events/${id}/index.html`).find((ld) => ld['@type'] === 'Event')!;
      expect(event.eventStatus, id).toBe(schemaOrg[status]);
      expect(event, id).not.toHaveProperty('offers');
    }
    // The others are as scheduled.
    const on = entryIds('events').find((id) => !calledOff().includes(id))!;
    expect(jsonLdOf(`events/${on}/index.html`).find((ld) => ld['@type'] === 'Event')!.eventStatus).toBe(
      'https://schema.org/EventScheduled',
    );
  });

  it('is marked wherever a list names it: event lists, the month calendar, a region’s page, what is near', () => {
    for (const id of calledOff()) {
      const { title, status } = facts(id);
      const where = new Set<string>();
      const href = `/events/${id}/`;
      const listed = ['.card__title', '.month__events li', '.multi-day li', '.nearby__list li']
        .map((l) => `${l} > a[href="${href}"]`)
        .join(', ');
      for (const file of files.filter(
        (f) => f.endsWith('.html') && readFileSync(join(FIXTURE_SITE, f), 'utf8').includes(`"${href}"`),
      )) {
        for (const a of readHtml(FIXTURE_SITE, file).querySelectorAll(listed)) {
          expect(a.querySelector('.badge--called-off')?.textContent, `${file}: ${id}`).toBe(t.events.status.mark[status]);
          expect(a.textContent.replace(/\s+/g, ''), `${file}: ${id}`).toBe(
            `${t.events.status.mark[status]}${title}`.replace(/\s+/g, ''),
          );
          where.add(file.split('/').slice(0, 2).join('/'));
        }
      }
      expect([...where].sort(), id).toEqual(expect.arrayContaining(['events/calendar', 'events/index.html']));
      expect(
        [...where].some((w) => w.startsWith('regions/')),
        `${id}: ${[...where].join(' ')}`,
      ).toBe(true);
    }
  });

  it('is no featured case on /media/, and the feed’s item says so in its title', () => {
    const media = readHtml(FIXTURE_SITE, 'media/index.html');
    const rss = readFileSync(join(FIXTURE_SITE, 'rss.xml'), 'utf8');
    for (const id of calledOff()) {
      const { title, status } = facts(id);
      expect(media.querySelector(`a[href="/events/${id}/"]`), id).toBeNull();
      const item = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)]
        .map(([, body]) => body!)
        .find((body) => body.includes(`/events/${id}/`));
      expect(item && /<title>([^<]*)<\/title>/.exec(item)?.[1], id).toBe(`【${t.events.status.mark[status]}】${title}`);
    }
  });
});

describe('every page', () => {
  it('has OpenGraph and Twitter tags with absolute URLs to files that exist', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !moved.has(f))) {
      const doc = readHtml(FIXTURE_SITE, file);
      // The 404 page names no address of its own (tests/site.test.ts).
      const selectors = ['meta[property="og:url"]', 'meta[property="og:image"]', 'meta[name="twitter:image"]'].slice(
        file === '404.html' ? 1 : 0,
      );
      for (const selector of selectors) {
        const value = doc.querySelector(selector)?.getAttribute('content') ?? '';
        if (!/^https?:\/\//.test(value)) problems.push(`${file}: ${selector} = ${value}`);
        else if (selector !== 'meta[property="og:url"]') {
          const path = ownPath(value);
          if (!path || !resolvesTo(FIXTURE_SITE, path)) problems.push(`${file}: ${value}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('shares an event with its year, so that last year’s link does not look current', () => {
    for (const id of entryIds('events')) {
      const { title, year } = frontMatter('events', id) as { title: string; year: number };
      const shared = readHtml(FIXTURE_SITE, `events/${id}/index.html`)
        .querySelector('meta[property="og:title"]')
        ?.getAttribute('content');
      expect(shared, id).toContain(title);
      expect(shared, id).toContain(String(year));
    }
  });

  it('shares an event with when and where it is, before its summary (after saying it is called off, if it is)', () => {
    for (const id of entryIds('events')) {
      const { start, venue, online, summary, status, note } = frontMatter('events', id) as {
        start: string | Date;
        venue?: { name: string };
        online?: string;
        summary: string;
        status?: 'cancelled' | 'postponed';
        note?: string;
      };
      // The start day as written, Beijing wall-clock time: `2023-11-18T09:30` → 2023年11月18日 ….
      const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(
        start instanceof Date ? start.toISOString() : String(start),
      )!;
      const described = readHtml(FIXTURE_SITE, `events/${id}/index.html`)
        .querySelector('meta[property="og:description"]')!
        .getAttribute('content')!;
      const calledOff = status ? t.events.status.sentence(status, note) : '';
      expect(described.startsWith(calledOff), `${id}: ${described}`).toBe(true);
      const shared = described.slice(calledOff.length);
      expect(shared.startsWith(`${y}年${Number(m)}月${Number(d)}日`), `${id}: ${shared}`).toBe(true);
      if (venue) expect(shared, id).toContain(` · ${venue.name}。`);
      else if (online) expect(shared, id).toContain(` · ${t.events.filters.modes.online}。`);
      expect(shared.endsWith(summary.replace(/\s+/g, ' ').trim()) || shared.includes(summary.slice(0, 10)), id).toBe(true);
    }
  });

  it('has the default share card as a 1200×630 PNG', async () => {
    const meta = await sharp(join(FIXTURE_SITE, 'share/default.png')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('describes books, learners and projects with their schema.org type', () => {
    const types: Record<string, string> = { books: 'Book', learners: 'Person', projects: 'Project' };
    for (const [collection, type] of Object.entries(types)) {
      for (const id of entryIds(collection)) {
        const lds = jsonLdOf(`${collection}/${id}/index.html`);
        expect(
          lds.map((ld) => ld['@type']),
          `${collection}/${id}`,
        ).toEqual([type, 'BreadcrumbList']);
      }
    }
    const book = jsonLdOf(`books/${entryIds('books')[0]}/index.html`)[0]!;
    expect(book.isbn).toMatch(/^97[89]\d{10}$/);
  });
});

describe('narrowing events without JavaScript', () => {
  it('lists on /events/in/<city>/<type>/ exactly the events of that city and type', () => {
    const ids = entryIds('events');
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
    const ids = entryIds('events');
    const perPlace = new Map<string, number>();
    for (const id of ids) {
      const key = cityKey(eventFacts(id).region)!;
      perPlace.set(key, (perPlace.get(key) ?? 0) + 1);
    }
    expect(
      cities().some((city) => !perPlace.has(city.code)),
      'the fixture leaves a city without events',
    ).toBe(true);
    const page = readHtml(FIXTURE_SITE, 'events/index.html');
    const chips = page.querySelectorAll('.filters__row')[0]!.querySelectorAll('li');
    const countOf = (chip: (typeof chips)[number]) => Number(/（(\d+)）/.exec(chip.textContent)?.[1]);
    expect(countOf(chips[0]!), 'all cities').toBe(ids.length);
    const byHref = new Map(chips.map((chip) => [chip.querySelector('a')?.getAttribute('href'), chip]));
    expect(countOf(byHref.get(`/events/in/${province().code}/`)!), 'the province').toBe(perPlace.get(province().code));
    for (const city of cities()) {
      const chip = chips.find((c) => c.textContent.startsWith(`${city.name}（`));
      expect(chip, city.name).toBeDefined();
      const count = perPlace.get(city.code) ?? 0;
      expect(countOf(chip!), city.name).toBe(count);
      const link = chip!.querySelector('a');
      if (count === 0) expect(link, city.name).toBeNull();
      else {
        expect(link?.getAttribute('href'), city.name).toBe(`/events/in/${city.code}/`);
        expect(resolvesTo(FIXTURE_SITE, link!.getAttribute('href')!), city.name).toBe(true);
      }
    }
  });

  it('marks the current choice on a filter page and offers a way back to all events', () => {
    const file = files.find((f) => /^events\/in\/\d{6}\/[a-z_]+\/index\.html$/.test(f))!;
    const page = readHtml(FIXTURE_SITE, file);
    const current = page.querySelectorAll('.filters a[aria-current="page"]').map((a) => a.getAttribute('href'));
    const path = `/${file.replace(/index\.html$/, '')}`;
    expect(current).toEqual([path, path]);
    expect(page.querySelector('.filters__clear a')?.getAttribute('href')).toBe('/events/');
    expect(page.querySelector('header a[href="/"]')).not.toBeNull();
    expect(page.querySelector('header form[role="search"], header [role="search"]')).not.toBeNull();
  });

  it('lists on an audience’s page the events written for it and those for 所有人, as their front matter says', () => {
    for (const audience of ['elderly', 'youth', 'family']) {
      const expected = entryIds('events').filter((id) => {
        const written = frontMatter('events', id).audience as string[];
        return written.includes(audience) || written.includes('all');
      });
      expect(expected.length).toBeGreaterThan(0);
      const shown = readHtml(FIXTURE_SITE, `events/for/${audience}/index.html`);
      expect(Number(/共 (\d+) 项/.exec(shown.querySelector('main .lead')!.textContent)?.[1]), audience).toBe(expected.length);
      expect(shown.querySelector('main .lead')!.textContent).toContain('所有人');
    }
  });

  it('has audience, online and offline pages whose counts match their lists', () => {
    for (const file of [
      'events/online/index.html',
      'events/offline/index.html',
      ...files.filter((f) => /^events\/for\/[a-z]+\/index\.html$/.test(f)),
    ]) {
      const page = readHtml(FIXTURE_SITE, file);
      const count = Number(/共 (\d+) 项/.exec(page.querySelector('main .lead')!.textContent)?.[1]);
      expect(listedEvents(file).length, file).toBe(count);
    }
  });

  it('has a month calendar linked from /events/ that lists every event on its Beijing start day', () => {
    const links = readHtml(FIXTURE_SITE, 'events/index.html')
      .querySelectorAll('.calendar-links a')
      .map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(0);
    const onCalendar = new Set<string>();
    for (const link of links) {
      expect(resolvesTo(FIXTURE_SITE, link), link).toBe(true);
      const page = readHtml(FIXTURE_SITE, `${link.slice(1)}index.html`);
      for (const a of page.querySelectorAll('.month__events a')) onCalendar.add(a.getAttribute('href')!);
    }
    expect([...onCalendar].sort()).toEqual(
      entryIds('events')
        .map((id) => `/events/${id}/`)
        .sort(),
    );
  });
});

describe('an address shortened by hand', () => {
  /** Folders that hold files, not pages: assets, the search index, share cards, identity images; `page/` holds a list's later pages. */
  const notPages = /^(_astro|pagefind|share|identity)\/|(^|\/)page\/$/;

  it('opens a page at every level of every page’s address', () => {
    const pages = files.filter((f) => f.endsWith('index.html'));
    const missing = new Set<string>();
    for (const page of pages) {
      const parts = page.split('/').slice(0, -2);
      for (let n = 1; n <= parts.length; n++) {
        const folder = `${parts.slice(0, n).join('/')}/`;
        if (!notPages.test(folder) && !files.includes(`${folder}index.html`)) missing.add(`/${folder}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('is the way up: an event page’s or list’s breadcrumbs link each shorter address that is a page, in order', () => {
    const pages = files.filter((f) => f.startsWith('events/') && f.endsWith('index.html') && !moved.has(f));
    for (const page of pages) {
      const parts = page.split('/').slice(0, -1);
      const shorter = parts
        .map((_, n) => `${parts.slice(0, n + 1).join('/')}/`)
        .filter((folder) => folder !== `${parts.join('/')}/` && files.includes(`${folder}index.html`))
        .map((folder) => `/${folder}`);
      const crumbs = readHtml(FIXTURE_SITE, page)
        .querySelectorAll('.breadcrumbs a')
        .map((a) => a.getAttribute('href'))
        .slice(1);
      expect(crumbs, page).toEqual(shorter);
    }
  });

  it('/events/<year>/ lists, page after page, exactly the events filed under it (content/events/<year>/)', () => {
    const expected = Map.groupBy(entryIds('events'), (id) => id.split('/')[0]!);
    expect(expected.size, 'the fixture files events under two years').toBeGreaterThan(1);
    for (const [year, ids] of expected) {
      const pages = files.filter(
        (f) => f === `events/${year}/index.html` || new RegExp(`^events/${year}/page/\\d+/index\\.html$`).test(f),
      );
      expect(pages.length, year).toBe(Math.ceil(ids.length / 24));
      expect(pages.flatMap(listedEvents).sort(), year).toEqual([...ids].sort());
    }
  });

  it('/events/in/, /events/type/, /events/for/ list each choice with the count its own list gives', () => {
    for (const filter of ['in', 'type', 'for']) {
      const chips = readHtml(FIXTURE_SITE, `events/${filter}/index.html`).querySelectorAll('main .chips a');
      expect(chips.length, filter).toBeGreaterThan(1);
      for (const chip of chips) {
        const href = chip.getAttribute('href')!;
        const count = Number(/（(\d+)）/.exec(chip.textContent)?.[1]);
        const lead = readHtml(FIXTURE_SITE, `${href.slice(1)}index.html`).querySelector('main .lead')!.textContent;
        expect(Number(/共 (\d+) 项/.exec(lead)?.[1]), href).toBe(count);
        expect(chip.hasAttribute('aria-current'), href).toBe(false);
      }
    }
  });

  it('/events/calendar/ links every month that has events, as /events/ does', () => {
    const months = (file: string) =>
      readHtml(FIXTURE_SITE, file)
        .querySelectorAll('main .calendar-links a')
        .map((a) => a.getAttribute('href'));
    expect(months('events/calendar/index.html')).toEqual(months('events/index.html'));
    expect(months('events/calendar/index.html').length).toBeGreaterThan(0);
  });
});

describe('media', () => {
  it('dates a learner’s page with its publication, as written in its front matter, so a story is quoted with its date', () => {
    const published = frontMatter('learners', 'he-wanqing').published;
    expect(published).toBeInstanceOf(Date);
    // YAML reads 2023-11-01 as that day's UTC midnight: the editor's day, which the page gives as Beijing's.
    const day = (published as Date).toISOString().slice(0, 10);
    const shown = readHtml(FIXTURE_SITE, 'learners/he-wanqing/index.html').querySelector('main .entry-published time')!;
    expect(shown.textContent).toBe(t.site.publishedOn(formatDateZh(new Date(`${day}T00:00:00+08:00`))));
    expect(shown.getAttribute('datetime')).toBe(day);
  });

  it('lists each featured case with a quotable summary, credited photo, original file and permanent URL', () => {
    const page = readHtml(FIXTURE_SITE, 'media/index.html');
    const cases = page.querySelectorAll('.media-case');
    const featured = ['learners', 'projects', 'events'].flatMap((c) => entryIds(c).filter((id) => isFeatured(c, id)));
    expect(cases.length).toBe(featured.length);
    for (const c of cases) {
      expect(c.querySelector('blockquote')?.textContent.trim().length).toBeGreaterThan(10);
      const permalink = c.querySelector('[data-permalink]')!.textContent.trim();
      expect(permalink).toMatch(/^https:\/\//);
      expect(resolvesTo(FIXTURE_SITE, ownPath(permalink)!), permalink).toBe(true);
      const original = c.querySelector('a[download]');
      if (original) {
        expect(resolvesTo(FIXTURE_SITE, original.getAttribute('href')!), original.getAttribute('href')).toBe(true);
        expect(c.querySelector('.media-case__photo')!.textContent).toContain('图片来源');
      }
      // The copy button waits for JavaScript; without it the URL is plain text.
      expect(c.querySelector('[data-copy]')?.hasAttribute('hidden')).toBe(true);
      // Where, as a reporter copies it: a district with its city (广州市荔湾区), not 荔湾区 alone.
      const [, collection, id] = /^\/(\w+)\/(.+)\/$/.exec(ownPath(permalink)!)!;
      const region = regionByCode(String(frontMatter(collection!, id!).region))!;
      const city = region.level === 'county' ? cityOf(region.code) : undefined;
      const place = city && city.code !== region.code ? `${city.name}${region.name}` : region.name;
      expect(c.querySelector('.media-case__facts')!.textContent.split(FACT_SEPARATOR)[0], permalink).toBe(place);
    }
    expect(page.querySelector('.press')!.textContent).toContain(siteSettings().pressContact.email);
  });

  it("offers the original photo without where it was taken or who took it, and otherwise as the editor's file", async () => {
    // The fixture's he-wanqing.jpg says where it was taken, by whom and with which camera (tests/fixtures/README.md).
    const source = join(FIXTURE_CONTENT, 'learners/he-wanqing.jpg');
    expect(exifReader((await sharp(source).metadata()).exif!).GPSInfo?.GPSLatitude).toBeDefined();
    const link = readHtml(FIXTURE_SITE, 'media/index.html')
      .querySelectorAll('.media-case')
      .find((c) => c.querySelector('h3 a')?.getAttribute('href') === '/learners/he-wanqing/')
      ?.querySelector('a[download]');
    expect(link?.textContent).toContain('下载原图');
    const published = readFileSync(join(FIXTURE_SITE, link!.getAttribute('href')!));
    const exif = exifReader((await sharp(published).metadata()).exif!);
    expect(exif.GPSInfo?.GPSLatitude).toBeUndefined();
    expect(exif.GPSInfo?.GPSLongitude).toBeUndefined();
    expect(published.includes('Chen Moumou')).toBe(false);
    expect(published.includes('012345678')).toBe(false);
    // Not re-encoded: as long as the editor's file, the caption kept, the same pixels.
    expect(published.length).toBe(statSync(source).size);
    expect(exif.Image?.ImageDescription).toBe('He Wanqing at the community school');
    expect((await sharp(published).raw().toBuffer()).equals(await sharp(source).raw().toBuffer())).toBe(true);
  });

  it('offers the original photo on the page of every learner, project and event with a cover, featured or not: the file /media/ links, with its credit, size and whose it is', async () => {
    const media = readHtml(FIXTURE_SITE, 'media/index.html');
    const covered = ['learners', 'projects', 'events'].flatMap((c) =>
      entryIds(c)
        .filter((id) => hasCover(c, id))
        .map((id) => [c, id] as const),
    );
    // Not only /media/'s featured cases: a journalist may reach any entry's page from a search.
    expect(covered.some(([c, id]) => !isFeatured(c, id))).toBe(true);
    for (const [collection, id] of covered) {
      const data = frontMatter(collection, id);
      const cover = data.cover as { src: string; credit?: string };
      const name = String(data.name ?? data.title);
      const figure = readHtml(FIXTURE_SITE, `${collection}/${id}/index.html`).querySelector('main figure.cover')!;
      const link = figure.querySelector('figcaption a[download]');
      expect(link, `${collection}/${id}`).not.toBeNull();
      const href = link!.getAttribute('href')!;
      expect(resolvesTo(FIXTURE_SITE, href), href).toBe(true);
      // The editor's file, its kind, size in pixels and in bytes (the published one is as long: only its metadata is blanked).
      const source = join(FIXTURE_CONTENT, collection, dirname(id), cover.src);
      const { format, width, height } = await sharp(source).metadata();
      const bytes = statSync(source).size;
      expect(statSync(join(FIXTURE_SITE, href)).size).toBe(bytes);
      expect(bytes).toBeLessThan(1000 * 1024);
      const shown = `下载原图（${format === 'jpeg' ? 'JPG' : format.toUpperCase()}，${width}×${height}，${Math.max(1, Math.round(bytes / 1024))} KB）`;
      expect(link!.childNodes[0]!.text.trim(), `${collection}/${id}`).toBe(shown);
      // Whose photo, for a screen reader's list of links; the credit beside it.
      expect(link!.querySelector('.visually-hidden')?.text).toBe(`：${name}`);
      if (cover.credit) expect(figure.querySelector('figcaption')!.text).toContain(cover.credit);
      // On paper, where the link cannot be followed, its address.
      expect(figure.querySelector('.original-photo__address')?.text.trim()).toBe(`（${new URL(href, siteUrl).href}）`);
      expect(figure.closest('.no-print')).toBeNull();
      // The same file as /media/'s, not a second copy.
      const onMedia = media
        .querySelectorAll('.media-case')
        .find((c) => c.querySelector('h3 a')?.getAttribute('href') === `/${collection}/${id}/`)
        ?.querySelector('a[download]');
      if (onMedia) expect(onMedia.getAttribute('href')).toBe(href);
    }
  });
});

describe('cover photos', () => {
  const coverAlt = (collection: string, id: string) => (frontMatter(collection, id).cover as { alt: string }).alt;

  it('are described on the entry’s own page and on /media/, and are a wordless thumbnail in a list, where the title names the card', () => {
    const covered = ['events', 'books', 'learners', 'projects'].flatMap((c) =>
      entryIds(c)
        .filter((id) => hasCover(c, id))
        .map((id) => [c, id] as const),
    );
    expect(covered.length).toBeGreaterThan(0);
    for (const [collection, id] of covered) {
      const hero = readHtml(FIXTURE_SITE, `${collection}/${id}/index.html`).querySelector('main img');
      expect(hero?.getAttribute('alt'), `${collection}/${id}`).toBe(coverAlt(collection, id));
    }
    // A list's card: the cover's description would be read before each title, and again on the page it links to.
    const cards = files
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) =>
        readHtml(FIXTURE_SITE, f)
          .querySelectorAll('.card')
          .map((card) => [f, card] as const),
      )
      .filter(([, card]) => card.querySelector('img'));
    expect(cards.length).toBeGreaterThan(0);
    for (const [file, card] of cards)
      expect(card.querySelector('img')!.getAttribute('alt'), `${file} ${card.querySelector('h2, h3')?.text}`).toBe('');
    // The press photo on /media/ is what the case offers: described.
    const media = readHtml(FIXTURE_SITE, 'media/index.html').querySelectorAll('.media-case');
    const photos = media.filter((c) => c.querySelector('img'));
    expect(photos.length).toBeGreaterThan(0);
    for (const c of photos) {
      const [, collection, id] = /^\/(\w+)\/(.+)\/$/.exec(c.querySelector('h3 a')!.getAttribute('href')!)!;
      expect(c.querySelector('img')!.getAttribute('alt')).toBe(coverAlt(collection!, id!));
    }
  });
});

describe('feeds', () => {
  it('has a sitemap of existing pages only, without the 404', () => {
    const index = readFileSync(join(FIXTURE_SITE, 'sitemap-index.xml'), 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => ownPath(m[1]!)!);
    expect(maps.length).toBeGreaterThan(0);
    const pages = maps.flatMap((map) =>
      [...readFileSync(join(FIXTURE_SITE, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
    );
    const entryPages = ['events', 'books', 'learners', 'projects'].flatMap((c) =>
      entryIds(c).map((id) => new URL(`/${c}/${id}/`, siteUrl).href),
    );
    const regionPages = [...cities(), ...allCounties()].map((r) => new URL(`/regions/${r.code}/`, siteUrl).href);
    expect(pages).toEqual(expect.arrayContaining([...entryPages, ...regionPages]));
    for (const url of pages) expect(resolvesTo(FIXTURE_SITE, ownPath(url)!), url).toBe(true);
    expect(pages.filter((u) => /^\/404(\/|\.html)?$/.test(new URL(u).pathname))).toEqual([]);
    expect(pages).toContain(new URL('/media/', siteUrl).href);
  });

  it('points crawlers at the sitemap and tells how to search the site', () => {
    const robots = readFileSync(join(FIXTURE_SITE, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(resolvesTo(FIXTURE_SITE, ownPath(sitemap)!), sitemap).toBe(true);
    const website = jsonLdOf('index.html').find((ld) => ld['@type'] === 'WebSite');
    expect(website?.potentialAction).toMatchObject({
      target: new URL('/search/?q={search_term_string}', siteUrl).href.replace('%7B', '{').replace('%7D', '}'),
    });
  });
});

describe('the way back', () => {
  it('offers search and the home page on the 404 page', () => {
    const page = readHtml(FIXTURE_SITE, '404.html');
    expect(page.querySelector('main form[action="/search/"]')).not.toBeNull();
    expect(page.querySelector('main a[href="/"]')).not.toBeNull();
  });
});
