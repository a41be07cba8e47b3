import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from './support/build-site.ts';
import { entryIds, FIXTURE_CONTENT, frontMatter, siteSettings } from './support/fixture.ts';
import { resolvesTo } from './support/site-files.ts';

/**
 * `/rss.xml` as feed readers expect it (issue 15): every item dated by
 * publication, newest first, the channel's lastBuildDate and its own
 * address; what it carries follows from the fixture's entries.
 */
const { url, year } = siteSettings();
const siteUrl = new URL(url);
const xml = readFileSync(join(FIXTURE_SITE, 'rss.xml'), 'utf8');
const channel = xml.slice(0, xml.indexOf('<item>'));
const tag = (text: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1];
const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, body]) => ({
  path: decodeURI(new URL(tag(body!, 'link')!).pathname),
  pubDate: tag(body!, 'pubDate'),
}));

/**
 * When the fixture says an entry was published, to the second (RSS dates have
 * no milliseconds): its `published`, a notice's `date`, else its file's time
 * (the fixture is copied with its timestamps and is not in git there). A
 * date without an offset is Beijing time.
 */
function publishedOf(collection: string, id: string): number {
  const data = frontMatter(collection, id);
  const written = data.published ?? data.date;
  // js-yaml reads an unquoted date as UTC midnight; the site reads every offset-less time as Beijing time.
  const when =
    written instanceof Date
      ? written.getTime() - 8 * 3600_000
      : written
        ? Date.parse(`${String(written)}+08:00`)
        : // The file's time as Node dates it, to the nearest millisecond (as the site reads it): from mtimeMs,
          // a file written in the last half-millisecond of a second would be a second early here.
          statSync(join(FIXTURE_CONTENT, collection, `${id}.md`)).mtime.getTime();
  return Math.floor(when / 1000) * 1000;
}

const expected = [
  ...['learners', 'projects', 'events', 'books'].flatMap((c) =>
    entryIds(c)
      .filter((id) => frontMatter(c, id).featured === true || frontMatter(c, id).year === year)
      .map((id) => ({ path: `/${c}/${id}/`, time: publishedOf(c, id) })),
  ),
  // Every notice, whatever its year: the few a journalist follows the feed for (one of the fixture's has no date).
  ...entryIds('pages')
    .filter((id) => id.startsWith('notices/'))
    .map((id) => ({ path: `/${id}/`, time: publishedOf('pages', id) })),
];

describe('the RSS feed', () => {
  it('carries the featured cases, the notices and this year’s entries, each leading to its page', () => {
    // The fixture has entries of another year, featured (in) and not (out).
    const otherYear = ['learners', 'events'].flatMap((c) =>
      entryIds(c)
        .filter((id) => frontMatter(c, id).year !== year)
        .map((id) => frontMatter(c, id).featured === true),
    );
    expect(new Set(otherYear)).toEqual(new Set([true, false]));
    expect(items.map((i) => i.path).sort()).toEqual(expected.map((e) => e.path).sort());
    for (const { path } of items) expect(resolvesTo(FIXTURE_SITE, path), path).toBe(true);
  });

  it('dates every item by publication, an event too (not by its start), newest first', () => {
    expect(items.every((i) => i.pubDate)).toBe(true);
    const times = new Map(expected.map((e) => [e.path, e.time]));
    for (const item of items) expect(new Date(item.pubDate!).getTime(), item.path).toBe(times.get(item.path));
    const order = items.map((i) => new Date(i.pubDate!).getTime());
    expect(order).toEqual([...order].sort((a, b) => b - a));
    // tests/fixtures/site-guangdong/events/2023/gz-opening-ceremony.md: published 2023-10-30 10:00, starts 2023-11-19.
    const ceremony = items.find((i) => i.path === '/events/2023/gz-opening-ceremony/');
    expect(new Date(ceremony!.pubDate!).toISOString()).toBe('2023-10-30T02:00:00.000Z');
  });

  it('says when it last changed (its newest item) and where it lives', () => {
    const newest = Math.max(...expected.map((e) => e.time));
    expect(new Date(tag(channel, 'lastBuildDate') ?? '').getTime()).toBe(newest);
    expect(xml).toMatch(/<rss [^>]*xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const self = /<atom:link ([^>]*)\/>/.exec(channel)?.[1] ?? '';
    expect(self).toContain(`href="${new URL('/rss.xml', siteUrl).href}"`);
    expect(self).toContain('rel="self"');
    expect(self).toContain('type="application/rss+xml"');
    expect(tag(channel, 'language')).toBe('zh-cn');
  });
});
