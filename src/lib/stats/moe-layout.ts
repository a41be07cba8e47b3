/**
 * The MoE table laid out as the annex prints it: the two region counts, then
 * one row per kind with the province's yes/no and the figures for cities and
 * for counties. The terminal, the CSV and the page share it so the three
 * never disagree on order; the words are the annex's, from the string table.
 */
import { stats } from '../../i18n/zh-CN/stats.ts';
import { province } from '../regions/index.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import type { ActivityKind } from './activity-kinds.ts';
import type { LevelFigures, MoeTable } from './aggregate.ts';

const moe = stats.moe;

/** The eight columns, flat: `地市级：开展的城市数` (the page groups them under 地市级 and 县级). */
export const MOE_COLUMNS: readonly string[] = [
  moe.kind,
  moe.province,
  ...[moe.citiesRan, moe.activities, moe.participants].map((label) => `${moe.cities}：${label}`),
  ...[moe.countiesRan, moe.activities, moe.participants].map((label) => `${moe.counties}：${label}`),
];

export interface MoeRow {
  kind: ActivityKind;
  label: string;
  /** `是` or `否`. */
  province: string;
  cities: LevelFigures;
  counties: LevelFigures;
}

export interface MoeLayout {
  /** `2023年全民终身学习活动周统计表（海南省）` */
  title: string;
  counts: { label: string; value: number }[];
  columns: readonly string[];
  rows: MoeRow[];
  /** How complete the figures are: reported and late regions. */
  footnote: string;
}

export function moeLayout(table: MoeTable): MoeLayout {
  return {
    title: moe.title(table.year, province().name),
    counts: [
      { label: moe.cityCount, value: table.cityCount },
      { label: moe.countyCount, value: table.countyCount },
    ],
    columns: MOE_COLUMNS,
    rows: ACTIVITY_KINDS.map((kind) => ({
      kind,
      label: stats.activityKinds[kind],
      province: table.province[kind] ? moe.yes : moe.no,
      cities: table.cities[kind],
      counties: table.counties[kind],
    })),
    footnote: moe.footnote(
      `${table.reported.cities}/${table.cityCount}`,
      `${table.reported.counties}/${table.countyCount}`,
      table.late.length,
    ),
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
