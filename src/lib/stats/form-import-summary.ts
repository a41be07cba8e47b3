/**
 * What `stats import` prints once the file is read: how many regions
 * reported, which the file being updated had and kept, who is late or
 * missing, which submissions were set aside, and
 * where the province's own row came from, and the warnings (a year other
 * than --year, a figure that looks like a typo). Enough to judge the figures
 * before sending them on.
 */
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { formatProblems } from '../input-problem.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import type { ActivityKind } from './activity-kinds.ts';
import { aggregateMoeTable, reportedShares } from './aggregate.ts';
import { importRegionLabel } from './form-import.ts';
import type { ImportSummary, RowRef, SetAside } from './form-import.ts';
import { missingCountiesByCity, regionProgress, totalsOf } from './progress.ts';
import type { ReportedProgress } from './progress.ts';
import { namedLines, namedMissingCounties, nameRegions } from './named-regions.ts';
import type { StatsFile } from './schema.ts';
import { sheetDateText } from '../spreadsheet/index.ts';
import { placeWords, regionByCode } from '../regions/index.ts';
import type { KindFigures, StatsReport } from './schema.ts';
import type { YearUpdate } from './year-update.ts';

const t = statsFormsText.summary;
/** A heading and the regions `codes` (named by `name`), every one: on the heading's line, or a line per city. */
const namedList = (heading: (names?: string) => string, codes: readonly string[], name: (code: string) => string, indent = '') =>
  namedLines(heading, nameRegions(codes, name), t, indent);

const regionName = (code: string) => regionByCode(code)?.name ?? code;
/** `广州市天河区 440106`, or the code alone for one the regions do not know. */
const regionLabelOf = (code: string) => {
  const region = regionByCode(code);
  return region ? importRegionLabel(region) : code;
};

/** Each kind whose figures differ, `主题阅读活动 114/29280 → 1234/5678` (activities/participants). */
function kindChanges(before: Record<ActivityKind, KindFigures>, after: Record<ActivityKind, KindFigures>): string[] {
  return ACTIVITY_KINDS.flatMap((kind) => {
    const [b, a] = [before[kind], after[kind]];
    return b.count === a.count && b.participants === a.participants
      ? []
      : [t.update.kind(statsFormsText.annex.kinds[kind], `${b.count}/${b.participants}`, `${a.count}/${a.participants}`)];
  });
}

/** What each replaced report's figures were and are now: every one listed, since an editor may have typed the old ones. */
function changeParts(before: StatsReport, after: StatsReport): string[] {
  const parts: string[] = [];
  if (before.submittedAt !== after.submittedAt) parts.push(t.update.submittedAt(before.submittedAt, after.submittedAt));
  parts.push(...kindChanges(before.activities, after.activities));
  if (before.openingCeremony !== after.openingCeremony) parts.push(t.update.opening(before.openingCeremony, after.openingCeremony));
  return parts;
}

/**
 * A set-aside submission beside the one kept: both totals when they differ, the kinds that differ when only
 * the totals agree, or that the figures are the same; nothing when the set-aside row could not be read.
 */
function setAsideLine(s: SetAside, where: (ref: RowRef) => string): string {
  const [before, after] = [s.submission && totalsOf(s.submission.activities), totalsOf(s.kept.activities)];
  const differs = before !== undefined && (before.activities !== after.activities || before.participants !== after.participants);
  const kinds = s.submission ? kindChanges(s.submission.activities, s.kept.activities) : [];
  return t.setAsideLine(
    importRegionLabel(s.row.region),
    t.setAsideRow(where(s.row), sheetDateText(s.row.submittedAt), differs ? before : undefined),
    t.setAsideRow(where(s.kept), sheetDateText(s.kept.submittedAt), differs ? after : undefined),
    s.hadProblems,
    s.submission === undefined || differs ? undefined : kinds,
  );
}

