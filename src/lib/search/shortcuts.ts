import { t } from '../../i18n/zh-CN.ts';
import { AUDIENCES } from '../content/fields.ts';
import { EVENT_TYPES } from '../content/schemas.ts';
import { subdivisions } from '../regions/index.ts';
import {
  collectionPath,
  eventsCalendarPath,
  eventsForAudiencePath,
  eventsInCityPath,
  eventsModePath,
  eventTypePath,
  lightingPath,
  noticesPath,
  statsPath,
} from '../urls.ts';
import fillers from './query-fillers.json' with { type: 'json' };
import type { CityShortcuts, SearchShortcut } from './shortcut-match.ts';

/**
 * 栏目直达 to each city's list of events (深圳市的活动), named by the city's
 * name and its short name; the search page offers one only to a query that
 * names the city alone (cityNamedAlone in shortcut-match.ts).
 */
export function cityShortcuts(): CityShortcuts {
  return {
    links: subdivisions().map((city) => ({
      href: eventsInCityPath(city.code),
      label: t.events.filters.inCity(city.name),
      words: [...new Set([city.name, city.shortName])],
    })),
    asks: [...t.search.shortcuts.cityEvents],
    // Particles (深圳的活动) and words of when (深圳周末有什么活动: the list shows when).
    besides: [...fillers.particles, ...fillers.qualifiers],
  };
}

/**
 * Every 栏目直达 link of the search page (src/lib/search/shortcut-match.ts),
 * with the words that bring it (src/i18n, search.shortcuts): sections first,
 * then kinds of event, then whom events are for.
 */
export function searchShortcuts(): SearchShortcut[] {
  const words = t.search.shortcuts;
  const f = t.events.filters;
  return [
    { href: collectionPath('learners'), label: t.learners.title, words: words.sections.learners, kind: t.search.types.learners },
    { href: collectionPath('projects'), label: t.projects.title, words: words.sections.projects, kind: t.search.types.projects },
    { href: collectionPath('books'), label: t.books.title, words: words.sections.books, kind: t.search.types.books },
    { href: statsPath(), label: t.stats.title, words: words.sections.stats },
    { href: lightingPath(), label: t.lighting.crumb, words: words.sections.lighting },
    { href: eventsCalendarPath(), label: t.events.calendar.title, words: words.sections.calendar },
    { href: noticesPath(), label: t.notices.title, words: words.sections.notices },
    { href: eventsModePath('online'), label: f.byMode(f.modes.online), words: words.sections.online },
    { href: eventsModePath('offline'), label: f.byMode(f.modes.offline), words: words.sections.offline },
    ...EVENT_TYPES.flatMap((type) =>
      type in words.eventTypes
        ? [{ href: eventTypePath(type), label: t.eventTypes[type], words: words.eventTypes[type as keyof typeof words.eventTypes] }]
        : [],
    ),
    ...AUDIENCES.flatMap((audience) =>
      audience in words.audiences
        ? [
            {
              href: eventsForAudiencePath(audience),
              label: f.forAudience(t.audiences[audience]),
              words: words.audiences[audience as keyof typeof words.audiences],
            },
          ]
        : [],
    ),
  ];
}
