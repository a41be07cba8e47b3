import { lighting as words } from '../../i18n/zh-CN/lighting.ts';
import { dates } from '../../i18n/zh-CN/dates.ts';
import { formatMonthDayZh, markDates, parseBeijingDate, toBeijingIso, weekdayZh } from '../dates/index.ts';
import { cityThenCounty } from '../regions/index.ts';
import { FACT_SEPARATOR } from '../fact-separator.ts';
import type { ItemFacts } from '../search/item-facts.ts';
import { nightAnchorId, nightOf } from './night-of.ts';
import type { LightingItem } from './types.ts';
import { lightingTimes } from './window.ts';

/**
 * What a search result says of each place on a year's schedule, by its
 * anchor: the night it lights up (as the schedule heads it, without the
 * year the result's title gives), its hours, its city and county, and its
 * window for the state badge. `11月24日（星期五）晚 22:00–次日 00:30`,
 * `佛山市 · 顺德区`.
 */
export function lightingItemFacts(items: readonly LightingItem[]): Record<string, ItemFacts> {
  return Object.fromEntries(
    items.map((item) => {
      const night = nightOf(item.start);
      const day = parseBeijingDate(night)!;
      const date = dates.withWeekday(formatMonthDayZh(day), weekdayZh(day));
      const times = lightingTimes(item);
      const where = cityThenCounty(item.region)
        .map((place) => place.name)
        .join(FACT_SEPARATOR);
      const facts: ItemFacts = {
        when: markDates(words.when(date, times.start, times.end), [{ text: date, datetime: night }]),
        where,
        start: toBeijingIso(item.start),
        end: toBeijingIso(item.end),
        night: nightAnchorId(night),
      };
      return [item.id, facts];
    }),
  );
}
