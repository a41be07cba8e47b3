/**
 * The MoE table laid out as the annex prints it: the two region counts, then
 * one row per kind with the province's yes/no and the figures for cities and
 * for counties. The terminal, the CSV and the page share it so the three
 * never disagree on order; the words are the annex's (statsFormsText.annex),
 * the same the print page and the XLSX use.
 */
import { stats } from '../../i18n/zh-CN/stats.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { province } from '../regions/index.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import type { ActivityKind } from './activity-kinds.ts';
import type { LevelFigures, MoeTable } from './aggregate.ts';

const moe = stats.moe;
const annex = statsFormsText.annex;

/**
 * The annex's headings for the table with the kinds as rows: its 活动 and
 * 省级层面是否开展, then each level's heading over its three measures.
 */
export const MOE_HEADINGS = {
  kind: annex.activity,
  province: annex.provinceRan,
  levels: [annex.cities, annex.counties],
  measures: [annex.regions, annex.activities, annex.participants],
} as const;

/** The eight columns, flat: `地市级及以上城市开展情况：城市数` (the page and the terminal group them by level). */
export const MOE_COLUMNS: readonly string[] = [
  MOE_HEADINGS.kind,
  MOE_HEADINGS.province,
  ...MOE_HEADINGS.levels.flatMap((level) => MOE_HEADINGS.measures.map((measure) => `${level}：${measure}`)),
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
  /** `2023年全民终身学习活动开展情况统计表（海南省）` */
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
      { label: annex.cityCount, value: table.cityCount },
      { label: annex.countyCount, value: table.countyCount },
    ],
    columns: MOE_COLUMNS,
    rows: ACTIVITY_KINDS.map((kind) => ({
      kind,
      label: stats.activityKinds[kind],
      province: table.province[kind] ? annex.yes : annex.no,
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
