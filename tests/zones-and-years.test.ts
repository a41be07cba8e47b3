import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURE_SITE, fixtureContent, type BuildResult } from './support/build-site.ts';
import { dataYears, entryIds, FIXTURE_CONTENT, readInputJson } from './support/fixture.ts';
import { listFiles, readHtml } from './support/site-files.ts';

/** Pages, calendars and downloads: everything a reader gets, minus the search index (binary chunks). */
const compared = (root: string) => listFiles(root).filter((f) => /\.(html|ics|csv|xml|json)$/.test(f) && !f.startsWith('pagefind/'));

/**
 * The same instants written the way a system export writes them: with seconds
 * and an offset, which YAML reads as timestamps (Dates) and the build must not
 * take for Beijing wall clocks. `2023-11-19T09:30` becomes `2023-11-19T01:30:00Z`
 * as the start and `…T11:30:00+08:00` as the end.
 */
function withOffsets(file: string): Record<string, (text: string) => string> {
  const asOffset = (written: string, z: boolean) => {
    const instant = new Date(`${written}:00+08:00`);
    return z ? instant.toISOString().replace('.000Z', 'Z') : `${written}:00+08:00`;
  };
  return {
    [file]: (text) =>
      text
        .replace(/^start: (\d{4}-\d{2}-\d{2}T\d{2}:\d{2})$/m, (_, written: string) => `start: ${asOffset(written, true)}`)
        .replace(/^end: (\d{4}-\d{2}-\d{2}T\d{2}:\d{2})$/m, (_, written: string) => `end: ${asOffset(written, false)}`),
  };
}

describe('the build does not depend on the machine zone', () => {
  let shanghai: BuildResult;
  let newYork: BuildResult;
  beforeAll(() => {
    shanghai = buildSite('site-shanghai', { TZ: 'Asia/Shanghai' });
    // Built in New York from a copy whose opening ceremony gives its times with offsets (withOffsets).
    const opening = 'events/2023/gz-opening-ceremony.md';
    const content = fixtureContent('site-new-york', withOffsets(opening));
    // Its date as a file kept, as an editor's untouched file keeps it (an entry without `published` is dated by it).
    const { atime, mtime } = statSync(join(FIXTURE_CONTENT, opening));
    utimesSync(join(content, opening), atime, mtime);
    expect(readFileSync(join(content, opening), 'utf8')).toMatch(/^start: \S+:00Z$/m);
    newYork = buildSite('site-new-york', { TZ: 'America/New_York', CONTENT_DIR: content });
  });

  it('writes byte-identical pages, calendars and CSV under UTC, Asia/Shanghai and America/New_York', () => {
    expect(shanghai.status, shanghai.output.slice(-2000)).toBe(0);
    expect(newYork.status, newYork.output.slice(-2000)).toBe(0);
    const files = compared(FIXTURE_SITE);
    // Every kind of dated output is compared: event pages and calendars, the month views, statistics downloads.
    expect(files).toEqual(
      expect.arrayContaining([
        ...entryIds('events').flatMap((id) => [`events/${id}/index.html`, `events/${id}.ics`]),
        ...dataYears('stats').flatMap((year) => [`stats/${year}/table.csv`, `stats/${year}/regions.csv`]),
        'events/calendar/2023-11/index.html',
        'events.ics',
        'lighting.ics',
      ]),
    );
    expect(compared(shanghai.outDir)).toEqual(files);
    expect(compared(newYork.outDir)).toEqual(files);
    const differ = files.filter(
      (f) =>
        readFileSync(join(FIXTURE_SITE, f), 'utf8') !== readFileSync(join(shanghai.outDir, f), 'utf8') ||
        readFileSync(join(FIXTURE_SITE, f), 'utf8') !== readFileSync(join(newYork.outDir, f), 'utf8'),
    );
    expect(differ).toEqual([]);
  });

  it('writes the same files, byte for byte, down to the workbooks, the search index and the compressed copies', () => {
    // What the README promises a deployer: the same commit and SOURCE_DATE_EPOCH give the same dist/, so a mirror sees only real changes.
    const files = listFiles(FIXTURE_SITE);
    expect(files).toEqual(
      expect.arrayContaining(['stats/2023/table.xlsx', 'pagefind/pagefind-entry.json', 'index.html.gz', 'index.html.br']),
    );
    expect(listFiles(shanghai.outDir)).toEqual(files);
    expect(listFiles(newYork.outDir)).toEqual(files);
    const differ = files.filter((f) => {
      const first = readFileSync(join(FIXTURE_SITE, f));
      return !first.equals(readFileSync(join(shanghai.outDir, f))) || !first.equals(readFileSync(join(newYork.outDir, f)));
    });
    expect(differ).toEqual([]);
  });

  it('built in New York, still shows and exports Beijing times, also from times written with an offset', () => {
    // tests/fixtures/site-guangdong/events/2023/gz-opening-ceremony.md: start 2023-11-19T09:30 Beijing = 01:30Z,
    // which New York's copy writes as 2023-11-19T01:30:00Z, and its end as 2023-11-19T11:30:00+08:00.
    const page = readHtml(newYork.outDir, 'events/2023/gz-opening-ceremony/index.html');
    expect(page.querySelector('.event-facts time')?.text).toBe('2023年11月19日（星期日）09:30 至 11:30');
    const ics = new ICAL.Component(ICAL.parse(readFileSync(join(newYork.outDir, 'events/2023/gz-opening-ceremony.ics'), 'utf8')));
    const vevent = new ICAL.Event(ics.getFirstSubcomponent('vevent')!);
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2023-11-19T01:30:00.000Z');
    const lighting = new ICAL.Component(ICAL.parse(readFileSync(join(newYork.outDir, 'lighting.ics'), 'utf8')));
    const tower = lighting
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.uid.startsWith('lighting-2023-gz-canton-tower@'));
    // tests/fixtures/site-guangdong/data/lighting/2023.json: 广州塔 2023-11-18T19:30 Beijing = 11:30Z.
    expect(tower?.startDate.toJSDate().toISOString()).toBe('2023-11-18T11:30:00.000Z');
    const schedule = readHtml(newYork.outDir, 'lighting/2023/index.html');
    expect(schedule.querySelector('#gz-canton-tower')?.parentNode?.querySelector('.lighting-item__time')?.text).toContain(
      '19:30 至 22:00',
    );
  });
});

