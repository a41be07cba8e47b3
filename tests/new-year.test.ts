import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { regionByCode } from '../src/lib/regions/index.ts';
import { buildSite, fixtureContent, type BuildResult } from './support/build-site.ts';
import { entryIds, eventStartDay, frontMatter, siteSettings } from './support/fixture.ts';
import { readHtml } from './support/site-files.ts';

/**
 * A site turned to the next year before any of that year's events are in:
 * `year` and the week's dates in site.json moved on, as an editor does first
 * each autumn. Readers still see last year's events, and must not take
 * 12月5日 星期二 for a day of the new year.
 */
const settings = siteSettings();
const NEW_YEAR = settings.year + 1;
const nextYear = (day: string) => `${NEW_YEAR}${day.slice(4)}`;
let build: BuildResult;
beforeAll(() => {
  const content = fixtureContent('new-year', {
    'data/site.json': (text) => {
      const site = JSON.parse(text) as {
        year: number;
        weekStart: string;
        weekEnd: string;
        forms: Record<string, { deadline?: string }>;
      };
      for (const form of Object.values(site.forms)) if (form.deadline) form.deadline = nextYear(form.deadline);
      return JSON.stringify({ ...site, year: NEW_YEAR, weekStart: nextYear(site.weekStart), weekEnd: nextYear(site.weekEnd) });
    },
  });
  build = buildSite('new-year', { CONTENT_DIR: content });
  if (build.status !== 0) throw new Error(`the site did not build:\n${build.output.slice(-3000)}`);
}, 300_000);

/** Each event card of a list: the event's id (from its link) and its date as the card prints it. */
const cards = (file: string) =>
  readHtml(build.outDir, file)
    .querySelectorAll('ul.event-list > li')
    .map((li) => ({
      id: li
        .querySelector('a')!
        .getAttribute('href')!
        .replace(/^\/events\/|\/$/g, ''),
      when: li.querySelector('.card__meta time')!.text.trim(),
    }));

describe('a site turned to a new year before its events are in', () => {
  it('has none of the new year’s events in the fixture', () => {
    expect(entryIds('events').filter((id) => eventStartDay(id) >= `${NEW_YEAR}-01-01`)).toEqual([]);
  });

  it('says on the home page that the new week’s events are not out yet, and dates last year’s with their year', () => {
    const home = readHtml(build.outDir, 'index.html');
    expect(home.querySelector('section[aria-labelledby="schedule"]')!.text).toContain(t.home.earlierYears(NEW_YEAR));
    const listed = cards('index.html');
    expect(listed.length).toBeGreaterThan(0);
    for (const { id, when } of listed) expect(when, id).toMatch(new RegExp(`^${eventStartDay(id).slice(0, 4)}年`));
  });

  it('dates the cards of a list of last year’s events with their year, but not those of a year’s own list', () => {
    // A kind of event the fixture holds in last year only.
    const typeOf = (id: string) => String(frontMatter('events', id).type);
    const type = [...new Set(entryIds('events').map(typeOf))].find((kind) =>
      entryIds('events')
        .filter((id) => typeOf(id) === kind)
        .every((id) => eventStartDay(id).startsWith(String(settings.year))),
    )!;
    const ofType = cards(`events/type/${type}/index.html`);
    expect(ofType.length).toBeGreaterThan(0);
    for (const { id, when } of ofType) expect(when, id).toMatch(new RegExp(`^${settings.year}年`));
    // A county's page, whose list is its own events.
    const county = entryIds('events')
      .map((id) => String(frontMatter('events', id).region))
      .find((code) => regionByCode(code)?.level === 'county')!;
    const onPage = cards(`regions/${county}/index.html`);
    expect(onPage.length).toBeGreaterThan(0);
    for (const { id, when } of onPage) expect(when, id).toMatch(new RegExp(`^${eventStartDay(id).slice(0, 4)}年`));
    const own = cards(`events/${settings.year}/index.html`);
    expect(own.length).toBeGreaterThan(0);
    for (const { id, when } of own) expect(when, id).not.toMatch(/^\d{4}年/);
  });

  it('gives each book on the book list the year of its list, last year’s', () => {
    const books = readHtml(build.outDir, 'books/index.html').querySelectorAll('main .card');
    expect(books.length).toBeGreaterThan(0);
    for (const card of books) {
      const id = card
        .querySelector('a')!
        .getAttribute('href')!
        .replace(/^\/books\/|\/$/g, '');
      expect(card.querySelector('.card__meta')!.text, id).toContain(t.books.yearList(Number(frontMatter('books', id).year)));
    }
  });

  it('answers 活动周什么时候开始 with the new week’s dates, linked to the home page while no event begins in its month', () => {
    const config = readHtml(build.outDir, 'search/index.html').querySelector('#search-config')!.text;
    const { week } = JSON.parse(config) as { week: { href: string; label: string } };
    expect(week.href).toBe('/');
    const [start, end] = [nextYear(settings.weekStart), nextYear(settings.weekEnd)].map((day) => {
      const [y, m, d] = day.split('-').map(Number);
      return `${y}年${m}月${d}日`;
    });
    expect(week.label).toBe(t.search.shortcuts.week(`${start} 至 ${end}`));
    expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).toContain(start);
  });
});
