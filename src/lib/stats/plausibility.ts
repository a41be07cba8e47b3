/**
 * Figures that are allowed but surely a slip of the keyboard, said as
 * warnings once the export has imported (real figures can be odd, so the
 * file is still written). Three rules, each for a mistake the form invites:
 *
 * - fewer 参加人次 than 活动数: every activity has someone at it, so the two
 *   columns are swapped, or a figure lost its digits;
 * - a figure at least MEDIAN_FACTOR times the median of its column, among
 *   at least MEDIAN_MIN_VALUES regions that gave more than 0: a zero typed
 *   or pasted twice over;
 * - a city's own row equal to the sum of two or more of its counties', in
 *   activities and in 人次: the city's total, counties included, where the
 *   form asks for what the city itself ran (the template says 不要重复相加).
 *   A county above its city is not a rule: a city's row is its own
 *   activities, not a total, so a big district may well outdo it;
 * - a city's row with the very figures of one of its counties' rows, in this
 *   export or in the year's file being updated (all ten, or every figure
 *   that both rows give): a county's report filed under its city's name,
 *   which replaces the city's own report without a word;
 * - a kept submission whose activities or 人次 are under half those of an
 *   earlier one of the same region (a set-aside row, or the report of the
 *   file being updated): the latest row wins, and a wrong latest row (another
 *   region's figures, a kind left out) would replace the right one unseen.
 */
import type { InputProblem } from '../input-problem.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import type { ActivityKind } from './activity-kinds.ts';
import type { RowRef, SetAside, Submission } from './form-import.ts';
import { importRegionLabel } from './form-import.ts';
import { totalsOf } from './progress.ts';
import { compareSubmitted } from './report-dates.ts';
import type { KindFigures, StatsReport } from './schema.ts';
import { placeWords, regionByCode } from '../regions/index.ts';
import { sheetDateText } from '../spreadsheet/index.ts';

const t = statsFormsText.import.plausibility;
const kindNames = statsFormsText.annex.kinds;

/** How many times its column's median a figure may be before it is queried: two zeros too many. */
export const MEDIAN_FACTOR = 100;
/** A median of fewer figures says little about what is usual. */
export const MEDIAN_MIN_VALUES = 5;
/** A kept submission under 1/DROP_FACTOR of an earlier one's activities or 人次 is queried. */
export const DROP_FACTOR = 2;
/**
 * Figures above 0 that a city's row and a county's must share to be taken for one report: identical rows
 * with one kind filled in (its activities and 人次) are already unlikely to be chance; rows that agree
 * only where both give a figure need two kinds' worth.
 */
export const SAME_FIGURES_ALL = 2;
export const SAME_FIGURES_NON_ZERO = 4;

/** What the rules beyond the kept rows look at: the rows set aside, and the file being updated. */
export interface PlausibilityContext {
  setAside?: readonly SetAside[];
  previous?: { file: string; reports: readonly StatsReport[] };
}

type Figures = Record<ActivityKind, KindFigures>;

