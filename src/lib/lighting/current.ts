import type { LightingSchedule } from './types.ts';

/**
 * The schedule `/lighting/` shows: the latest year that has lightings. A
 * file for next year started with `"items": []` is a page of its own
 * (saying there is nothing yet) but must not hide the schedule people are
 * looking for; with no lightings in any year, the latest file.
 */
export function currentLightingSchedule(schedules: readonly LightingSchedule[]): LightingSchedule | undefined {
  const latestFirst = [...schedules].sort((a, b) => b.year - a.year);
  return latestFirst.find((s) => s.items.length > 0) ?? latestFirst[0];
}
