import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { beijingDay, inBeijing, parseBeijing } from '../dates/index.ts';
import { fileLabelOf } from '../input-problem.ts';
import { EVENT_STATUSES, type EventStatus } from '../events/status.ts';
import { readFrontMatter, readTextFile } from '../input/index.ts';

/**
 * Events already in the content folder, by what names an event: its title
 * (spaces, quotes and full-width forms aside) and its region; its start says
 * which session. A row of a list imported once, or typed by hand before, is
 * recognised whatever its file is called now.
 */
export function nameKey(title: string, region: string): string {
  const plainTitle = title.normalize('NFKC').replace(/[\s"'“”‘’「」『』《》]/gu, '');
  return `${plainTitle}|${region}`;
}

/** The same event: same name, region and start. */
export function eventKey(title: string, region: string, start: Date): string {
  return `${nameKey(title, region)}|${start.getTime()}`;
}

export interface KnownEvent {
  /** The file as editors know it: `content/events/2024/….md`. */
  file: string;
  start: Date;
  /** Its `status` when it says one of the statuses (src/lib/events/status.ts). */
  status?: EventStatus;
}

/** A start as messages show it, the row's and the file's alike: `2024-11-18 09:30`, or the day alone at midnight (a day written alone). */
export function shownStart(start: Date): string {
  const wall = inBeijing(start);
  return wall.toFormat(wall.hour === 0 && wall.minute === 0 ? 'yyyy-LL-dd' : 'yyyy-LL-dd HH:mm');
}

/** Name key → every event under `eventsDir` whose front matter says who and when. */
export function existingEvents(eventsDir: string): Map<string, KnownEvent[]> {
  const found = new Map<string, KnownEvent[]>();
  if (!existsSync(eventsDir)) return found;
  for (const name of readdirSync(eventsDir, { recursive: true, encoding: 'utf8' })) {
    const path = join(eventsDir, name);
    if (!/\.mdx?$/.test(name) || !statSync(path).isFile()) continue;
    const file = fileLabelOf(path);
    const text = readTextFile(path, file);
    if (!text.ok) continue;
    const front = readFrontMatter(text.text, file);
    if (!front.ok || typeof front.data !== 'object' || front.data === null) continue;
    const { title, region, start, status } = front.data as Record<string, unknown>;
    const when = typeof start === 'string' || start instanceof Date ? parseBeijing(start) : null;
    if (typeof title !== 'string' || typeof region !== 'string' || !when) continue;
    const key = nameKey(title, region);
    const known: KnownEvent = { file: file.split(sep).join('/'), start: when };
    const said = EVENT_STATUSES.find((s) => s === status);
    if (said) known.status = said;
    found.set(key, [...(found.get(key) ?? []), known]);
  }
  return found;
}

/**
 * What the content folder has of a row: the event itself (`same`), or, when
 * not, those of its name and region on its day at another time (`sameDay`).
 * The latter is most likely the row's own event with its time changed: a
 * new file would list it twice. Another day is another session of a series
 * (每周二上课), a new event.
 */
export function findExisting(
  known: ReadonlyMap<string, readonly KnownEvent[]>,
  title: string,
  region: string,
  start: Date,
): { same?: KnownEvent; sameDay: KnownEvent[] } {
  const named = known.get(nameKey(title, region)) ?? [];
  const same = named.find((e) => e.start.getTime() === start.getTime());
  if (same) return { same, sameDay: [] };
  const day = beijingDay(start);
  return { sameDay: named.filter((e) => beijingDay(e.start) === day) };
}
