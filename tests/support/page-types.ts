import { cityOf, placeNameOf, regionByCode } from '../../src/lib/regions/index.ts';
import {
  basePath,
  collectionPath,
  entryPath,
  eventsInCityPath,
  eventsMonthPath,
  homePath,
  sitePath,
  lightingPath,
  mediaPath,
  regionPath,
  regionsPath,
  searchPath,
  statsPath,
  statsTablePath,
} from '../../src/lib/urls.ts';
import { dataYears, entryIds, eventStartDay, frontMatter, readInputJson } from './fixture.ts';

/**
 * One page of every type the site has, chosen from the fixture's content
 * (an event of its latest year and a book, with covers where it has them, the book of the shortest title,
 * an event called off, which says so in a box of its own,
 * its first notice, a city and a county that have events (the county with
 * the longest name, and an event of it: a name such as 韶关市乳源瑶族自治县 is
 * the widest fact an event's page has, a link that must wrap at twice the text size),
 * its latest statistics and lighting years), for the checks that walk them
 * all: accessibility, the content policy, the age-friendly numbers.
 */
/** The first of `ids` whose entry has a cover photo (so that image handling is seen), else the first. */
function withCover(collection: string, ids: string[]): string {
  return ids.find((id) => frontMatter(collection, id).cover !== undefined) ?? ids[0]!;
}

/**
 * A collection's ids, shortest title first: a title of two characters in its 《》 (《三体》) fills a
 * 320 px line at twice the text size in 大字模式 only with its closing bracket set half-wide.
 */
function byTitleLength(collection: string): string[] {
  const length = (id: string) => String(frontMatter(collection, id).title).length;
  return entryIds(collection).sort((a, b) => length(a) - length(b) || a.localeCompare(b));
}

export function fixturePageTypes(): string[] {
  // The URL helper reads the editors' settings in this process; the fixture is built under its own base.
  const fixtureBase = readInputJson<{ base?: string }>('data/site.json').base ?? '/';
  const underFixtureBase = (path: string) => fixtureBase + path.slice(basePath().length);
  // Newest first: ids start with the year.
  const events = entryIds('events').sort().reverse();
  const firstEvent = withCover('events', events);
  const calledOff = events.find((id) => frontMatter('events', id).status !== undefined);
  const regions = events.map((id) => String(frontMatter('events', id).region));
  const county = regions
    .filter((code) => regionByCode(code)?.level === 'county')
    .reduce((longest, code) => (placeNameOf(code).length > placeNameOf(longest).length ? code : longest));
  const inCounty = events.find((id) => String(frontMatter('events', id).region) === county)!;
  const city = cityOf(county)!.code;
  const notice = entryIds('pages')
    .sort()
    .find((id) => id.startsWith('notices/'))!;
  return [
    homePath(),
    collectionPath('events'),
    eventsInCityPath(city),
    entryPath('events', firstEvent),
    ...(calledOff ? [entryPath('events', calledOff)] : []),
    ...(inCounty === firstEvent || inCounty === calledOff ? [] : [entryPath('events', inCounty)]),
    eventsMonthPath(eventStartDay(firstEvent).slice(0, 7)),
    collectionPath('books'),
    entryPath('books', withCover('books', byTitleLength('books'))),
    collectionPath('learners'),
    collectionPath('projects'),
    regionsPath(),
    regionPath(city),
    regionPath(county),
    statsPath(),
    statsTablePath(Math.max(...dataYears('stats'))),
    lightingPath(Math.max(...dataYears('lighting'))),
    mediaPath(),
    searchPath('读书'),
    entryPath('pages', notice),
    entryPath('pages', 'about'),
    sitePath('404.html'),
  ].map(underFixtureBase);
}
