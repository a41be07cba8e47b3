import type { LightingItem, LightingSchedule } from '../lighting/types.ts';
import { cityOf, regionByCode } from '../regions/index.ts';
import { buildCalendar } from './build.ts';
import { calendar as words } from '../../i18n/zh-CN/calendar.ts';
import { absoluteUrl, lightingPath } from '../urls.ts';
import { calendarUid } from './entry.ts';
import type { CalendarEntry, CalendarReminder } from './entry.ts';
import type { CalendarNaming } from './events.ts';

/**
 * `/lighting.ics`: every lighting window of every year. Each links to its
 * place on the year's schedule page, `/lighting/<year>/#<id>`.
 */

/** `广州市海珠区` for a county, `东莞市` for a city. */
function placeOf(region: string): string {
  const own = regionByCode(region);
  const city = cityOf(region);
  if (!own) return region;
  return city && city.code !== own.code ? `${city.name}${own.name}` : own.name;
}

/**
 * `note`: the file's remark (e.g. 示例数据：亮灯时间为虚构), repeated so no one takes sample times for real.
 * `changed`: when the year's file last changed (src/lib/content/changed.ts), for DTSTAMP, LAST-MODIFIED and SEQUENCE.
 */
export function lightingToEntry(item: LightingItem, siteUrl: string, note?: string, changed?: Date): CalendarEntry {
  const where = placeOf(item.region);
  const url = absoluteUrl(lightingPath(item.year, item.id), siteUrl);
  const lines = [words.lighting.message(item.message), words.lighting.organizer(item.organizer)];
  if (note) lines.push(words.lighting.note(note));
  lines.push(words.details(url));
  return {
    uid: calendarUid('lighting', `${item.year}-${item.id}`, siteUrl),
    title: words.lighting.title(item.place, where),
    start: item.start,
    end: item.end,
    location: words.lighting.location(item.place, where),
    geo: item.location,
    url,
    description: lines.join('\n'),
    ...(changed ? { changed } : {}),
  };
}

function lightingCalendarOf(entries: CalendarEntry[], siteUrl: string, naming: CalendarNaming): string {
  return buildCalendar(entries, {
    name: words.lighting.name(naming.siteName),
    description: words.lighting.description,
    url: absoluteUrl(lightingPath(), siteUrl),
    refreshSeconds: 24 * 3600,
  });
}

export function lightingCalendar(items: readonly LightingItem[], siteUrl: string, naming: CalendarNaming = {}): string {
  return lightingCalendarOf(
    items.map((item) => lightingToEntry(item, siteUrl)),
    siteUrl,
    naming,
  );
}

/**
 * As lightingCalendar, from whole files, so each year's `note` reaches its entries, and so does
 * `changed`, when the year's file last changed: every window of a year counts as changed with it.
 */
export function lightingCalendarFromSchedules(
  schedules: readonly (LightingSchedule & { changed?: Date | undefined })[],
  siteUrl: string,
  naming: CalendarNaming = {},
): string {
  const entries = schedules.flatMap((s) => s.items.map((item) => lightingToEntry(item, siteUrl, s.note, s.changed)));
  return lightingCalendarOf(entries, siteUrl, naming);
}

/**
 * The reminder a reader adding one place's window gets: an hour before it
 * lights up, time to set out to see it. `/lighting.ics` carries none, as a
 * subscribed feed of events carries none (events.ts, eventReminder).
 */
export function lightingReminder(item: LightingItem): CalendarReminder {
  return { secondsBefore: 3600, text: words.lighting.reminder(item.place) };
}

/**
 * `/lighting/<year>/<id>.ics`: one place's window, for the "加入日历" link in
 * its row of the year's schedule. The entry is the one `/lighting.ics` has
 * (the same UID, so a reader who adds both gets it once; the same `note` and
 * `changed` of its year's file), with its reminder, and no calendar name:
 * Outlook opens a file carrying X-WR-CALNAME as a separate new calendar
 * (events.ts, eventCalendar).
 */
export function lightingItemCalendar(
  item: LightingItem,
  siteUrl: string,
  schedule: { note?: string | undefined; changed?: Date | undefined } = {},
): string {
  return buildCalendar([{ ...lightingToEntry(item, siteUrl, schedule.note, schedule.changed), reminder: lightingReminder(item) }]);
}
