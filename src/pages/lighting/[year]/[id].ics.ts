import type { APIRoute, GetStaticPaths } from 'astro';
import { lightingByYear, lightingChangedOf } from '../../../content/data-files.ts';
import { lightingItemCalendar } from '../../../lib/calendar/index.ts';
import type { LightingItem } from '../../../lib/lighting/index.ts';
import { siteSettings } from '../../../lib/site-settings.ts';

interface Props {
  item: LightingItem;
  note: string | undefined;
}

/** `/lighting/<year>/<id>.ics`: one place's lighting window, for the "加入日历" link in its row of the year's schedule. */
export const getStaticPaths = (() =>
  lightingByYear().flatMap((schedule) =>
    schedule.items.map((item) => ({ params: { year: String(schedule.year), id: item.id }, props: { item, note: schedule.note } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { item, note } = props;
  // Dated by its year's file, as /lighting.ics dates each window.
  const body = lightingItemCalendar(item, String(site ?? siteSettings().url), { note, changed: lightingChangedOf(item.year) });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
