import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsByStart, withChanged, type EventEntry } from '../../content/queries.ts';
import { eventCalendar } from '../../lib/calendar/index.ts';
import { siteSettings } from '../../lib/site-settings.ts';

/** `/events/<id>.ics`: one event, for the "加入日历" link on its page. */
export const getStaticPaths = (async () => {
  return (await eventsByStart()).map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: EventEntry }> = ({ props, site }) => {
  const body = eventCalendar(withChanged(props.event), String(site ?? siteSettings().url));
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
