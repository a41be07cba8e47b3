import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parseBeijing } from '../dates/index.ts';
import { fileLabelOf } from '../input-problem.ts';
import { readFrontMatter, readTextFile } from '../input/index.ts';

/**
 * Events already in the content folder, by what makes an event the same
 * event: its title (spaces, quotes and full-width forms aside), its region
 * and its start. A row of a list imported once, or typed by hand before, is
 * recognised and skipped, whatever its file is called now.
 */
export function eventKey(title: string, region: string, start: Date): string {
  const plainTitle = title.normalize('NFKC').replace(/[\s"'“”‘’「」『』《》]/gu, '');
  return `${plainTitle}|${region}|${start.getTime()}`;
}

/** Key → the file (as editors know it) of every event under `eventsDir` whose front matter says who and when. */
export function existingEvents(eventsDir: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!existsSync(eventsDir)) return found;
  for (const name of readdirSync(eventsDir, { recursive: true, encoding: 'utf8' })) {
    const path = join(eventsDir, name);
    if (!/\.mdx?$/.test(name) || !statSync(path).isFile()) continue;
    const file = fileLabelOf(path);
    const text = readTextFile(path, file);
    if (!text.ok) continue;
    const front = readFrontMatter(text.text, file);
    if (!front.ok || typeof front.data !== 'object' || front.data === null) continue;
    const { title, region, start } = front.data as Record<string, unknown>;
    const when = typeof start === 'string' || start instanceof Date ? parseBeijing(start) : null;
    if (typeof title === 'string' && typeof region === 'string' && when)
      found.set(eventKey(title, region, when), file.split(sep).join('/'));
  }
  return found;
}
