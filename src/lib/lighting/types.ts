/**
 * The lighting schedule ("全民终身学习亮灯") as the rest of the site sees it,
 * after `validateLighting` has checked `content/data/lighting/<year>.json`
 * against the contract in design.md.
 */

export const LIGHTING_KINDS = ['tower', 'building', 'screen', 'bridge', 'other'] as const;
export type LightingKind = (typeof LIGHTING_KINDS)[number];

/** [longitude, latitude], WGS 84-ish as the editors read them off a map. */
export type LngLat = [number, number];

export interface LightingItem {
  /** Kebab-case, unique within its year's file: `gz-canton-tower`. */
  id: string;
  /** The year of the file the item comes from (items of several years are mixed in `/lighting.ics`). */
  year: number;
  /** A city or county code of Guangdong (never the province: a landmark stands in a city). */
  region: string;
  /** The landmark's name: `广州塔`. */
  place: string;
  kind: LightingKind;
  location: LngLat;
  /** Instants; the file's wall-clock values are Beijing time unless they carry an offset. */
  start: Date;
  end: Date;
  /** The item's own message, or else the file's top-level `message`. */
  message: string;
  organizer: string;
}

export interface LightingSchedule {
  year: number;
  /** The message for the whole campaign, when the file gives one. */
  message?: string;
  /** A remark for readers, e.g. `示例数据：亮灯时间为虚构`. */
  note?: string;
  /** In the file's order. */
  items: LightingItem[];
}

/** Where an item stands at a given instant: start inclusive, end exclusive. */
export type LightingState = 'coming' | 'lit' | 'over';
