/**
 * The two downloads, table.csv and regions.csv: UTF-8 with a byte-order mark
 * and CRLF line ends, so that Excel on an office PC opens the Chinese
 * correctly with a double click. Figures stay plain numbers (no separators).
 */
import { stringify } from 'csv-stringify/sync';
import { t } from '../../i18n/zh-CN.ts';
import { regionByCode } from '../regions/index.ts';
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS } from './activity-kinds.ts';
import type { MoeTable } from './aggregate.ts';
import { moeLayout, moeRowCells } from './moe-layout.ts';
import { STATUS_LABELS } from './progress.ts';
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
    [t.stats.moe.note, layout.footnote],
  ]);
}

export const REGIONS_CSV_COLUMNS: readonly string[] = [
  '代码',
  '名称',
  '级别',
  '所属地市',
  '报送状态',
  '报送日期',
  '开幕式日期',
  '活动数合计',
  '参与人次合计',
  ...ACTIVITY_KINDS.flatMap((k) => [`${ACTIVITY_KIND_LABELS[k]}：活动数`, `${ACTIVITY_KIND_LABELS[k]}：参与人次`]),
];

/** One row per city and county; a region that has not reported has empty figure cells, not zeros. */
export function regionsCsv(progress: readonly RegionProgress[]): string {
  const rows: Cell[][] = progress.map((p) => {
    const head: Cell[] = [
      p.code,
      p.name,
      p.level === 'city' ? '地市' : '县级',
      p.parent ? (regionByCode(p.parent)?.name ?? p.parent) : '',
      STATUS_LABELS[p.status],
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
