/**
 * The two downloads, table.csv and regions.csv: UTF-8 with a byte-order mark
 * and CRLF line ends, so that Excel on an office PC opens the Chinese
 * correctly with a double click. Figures stay plain numbers (no separators).
 */
import { stringify } from 'csv-stringify/sync';
import { stats } from '../../i18n/zh-CN/stats.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { cities, placeWords } from '../regions/index.ts';
import { groupLabel } from './named-regions.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import type { AnnexLayout } from './annex.ts';
import { annexSheet, annexSheetValues } from './annex-sheet.ts';
import type { RegionProgress } from './progress.ts';

type Cell = string | number;

/** A text cell that begins like a formula (=, +, -, @) gets a leading ' so that Excel shows it rather than runs it (the contact settings are text anyone with the repository can set). */
function toCsv(rows: Cell[][]): string {
  return stringify(rows, { bom: true, record_delimiter: 'windows', escape_formulas: true });
}

/**
 * The Ministry's annex, row for row and column for column as the workbook
 * (annex-xlsx.ts) writes the same sheet: 附件, the title, the authority line,
 * then the grid, a merged cell's text once in its top-left position and the
 * positions it covers empty, as Excel saves a sheet with merges as CSV; then
 * the remarks under the table (the file's note, 数据截至 …), as the workbook has
 * them. A sheet laid out as a form, it is read by people in Excel, not parsed.
 */
export function annexCsv(layout: AnnexLayout): string {
  return toCsv(annexSheetValues(annexSheet(layout)));
}

const columns = stats.regionsCsv;

/**
 * What regions.csv says of the figures as a whole: the day they are as of (`2023-11-23`) and the file's note.
 * They go in two last columns, the same on every row, rather than in a line above the header: a comment line
 * makes Excel, pandas and csv readers take it for the header, whereas a column keeps one header row and one
 * row per region, and goes with any row copied out of the file (open data files carry their 数据更新日期 so).
 */
export interface RegionsCsvAbout {
  asOf?: string | undefined;
  note?: string | undefined;
}

/** The header; a municipality's districts have no city above them, so its file has no 所属地市 column. */
export function regionsCsvColumns(hasCities = cities().length > 0): string[] {
  return [
    columns.code,
    columns.name,
    columns.level,
    ...(hasCities ? [columns.city(placeWords().divisions)] : []),
    columns.status,
    columns.submittedAt,
    columns.opening,
    columns.activities,
    columns.participants,
    ...ACTIVITY_KINDS.flatMap((k) => [
      columns.kindActivities(stats.activityKinds[k]),
      columns.kindParticipants(stats.activityKinds[k]),
    ]),
    stats.asOf.column,
    stats.asOf.noteColumn,
  ];
}

/** One row per city and county; a region that has not reported has empty figure cells, not zeros. */
export function regionsCsv(progress: readonly RegionProgress[], about: RegionsCsvAbout = {}): string {
  const hasCities = cities().length > 0;
  const levels = columns.levels(placeWords().divisions);
  const whole: Cell[] = [about.asOf ?? '', about.note?.trim() ?? ''];
  const rows: Cell[][] = progress.map((p) => {
    const head: Cell[] = [
      p.code,
      p.name,
      levels[p.level],
      // 湖北's 仙桃 is 湖北省直辖, not a city of 湖北省.
      ...(hasCities ? [p.parent ? groupLabel(p.parent, statsFormsText.summary.directlyUnder) : ''] : []),
      stats.status[p.status],
    ];
    if (p.status === 'not_reported') return [...head, '', '', '', '', ...ACTIVITY_KINDS.flatMap(() => ['', '']), ...whole];
    return [
      ...head,
      p.submittedAt,
      p.openingCeremony ?? '',
      p.activities,
      p.participants,
      ...ACTIVITY_KINDS.flatMap((k) => [p.byKind[k].count, p.byKind[k].participants]),
      ...whole,
    ];
  });
  return toCsv([regionsCsvColumns(hasCities), ...rows]);
}
