import type { APIRoute, GetStaticPaths } from 'astro';
import { eventCalendarFile } from '../../content/calendar-files.ts';
import { eventsByStart, type EventEntry } from '../../content/queries.ts';

/** `/events/<id>.ics`: one event, for the "加入日历" link on its page (which states this text's size). */
export const getStaticPaths = (async () => {
  return (await eventsByStart()).map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: EventEntry }> = ({ props, site }) => {
  const body = eventCalendarFile(props.event, site).text;
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
