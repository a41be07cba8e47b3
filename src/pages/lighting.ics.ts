import type { APIRoute } from 'astro';
import { lightingByYear, lightingChangedOf } from '../content/data-files.ts';
import { lightingCalendarFromSchedules } from '../lib/calendar/index.ts';
import { siteSettings } from '../lib/site-settings.ts';

/** `/lighting.ics`: every lighting window of every year. */
export const GET: APIRoute = ({ site }) => {
  const settings = siteSettings();
  // Each year's windows carry when its file last changed, as an event carries its own file's.
  const schedules = lightingByYear().map((schedule) => ({ ...schedule, changed: lightingChangedOf(schedule.year) }));
  const body = lightingCalendarFromSchedules(schedules, String(site ?? settings.url), { siteName: settings.name });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