// The fixture has statistics and lighting files for two years, as a site has once an editor adds the next year's.
describe('a site with several years of data', () => {
  const statsYears = dataYears('stats');
  const lightingYears = dataYears('lighting');
  const h1 = (file: string) => readHtml(FIXTURE_SITE, file).querySelector('main h1')?.text ?? '';

  it('has /stats/<year>/ for every year, and /stats/ shows the newest', () => {
    expect(statsYears.length).toBeGreaterThan(1);
    expect(h1('stats/index.html')).toContain(String(statsYears.at(-1)));
    for (const year of statsYears) {
      expect(h1(`stats/${year}/index.html`)).toContain(String(year));
      expect(readFileSync(join(FIXTURE_SITE, `stats/${year}/table.csv`), 'utf8')).toMatch(/^\uFEFF/);
    }
  });

  it('has /lighting/<year>/ for every year, /lighting/ shows the newest, and /lighting.ics holds them all', () => {
    expect(lightingYears.length).toBeGreaterThan(1);
    expect(h1('lighting/index.html')).toContain(String(lightingYears.at(-1)));
    const ics = readFileSync(join(FIXTURE_SITE, 'lighting.ics'), 'utf8');
    for (const year of lightingYears) {
      expect(h1(`lighting/${year}/index.html`)).toContain(String(year));
      const page = readHtml(FIXTURE_SITE, `lighting/${year}/index.html`);
      for (const { id } of readInputJson<{ items: { id: string }[] }>(`data/lighting/${year}.json`).items) {
        expect(page.querySelector(`#${id}`), `${year} ${id}`).not.toBeNull();
        expect(ics).toContain(`lighting-${year}-${id}@`);
      }
    }
  });
});
