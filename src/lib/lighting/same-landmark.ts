import { distanceKm } from '../geo/distance.ts';
import { landmarkNameGroups } from '../regions/landmark-nicknames.ts';
import type { LngLat } from './types.ts';

/**
 * Two items that name one landmark under two spellings: 广州塔 reported by
 * 海珠区 and 广州塔（小蛮腰） by 广州市, or 海心沙 and 海心沙亚运公园. The
 * same region and name is one place already (place-key.ts); this catches the
 * rest, so that a double entry is not counted twice or shown as two lightings
 * at one spot. Alike means: one name, its asides in brackets and its spaces
 * and punctuation left out and a landmark's nickname read as its name
 * (小蛮腰 as 广州塔, src/lib/regions/landmark-nicknames.json), holds the
 * other; and the two points are within SAME_LANDMARK_METRES. Names that
 * share nothing (珠江新城西塔 and 东塔, two towers side by side) stay two
 * places, wherever their points are.
 */
export const SAME_LANDMARK_METRES = 200;

/** An aside in brackets, full-width or not: （小蛮腰）, (Canton Tower), 【主会场】. */
const ASIDE = /[（(【[][^）)】\]]*[）)】\]]/gu;
const SPACING_AND_PUNCTUATION = /[\s\p{P}\p{S}]/gu;

/** A place's name as compared: asides, spaces and punctuation left out. */
export function coreName(place: string): string {
  return place.replace(ASIDE, '').replace(SPACING_AND_PUNCTUATION, '');
}

/** Landmarks by their names and nicknames, each group its name first: `[广州塔, 小蛮腰]`. */
export type LandmarkNameGroups = readonly (readonly string[])[];

/** A name as compared, read as its landmark's name when it is one of its nicknames: 小蛮腰 → 广州塔. */
function landmarkNameOf(core: string, groups: LandmarkNameGroups): string {
  return groups.find((group) => group.includes(core))?.[0] ?? core;
}

/** Whether one name, as compared, holds the other; `groups`, the configured province's landmark nicknames. */
export function alikeNames(a: string, b: string, groups: LandmarkNameGroups = landmarkNameGroups()): boolean {
  const [x, y] = [coreName(a), coreName(b)];
  if (x === '' || y === '') return false;
  const [p, q] = [landmarkNameOf(x, groups), landmarkNameOf(y, groups)];
  return p.includes(q) || q.includes(p);
}

export interface Landmark {
  place: string;
  location: LngLat;
}

/** How far apart two items are, in whole metres, when they look like one landmark under two spellings; undefined when not. */
export function sameLandmarkDistance(a: Landmark, b: Landmark): number | undefined {
  if (!alikeNames(a.place, b.place)) return undefined;
  const metres = Math.round(distanceKm(a.location, b.location) * 1000);
  return metres <= SAME_LANDMARK_METRES ? metres : undefined;
}
