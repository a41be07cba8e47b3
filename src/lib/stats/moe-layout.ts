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
import { placeWords, province } from '../regions/index.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import type { ActivityKind } from './activity-kinds.ts';
import { reportedShares, type LevelFigures, type MoeTable } from './aggregate.ts';

const moe = stats.moe;
const annex = statsFormsText.annex;

/**
 * The annex's headings for the table with the kinds as rows: its 活动 and
 * 省级层面是否开展, then each level's heading over its three measures.
 */
export const MOE_HEADINGS = {
  kind: annex.activity,
  province: annex.provinceRan,
  levels: { cities: annex.cities, counties: annex.counties },
  measures: [annex.regions, annex.activities, annex.participants],
} as const;

export type MoeLevel = keyof typeof MOE_HEADINGS.levels;

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
  /**
   * The levels shown, each a group of the three measures: cities and counties, or the counties alone
   * for a municipality (no cities: a group of 0/0 says nothing). The Ministry's annex keeps both.
   */
  levels: MoeLevel[];
  /** Each level's count (地市级及以上城市数 …), over its group. */
  counts: { level: MoeLevel; label: string; value: number }[];
  rows: MoeRow[];
  /** How complete the figures are: reported and late regions. */
  footnote: string;
}

export function moeLayout(table: MoeTable): MoeLayout {
  const shares = reportedShares(table);
  const levels: MoeLevel[] = shares.cities === undefined ? ['counties'] : ['cities', 'counties'];
  const counts = [
    { level: 'cities' as const, label: annex.cityCount, value: table.cityCount },
    { level: 'counties' as const, label: annex.countyCount, value: table.countyCount },
  ];
  return {
    title: moe.title(table.year, province().name),
    levels,
    counts: counts.filter((c) => levels.includes(c.level)),
    rows: ACTIVITY_KINDS.map((kind) => ({
      kind,
      label: stats.activityKinds[kind],
      province: table.province[kind] ? annex.yes : annex.no,
      cities: table.cities[kind],
      counties: table.counties[kind],
    })),
    footnote: moe.footnote(shares.cities, shares.counties, table.late.length, placeWords().divisions),
  };
}

/** A row's cells: the kind, the province's yes/no, then the three measures of each level shown. */
export function moeRowCells(row: MoeRow, levels: readonly MoeLevel[]): (string | number)[] {
  return [row.label, row.province, ...levels.flatMap((level) => [row[level].regions, row[level].activities, row[level].participants])];
}
