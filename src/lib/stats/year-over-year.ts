/**
 * Year over year, once two or more statistics years exist: each city's own
 * report in the latest year beside the year before (with the change), and a
 * region's years side by side. A year a region did not report is "not
 * known" (null), never 0, and no change is computed against it.
 */
import { subdivisions, regionByCode } from '../regions/index.ts';
import { cityBreakdown, regionProgress } from './progress.ts';
import type { ReportStatus } from './progress.ts';
import type { StatsFile } from './schema.ts';

export interface YearFigures {
  year: number;
  status: ReportStatus;
  /** Null when the region did not report that year. */
  activities: number | null;
  participants: number | null;
}

export interface Change {
  /** latest − previous; null when either year is not known. */
  difference: number | null;
  /** The difference as a share of the previous figure (0.125 = +12.5%); null when not known or the previous is 0. */
  ratio: number | null;
}

export interface CityComparison {
  code: string;
  name: string;
  latest: YearFigures;
  previous: YearFigures;
  activities: Change;
  participants: Change;
}

function change(latest: number | null, previous: number | null): Change {
  if (latest === null || previous === null) return { difference: null, ratio: null };
  return { difference: latest - previous, ratio: previous === 0 ? null : (latest - previous) / previous };
}

function figuresOf(stats: StatsFile): Map<string, YearFigures> {
  return new Map(
    regionProgress(stats).map((p) => [
      p.code,
      { year: stats.year, status: p.status, activities: p.activities, participants: p.participants },
    ]),
  );
}

/** The latest and the previous year of `years` (any order), or undefined with fewer than two. */
export function latestTwo(years: readonly StatsFile[]): { latest: StatsFile; previous: StatsFile } | undefined {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const latest = sorted.at(-1);
  const previous = sorted.at(-2);
  return latest && previous ? { latest, previous } : undefined;
}

/** Every city (and county directly under the province), in code order: its own report's totals in both years, and the change. */
export function cityYearOverYear(latest: StatsFile, previous: StatsFile): CityComparison[] {
  const now = figuresOf(latest);
  const before = figuresOf(previous);
  return subdivisions().map((city) => {
    const a = now.get(city.code)!;
    const b = before.get(city.code)!;
    return {
      code: city.code,
      name: city.name,
      latest: a,
      previous: b,
      activities: change(a.activities, b.activities),
      participants: change(a.participants, b.participants),
    };
  });
}

export interface RegionYear extends YearFigures {
  /** For a city with counties: how many of them reported that year, and their sums. */
  counties?: { reported: number; total: number; activities: number; participants: number };
}

/** A city's or county's figures in every year, oldest first. */
export function regionYears(years: readonly StatsFile[], code: string): RegionYear[] {
  const region = regionByCode(code);
  if (region?.level !== 'city' && region?.level !== 'county') return [];
  return [...years]
    .sort((a, b) => a.year - b.year)
    .map((stats) => {
      const progress = regionProgress(stats);
      const own = progress.find((p) => p.code === code)!;
      const entry: RegionYear = { year: stats.year, status: own.status, activities: own.activities, participants: own.participants };
      if (region.level === 'city') {
        const { countiesTotal } = cityBreakdown(progress, code);
        if (countiesTotal.total > 0) {
          entry.counties = {
            reported: countiesTotal.reported,
            total: countiesTotal.total,
            activities: countiesTotal.activities,
            participants: countiesTotal.participants,
          };
        }
      }
      return entry;
    });
}
