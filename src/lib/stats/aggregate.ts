/**
 * The Ministry's 统计表: for each kind, whether the province ran it, then for
 * cities and for counties apart, how many ran it (count > 0), how many
 * activities and how many participants (人次). Everything is summed here from
 * the reports; no total is ever read from the file.
 */
import { allCounties, cities, levelOfCode } from '../regions/index.ts';
import { ACTIVITY_KINDS, perKind } from './activity-kinds.ts';
import type { ActivityKind } from './activity-kinds.ts';
import { isLate } from './report-dates.ts';
import type { StatsFile } from './schema.ts';

export interface LevelFigures {
  /** How many regions of this level ran the kind at least once. */
  regions: number;
  activities: number;
  participants: number;
}

/** The shape of `stats table --json` (shared/design.md). */
export interface MoeTable {
  year: number;
  /** 地市级及以上城市数: all prefecture-level cities of the province. */
  cityCount: number;
  /** 县级城市数: all county-level divisions. */
  countyCount: number;
  province: Record<ActivityKind, boolean>;
  cities: Record<ActivityKind, LevelFigures>;
  counties: Record<ActivityKind, LevelFigures>;
  /** How many cities and counties have sent a report. */
  reported: { cities: number; counties: number };
  /** Codes of the regions that reported after the deadline, in code order. */
  late: string[];
}

export function aggregateMoeTable(stats: StatsFile): MoeTable {
  const zero = (): LevelFigures => ({ regions: 0, activities: 0, participants: 0 });
  const byLevel = { city: perKind(zero), county: perKind(zero) };
  const reported = { cities: 0, counties: 0 };
  const late: string[] = [];

  for (const report of stats.reports) {
    const level = levelOfCode(report.region);
    if (level !== 'city' && level !== 'county') continue; // validation keeps the province and unknown codes out
    if (level === 'city') reported.cities++;
    else reported.counties++;
    if (isLate(report.submittedAt, stats.deadline)) late.push(report.region);
    for (const kind of ACTIVITY_KINDS) {
      const figures = report.activities[kind];
      const sum = byLevel[level][kind];
      if (figures.count > 0) sum.regions++;
      sum.activities += figures.count;
      sum.participants += figures.participants;
    }
  }

  return {
    year: stats.year,
    cityCount: cities().length,
    countyCount: allCounties().length,
    province: { ...stats.province },
    cities: byLevel.city,
    counties: byLevel.county,
    reported,
    late: late.sort(),
  };
}

export interface Totals {
  activities: number;
  participants: number;
}

/**
 * How many reported of how many, per level, as summaries write it (`20/21`); `cities` undefined for
 * a province without cities (a municipality), whose line of 0/0 would say nothing.
 */
export function reportedShares(table: MoeTable): { cities: string | undefined; counties: string } {
  return {
    cities: table.cityCount > 0 ? `${table.reported.cities}/${table.cityCount}` : undefined,
    counties: `${table.reported.counties}/${table.countyCount}`,
  };
}

/** The year's totals, over every kind: the cities' own reports, the counties', and both, as a page's first line says them. */
export function moeTotals(table: MoeTable): { all: Totals; cities: Totals; counties: Totals } {
  const sum = (level: Record<ActivityKind, LevelFigures>): Totals =>
    ACTIVITY_KINDS.reduce(
      (total, kind) => ({
        activities: total.activities + level[kind].activities,
        participants: total.participants + level[kind].participants,
      }),
      { activities: 0, participants: 0 },
    );
  const cities = sum(table.cities);
  const counties = sum(table.counties);
  return {
    all: { activities: cities.activities + counties.activities, participants: cities.participants + counties.participants },
    cities,
    counties,
  };
}
