/**
 * Statistics: validate a year's city and county reports, sum them into the
 * Ministry's table, and show who has reported. Used by the pages and by
 * scripts/stats.ts, at build time or on the command line (readStatsFile uses
 * node:fs; nothing here is meant for the browser).
 */
export { ACTIVITY_KINDS, isActivityKind } from './activity-kinds.ts';
export type { ActivityKind } from './activity-kinds.ts';
export type { KindFigures, StatsFile, StatsReport, StatsResult } from './schema.ts';
export { openingDeadlineOf } from './schema.ts';
export { validateStats, WHOLE_FILE } from './validate.ts';
export { readStatsFile } from './read.ts';
export { aggregateMoeTable, moeTotals, reportedShares } from './aggregate.ts';
export { statsDescription, statsLead } from './description.ts';
export type { LevelFigures, MoeTable, Totals } from './aggregate.ts';
export { regionProgress, cityBreakdown } from './progress.ts';
export type { RegionProgress, ReportedProgress, UnreportedProgress, ReportStatus, CityBreakdown, CountiesTotal } from './progress.ts';
export { beijingDayOf, isLate } from './report-dates.ts';
export { moeLayout, MOE_HEADINGS } from './moe-layout.ts';
export type { MoeLayout, MoeRow } from './moe-layout.ts';
export { annexCsv, regionsCsv, regionsCsvColumns } from './csv.ts';
export type { RegionsCsvAbout } from './csv.ts';
export { asOfLine, statsAsOf, statsRemarks } from './as-of.ts';
export { moeTableText, displayWidth, renderTable } from './terminal-table.ts';
export { statsSummary } from './summary.ts';
export { readAllStats } from './files.ts';
