/**
 * The MoE table's figures with the kinds as rows (the annex has them as
 * columns): the two region counts, then one row per kind with the province's
 * yes/no and the figures for cities and for counties. It reads well on a
 * phone and in a terminal, so the year page and `stats table` show it, under
 * a title of its own: it is not the annex's layout, which annex.ts lays out
 * for the print page, the XLSX and the CSV. Its headings are the annex's
 * words (statsFormsText.annex), so the two never name a figure differently.
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

export interface MoeRow {
  kind: ActivityKind;
  label: string;
  /** `是` or `否`. */
  province: string;
  cities: LevelFigures;
  counties: LevelFigures;
}

export interface MoeLayout {
  /** `2023 年海南省各类活动汇总`: not the annex's title, as it is not the annex's layout. */
  title: string;
  counts: { label: string; value: number }[];
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

/** A row's eight cells: the kind, the province's yes/no, then the three measures for cities and for counties. */
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
