/**
 * What `stats check` prints when a file is valid: enough for an official to
 * see at a glance whether the figures are complete enough to send on.
 */
import { stats as words } from '../../i18n/zh-CN/stats.ts';
import { placeWords, regionLabel } from '../regions/index.ts';
import { aggregateMoeTable, reportedShares } from './aggregate.ts';
import { namedLines, namedMissingCounties, nameRegions } from './named-regions.ts';
import { missingCountiesByCity, regionProgress } from './progress.ts';
import type { ReportedProgress } from './progress.ts';
import type { StatsFile } from './schema.ts';

export function statsSummary(stats: StatsFile, fileLabel: string): string {
  const table = aggregateMoeTable(stats);
  const shares = reportedShares(table);
  const progress = regionProgress(stats);
  const missingCities = progress.filter((p) => p.level === 'city' && p.status === 'not_reported');
  const missingCounties = missingCountiesByCity(progress);
  const late = progress.filter((p): p is ReportedProgress => p.status === 'late');
  const s = words.checkSummary;
  const d = placeWords().divisions;
  const lines = [
    s.valid(fileLabel),
    s.year(stats.year, stats.deadline, stats.openingDeadline),
    s.reports(stats.reports.length, shares.cities, shares.counties, d),
  ];
  // Every region still to report, so that the list is the whole chase list: the cities on one line, the counties a line per city.
  if (missingCities.length > 0)
    lines.push(s.missingCities(missingCities.length, missingCities.map((p) => regionLabel(p.code)).join('、'), d));
  const countyCount = missingCounties.reduce((sum, g) => sum + g.counties.length, 0);
  if (countyCount > 0)
    lines.push(...namedLines((n) => s.missingCounties(countyCount, d, n), namedMissingCounties(missingCounties), s));
  const day = new Map(late.map((p) => [p.code, p.submittedAt]));
  const named = nameRegions([...day.keys()], (code) => s.withDay(regionLabel(code), day.get(code)!));
  lines.push(...(late.length === 0 ? [s.noneLate] : namedLines((n) => s.late(late.length, d, n), named, s)));
  if (stats.note) lines.push(s.note(stats.note));
  return lines.join('\n');
}
