import type { APIRoute } from 'astro';
import { lightingCalendarFromSchedules } from '../lib/calendar/index.ts';
import { contentDir } from '../lib/content-dir.ts';
import { lastChangedDate } from '../lib/content/changed.ts';
import { lightingFile, readAllLighting } from '../lib/lighting/index.ts';
import { siteSettings } from '../lib/site-settings.ts';

/** `/lighting.ics`: every lighting window of every year. */
export const GET: APIRoute = ({ site }) => {
  const settings = siteSettings();
  const dir = `${contentDir()}/data/lighting`;
  // Each year's windows carry when its file last changed, as an event carries its own file's.
  const schedules = readAllLighting(dir).map((schedule) => ({
    ...schedule,
    changed: lastChangedDate(lightingFile(dir, schedule.year)),
  }));
  const body = lightingCalendarFromSchedules(schedules, String(site ?? settings.url), { siteName: settings.name });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
