/**
 * Where an event takes place, beside whom it is filed under. The province's
 * opening ceremony is filed under the province and a city's reading month
 * under the city, yet each is held in one district; a resident opening that
 * district's page should find it there, not "no events here". Events filed
 * under a county are that county's already and are left out.
 */
export interface PlacedEvent {
  data: {
    region: string;
    venue?: { location?: readonly [number, number] | [number, number] | undefined } | undefined;
  };
}

/**
 * For each region a venue lies in (`unitAt`: the county, or a city without
 * counties, whose boundary holds the point), the events filed above it that
 * are held there, in the order given.
 */
export function heldWithin<E extends PlacedEvent>(
  events: readonly E[],
  unitAt: (lngLat: readonly [number, number]) => string | undefined,
  isCounty: (code: string) => boolean,
): Map<string, E[]> {
  const held = new Map<string, E[]>();
  for (const event of events) {
    const location = event.data.venue?.location;
    if (!location || isCounty(event.data.region)) continue;
    const unit = unitAt(location);
    if (!unit || unit === event.data.region) continue;
    const list = held.get(unit) ?? [];
    list.push(event);
    held.set(unit, list);
  }
  return held;
}
