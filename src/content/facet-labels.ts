import { t } from '../i18n/zh-CN.ts';
import type { FacetDimension } from '../lib/events/filters.ts';
import { placeWords, province, provinceShape, regionByCode } from '../lib/regions/index.ts';
import { placeWord } from '../i18n/zh-CN/regions.ts';

/** What a filter row is called: its dimension's name, 城市 (or 区县 in a municipality) for the city row. */
export function facetRowName(dimension: FacetDimension): string {
  return dimension === 'city' ? placeWord(provinceShape()) : t.events.filters.rows[dimension];
}

/** What a filter chip says: the city, type, audience or way of taking part it picks, or its row's "all". */
export function facetLabel(dimension: FacetDimension, value: string | null): string {
  const f = t.events.filters;
  if (value === null) return dimension === 'city' ? f.allOf(placeWord(provinceShape())) : f.all[dimension];
  if (dimension === 'city') return value === province().code ? f.province(placeWords().kind.level) : (regionByCode(value)?.name ?? value);
  if (dimension === 'type') return t.eventTypes[value as keyof typeof t.eventTypes];
  if (dimension === 'audience') return t.audiences[value as keyof typeof t.audiences];
  return f.modes[value as keyof typeof f.modes];
}