function yearUpdateLines(update: YearUpdate): string[] {
  const u = t.update;
  const d = placeWords().divisions;
  const lines = [u.heading(update.file)];
  const inUpdate = '  ';
  if (update.updated.length > 0)
    lines.push(...namedList((n) => u.updated(update.updated.length, d, n), update.updated, regionName, inUpdate));
  if (update.added.length > 0) lines.push(...namedList((n) => u.added(update.added.length, d, n), update.added, regionName, inUpdate));
  if (update.kept.length > 0) lines.push(...namedList((n) => u.kept(update.kept.length, d, n), update.kept, regionName, inUpdate));
  // Before the changes: an export older than the file is what an official must see first.
  if (update.newerInFile.length > 0) {
    lines.push(u.newerInFile(update.newerInFile.length));
    for (const { region, inFile, inExport } of update.newerInFile)
      lines.push(u.newerInFileLine(regionLabelOf(region), inFile, inExport));
  }
  if (update.changed.length > 0) {
    lines.push(u.changed(update.changed.length));
    for (const { before, after } of update.changed) {
      lines.push(u.changedLine(regionLabelOf(after.region), changeParts(before, after)));
    }
  } else if (update.updated.length > 0) lines.push(u.unchanged);
  if (update.openingKept.length > 0) {
    const days = new Map(update.openingKept.map((o) => [o.region, o.openingCeremony]));
    lines.push(
      ...namedList(
        (n) => u.openingKept(days.size, d, n),
        [...days.keys()],
        (code) => `${regionName(code)}（${days.get(code)}）`,
        inUpdate,
      ),
    );
  }
  return lines;
}

export function importSummaryLines(stats: StatsFile, summary: ImportSummary): string[] {
  const table = aggregateMoeTable(stats);
  const shares = reportedShares(table);
  const progress = regionProgress(stats);
  const several = summary.files > 1;
  const where = (ref: RowRef) => t.rowIn(several ? ref.file : undefined, ref.row);
  const d = placeWords().divisions;

  const lines = [
    t.read(summary.files, summary.rows, summary.blankRows),
    t.reported(shares.cities, shares.counties, d),
    ...(summary.update ? yearUpdateLines(summary.update) : []),
  ];
  if (summary.deadlineSource.from === 'template') lines.push(t.templateDeadline(stats.deadline, summary.deadlineSource.files));
  const late = progress.filter((p): p is ReportedProgress => p.status === 'late');
  const lateDay = new Map(late.map((p) => [p.code, p.submittedAt]));
  if (late.length === 0) lines.push(t.noneLate(stats.deadline));
  else
    lines.push(
      ...namedList(
        (n) => t.late(stats.deadline, late.length, d, n),
        [...lateDay.keys()],
        (code) => `${regionName(code)}（${lateDay.get(code)}）`,
      ),
    );
  // Every region still to report, the whole chase list: the cities on one line, the counties a line per city.
  const missingCities = progress.filter((p) => p.level === 'city' && p.status === 'not_reported');
  if (missingCities.length > 0) lines.push(t.missing(d.city, missingCities.length, missingCities.map((p) => p.name).join('、')));
  const missingCounties = missingCountiesByCity(progress);
  const countyCount = missingCounties.reduce((sum, g) => sum + g.counties.length, 0);
  if (countyCount > 0)
    lines.push(...namedLines((n) => t.missingCounties(countyCount, d, n), namedMissingCounties(missingCounties), t));
  if (summary.totalRows.length > 0) lines.push(t.totalRows(summary.totalRows.map((r) => t.totalRow(where(r), r.text))));
  if (summary.setAside.length > 0) {
    lines.push(t.setAside(summary.setAside.length));
    for (const s of summary.setAside) lines.push(setAsideLine(s, where));
  }
  if (summary.blanksAsZero.length > 0) {
    const cells = summary.blanksAsZero.reduce((sum, s) => sum + s.blanks.length, 0);
    lines.push(t.blanks.heading(cells, summary.blanksAsZero.length));
    const figures = ACTIVITY_KINDS.length * 2;
    for (const s of summary.blanksAsZero)
      lines.push(
        t.blanks.line(
          where(s),
          importRegionLabel(s.region),
          s.blanks.length === figures ? [t.blanks.all(figures)] : s.blanks.map((key) => s.column(key)),
        ),
      );
  }
  const ran =
    ACTIVITY_KINDS.filter((k) => stats.province[k])
      .map((k) => statsFormsText.annex.kinds[k])
      .join('、') || t.province.nothing;
  const source = summary.provinceSource;
  const { level } = placeWords().kind;
  if (source.from === 'option') lines.push(t.province.option(level, ran));
  else if (source.from === 'row') lines.push(t.province.row(level, ran, where(source.submission)));
  else if (source.from === 'previous') lines.push(t.province.previous(level, ran, source.file));
  else lines.push(t.province.none(level));
  // Last, just above 已写入: what may be a mistake, each line as `npm run check` lists a warning (⚠), under a heading like the rest.
  if (summary.warnings.length > 0) {
    lines.push(t.warnings(summary.warnings.length));
    lines.push(
      ...formatProblems(summary.warnings)
        .split('\n')
        .map((line) => `  ${line}`),
    );
  }
  return lines;
}
