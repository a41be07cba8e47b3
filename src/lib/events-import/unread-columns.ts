/**
 * Columns of a sheet that no field reads (`备注`, `联系电话`): what offices
 * wrote there goes into no event, so the editor is told, once per sheet,
 * which columns they are. A column with a header but nothing under it
 * loses nothing and is not named, nor does the office's numbering of its
 * rows (序号).
 */
import { eventsImportText } from '../../i18n/zh-CN/events-import.ts';
import type { Sheet } from '../spreadsheet/index.ts';

const NUMBERING = new Set(eventsImportText.numberingHeaders.map((header) => header.normalize('NFKC')));

export interface UnreadColumn {
  /** 0 = A. */
  column: number;
  /** Its header text as written; '' for a column without one. */
  header: string;
}

export function unreadColumns(sheet: Sheet, headerRow: number, read: readonly number[], headers: readonly string[]): UnreadColumn[] {
  const filled = new Set<number>();
  for (const row of sheet.rows) {
    if (row.number <= headerRow) continue;
    row.cells.forEach((cell, column) => {
      if (cell !== null && !read.includes(column)) filled.add(column);
    });
  }
  return [...filled]
    .sort((a, b) => a - b)
    .map((column) => ({ column, header: (headers[column] ?? '').trim() }))
    .filter(({ header }) => !NUMBERING.has(header.normalize('NFKC')));
}
