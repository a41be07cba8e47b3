import { t } from '../i18n/zh-CN.ts';
import type { FacetDimension } from '../lib/events/filters.ts';
import { placeWords, province, regionByCode } from '../lib/regions/index.ts';

/** What a filter chip says: the city, type, audience or way of taking part it picks, or its row's "all". */
export function facetLabel(dimension: FacetDimension, value: string | null): string {
  const f = t.events.filters;
  if (value === null) return f.all[dimension];
  if (dimension === 'city') return value === province().code ? f.province(placeWords().kind.level) : (regionByCode(value)?.name ?? value);
  if (dimension === 'type') return t.eventTypes[value as keyof typeof t.eventTypes];
  if (dimension === 'audience') return t.audiences[value as keyof typeof t.audiences];
  return f.modes[value as keyof typeof f.modes];
}
