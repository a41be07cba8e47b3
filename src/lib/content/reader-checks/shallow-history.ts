import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import { fileLabelOf, type InputProblem } from '../../input-problem.ts';
import { WHOLE_FILE } from '../../input/index.ts';
import { gitHistoryOf } from '../git-history.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/**
 * A content folder in a shallow clone (CI's usual checkout) dates every
 * entry by the one commit it has: publication dates and so the feed's order
 * (published.ts), the calendars' and the sitemap's last changes
 * (changed.ts), and the rename warning is silent (renames.ts). Nothing an
 * editor can fix in a file, and nothing a reader sees as wrong at once, so
 * the deployer is told, once, with the setting that gives the full history.
 */
export function shallowHistory(context: ReaderCheckContext): InputProblem[] {
  if (context.entries.length === 0 || gitHistoryOf(context.contentDir) !== 'shallow') return [];
  // A notice's `date` is its publication date (src/content/queries.ts).
  const undated = context.entries.filter((e) => e.data.published === undefined && e.data.date === undefined).length;
  return [warning({ file: fileLabelOf(context.contentDir), field: WHOLE_FILE, message: text.shallowClone(undated, context.entries.length) })];
}
