import type { APIRoute } from 'astro';
import { eventsByStart, withChanged } from '../content/queries.ts';
import { currentAndComing, eventsCalendar } from '../lib/calendar/index.ts';
import { siteSettings } from '../lib/site-settings.ts';

/**
 * `/events.ics`: the calendar to subscribe to, with the current week's year
 * and what comes after; earlier years are in `/events/<year>.ics`. A phone
 * fetches it every day, so it must not grow with the archive.
 */
export const GET: APIRoute = async ({ site }) => {
  const settings = siteSettings();
  const events = currentAndComing(await eventsByStart(), settings.year);
  const body = eventsCalendar(events.map(withChanged), String(site ?? settings.url), { siteName: settings.name });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
