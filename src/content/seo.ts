import type { BookEntry, EventEntry, LearnerEntry, ProjectEntry } from './queries.ts';
import { t } from '../i18n/zh-CN.ts';
import { awardLevelLabel } from '../lib/content/award-levels.ts';
import type { ShowcaseCollection } from '../lib/content/collections.ts';
import { bookJsonLd, eventJsonLd, personJsonLd, projectJsonLd, type JsonLd, type PageRef } from '../lib/seo/json-ld.ts';
import { absoluteUrl, defaultShareImagePath, entryPath, shareCardPath } from '../lib/urls.ts';

/**
 * What a detail page hands to BaseLayout for share previews and search
 * engines: its share card (its own cover as a 1200×630 card, or the site's
 * default) and its schema.org JSON-LD, with absolute URLs.
 */
type Entry = { id: string; data: { cover?: unknown } };

export function shareImageOf(collection: ShowcaseCollection, entry: Entry): string {
  return entry.data.cover ? shareCardPath(collection, entry.id) : defaultShareImagePath();
}

function pageRef(collection: ShowcaseCollection, entry: Entry, site: URL | string): PageRef {
  return { url: absoluteUrl(entryPath(collection, entry.id), site), image: absoluteUrl(shareImageOf(collection, entry), site) };
}

export function eventLd(event: EventEntry, site: URL | string): JsonLd {
  const { data } = event;
  return eventJsonLd({ ...data, audience: data.audience.map((a) => t.audiences[a]) }, pageRef('events', event, site));
}

export function bookLd(book: BookEntry, site: URL | string): JsonLd {
  return bookJsonLd({ ...book.data, reviewName: t.books.reviewName }, pageRef('books', book, site));
}

export function learnerLd(learner: LearnerEntry, site: URL | string): JsonLd {
  const { data } = learner;
  return personJsonLd({ ...data, award: t.learners.award(data.year, awardLevelLabel(data.level)) }, pageRef('learners', learner, site));
}

export function projectLd(project: ProjectEntry, site: URL | string): JsonLd {
  const { data } = project;
  return projectJsonLd(
    { ...data, category: t.projectCategories[data.category], award: t.projects.award(data.year, awardLevelLabel(data.level)) },
    pageRef('projects', project, site),
  );
}

/** The JSON-LD of any showcase entry, for the shared entry-page layout. */
export function entryLd(collection: ShowcaseCollection, entry: EventEntry | BookEntry | LearnerEntry | ProjectEntry, site: URL | string): JsonLd {
  switch (collection) {
    case 'events':
      return eventLd(entry as EventEntry, site);
    case 'books':
      return bookLd(entry as BookEntry, site);
    case 'learners':
      return learnerLd(entry as LearnerEntry, site);
    case 'projects':
      return projectLd(entry as ProjectEntry, site);
  }
}
