import type { APIRoute, GetStaticPaths } from 'astro';
import { lightingItemCalendarFile } from '../../../content/calendar-files.ts';
import { lightingByYear } from '../../../content/data-files.ts';
import type { LightingItem } from '../../../lib/lighting/index.ts';

/**
 * `/lighting/<year>/<id>.ics`: one place's lighting window, for the "加入日历" link in its row of the
 * year's schedule (which states this text's size), dated by its year's file as /lighting.ics dates each window.
 */
export const getStaticPaths = (() =>
  lightingByYear().flatMap((schedule) =>
    schedule.items.map((item) => ({ params: { year: String(schedule.year), id: item.id }, props: { item } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: LightingItem }> = ({ props, site }) => {
  const body = lightingItemCalendarFile(props.item, site).text;
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
