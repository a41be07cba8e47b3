import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { beijingDay, inBeijing, parseBeijing } from '../../src/lib/dates/index.ts';
import { keepTimestampOffsets } from '../../src/lib/input/timestamp-offsets.ts';
import { listFiles } from './site-files.ts';

/**
 * The inputs of the site tests: a small Guangdong site of their own
 * (tests/fixtures/site-guangdong/, described in tests/fixtures/README.md),
 * so that editors can change the sample in content/ without breaking a test.
 * Tests compute what they expect from these files, never from the build.
 */
export const FIXTURE_CONTENT = resolve('tests/fixtures/site-guangdong');

/** A second province's site (海南 460000), to show nothing in the code is tied to one: tests/other-province.test.ts. */
export const HAINAN_CONTENT = resolve('tests/fixtures/site-hainan');

/** A file of a content folder (the fixture unless another is given), as text. */
export function readInput(file: string, root = FIXTURE_CONTENT): string {
  return readFileSync(join(root, file), 'utf8');
}

export function readInputJson<T = Record<string, unknown>>(file: string, root = FIXTURE_CONTENT): T {
  return JSON.parse(readInput(file, root)) as T;
}

/** Entries of a collection as their ids: `events/2023/a.md` → `2023/a`. */
export function entryIds(collection: string, root = FIXTURE_CONTENT): string[] {
  return listFiles(join(root, collection))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => f.replace(/\.mdx?$/, ''));
}

/**
 * An entry's front matter as the editor wrote it (js-yaml's default schema, as Astro reads it), a
 * time written with an offset kept as the instant it names, as the site keeps it (timestamp-offsets.ts).
 */
export function frontMatter(collection: string, id: string, root = FIXTURE_CONTENT): Record<string, unknown> {
  const text = readInput(join(collection, `${id}.md`), root);
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (front === undefined) throw new Error(`${collection}/${id}.md has no front matter`);
  return keepTimestampOffsets(yaml.load(front) as Record<string, unknown>, front);
}

/** The Beijing day (`2023-11-25`) an event begins on, by its front matter. */
export function eventStartDay(id: string, root = FIXTURE_CONTENT): string {
  return beijingDay(parseBeijing(frontMatter('events', id, root).start as string | Date)!);
}

/** The Beijing hour (0–23) an event begins at, by its front matter; undefined for one written as a day alone (all day). */
export function eventStartHour(id: string, root = FIXTURE_CONTENT): number | undefined {
  const start = frontMatter('events', id, root).start as string | Date;
  if (start instanceof Date || !start.includes('T')) return undefined;
  return inBeijing(parseBeijing(start)!).hour;
}

/** The Beijing day (`2023-11-30`) an event ends on, by its front matter. */
export function eventEndDay(id: string, root = FIXTURE_CONTENT): string {
  return beijingDay(parseBeijing(frontMatter('events', id, root).end as string | Date)!);
}

/** A front-matter date or time as the editor wrote it: `2023-11-18` (which YAML reads as a date) or `2023-11-18T09:30`. */
const writtenTime = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/**
 * Whether an event lasts whole days, by its front matter: dates without
 * times, or a day's first minute to a day's last (00:00 to 23:59).
 */
export function eventIsAllDay(id: string, root = FIXTURE_CONTENT): boolean {
  const data = frontMatter('events', id, root);
  const [start, end] = [writtenTime(data.start), writtenTime(data.end)];
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
  return (dateOnly.test(start) && dateOnly.test(end)) || (/T00:00(:00)?$/.test(start) && /T23:59(:\d{2})?$/.test(end));
}

/**
 * Whether an event (not called off) was over at `at`, by its front matter:
 * a build made then leaves 报名 and 加入日历 out of its page, and the nearby
 * lists say 已结束. A whole-day event ends when its last day does.
 */
export function eventOverAt(id: string, at: Date, root = FIXTURE_CONTENT): boolean {
  const data = frontMatter('events', id, root);
  if (data.status !== undefined) return false;
  // A whole-day event is over at the Beijing midnight after its last day (16:00 UTC on it).
  if (eventIsAllDay(id, root)) return Date.parse(`${eventEndDay(id, root)}T16:00Z`) < at.getTime();
  return parseBeijing(data.end as string | Date)!.getTime() < at.getTime();
}

/** Every old address the entries of a content folder list in `aliases`, with the entry's collection and id. */
export function entryAliases(root = FIXTURE_CONTENT): { collection: string; id: string; alias: string }[] {
  return ['events', 'books', 'learners', 'projects', 'pages'].flatMap((collection) =>
    entryIds(collection, root).flatMap((id) =>
      ((frontMatter(collection, id, root).aliases as string[] | undefined) ?? []).map((alias) => ({
        collection,
        id,
        alias: alias.endsWith('/') ? alias : `${alias}/`,
      })),
    ),
  );
}

/** The built files of the pages at those old addresses (`learners/lin-zhen-bang/index.html`), which send the reader on: not pages to read. */
export function aliasPageFiles(root = FIXTURE_CONTENT): Set<string> {
  return new Set(entryAliases(root).map(({ alias }) => `${alias.slice(1)}index.html`));
}

export interface FixtureSettings {
  name: string;
  /** The week's theme, the home page's heading (让学习成为一种生活方式). */
  theme: string;
  url: string;
  year: number;
  weekStart: string;
  weekEnd: string;
  pressContact: { name: string; phone: string; email: string };
  /** The reporting forms of the notice's annexes (materials, activityData). */
  forms: Record<string, { url: string; deadline?: string } | undefined>;
  base?: string;
  wechat?: { sdk: string };
}

export function siteSettings(root = FIXTURE_CONTENT): FixtureSettings {
  return readInputJson<FixtureSettings>('data/site.json', root);
}

/** Years with a `data/<kind>/<year>.json`, oldest first. */
export function dataYears(kind: 'stats' | 'lighting', root = FIXTURE_CONTENT): number[] {
  return listFiles(join(root, 'data', kind))
    .map((f) => /^(\d{4})\.json$/.exec(f)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}
