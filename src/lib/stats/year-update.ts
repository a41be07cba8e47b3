/**
 * Importing into a year that already has a file updates it: the regions in
 * the export get their new reports, and every other report stays as it was
 * (some were typed in by hand from figures sent by e-mail). The latest
 * 提交时间 wins across the file and the export, as it does between an
 * export's rows: an older export (an earlier e-mailed sheet imported late)
 * never replaces a newer report; on equal times the export's is taken (the
 * same data imported again, or read after the file as a later row is). What was
 * updated, added and kept, and every report whose figures change, is
 * returned for the summary, so that nothing is replaced or dropped unseen.
 */
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import { compareSubmitted } from './report-dates.ts';
import type { StatsReport } from './schema.ts';

export interface ReplacedReport {
  before: StatsReport;
  after: StatsReport;
}

export interface YearUpdate {
  /** The file being updated, as the editor named it. */
  file: string;
  /** Regions of the export that already had a report: replaced by the export's. */
  updated: string[];
  /** Regions of the export that had none. */
  added: string[];
  /** Regions of the file that the export has no row for: their reports stay. */
  kept: string[];
  /** Reports replaced with other figures or another opening ceremony. */
  changed: ReplacedReport[];
  /** Regions whose new report has no opening ceremony: the file's date stays, since someone wrote it. */
  openingKept: { region: string; openingCeremony: string }[];
  /** Regions whose report in the file was submitted after the export's row: the file's stays, the export's is not used. */
  newerInFile: { region: string; inFile: string; inExport: string }[];
}

function sameFigures(a: StatsReport, b: StatsReport): boolean {
  return (
    a.openingCeremony === b.openingCeremony &&
    ACTIVITY_KINDS.every(
      (k) => a.activities[k].count === b.activities[k].count && a.activities[k].participants === b.activities[k].participants,
    )
  );
}

/** The file's reports updated by the export's, one per region in code order, and what that did. */
export function updateYear(
  file: string,
  existing: readonly StatsReport[],
  imported: readonly StatsReport[],
): { reports: StatsReport[]; update: YearUpdate } {
  const inCodeOrder = (list: readonly StatsReport[]) => [...list].sort((a, b) => (a.region < b.region ? -1 : 1));
  const before = new Map(existing.map((r) => [r.region, r]));
  const update: YearUpdate = { file, updated: [], added: [], kept: [], changed: [], openingKept: [], newerInFile: [] };
  const reports = new Map<string, StatsReport>();
  for (const report of inCodeOrder(imported)) {
    const old = before.get(report.region);
    if (!old) {
      update.added.push(report.region);
      reports.set(report.region, report);
      continue;
    }
    if ((compareSubmitted(old.submittedAt, report.submittedAt) ?? 0) > 0) {
      update.newerInFile.push({ region: report.region, inFile: old.submittedAt, inExport: report.submittedAt });
      reports.set(report.region, old);
      continue;
    }
    let after = report;
    if (after.openingCeremony === undefined && old.openingCeremony !== undefined) {
      // Key order as the import writes it: region, submittedAt, openingCeremony, activities.
      after = {
        region: report.region,
        submittedAt: report.submittedAt,
        openingCeremony: old.openingCeremony,
        activities: report.activities,
      };
      update.openingKept.push({ region: report.region, openingCeremony: old.openingCeremony });
    }
    update.updated.push(report.region);
    if (!sameFigures(old, after)) update.changed.push({ before: old, after });
    reports.set(report.region, after);
  }
  for (const report of inCodeOrder(existing)) {
    if (reports.has(report.region)) continue;
    update.kept.push(report.region);
    reports.set(report.region, report);
  }
  return { reports: inCodeOrder([...reports.values()]), update };
}
