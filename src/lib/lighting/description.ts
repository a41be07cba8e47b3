/** What a shared link to a year's 亮灯 schedule says under its title: how many places, and on which days. */
import { lighting as words } from '../../i18n/zh-CN/lighting.ts';
import { formatMonthDayZh } from '../dates/index.ts';
import { placeKey } from './place-key.ts';
import type { LightingSchedule } from './types.ts';

export function lightingDescription(schedule: LightingSchedule): string | undefined {
  const items = schedule.items;
  if (items.length === 0) return undefined;
  const starts = items.map((i) => i.start.getTime());
  const ends = items.map((i) => i.end.getTime());
  const places = new Set(items.map(placeKey)).size;
  return words.description(
    schedule.year,
    places,
    formatMonthDayZh(new Date(Math.min(...starts))),
    formatMonthDayZh(new Date(Math.max(...ends) - 1)),
  );
}
