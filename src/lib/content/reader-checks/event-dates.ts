import { DateTime } from 'luxon';
import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import { BEIJING_ZONE, beijingDay, beijingDaysBetween, beijingYear, formatRangeZh, formatTimeZh, isBeijingMidnight } from '../../dates/index.ts';
import type { InputProblem } from '../../input-problem.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/**
 * Events as a reader meets them: a date without its time beside a time (in
 * any year), and during the week: one that does not touch the
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
  status?: string;
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
    const dateBeside = dateBesideTime(event);
    if (dateBeside) problems.push(warning({ file: entry.file, field: dateBeside.field, message: text.midnightBeside(dateBeside.field, dateBeside.day, dateBeside.other) }));
    if (event.year !== settings.year) continue;
    const outside = event.end.getTime() < weekStart.toMillis() || event.start.getTime() > weekEnd.toMillis();
    if (outside && !event.note) {
      problems.push(warning({ file: entry.file, field: 'start', message: text.outsideWeek(formatRangeZh(event.start, event.end), settings.weekStart, settings.weekEnd) }));
    }
    // One called off is no longer recommended whenever it ended (event-status.ts says so).
    if (!archive && event.featured && !event.status && event.end.getTime() < context.now.getTime()) {
      problems.push(warning({ file: entry.file, field: 'featured', message: text.pastFeatured(beijingDay(event.end)) }));
    }
  }
  return problems;
}

/**
 * `start: 2026-05-20` beside `end: 2026-05-20T16:30`: whole days need both
 * sides without times, so the page says 00:00–16:30; `end: 2026-05-22`
 * after a start at 09:30 ends as the 22nd begins, losing the last day. The
 * front matter keeps no trace of how a date was written, so the signs are a
 * start at 0:00 on its end's day, and an end at 0:00 days after the start
 * (an evening until midnight, or a contest from 00:00 to the 30th's 23:59,
 * is neither). A warning: the editor may mean it.
 */
function dateBesideTime(event: EventData): { field: 'start' | 'end'; day: string; other: string } | undefined {
  const [start, end] = [isBeijingMidnight(event.start), isBeijingMidnight(event.end)];
  if (start === end) return undefined;
  const days = beijingDaysBetween(event.start, event.end);
  if (start && days === 0) return { field: 'start', day: beijingDay(event.start), other: formatTimeZh(event.end) };
  if (end && days > 1) return { field: 'end', day: beijingDay(event.end), other: formatTimeZh(event.start) };
  return undefined;
}
