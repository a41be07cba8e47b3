/**
 * How current a year's figures are. The statistics file has no date of its
 * own: its figures are as of the last report in it, the latest Beijing day a
 * report was submitted (a file imported on the 27th whose last report came in
 * on the 23rd is as of the 23rd). Every file that takes the figures off the
 * site says it, with the file's note (示例数据, or that regions are still to
 * report), so that sample or half-reported figures are not passed on as final.
 */
import { stats as words } from '../../i18n/zh-CN/stats.ts';
import { formatDateZh, parseBeijingDate } from '../dates/index.ts';
import { beijingDayOf } from './report-dates.ts';
import type { StatsFile } from './schema.ts';

/** `2023-11-23`: the latest Beijing day a report was submitted; undefined while none has (or none can be read). */
export function statsAsOf(stats: Pick<StatsFile, 'reports'>): string | undefined {
  const days = stats.reports.map((r) => beijingDayOf(r.submittedAt)).filter((d): d is string => d !== null);
  return days.length === 0 ? undefined : days.reduce((a, b) => (b > a ? b : a));
}

/** The as-of day in words (`数据截至 2023年11月23日（北京时间，…）`), or that no region has reported. */
export function asOfLine(stats: Pick<StatsFile, 'reports'>): string {
  const day = statsAsOf(stats);
  return day ? words.asOf.line(formatDateZh(parseBeijingDate(day)!)) : words.asOf.none;
}

/**
 * The lines under the annex, in the workbook, its CSV and on the printed sheet, and in the workbook's
 * properties: the file's note when it has one (`说明：示例数据…`), then how current the figures are.
 */
export function statsRemarks(stats: Pick<StatsFile, 'reports' | 'note'>): string[] {
  const note = stats.note?.trim();
  return [...(note ? [words.asOf.note(note)] : []), asOfLine(stats)];
}
