import type { APIRoute } from 'astro';
import { lightingCalendarFile } from '../content/calendar-files.ts';

/** `/lighting.ics`: every lighting window of every year. */
export const GET: APIRoute = ({ site }) => {
  const body = lightingCalendarFile(site).text;
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
