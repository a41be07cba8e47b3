/**
 * What the province's own row (省本级, 市本级 for a municipality) gives that
 * the statistics file does not keep, said instead of lost unseen.
 *
 * Its 开幕式日期: a statistics
 * report is a city's or a county's: the province's opening ceremony is an
 * event entry (type opening_ceremony, region the province's code), which is
 * where /stats/ reads 全省开幕式 from (src/lib/opening). The date is not
 * written, so it is said, with where it belongs, instead of lost unseen.
 */
import type { InputProblem } from '../input-problem.ts';
import { placeWords } from '../regions/index.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import type { Submission } from './form-import.ts';

/** A warning at the province row's 开幕式日期 cell, when it has one. */
export function provinceOpeningWarnings(provinceRow: Submission | undefined): InputProblem[] {
  const day = provinceRow?.openingCeremony?.day;
  if (!provinceRow || day === undefined) return [];
  return [
    {
      file: provinceRow.file,
      item: provinceRow.item,
      field: provinceRow.field('openingCeremony'),
      message: statsFormsText.import.provinceOpening(day, placeWords()),
      severity: 'warning',
    },
  ];
}

/**
 * Its figures: the Ministry's 统计表 has only 是否开展 for the province's own
 * level, so the row's activities and participants are counted nowhere. A
 * warning at its first figure, with the row's totals, when it has any.
 */
export function provinceFiguresWarnings(provinceRow: Submission | undefined): InputProblem[] {
  if (!provinceRow) return [];
  const figures = ACTIVITY_KINDS.map((kind) => ({ kind, ...provinceRow.activities[kind] }));
  const first = figures.find((f) => f.count > 0 || f.participants > 0);
  if (!first) return [];
  const sum = (key: 'count' | 'participants') => figures.reduce((n, f) => n + f[key], 0);
  return [
    {
      file: provinceRow.file,
      item: provinceRow.item,
      field: provinceRow.field(first.count > 0 ? `${first.kind}.count` : `${first.kind}.participants`),
      message: statsFormsText.import.provinceFigures(sum('count'), sum('participants'), placeWords()),
      severity: 'warning',
    },
  ];
}
