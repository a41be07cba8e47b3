import { DateTime } from 'luxon';
import { BEIJING_ZONE } from '../dates/index.ts';
import type { SheetDate } from '../spreadsheet/index.ts';

/**
 * The end a start implies when none is given (`npm run new`, a spreadsheet row with 结束时间
 * blank): two hours later, or the same day for a day without a time.
 */
export function defaultEnd(start: SheetDate): SheetDate {
  if (start.time === undefined) return start;
  const end = DateTime.fromJSDate(start.instant, { zone: BEIJING_ZONE }).plus({ hours: 2 });
  return { day: end.toFormat('yyyy-LL-dd'), time: end.toFormat('HH:mm'), instant: end.toJSDate() };
}
