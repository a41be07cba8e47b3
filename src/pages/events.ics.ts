import type { APIRoute } from 'astro';
import { eventsCalendarFile } from '../content/calendar-files.ts';

/**
 * `/events.ics`: the calendar to subscribe to, with the current week's year
 * and what comes after; earlier years are in `/events/<year>.ics`. A phone
 * fetches it every day, so it must not grow with the archive.
 */
export const GET: APIRoute = async ({ site }) => {
  const body = (await eventsCalendarFile(site)).text;
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
