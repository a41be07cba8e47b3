import { DateTime } from 'luxon';
import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import { BEIJING_ZONE, beijingDay, beijingYear, formatRangeZh } from '../../dates/index.ts';
import type { InputProblem } from '../../input-problem.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/**
 * Events as a reader meets them during the week: one that does not touch the
 * week's dates (site settings weekStart–weekEnd) without a note saying why,
 * and one that has ended but is still featured on the home page and /media/.
 * Both concern the week the settings describe: events of other years, and a
 * site whose year is over (an archive), are left as they are.
 */
interface EventData {
  year: number;
  start: Date;
  end: Date;
  featured: boolean;
  note?: string;
}

export function eventDateProblems(context: ReaderCheckContext): InputProblem[] {
  const { settings } = context;
  if (!settings) return [];
  const weekStart = DateTime.fromISO(settings.weekStart, { zone: BEIJING_ZONE }).startOf('day');
  const weekEnd = DateTime.fromISO(settings.weekEnd, { zone: BEIJING_ZONE }).endOf('day');
  const archive = beijingYear(context.now) > settings.year;
  const problems: InputProblem[] = [];
  for (const entry of context.entries) {
    if (entry.collection !== 'events') continue;
    const event = entry.data as unknown as EventData;
    if (event.year !== settings.year) continue;
    const outside = event.end.getTime() < weekStart.toMillis() || event.start.getTime() > weekEnd.toMillis();
    if (outside && !event.note) {
      problems.push(warning({ file: entry.file, field: 'start', message: text.outsideWeek(formatRangeZh(event.start, event.end), settings.weekStart, settings.weekEnd) }));
    }
    if (!archive && event.featured && event.end.getTime() < context.now.getTime()) {
      problems.push(warning({ file: entry.file, field: 'featured', message: text.pastFeatured(beijingDay(event.end)) }));
    }
  }
  return problems;
}
