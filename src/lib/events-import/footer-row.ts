/**
 * A line under the list that is no event: `合计：2项`, `注：时间以当天通知为准`.
 * Offices add one out of habit; read as an event it is a row of blanks, and
 * its six errors stopped the whole import. It is passed over, and named.
 */
import { startsAsFooter } from '../spreadsheet/footer-words.ts';
import type { SheetRow } from '../spreadsheet/index.ts';

/**
 * The footer's text when `row` is one: its first cell starts with a footer word, and the required
 * columns hold nothing else but cells that start so too (填表人：张三 under 序号, 联系电话 under 地区).
 */
export function footerText(row: SheetRow, requiredColumns: readonly number[]): string | undefined {
  const first = row.cells.findIndex((cell) => cell !== null);
  const cell = row.cells[first];
  if (!startsAsFooter(cell)) return undefined;
  const nothingElse = requiredColumns.every((column) => {
    const other = row.cells[column] ?? null;
    return column === first || other === null || startsAsFooter(other);
  });
  if (!nothingElse) return undefined;
  return row.cells
    .filter(startsAsFooter)
    .map((text) => text.trim())
    .join(' ');
}
