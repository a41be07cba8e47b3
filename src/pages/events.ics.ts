import type { APIRoute } from 'astro';
import { eventsByStart } from '../content/queries.ts';
import { eventsCalendar } from '../lib/calendar/index.ts';
import { siteSettings } from '../lib/site-settings.ts';

/** `/events.ics`: every event, one subscribable calendar. */
export const GET: APIRoute = async ({ site }) => {
  const settings = siteSettings();
  const body = eventsCalendar(await eventsByStart(), String(site ?? settings.url), { siteName: settings.name });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
