/**
 * The MoE table laid out as the annex prints it: the two region counts, then
 * one row per kind with the province's yes/no and the figures for cities and
 * for counties. The terminal, the CSV (and the page, if it likes) share it so
 * the three never disagree on wording or order.
 */
import { PROVINCE } from '../regions/index.ts';
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS } from './activity-kinds.ts';
import type { ActivityKind } from './activity-kinds.ts';
import type { LevelFigures, MoeTable } from './aggregate.ts';

export const MOE_COLUMNS = [
  '活动类别',
  '省级层面是否开展',
  '地市级：开展的城市数',
  '地市级：活动数',
  '地市级：参与人次',
  '县级：开展的县级城市数',
  '县级：活动数',
  '县级：参与人次',
] as const;

export interface MoeRow {
  kind: ActivityKind;
  label: string;
  /** `是` or `否`. */
  province: string;
  cities: LevelFigures;
  counties: LevelFigures;
}

export interface MoeLayout {
  /** `2023年全民终身学习活动周统计表（广东省）` */
  title: string;
  counts: { label: string; value: number }[];
  columns: readonly string[];
  rows: MoeRow[];
  /** How complete the figures are: reported and late regions. */
  footnote: string;
}

export function moeLayout(table: MoeTable): MoeLayout {
  const late = table.late.length > 0 ? `，其中逾期报送 ${table.late.length} 个` : '';
  return {
    title: `${table.year}年全民终身学习活动周统计表（${PROVINCE.name}）`,
    counts: [
      { label: '地市级及以上城市数', value: table.cityCount },
      { label: '县级城市数', value: table.countyCount },
    ],
    columns: MOE_COLUMNS,
    rows: ACTIVITY_KINDS.map((kind) => ({
      kind,
      label: ACTIVITY_KIND_LABELS[kind],
      province: table.province[kind] ? '是' : '否',
      cities: table.cities[kind],
      counties: table.counties[kind],
    })),
    footnote:
      `已报送：地市级 ${table.reported.cities}/${table.cityCount} 个，` +
      `县级 ${table.reported.counties}/${table.countyCount} 个${late}；各项数字由各地报告汇总计算`,
  };
}

/** A row's eight cells, in MOE_COLUMNS order. */
export function moeRowCells(row: MoeRow): (string | number)[] {
  return [
    row.label,
    row.province,
    row.cities.regions,
    row.cities.activities,
    row.cities.participants,
    row.counties.regions,
    row.counties.activities,
    row.counties.participants,
  ];
}
