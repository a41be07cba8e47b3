/**
 * The province's own row (省本级) may give an 开幕式日期, but a statistics
 * report is a city's or a county's: the province's opening ceremony is an
 * event entry (type opening_ceremony, region the province's code), which is
 * where /stats/ reads 全省开幕式 from (src/lib/opening). The date is not
 * written, so it is said, with where it belongs, instead of lost unseen.
 */
import type { InputProblem } from '../input-problem.ts';
import { placeWords } from '../regions/index.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
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
