import { t } from '../../i18n/zh-CN.ts';
import { AUDIENCES } from '../content/fields.ts';
import { EVENT_TYPES } from '../content/schemas.ts';
import {
  collectionPath,
  eventsCalendarPath,
  eventsForAudiencePath,
  eventsModePath,
  eventTypePath,
  lightingPath,
  noticesPath,
  statsPath,
} from '../urls.ts';
import type { SearchShortcut } from './shortcut-match.ts';

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
