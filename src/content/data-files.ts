import { contentDir } from '../lib/content-dir.ts';
import { lastChangedDate } from '../lib/content/changed.ts';
import { lightingFile, readAllLighting, type LightingSchedule } from '../lib/lighting/index.ts';
import { ceremonyProgress, type CeremonyProgress } from '../lib/opening/index.ts';
import { openingDeadlineOf, readAllStats, regionProgress, type RegionProgress, type StatsFile } from '../lib/stats/index.ts';
import { eventsByStart } from './queries.ts';

/**
 * The JSON inputs (statistics, lighting), read and validated once per build.
 * A bad file stops the build with every problem named (InputError).
 */
let stats: StatsFile[] | undefined;
let lighting: LightingSchedule[] | undefined;

export function statsByYear(): StatsFile[] {
  stats ??= readAllStats(`${contentDir()}/data/stats`);
  return stats;
}

export function latestStats(): StatsFile | undefined {
  return statsByYear().at(-1);
}

const lightingDir = () => `${contentDir()}/data/lighting`;

export function lightingByYear(): LightingSchedule[] {
  lighting ??= readAllLighting(lightingDir());
  return lighting;
}

/** When a year's lighting file last changed (src/lib/content/changed.ts): every window of the year is dated by it in the calendars. */
export function lightingChangedOf(year: number): Date {
  return lastChangedDate(lightingFile(lightingDir(), year));
}

export interface YearProgress {
  stats: StatsFile;
  regions: RegionProgress[];
  ceremonies: CeremonyProgress[];
}

/** One static page (or download) per statistics year: `/stats/<year>/…`. */
export function statsYearPaths() {
  return statsByYear().map((stats) => ({ params: { year: String(stats.year) }, props: { stats } }));
}

/** One static page per lighting year: `/lighting/<year>/`. */
export function lightingYearPaths() {
  return lightingByYear().map((schedule) => ({ params: { year: String(schedule.year) }, props: { schedule } }));
}

const progressCache = new Map<StatsFile, Promise<YearProgress>>();

/** Reporting and opening-ceremony progress of a statistics year (computed once per build; every region page asks). */
export function yearProgress(stats: StatsFile): Promise<YearProgress> {
  let progress = progressCache.get(stats);
  if (!progress) {
    progress = computeYearProgress(stats);
    progressCache.set(stats, progress);
  }
  return progress;
}

async function computeYearProgress(stats: StatsFile): Promise<YearProgress> {
  const events = await eventsByStart();
  const regions = regionProgress(stats);
  // Progress entries carry the report's ceremony date as a Beijing day already.
  const reports = regions.flatMap((r) => (r.status === 'not_reported' ? [] : [{ region: r.code, openingCeremony: r.openingCeremony }]));
  return { stats, regions, ceremonies: ceremonyProgress(events, reports, openingDeadlineOf(stats), stats.year) };
}
