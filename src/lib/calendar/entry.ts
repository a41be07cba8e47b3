/**
 * One entry of a calendar, whatever it comes from (an event, a lighting
 * window). Plain data, so the ICS code knows nothing of the content model.
 */
export interface CalendarEntry {
  /** Globally unique and stable across builds: `event-2023-gz-reading@lifelong-learning.gd.example.cn`. */
  uid: string;
  title: string;
  start: Date;
  end: Date;
  /** Dates without times: `start` and `end` are Beijing midnights of the first and last day (`VALUE=DATE`). */
  allDay?: boolean;
  /** What a calendar app shows as the place: `广州图书馆（广州市天河区珠江东路4号）`, or a link for online events. */
  location?: string;
  /** [longitude, latitude], as everywhere else on the site (ICS writes it the other way round). */
  geo?: [number, number];
  /** The entry's page on the site. */
  url: string;
  description?: string;
  /**
   * STATUS, when the entry is not simply taking place: CANCELLED (apps strike it through or drop it) or
   * TENTATIVE. Either also makes it free time (TRANSP:TRANSPARENT): nothing to keep the hour for.
   */
  status?: 'CANCELLED' | 'TENTATIVE';
  /** A reminder the reader's app shows (VALARM, DISPLAY): only in a file a reader adds one event from. */
  reminder?: CalendarReminder;
  /**
   * When the entry last changed (its file's last commit, src/lib/content/changed.ts):
   * DTSTAMP and LAST-MODIFIED, and the SEQUENCE made from it (build.ts), so
   * that a reader's app replaces the copy it has by the one changed since.
   * From the content, never from the clock, so two builds of the same commit
   * give the same bytes. Without it DTSTAMP is `start` and SEQUENCE 0.
   */
  changed?: Date;
}

export interface CalendarReminder {
  /** How long before the start, in seconds; for a whole-day entry, before its first day's midnight in the reader's zone. */
  secondsBefore: number;
  /** What the reminder says. */
  text: string;
}

/**
 * `event` + `2023/gz-reading` + `https://lifelong-learning.gd.example.cn` →
 * `event-2023-gz-reading@lifelong-learning.gd.example.cn`. The same entry
 * keeps the same UID from build to build, so a subscribed calendar updates
 * the event instead of adding a copy.
 */
export function calendarUid(kind: string, id: string, siteUrl: string): string {
  return `${kind}-${id.replaceAll('/', '-')}@${new URL(siteUrl).hostname}`;
}
