import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scaffoldText } from '../../i18n/zh-CN/scaffold.ts';
import { beijingDay } from '../dates/index.ts';
import { COLLECTIONS } from '../content/collections.ts';
import { bookWithIsbn, parseEntry } from '../content/check-entries.ts';
import { entrySlug, freeSlug, isValidSlug } from '../content/slug.ts';
import type { InputProblem } from '../input-problem.ts';
import { province } from '../regions/index.ts';
import { existingEvents, findExisting, shownStart } from '../events-import/existing.ts';
import { entryPath } from '../urls.ts';
import { defaultEnd } from '../events/default-end.ts';
import { frontMatterTime } from '../input/date-time-written.ts';
import { entryText, YamlText, type FrontMatterValue } from './entry-text.ts';
import { KIND_COLLECTION, type Answers, type ScaffoldKind } from './questions.ts';

/**
 * A new entry from the answers: its front matter (answers, then defaults,
 * then placeholders an editor must replace), its folder and file name, and
 * its text, checked with the same schema the build uses before anything is
 * written. Writing never replaces a file.
 */
const t = scaffoldText;
const fill = (what: keyof typeof t.placeholders) => t.fill(t.placeholders[what]);

export interface PlanOptions {
  /** The content folder (content/, or CONTENT_DIR). */
  contentDir: string;
  /** The year of the week the site is about (site settings), for entries without a date. */
  siteYear: number;
  /** A file name chosen by the editor; it must be free. */
  slug?: string;
  /** The build's day, for a notice's date when none is given. */
  today: Date;
}

export type Plan =
  | { ok: true; path: string; id: string; text: string; url: string }
  | {
      ok: false;
      reason: 'slug' | 'slugTaken' | 'noSlug' | 'isbnTaken' | 'eventExists' | 'invalid';
      message: string;
      problems?: InputProblem[];
    };

function frontMatter(kind: ScaffoldKind, a: Answers, options: PlanOptions): Record<string, FrontMatterValue | undefined> {
  const summary = a.summary ?? fill('summary');
  switch (kind) {
    case 'event': {
      const start = a.start!;
      const end = a.end ?? defaultEnd(start);
      const venue = a.venue ?? (a.online ? undefined : fill('venue'));
      return {
        title: a.title,
        region: a.region!.code,
        year: Number(start.day.slice(0, 4)),
        summary,
        featured: false,
        type: a.type,
        start: new YamlText(frontMatterTime(start)),
        end: new YamlText(frontMatterTime(end)),
        venue:
          venue === undefined ? undefined : { name: venue, address: a.address ?? fill('address'), accessibility: a.accessibility },
        online: a.online,
        organizer: a.organizer ?? fill('organizer'),
        audience: a.audience ?? ['all'],
      };
    }
    case 'book':
      return {
        title: a.title,
        region: a.region?.code ?? province().code,
        year: options.siteYear,
        summary,
        featured: false,
        authors: a.authors ?? [fill('authors')],
        publisher: a.publisher ?? fill('publisher'),
        isbn: a.isbn,
        recommender: { name: fill('recommenderName'), role: fill('recommenderRole'), press: fill('recommenderPress') },
        audience: a.audience ?? ['all'],
      };
    case 'learner':
      return {
        name: a.name,
        region: a.region!.code,
        year: options.siteYear,
        summary,
        featured: false,
        level: a.level,
        age: a.age,
        occupation: a.occupation ?? fill('occupation'),
      };
    case 'project':
      return {
        name: a.name,
        region: a.region!.code,
        year: options.siteYear,
        summary,
        featured: false,
        organization: a.organization ?? fill('organization'),
        level: a.level,
        category: a.category,
      };
    case 'notice':
      return {
        title: a.title,
        summary,
        issuer: a.issuer,
        date: new YamlText(a.date ?? beijingDay(options.today)),
      };
  }
}

/** Where the kind's entries live under the content folder: events by year, notices under pages/notices. */
function folderOf(kind: ScaffoldKind, values: Record<string, FrontMatterValue | undefined>): string {
  if (kind === 'event' && typeof values.year === 'number') return String(values.year);
  if (kind === 'notice') return 'notices';
  return '';
}

/**
 * Why an event may not be new: the content folder has it already (run twice
 * when the first run seemed to fail), or has it on that day at another time,
 * which is most likely its time changed. As import-events reads rows
 * (src/lib/events-import/existing.ts); another day is another session.
 */
function eventAlreadyThere(contentDir: string, a: Answers): string | undefined {
  if (!a.title || !a.region || !a.start) return undefined;
  const known = existingEvents(join(contentDir, COLLECTIONS.events.folder));
  const { same, sameDay } = findExisting(known, a.title, a.region.code, a.start.instant);
  if (same) return t.problems.eventExists(same.file, shownStart(same.start), a.title);
  if (sameDay.length > 0) {
    const files = sameDay.map((e) => `${e.file}（${shownStart(e.start)}）`);
    return t.problems.eventSameDay(files, shownStart(a.start.instant), a.title);
  }
  return undefined;
}

export function planEntry(kind: ScaffoldKind, answers: Answers, options: PlanOptions): Plan {
  // A book already on the site is edited in its own file: the check refuses one ISBN in two.
  const sameBook = answers.isbn === undefined ? undefined : bookWithIsbn(options.contentDir, answers.isbn);
  if (sameBook) return { ok: false, reason: 'isbnTaken', message: t.problems.isbnTaken(answers.isbn!, sameBook) };
  const sameEvent = kind === 'event' ? eventAlreadyThere(options.contentDir, answers) : undefined;
  if (sameEvent) return { ok: false, reason: 'eventExists', message: sameEvent };
  const collection = KIND_COLLECTION[kind];
  const values = frontMatter(kind, answers, options);
  const sub = folderOf(kind, values);
  const dir = join(options.contentDir, COLLECTIONS[collection].folder, sub);
  let slug: string;
  if (options.slug !== undefined) {
    if (!isValidSlug(options.slug)) return { ok: false, reason: 'slug', message: t.problems.slug(options.slug) };
    slug = options.slug;
    const taken = [`${slug}.md`, `${slug}.mdx`].map((f) => join(dir, f)).find((p) => existsSync(p));
    if (taken) return { ok: false, reason: 'slugTaken', message: t.problems.slugTaken(taken) };
  } else {
    const title = answers.title ?? answers.name ?? '';
    const place = kind === 'event' && answers.region && answers.region.code !== province().code ? answers.region.shortName : undefined;
    const derived = entrySlug(title, place);
    if (!derived) return { ok: false, reason: 'noSlug', message: t.problems.noSlug };
    slug = freeSlug(dir, derived);
  }
  const path = join(dir, `${slug}.md`);
  const id = sub ? `${sub}/${slug}` : slug;
  const text = entryText(collection, values, t.bodies[kind]);
  // What is written must pass the check the build runs (placeholders are warnings, not errors).
  const checked = parseEntry(collection, path, text);
  if (checked.problems.length > 0)
    return { ok: false, reason: 'invalid', message: t.problems.notValid(path), problems: checked.problems };
  return { ok: true, path, id, text, url: entryPath(collection, id) };
}

/** Writes a planned entry; fails (EEXIST) rather than replace a file that appeared meanwhile. */
export function writeEntry(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
}
