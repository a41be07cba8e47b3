import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsByStart, withChanged } from '../../content/queries.ts';
import { eventsCalendar, eventsOfYear, eventYears } from '../../lib/calendar/index.ts';
import { siteSettings } from '../../lib/site-settings.ts';

/** `/events/<year>.ics`: one year's events (the Beijing year each starts in), for the archive. */
export const getStaticPaths = (async () =>
  eventYears(await eventsByStart()).map((year) => ({ params: { year: String(year) }, props: { year } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: number }> = async ({ props, site }) => {
  const settings = siteSettings();
  const events = eventsOfYear(await eventsByStart(), props.year);
  const body = eventsCalendar(events.map(withChanged), String(site ?? settings.url), { siteName: settings.name, year: props.year });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
