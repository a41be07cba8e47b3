/**
 * The lighting schedule ("全民终身学习亮灯"): validation, grouping by night and
 * by city, state at an instant, file helpers. For the page's browser script,
 * import `state.ts` and `night-of.ts` directly: they carry no dependencies,
 * whereas this index pulls in node:fs and luxon.
 */
export { LIGHTING_KINDS } from './types.ts';
export type { LightingItem, LightingKind, LightingSchedule, LightingState, LngLat } from './types.ts';
export { validateLighting, itemLabel } from './validate.ts';
export type { LightingValidation } from './validate.ts';
export { lightingStateAt } from './state.ts';
export { nightOf, nightAnchorId, NIGHT_STARTS_AT_HOUR } from './night-of.ts';
export { lightingItemFacts } from './search-facts.ts';
export { groupByNight, groupByCity, byStartThenId } from './group.ts';
export type { LightingNight, LightingCity } from './group.ts';
export { lightingTimes, endDayOffset, MAX_WINDOW_HOURS } from './window.ts';
export { currentLightingSchedule } from './current.ts';
export { lightingDots } from './map-dots.ts';
export type { LightingDot } from './map-dots.ts';
export {
  lightingFile,
  listLightingYears,
  readLightingFile,
  readAllLighting,
  readableLightingItems,
  checkLightingFile,
  fileLabelOf,
} from './files.ts';
