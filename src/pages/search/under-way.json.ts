import type { APIRoute } from 'astro';
import { eventsByStart } from '../../content/queries.ts';
import { beijingDay } from '../../lib/dates/index.ts';
import { isMultiDay } from '../../lib/events/month-grid.ts';
import { isCalledOff } from '../../lib/events/status.ts';
import type { UnderWaySpan } from '../../lib/search/under-way.ts';
import { entryPath } from '../../lib/urls.ts';

/**
 * `/search/under-way.json`: every event over several days, as first and last
 * day, title and page, for the search page to name those under way on a day
 * no event begins on (src/lib/search/under-way.ts). A file of its own, fetched
 * only then: the search page stays as light at 10,000 events. Not one called
 * off or put off: its days are not to be gone by.
 */
export const GET: APIRoute = async () => {
  const spans: UnderWaySpan[] = (await eventsByStart())
    .filter((event) => isMultiDay(event) && !isCalledOff(event.data))
    .map((event) => [beijingDay(event.data.start), beijingDay(event.data.end), event.data.title, entryPath('events', event.id)]);
  return new Response(JSON.stringify(spans), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
