import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import { isCalledOff, statusSaidIn, type EventStatus } from '../../events/status.ts';
import type { InputProblem } from '../../input-problem.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/**
 * Events called off in words only: a `note` that says 活动取消 or 延期举办 on
 * an event without `status`, which every page, calendar, share card and list
 * would still show as taking place. And a featured event called off: it is
 * no longer recommended (src/lib/events/status.ts isFeaturedNow), which the
 * editor should know rather than wonder at. Warnings: a note that only
 * mentions the words (取消线下环节，改为线上直播; 如遇暴雨，活动延期) is not
 * taken for one (statusSaidIn), but one the rule misreads should not stop
 * the build.
 */
interface EventData {
  featured: boolean;
  status?: EventStatus;
  note?: string;
}

export function eventStatusProblems(context: ReaderCheckContext): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const entry of context.entries) {
    if (entry.collection !== 'events') continue;
    const event = entry.data as unknown as EventData;
    const said = event.note === undefined ? undefined : statusSaidIn(event.note);
    if (said && !isCalledOff(event)) problems.push(warning({ file: entry.file, field: 'note', message: text.statusOnlyInNote(event.note!, said) }));
    if (isCalledOff(event) && event.featured) problems.push(warning({ file: entry.file, field: 'featured', message: text.calledOffFeatured(event.status) }));
  }
  return problems;
}
