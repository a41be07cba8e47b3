import { buildCalendar } from './build.ts';
import { calendar as words } from '../../i18n/zh-CN/calendar.ts';
import { beijingYear, parseBeijingDate } from '../dates/index.ts';
import { icsEventStatus, isCalledOff, type EventStatus } from '../events/status.ts';
import { absoluteUrl, collectionPath, entryPath } from '../urls.ts';
import { calendarUid } from './entry.ts';
import type { CalendarEntry, CalendarReminder } from './entry.ts';

/**
 * Calendars of the events collection: `/events.ics` (the current week's year
 * and what comes after, the one to subscribe to), one file per year for the
 * archive (`/events/2022.ics`), and one file per event at `/events/<id>.ics`
 * for the "add to calendar" link. The subscribed calendar stays small however
 * many years the site keeps: a phone refreshes it every day.
 */

/** The part of an Astro `events` entry the calendar needs (structurally, so no Astro import). */
export interface CalendarEvent {
  /** The entry id: its path under content/events without extension, `2023/gz-reading`. */
  id: string;
  /** When its file last changed (src/lib/content/changed.ts): the entry's DTSTAMP, LAST-MODIFIED and SEQUENCE. */
  changed?: Date | undefined;
  data: {
    title: string;
    start: Date;
    end: Date;
    allDay?: boolean | undefined;
    venue?: { name: string; address: string; location?: [number, number]; accessibility?: string | undefined } | undefined;
    online?: string | undefined;
    summary: string;
    organizer: string;
    /** Invented sample content: said so in the description too. */
    sample?: boolean | undefined;
    /** Called off (src/lib/events/status.ts): the entry says so, with the reason `note` gives. */
    status?: EventStatus | undefined;
    note?: string | undefined;
  };
}

export interface CalendarNaming {
  /** `全民终身学习活动周 · 海南`, from site settings; prefixes the calendar's name. */
  siteName?: string;
  /** A year's archive: its name says the year. */
  year?: number;
}

/** 1 January of a year, 00:00 in Beijing. */
function yearStart(year: number): number {
  return parseBeijingDate(`${year}-01-01`)!.getTime();
}

/** What `/events.ics` carries: events that end in the current year or later (Beijing time). */
export function currentAndComing<T extends CalendarEvent>(events: readonly T[], currentYear: number): T[] {
  const from = yearStart(currentYear);
  return events.filter((e) => e.data.end.getTime() >= from);
}

type Dated = { data: { start: Date } };

/** The Beijing year an event starts in: the year whose archive calendar has it. */
export function eventYear(event: Dated): number {
  return beijingYear(event.data.start);
}

/** Every year some event starts in, in order. */
export function eventYears(events: readonly Dated[]): number[] {
  return [...new Set(events.map(eventYear))].sort((a, b) => a - b);
}

export function eventsOfYear<T extends Dated>(events: readonly T[], year: number): T[] {
  return events.filter((e) => eventYear(e) === year);
}

export function eventToEntry(event: CalendarEvent, siteUrl: string): CalendarEntry {
  const { data } = event;
  const url = absoluteUrl(entryPath('events', event.id), siteUrl);
  // Called off: said first, in the title too (not every app shows STATUS), with the same UID so that apps update the entry.
  const lines = isCalledOff(data) ? [words.events.calledOff(data.status, data.note)] : [];
  lines.push(data.summary, words.events.organizer(data.organizer));
  // Read on the way there, in the calendar: whether the place has a ramp or a lift.
  if (data.venue?.accessibility) lines.push(words.events.accessibility(data.venue.accessibility));
  if (data.online) lines.push(words.events.online(data.online));
  if (data.sample) lines.push(words.events.sample);
  lines.push(words.details(url));

  const entry: CalendarEntry = {
    uid: calendarUid('event', event.id, siteUrl),
    title: isCalledOff(data) ? words.events.calledOffTitle(data.status, data.title) : data.title,
    start: data.start,
    end: data.end,
    ...(data.allDay ? { allDay: true } : {}),
    url,
    description: lines.join('\n'),
    ...(event.changed ? { changed: event.changed } : {}),
  };
  const status = icsEventStatus(data);
  if (status !== 'CONFIRMED') entry.status = status;
  if (data.venue) {
    entry.location = words.events.venue(data.venue.name, data.venue.address);
    if (data.venue.location) entry.geo = data.venue.location;
  } else if (data.online) {
    entry.location = data.online;
  }
  return entry;
}

/** A calendar of the given events (`/events.ics`, a year's archive), subscribable. */
export function eventsCalendar(events: readonly CalendarEvent[], siteUrl: string, naming: CalendarNaming = {}): string {
  return buildCalendar(
    events.map((event) => eventToEntry(event, siteUrl)),
    {
      name: naming.year === undefined ? words.events.name(naming.siteName) : words.events.yearName(naming.year, naming.siteName),
      description: words.events.description,
      url: absoluteUrl(collectionPath('events'), siteUrl),
      refreshSeconds: 24 * 3600,
    },
  );
}

/**
 * The reminder a reader adding one event gets: an hour before it starts, time
 * to set out; for whole days, at 09:00 the day before (15 hours before its
 * first midnight). Subscribed feeds carry none: a phone would ring for every
 * event of the week, and most apps drop a feed's alarms anyway.
 */
export function eventReminder(event: CalendarEvent): CalendarReminder {
  const allDay = event.data.allDay === true;
  return { secondsBefore: allDay ? 15 * 3600 : 3600, text: words.events.reminder(event.data.title, allDay) };
}

/**
 * `/events/<id>.ics`: one event, with its reminder, unless it is called off
 * (nobody is to set out for it; opened again, the file marks the event already
 * in the reader's calendar as such). No calendar name on purpose: Outlook
 * opens a file carrying X-WR-CALNAME as a separate new calendar instead of
 * adding the event to the reader's own.
 */
export function eventCalendar(event: CalendarEvent, siteUrl: string): string {
  const entry = eventToEntry(event, siteUrl);
  return buildCalendar([isCalledOff(event.data) ? entry : { ...entry, reminder: eventReminder(event) }]);
}
