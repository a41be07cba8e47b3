import { parseSheetDate, type SheetDate } from '../spreadsheet/dates.ts';
import { isTimeAlone } from '../spreadsheet/time-alone.ts';

/** `2024-11-18T09:30` as front matter and JSON write it (Beijing time, no offset), or the day alone. */
export function frontMatterTime(date: SheetDate): string {
  return date.time === undefined ? date.day : `${date.day}T${date.time.slice(0, 5)}`;
}

/**
 * What a date or date-time typed the way people write it (`2023/11/20 9:30`,
 * `2023年11月20日 下午2点`) is in the files' own form, so an error can show
 * the line to write instead of an example; undefined when it cannot be read
 * that way either. The file is never rewritten: the editor confirms the reading.
 */
export function writtenAsFrontMatter(typed: string): string | undefined {
  const read = parseSheetDate(typed);
  return read.ok ? frontMatterTime(read.value) : undefined;
}

/** `11:00`, `下午3点`: a time of day typed without its date, as `HH:MM`; undefined for anything else. */
export function clockOfTimeAlone(typed: string): string | undefined {
  if (!isTimeAlone(typed)) return undefined;
  // Any day will do: only the clock is read.
  const read = parseSheetDate(`2000-01-01 ${typed.trim()}`);
  return read.ok ? read.value.time?.slice(0, 5) : undefined;
}
