import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import { FILE_NAME } from '../../input/index.ts';
import type { InputProblem } from '../../input-problem.ts';
import { entryPath } from '../../urls.ts';
import type { ReaderCheckContext } from './context.ts';

type Entry = ReaderCheckContext['entries'][number];

/** Whether `entry`'s address is one of the site's own pages (unknown when the settings could not be read). */
export function addressTaken({ ownPages }: ReaderCheckContext, entry: Entry): boolean {
  return ownPages?.has(entryPath(entry.collection, entry.id)) ?? false;
}

const isEvent = (entry: Entry): entry is Entry & { data: { year: number } } => entry.collection === 'events';

/**
 * An entry whose file name gives it the address of one of the site's own
 * pages (content/events/online.md → /events/online/, the list of online
 * events; content/pages/stats.md → /stats/): Astro would publish only one
 * of the two, and the reader sees the site's page, not the entry. The
 * addresses are the ones the link check knows (site-routes.ts).
 */
export function takenAddresses(context: ReaderCheckContext): InputProblem[] {
  return context.entries
    .filter((entry) => addressTaken(context, entry))
    .map((entry) => ({
      file: entry.file,
      field: FILE_NAME,
      message: text.addressTaken(entryPath(entry.collection, entry.id), isEvent(entry) ? entry.data.year : undefined),
    }));
}
