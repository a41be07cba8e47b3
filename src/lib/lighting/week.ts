import { inputText } from '../../i18n/zh-CN/input.ts';
import { formatIsoDayZh } from '../dates/index.ts';
import type { InputProblem } from '../input-problem.ts';
import { nightOf } from './night-of.ts';
import type { LightingSchedule } from './types.ts';
import { itemLabel } from './validate.ts';

/**
 * Warnings for lightings outside the week the site settings describe
 * (weekStart–weekEnd), as events get them (reader-checks/event-dates.ts): a
 * mistyped date most often. Judged by the night a window belongs to
 * (nightOf), as the schedule lists it: a window past midnight after the last
 * day is still that day's. Only the settings' year: earlier years' weeks had
 * other dates.
 */
export function lightingOutsideWeek(
  schedule: LightingSchedule,
  fileLabel: string,
  week: { year: number; weekStart: string; weekEnd: string },
): InputProblem[] {
  if (schedule.year !== week.year) return [];
  return schedule.items.flatMap((item, index) => {
    const night = nightOf(item.start);
    if (night >= week.weekStart && night <= week.weekEnd) return [];
    return [
      {
        file: fileLabel,
        item: itemLabel(index, item),
        field: `items[${index}].start`,
        message: inputText.lighting.outsideWeek(formatIsoDayZh(night), week.weekStart, week.weekEnd),
        severity: 'warning' as const,
      },
    ];
  });
}
