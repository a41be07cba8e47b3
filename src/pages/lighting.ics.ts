import type { APIRoute } from 'astro';
import { lightingCalendarFromSchedules } from '../lib/calendar/index.ts';
import { contentDir } from '../lib/content-dir.ts';
import { readAllLighting } from '../lib/lighting/index.ts';
import { siteSettings } from '../lib/site-settings.ts';

/** `/lighting.ics`: every lighting window of every year. */
export const GET: APIRoute = ({ site }) => {
  const settings = siteSettings();
  const schedules = readAllLighting(`${contentDir()}/data/lighting`);
  const body = lightingCalendarFromSchedules(schedules, String(site ?? settings.url), { siteName: settings.name });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