function warning(submission: Submission, field: string, message: string): InputProblem {
  return { file: submission.file, item: submission.item, field, message, severity: 'warning' };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function fewerParticipantsThanActivities(kept: readonly Submission[]): InputProblem[] {
  return kept.flatMap((s) =>
    ACTIVITY_KINDS.flatMap((kind) => {
      const { count, participants } = s.activities[kind];
      if (count === 0 || participants >= count) return [];
      const key = `${kind}.participants` as const;
      return [warning(s, s.field(key), t.fewerParticipants(participants, count, s.column(`${kind}.count`)))];
    }),
  );
}

function farAboveMedian(kept: readonly Submission[]): InputProblem[] {
  const regions = kept.filter((s) => s.region.level !== 'province');
  const columns = ACTIVITY_KINDS.flatMap((kind) =>
    (['count', 'participants'] as const).flatMap((figure) => {
      const values = regions.map((s) => s.activities[kind][figure]).filter((v) => v > 0);
      return values.length < MEDIAN_MIN_VALUES ? [] : [{ kind, figure, median: median(values), values: values.length }];
    }),
  );
  return regions.flatMap((s) =>
    columns.flatMap(({ kind, figure, median: middle, values }) => {
      const value = s.activities[kind][figure];
      return value >= MEDIAN_FACTOR * middle
        ? [warning(s, s.field(`${kind}.${figure}`), t.farAboveMedian(value, middle, values))]
        : [];
    }),
  );
}

function cityIsSumOfCounties(kept: readonly Submission[]): InputProblem[] {
  return kept
    .filter((s) => s.region.level === 'city')
    .flatMap((city) => {
      const counties = kept.filter((s) => s.region.level === 'county' && s.region.parent === city.region.code);
      const kinds = ACTIVITY_KINDS.filter((kind) => {
        const own = city.activities[kind];
        const ran = counties.filter((c) => c.activities[kind].count > 0);
        const sum = (figure: 'count' | 'participants') => ran.reduce((total, c) => total + c.activities[kind][figure], 0);
        return ran.length >= 2 && own.count === sum('count') && own.participants === sum('participants');
      });
      if (kinds.length === 0) return [];
      const fields = kinds.flatMap((kind) => [city.field(`${kind}.count`), city.field(`${kind}.participants`)]);
      return [
        warning(
          city,
          fields.join('、'),
          t.citySumOfCounties(
            kinds.map((k) => kindNames[k]),
            placeWords().divisions,
          ),
        ),
      ];
    });
}

/**
 * Whether two rows give the same figures: `all` ten the same, `nonZero` the same wherever both give one
 * (a 0 against a figure allowed, as a blank read as 0 makes one), with enough figures above 0 in common.
 */
export function sameFigures(a: Figures, b: Figures): 'all' | 'nonZero' | undefined {
  let shared = 0;
  let oneSided = 0;
  for (const kind of ACTIVITY_KINDS)
    for (const figure of ['count', 'participants'] as const) {
      const [x, y] = [a[kind][figure], b[kind][figure]];
      if (x === y) shared += x > 0 ? 1 : 0;
      else if (x === 0 || y === 0) oneSided++;
      else return undefined;
    }
  if (oneSided === 0) return shared >= SAME_FIGURES_ALL ? 'all' : undefined;
  return shared >= SAME_FIGURES_NON_ZERO ? 'nonZero' : undefined;
}

/** A region's report in the file being updated, as messages name it: `2024.json 中广州市天河区 440106 的报告`. */
function fileReport(file: string, code: string): string {
  const region = regionByCode(code);
  return t.fileReport(file, region ? importRegionLabel(region) : code);
}

function cityIsOneCounty(kept: readonly Submission[], context: PlausibilityContext): InputProblem[] {
  const inExport = new Set(kept.map((s) => s.region.code));
  // The file's reports that stay: those of regions the export has no row for.
  const fromFile = (context.previous?.reports ?? []).filter((r) => !inExport.has(r.region));
  const file = context.previous?.file ?? '';
  const warnings: InputProblem[] = [];
  for (const city of kept.filter((s) => s.region.level === 'city')) {
    // The city's own rows that this one replaced: likelier to hold its own figures.
    const own = (context.setAside ?? [])
      .filter((a) => a.kept === city && a.submission)
      .map((a) => `${rowRef(a.row, city)}（${sheetDateText(a.row.submittedAt)}）`);
    const counties = [
      ...kept
        .filter((s) => s.region.level === 'county' && s.region.parent === city.region.code)
        .map((s) => ({ figures: s.activities, name: s.region.name, named: where(s, city) })),
      ...fromFile
        .filter((r) => regionByCode(r.region)?.parent === city.region.code)
        .map((r) => ({ figures: r.activities, name: regionByCode(r.region)!.name, named: fileReport(file, r.region) })),
    ];
    for (const county of counties) {
      const same = sameFigures(city.activities, county.figures);
      if (same)
        warnings.push(
          warning(city, city.field('region'), t.cityIsCounty(same, county.named, county.name, own, placeWords().divisions)),
        );
    }
  }
  // A county of this export with the figures of its city's report in the file: that report may be the county's.
  for (const county of kept.filter((s) => s.region.level === 'county')) {
    const report = fromFile.find((r) => r.region === county.region.parent);
    const same = report && sameFigures(report.activities, county.activities);
    if (same)
      warnings.push(
        warning(county, county.field('region'), t.countyIsFileCity(same, fileReport(file, report.region), placeWords().divisions)),
      );
  }
  return warnings;
}

/** A row as another row's message names it: `第 4 行（广州市天河区 440106）`, with its file when the two differ. */
function where(row: Submission, from: RowRef): string {
  return row.file === from.file ? row.item : `${row.file} ${row.item}`;
}

/** `第 2 行`, or `b.csv 第 2 行` from a row of another file. */
function rowRef(row: RowRef, from: RowRef): string {
  return statsFormsText.summary.rowIn(row.file === from.file ? undefined : row.file, row.row);
}

function droppedTotals(kept: readonly Submission[], context: PlausibilityContext): InputProblem[] {
  const drop = (before: Figures, after: Figures) => {
    const [b, a] = [totalsOf(before), totalsOf(after)];
    return a.activities * DROP_FACTOR < b.activities || a.participants * DROP_FACTOR < b.participants
      ? { before: b, after: a }
      : undefined;
  };
  return kept
    .filter((s) => s.region.level !== 'province')
    .flatMap((s) => {
      // The latest of the rows it replaced that had more than twice as much; else the report it replaces in the file.
      const earlier = (context.setAside ?? [])
        .filter((a) => a.kept === s && a.submission)
        .sort((a, b) => b.row.submittedAt.instant.getTime() - a.row.submittedAt.instant.getTime());
      const keptAt = sheetDateText(s.submittedAt);
      for (const a of earlier) {
        const found = drop(a.submission!.activities, s.activities);
        const message =
          found && t.dropped(found.before, found.after, t.earlierRow(rowRef(a.row, s)), sheetDateText(a.row.submittedAt), keptAt);
        if (message) return [warning(s, s.field('submittedAt'), message)];
      }
      // A file's report submitted after this row is kept instead of it (year-update.ts): nothing of this row is used.
      const report = context.previous?.reports.find((r) => r.region === s.region.code);
      if (!report || (compareSubmitted(report.submittedAt, keptAt) ?? 0) > 0) return [];
      const found = drop(report.activities, s.activities);
      if (!found) return [];
      const message = t.dropped(found.before, found.after, t.earlierReport(context.previous!.file), report.submittedAt, keptAt);
      return [warning(s, s.field('submittedAt'), message)];
    });
}

/** Every warning, rule by rule. `kept`: the submissions that make the file, the province's own row among them. */
export function plausibilityWarnings(kept: readonly Submission[], context: PlausibilityContext = {}): InputProblem[] {
  return [
    ...fewerParticipantsThanActivities(kept),
    ...farAboveMedian(kept),
    ...cityIsSumOfCounties(kept),
    ...cityIsOneCounty(kept, context),
    ...droppedTotals(kept, context),
  ];
}
