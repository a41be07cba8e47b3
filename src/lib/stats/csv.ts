/**
 * The two downloads, table.csv and regions.csv: UTF-8 with a byte-order mark
 * and CRLF line ends, so that Excel on an office PC opens the Chinese
 * correctly with a double click. Figures stay plain numbers (no separators).
 */
import { stringify } from 'csv-stringify/sync';
import { stats } from '../../i18n/zh-CN/stats.ts';
import { regionByCode } from '../regions/index.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import type { MoeTable } from './aggregate.ts';
import { moeLayout, moeRowCells } from './moe-layout.ts';
import type { RegionProgress } from './progress.ts';

type Cell = string | number;

function toCsv(rows: Cell[][]): string {
  return stringify(rows, { bom: true, record_delimiter: 'windows' });
}

/** The MoE table: a title, the two region counts, the header and one row per kind, then how complete it is. */
export function moeTableCsv(table: MoeTable): string {
  const layout = moeLayout(table);
  return toCsv([
    [layout.title],
    layout.counts.flatMap((c) => [c.label, c.value]),
    [...layout.columns],
    ...layout.rows.map(moeRowCells),
    [],
    [stats.moe.note, layout.footnote],
  ]);
}

const columns = stats.regionsCsv;

export const REGIONS_CSV_COLUMNS: readonly string[] = [
  columns.code,
  columns.name,
  columns.level,
  columns.city,
  columns.status,
  columns.submittedAt,
  columns.opening,
  columns.activities,
  columns.participants,
  ...ACTIVITY_KINDS.flatMap((k) => [columns.kindActivities(stats.activityKinds[k]), columns.kindParticipants(stats.activityKinds[k])]),
];

/** One row per city and county; a region that has not reported has empty figure cells, not zeros. */
export function regionsCsv(progress: readonly RegionProgress[]): string {
  const rows: Cell[][] = progress.map((p) => {
    const head: Cell[] = [
      p.code,
      p.name,
      columns.levels[p.level],
      p.parent ? (regionByCode(p.parent)?.name ?? p.parent) : '',
      stats.status[p.status],
    ];
    if (p.status === 'not_reported') return [...head, '', '', '', '', ...ACTIVITY_KINDS.flatMap(() => ['', ''])];
    return [
      ...head,
      p.submittedAt,
      p.openingCeremony ?? '',
      p.activities,
      p.participants,
      ...ACTIVITY_KINDS.flatMap((k) => [p.byKind[k].count, p.byKind[k].participants]),
    ];
  });
  return toCsv([[...REGIONS_CSV_COLUMNS], ...rows]);
}
