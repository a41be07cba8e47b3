import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsYearCalendarFile } from '../../content/calendar-files.ts';
import { eventsByStart } from '../../content/queries.ts';
import { eventYears } from '../../lib/calendar/index.ts';

/** `/events/<year>.ics`: one year's events (the Beijing year each starts in), for the archive. */
export const getStaticPaths = (async () =>
  eventYears(await eventsByStart()).map((year) => ({ params: { year: String(year) }, props: { year } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: number }> = async ({ props, site }) => {
  const body = (await eventsYearCalendarFile(props.year, site)).text;
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
