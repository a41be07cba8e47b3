import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type ExcelJS from 'exceljs';

/**
 * For tests: the Ministry's annex as the notice prints it
 * (tests/fixtures/moe-annex-2023.txt, copied from the notice), so that every
 * output of the 统计表 is held to the notice's words, not to our own copy.
 */
const NOTICE = readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/moe-annex-2023.txt'), 'utf8');

/** The PDF's text breaks long cells with spaces (`全民终身学 习活动周`): compare without them. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The notice's lines, without the fixture's comment and blank lines. */
export const noticeLines: readonly string[] = NOTICE.split('\n').filter((l) => !l.startsWith('#') && l.trim() !== '');

/** The annex's first line, above its title: `附件`. */
export const noticeMark: string = squeeze(noticeLines[0]!);

/** The annex's title as the notice prints it for its year. */
export const noticeTitleLine: string = noticeLines[1]!;

/** The line under the title: `教育行政部门（盖章）：_____`. */
export const noticeAuthorityLine: string = noticeLines[2]!;

/** The year the notice's annex is for. */
export const NOTICE_YEAR = Number(/^\d{4}/.exec(noticeTitleLine)![0]);

/** The annex's title for another year, squeezed: `2024年全民终身学习活动开展情况统计表`. */
export const noticeTitle = (year: number) => squeeze(noticeTitleLine).replace(String(NOTICE_YEAR), String(year));

/** Every cell of the annex's table that has words, squeezed, in the notice's reading order. */
export const noticeHeadings: readonly string[] = noticeLines.slice(3).flatMap((line) =>
  line
    .split('\t')
    .map(squeeze)
    .filter((c) => c !== ''),
);

/** A worksheet's cells as text, row by row, as a CSV of it would hold them: a merged cell's text once, in its top-left cell. */
export function sheetCells(sheet: ExcelJS.Worksheet): string[][] {
  return Array.from({ length: sheet.rowCount }, (_, r) =>
    Array.from({ length: sheet.columnCount }, (_, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      if (cell.isMerged && cell.master !== cell) return '';
      // The annex's cells are text and numbers only; an empty one is null.
      return typeof cell.value === 'string' || typeof cell.value === 'number' ? String(cell.value) : '';
    }),
  );
}
