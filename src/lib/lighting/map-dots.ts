import { dotRadius, gatherDots, projectPoint, type MapSize, type Point } from '../geo/index.ts';
import { cityOf } from '../regions/index.ts';
import { byStartThenId } from './group.ts';
import { placeKey } from './place-key.ts';
import type { LightingItem } from './types.ts';

/** One dot of the lighting map: one place, or several close together (gatherDots). */
export interface LightingDot {
  at: Point;
  radius: number;
  /** Its lightings, in the schedule's order (first lit first). */
  items: LightingItem[];
  /** The distinct places, in that order: the number on the dot when more than one. */
  places: string[];
  /** The city all its places are in, if one: a dot of several places links to that city's list (else to the list of cities). */
  cityCode?: string;
  /** The cities of its places: another city's name on the map keeps clear of it (spreadLabels). */
  regions: string[];
  /** The city with the most of its places, or those tied: the names that may stand beside it (spreadLabels). */
  named: string[];
}

/**
 * The dots of a year's lighting map of this size, where its names are
 * `fontSize` (one of labelFontSizes: the map shows the dots gathered for the
 * size of names it shows): every item with a place on the map, places whose
 * dots would touch drawn as one (a landmark lit on several nights, four
 * towers of central 广州), so that each dot can be seen and tapped (the
 * lighting check keeps every place inside the province). Larger names make
 * larger dots, which gather more places.
 */
export function lightingDots(items: readonly LightingItem[], size: MapSize, fontSize: number): LightingDot[] {
  const onMap = [...items].sort(byStartThenId).flatMap((item) => {
    const at = projectPoint(item.location, size);
    return at ? [{ at, value: item }] : [];
  });
  // One name per place (region and name: placeKey), so two 文化广场 of two counties count as two.
  const placesOf = (members: readonly LightingItem[]) => [...new Map(members.map((i) => [placeKey(i), i.place])).values()];
  return gatherDots(onMap, (members) => dotRadius(fontSize, placesOf(members).length > 1)).map(({ at, members, radius }) => {
    const cities = new Set(members.map((i) => cityOf(i.region)?.code));
    const [cityCode] = cities;
    const placesIn = (code: string) => placesOf(members.filter((i) => cityOf(i.region)?.code === code)).length;
    const regions = [...cities].filter((code) => code !== undefined);
    const most = Math.max(...regions.map(placesIn));
    return {
      at,
      radius,
      items: members,
      places: placesOf(members),
      regions,
      named: regions.filter((code) => placesIn(code) === most),
      ...(cities.size === 1 && cityCode ? { cityCode } : {}),
    };
  });
}
