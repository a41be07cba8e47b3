import ical, { ICalAlarmType, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { beijingDay } from '../dates/index.ts';
import type { CalendarEntry } from './entry.ts';

/**
 * ICS text (RFC 5545) through ical-generator.
 *
 * Instants are written in UTC (`DTSTART:20231118T113000Z`), not as
 * TZID=Asia/Shanghai: a UTC instant means the same thing to every client
 * without a VTIMEZONE block (which would need another dependency to
 * generate), each reader's app shows it in their own zone, and China has no
 * daylight saving, so nothing is lost by not carrying the zone. Dates are
 * passed as Date objects with no calendar or event time zone set, which is
 * what makes ical-generator write UTC whatever the machine's zone.
 */
export const PRODUCT_ID = { company: 'learning-week-hub', product: 'Lifelong Learning Week calendar', language: 'ZH' } as const;

export interface CalendarOptions {
  /** X-WR-CALNAME, shown by apps as the calendar's name. Leave out for a single event (see events.ts). */
  name?: string;
  description?: string;
  /** The page the calendar belongs to. */
  url?: string;
  /** For subscribed feeds: how often apps should fetch again. */
  refreshSeconds?: number;
}

export function buildCalendar(entries: readonly CalendarEntry[], options: CalendarOptions = {}): string {
  const calendar = ical({ prodId: { ...PRODUCT_ID } });
  if (options.name) calendar.name(options.name);
  if (options.description) calendar.description(options.description);
  if (options.url) calendar.url(options.url);
  if (options.refreshSeconds) calendar.ttl(options.refreshSeconds);

  const seen = new Set<string>();
  // Chronological, then by UID: the file never depends on the order content was read in.
  const ordered = [...entries].sort((a, b) => a.start.getTime() - b.start.getTime() || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  for (const entry of ordered) {
    // Two entries with one UID would silently replace each other in a reader's app.
    if (seen.has(entry.uid)) throw new Error(`duplicate UID in a calendar: ${entry.uid}`);
    seen.add(entry.uid);
    const event = calendar.createEvent({
      id: entry.uid,
      ...(entry.allDay ? wholeDays(entry.start, entry.end) : { start: entry.start, end: entry.end }),
      stamp: entry.changed ?? entry.start,
      ...(entry.changed ? { lastModified: entry.changed, sequence: calendarSequence(entry.changed) } : {}),
      summary: entry.title,
      description: entry.description ?? null,
      location: locationOf(entry),
      url: entry.url,
      ...(entry.status ? { status: ICalEventStatus[entry.status], transparency: ICalEventTransparency.TRANSPARENT } : {}),
    });
    if (entry.reminder)
      event.createAlarm({ type: ICalAlarmType.display, trigger: entry.reminder.secondsBefore, description: entry.reminder.text });
  }
  return calendar.toString();
}

/** The SEQUENCE of an entry's version: the minutes from 2000-01-01T00:00Z to `changed`. */
const SEQUENCE_EPOCH = Date.UTC(2000, 0, 1);

/**
 * SEQUENCE from when the entry last changed rather than from a count of the
 * commits that changed its file: apps keep the copy with the higher SEQUENCE
 * (then the later DTSTAMP), so the number must never go down, and a count
 * does. A shallow clone (CI's default depth 1) counts one commit for every
 * file, and a file moved to another folder starts again from one. A time
 * only grows with each change (src/lib/content/changed.ts holds it to the
 * dates before it on the branch). Minutes keep it within RFC 5545's INTEGER
 * (2^31 - 1) until the year 6000; two changes within one minute share a
 * SEQUENCE and differ by DTSTAMP, which apps compare next.
 */
export function calendarSequence(changed: Date): number {
  return Math.max(0, Math.floor((changed.getTime() - SEQUENCE_EPOCH) / 60_000));
}

/**
 * `DTSTART;VALUE=DATE:20231118` to `DTEND;VALUE=DATE:20231119` (RFC 5545's
 * end is the day after the last). ical-generator writes a date from the UTC
 * fields, so each Beijing day goes in as that day's UTC midnight.
 */
function wholeDays(first: Date, last: Date) {
  const utcMidnight = (date: Date, plusDays = 0) => {
    const [year, month, day] = beijingDay(date).split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(year, month - 1, day + plusDays));
  };
  return { start: utcMidnight(first), end: utcMidnight(last, 1), allDay: true };
}

function locationOf(entry: CalendarEntry) {
  if (!entry.location) return null;
  if (!entry.geo) return entry.location;
  const [lon, lat] = entry.geo;
  return { title: entry.location, geo: { lat, lon } };
}
