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
 *   activities, not a total, so a big district may well outdo it.
 */
import type { InputProblem } from '../input-problem.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import type { Submission } from './form-import.ts';

const t = statsFormsText.import.plausibility;
const kindNames = statsFormsText.annex.kinds;

/** How many times its column's median a figure may be before it is queried: two zeros too many. */
export const MEDIAN_FACTOR = 100;
/** A median of fewer figures says little about what is usual. */
export const MEDIAN_MIN_VALUES = 5;

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
      return [warning(city, fields.join('、'), t.citySumOfCounties(kinds.map((k) => kindNames[k])))];
    });
}

/** Every warning, rule by rule. `kept`: the submissions that make the file, the province's own row among them. */
export function plausibilityWarnings(kept: readonly Submission[]): InputProblem[] {
  return [...fewerParticipantsThanActivities(kept), ...farAboveMedian(kept), ...cityIsSumOfCounties(kept)];
}
