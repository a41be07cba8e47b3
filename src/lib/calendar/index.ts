/** Calendars (ICS) for events and the lighting schedule; see build.ts for why instants are UTC. */
export type { CalendarEntry } from './entry.ts';
export { calendarUid } from './entry.ts';
export { buildCalendar, PRODUCT_ID } from './build.ts';
export type { CalendarOptions } from './build.ts';
export { currentAndComing, eventCalendar, eventsCalendar, eventsOfYear, eventToEntry, eventYear, eventYears } from './events.ts';
export type { CalendarEvent, CalendarNaming } from './events.ts';
export {
  lightingToEntry,
  lightingCalendar,
  lightingCalendarFromSchedules,
  lightingItemCalendar,
  lightingReminder,
} from './lighting.ts';
