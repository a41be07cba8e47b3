import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import { FILE_NAME } from '../../input/index.ts';
import type { InputProblem } from '../../input-problem.ts';
import { eventFolderYear } from '../../events/year-folders.ts';
import { entryRoute } from '../../urls.ts';
import { aliasesLine, aliasesOf } from '../aliases.ts';
import { warning, type ReaderCheckContext } from './context.ts';
import { addressTaken } from './taken-addresses.ts';

/**
 * Events filed as the site lists them (src/lib/events/year-folders.ts): a
 * file outside a year folder has no year's list above its address, and one
 * whose `year` is not its folder's was most likely copied from last year's
 * and not updated, so that the event is listed under one year and counted
 * in another. Warnings: the event is published all the same. Moving a
 * published event changes its address, so the advice says how to keep the
 * old one (`aliases`).
 */
export function eventFolderProblems(context: ReaderCheckContext): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const entry of context.entries) {
    // A file whose address is taken already has an error that says where to move it.
    if (entry.collection !== 'events' || addressTaken(context, entry)) continue;
    const folder = eventFolderYear(entry.id);
    const { year } = entry.data as { year: number };
    // Moved, the file keeps the address it has now as an old one (aliases.ts), with any it lists already.
    const keep = aliasesLine([...aliasesOf(entry.data), entryRoute('events', entry.id)]);
    if (folder === undefined) problems.push(warning({ file: entry.file, field: FILE_NAME, message: text.eventOutsideYearFolder(year, keep) }));
    else if (folder !== year) problems.push(warning({ file: entry.file, field: 'year', message: text.eventYearNotFolder(year, folder, keep) }));
  }
  return problems;
}
