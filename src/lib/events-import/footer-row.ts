/**
 * A line under the list that is no event: `合计：2项`, `注：时间以当天通知为准`.
 * Offices add one out of habit; read as an event it is a row of blanks, and
 * its six errors stopped the whole import. It is passed over, and named.
 */
import { eventsImportText } from '../../i18n/zh-CN/events-import.ts';
import type { SheetRow } from '../spreadsheet/index.ts';

const FOOTER_WORDS = eventsImportText.footerWords.map((word) => word.normalize('NFKC'));

/** The footer's text when `row` is one: its first cell starts with a footer word, and the required columns are otherwise empty. */
export function footerText(row: SheetRow, requiredColumns: readonly number[]): string | undefined {
  const first = row.cells.findIndex((cell) => cell !== null);
  const cell = row.cells[first];
  if (typeof cell !== 'string') return undefined;
  const text = cell.normalize('NFKC').trim();
  if (!FOOTER_WORDS.some((word) => text.startsWith(word))) return undefined;
  const othersEmpty = requiredColumns.every((column) => column === first || (row.cells[column] ?? null) === null);
  return othersEmpty ? cell.trim() : undefined;
}
