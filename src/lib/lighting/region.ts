import { cityOf, type Region } from '../regions/index.ts';
import { byStartThenId } from './group.ts';
import type { LightingItem, LightingSchedule } from './types.ts';

/**
 * A city's or county's lightings for its page: a city's own and its
 * counties', a county's own; the latest year first, each year's in the
 * order they light up (not the file's), years without any left out.
 */
export function regionLightings(schedules: readonly LightingSchedule[], region: Region): { year: number; items: LightingItem[] }[] {
  const matches = (code: string) => (region.level === 'city' ? cityOf(code)?.code === region.code : code === region.code);
  return schedules
    .map((s) => ({ year: s.year, items: s.items.filter((i) => matches(i.region)).sort(byStartThenId) }))
    .filter((s) => s.items.length > 0)
    .sort((a, b) => b.year - a.year);
}
