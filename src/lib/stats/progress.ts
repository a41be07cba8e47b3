/**
 * Who has reported, when, and how much: one entry for every city and every
 * county of the regions module, reported or not. It feeds the progress maps,
 * the city pages and regions.csv.
 */
import { allCounties, cities, countiesOf, regionByCode } from '../regions/index.ts';
import type { Region } from '../regions/index.ts';
import { ACTIVITY_KINDS, perKind } from './activity-kinds.ts';
import type { ActivityKind } from './activity-kinds.ts';
import { beijingDayOf, isLate } from './report-dates.ts';
import type { KindFigures, StatsFile, StatsReport } from './schema.ts';

export type ReportStatus = 'on_time' | 'late' | 'not_reported';

interface ProgressBase {
  code: string;
  name: string;
  shortName: string;
  level: 'city' | 'county';
  /** A county's city code; absent for a city. */
  parent?: string;
}

export interface ReportedProgress extends ProgressBase {
  status: 'on_time' | 'late';
  /** Beijing calendar day `YYYY-MM-DD` the report was sent. */
  submittedAt: string;
  /** Beijing calendar day of the opening ceremony, when the report gives one. */
  openingCeremony?: string;
  /** All activities, summed over the five kinds. */
  activities: number;
  /** All participants (人次), summed over the five kinds. */
  participants: number;
  byKind: Record<ActivityKind, KindFigures>;
}

/** No report yet: no figures at all (null, not 0: "not known" is not "none"). */
export interface UnreportedProgress extends ProgressBase {
  status: 'not_reported';
  activities: null;
  participants: null;
  byKind: null;
}

export type RegionProgress = ReportedProgress | UnreportedProgress;

function base(region: Region): ProgressBase {
  const entry: ProgressBase = {
    code: region.code,
    name: region.name,
    shortName: region.shortName,
    level: region.level === 'county' ? 'county' : 'city',
  };
  if (region.level === 'county' && region.parent) entry.parent = region.parent;
  return entry;
}

/** A report's activities and participants summed over the five kinds. */
export function totalsOf(activities: Record<ActivityKind, KindFigures>): { activities: number; participants: number } {
  return {
    activities: ACTIVITY_KINDS.reduce((sum, k) => sum + activities[k].count, 0),
    participants: ACTIVITY_KINDS.reduce((sum, k) => sum + activities[k].participants, 0),
  };
}

function entryFor(region: Region, report: StatsReport | undefined, deadline: string): RegionProgress {
  if (!report) return { ...base(region), status: 'not_reported', activities: null, participants: null, byKind: null };
  const byKind = perKind((kind) => ({ ...report.activities[kind] }));
  const entry: ReportedProgress = {
    ...base(region),
    status: isLate(report.submittedAt, deadline) ? 'late' : 'on_time',
    submittedAt: beijingDayOf(report.submittedAt) ?? report.submittedAt,
    ...totalsOf(byKind),
    byKind,
  };
  if (report.openingCeremony !== undefined) {
    entry.openingCeremony = beijingDayOf(report.openingCeremony) ?? report.openingCeremony;
  }
  return entry;
}

/** Every city and county, in code order (so each city comes just before its counties). */
export function regionProgress(stats: StatsFile): RegionProgress[] {
  const reports = new Map(stats.reports.map((r) => [r.region, r]));
  return [...cities(), ...allCounties()]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((region) => entryFor(region, reports.get(region.code), stats.deadline));
}

export interface CountiesTotal {
  /** Counties of the city that have reported, and how many it has. */
  reported: number;
  total: number;
  /** Sums over the counties that have reported. */
  activities: number;
  participants: number;
  byKind: Record<ActivityKind, KindFigures>;
}

export interface CityBreakdown {
  /** The city's own report: what the city itself ran. */
  city: RegionProgress;
  counties: RegionProgress[];
  /** Its counties' reports summed; kept apart from the city's own figures, as the MoE table does. */
  countiesTotal: CountiesTotal;
}

/**
 * A city's own figures beside the sum of its counties'. 东莞 and 中山 have no
 * county level: their `counties` is empty and the total is zero of zero.
 */
export function cityBreakdown(progress: readonly RegionProgress[], cityCode: string): CityBreakdown {
  const region = regionByCode(cityCode);
  if (region?.level !== 'city') throw new Error(`not a city code: ${cityCode}`);
  const city = progress.find((p) => p.code === cityCode);
  if (!city) throw new Error(`no progress for ${cityCode}`);
  const codes = new Set(countiesOf(cityCode).map((c) => c.code));
  const counties = progress.filter((p) => codes.has(p.code));
  const byKind = perKind<KindFigures>(() => ({ count: 0, participants: 0 }));
  let reported = 0;
  for (const county of counties) {
    if (county.status === 'not_reported') continue;
    reported++;
    for (const kind of ACTIVITY_KINDS) {
      byKind[kind].count += county.byKind[kind].count;
      byKind[kind].participants += county.byKind[kind].participants;
    }
  }
  return {
    city,
    counties,
    countiesTotal: {
      reported,
      total: codes.size,
      activities: ACTIVITY_KINDS.reduce((sum, k) => sum + byKind[k].count, 0),
      participants: ACTIVITY_KINDS.reduce((sum, k) => sum + byKind[k].participants, 0),
      byKind,
    },
  };
}

/** A city and those of its counties that have not reported, in code order. */
export interface MissingCounties {
  city: string;
  counties: UnreportedProgress[];
}

/**
 * The counties still to report, grouped by city as an official chases them
 * (one call to the city's bureau for all its counties): every one, none left
 * out however many are missing. Cities without a missing county are not listed.
 */
export function missingCountiesByCity(progress: readonly RegionProgress[]): MissingCounties[] {
  const groups = new Map<string, UnreportedProgress[]>();
  for (const p of progress) {
    if (p.level !== 'county' || p.status !== 'not_reported' || p.parent === undefined) continue;
    const group = groups.get(p.parent) ?? [];
    group.push(p);
    groups.set(p.parent, group);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([city, counties]) => ({ city, counties }));
}
