/**
 * A calendar file's size as its 加入日历 link states it (`ICS 文件，1 KB`),
 * so that a reader on a phone's data plan knows what the tap downloads. The
 * size is that of the very text the endpoint returns, made once per build
 * and shared by the endpoint and every page that links it, never read back
 * from dist/ (which the pages are built before).
 */
import { formatFileSize } from '../images/original-file.ts';

/** The bytes a calendar's text takes in the written file: UTF-8, as Astro writes an endpoint's string body. */
export function calendarFileBytes(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** Calendar texts by their path, each made the first time it is asked for (a feed is linked from many pages). */
export interface CalendarFiles {
  /** The text of the calendar at `path`, from `make` on the first call for that path. */
  text(path: string, make: () => string): string;
  /** Its size as a link says it: `1 KB`, `2.3 MB` (the photo downloads' formatter). */
  size(path: string, make: () => string): string;
}

export function calendarFiles(): CalendarFiles {
  const made = new Map<string, string>();
  const text = (path: string, make: () => string) => {
    let body = made.get(path);
    if (body === undefined) {
      body = make();
      made.set(path, body);
    }
    return body;
  };
  return { text, size: (path, make) => formatFileSize(calendarFileBytes(text(path, make))) };
}
