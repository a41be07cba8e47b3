/**
 * Every calendar file's text, made once per build (src/lib/calendar/file-size.ts) by the endpoint that
 * writes it or the first page that links it, whichever comes first: the size a 加入日历 link states is
 * that of the bytes written.
 */
import { calendarFiles } from '../lib/calendar/file-size.ts';
import {
  currentAndComing,
  eventCalendar,
  eventsCalendar,
  eventsOfYear,
  lightingCalendarFromSchedules,
  lightingItemCalendar,
} from '../lib/calendar/index.ts';
import type { LightingItem } from '../lib/lighting/index.ts';
import { siteSettings } from '../lib/site-settings.ts';
import { eventIcsPath, eventsIcsPath, eventsYearIcsPath, lightingIcsPath, lightingItemIcsPath } from '../lib/urls.ts';
import { lightingByYear, lightingChangedOf } from './data-files.ts';
import { eventsByStart, withChanged, type EventEntry } from './queries.ts';

const files = calendarFiles();

/** Astro's `site` (an endpoint's and a page's are the same setting), else the settings' url, as the endpoints had it. */
const siteOf = (site: URL | undefined) => String(site ?? siteSettings().url);

/** A file's text and its size as the link says it (`1 KB`). */
export interface CalendarFile {
  text: string;
  size: string;
}

function file(path: string, make: () => string): CalendarFile {
  return { text: files.text(path, make), size: files.size(path, make) };
}

/** `/events/<id>.ics`: one event. */
export function eventCalendarFile(event: EventEntry, site: URL | undefined): CalendarFile {
  return file(eventIcsPath(event.id), () => eventCalendar(withChanged(event), siteOf(site)));
}

/** `/events.ics`: the current week's year and what comes after. */
export async function eventsCalendarFile(site: URL | undefined): Promise<CalendarFile> {
  const settings = siteSettings();
  const events = currentAndComing(await eventsByStart(), settings.year);
  return file(eventsIcsPath(), () => eventsCalendar(events.map(withChanged), siteOf(site), { siteName: settings.name }));
}

/** `/events/<year>.ics`: one year's events, for the archive. */
export async function eventsYearCalendarFile(year: number, site: URL | undefined): Promise<CalendarFile> {
  const settings = siteSettings();
  const events = eventsOfYear(await eventsByStart(), year);
  return file(eventsYearIcsPath(year), () => eventsCalendar(events.map(withChanged), siteOf(site), { siteName: settings.name, year }));
}

/** `/lighting.ics`: every lighting window of every year, each dated by its year's file. */
export function lightingCalendarFile(site: URL | undefined): CalendarFile {
  return file(lightingIcsPath(), () => {
    const schedules = lightingByYear().map((schedule) => ({ ...schedule, changed: lightingChangedOf(schedule.year) }));
    return lightingCalendarFromSchedules(schedules, siteOf(site), { siteName: siteSettings().name });
  });
}

/** `/lighting/<year>/<id>.ics`: one place's window, with its year's remark, dated by its year's file. */
export function lightingItemCalendarFile(item: LightingItem, site: URL | undefined): CalendarFile {
  return file(lightingItemIcsPath(item.year, item.id), () => {
    const note = lightingByYear().find((schedule) => schedule.year === item.year)?.note;
    return lightingItemCalendar(item, siteOf(site), { note, changed: lightingChangedOf(item.year) });
  });
}
