import type { BookEntry, EventEntry, LearnerEntry, ProjectEntry } from './queries.ts';
import { awardText, ui } from '../i18n/zh-CN.ts';
import { absoluteUrl, DEFAULT_SHARE_IMAGE, entryPath, shareCardPath, type ShowcaseCollection } from '../lib/content/urls.ts';
import { bookJsonLd, eventJsonLd, personJsonLd, projectJsonLd, type JsonLd, type PageRef } from '../lib/seo/json-ld.ts';

/**
 * What a detail page hands to BaseLayout for share previews and search
 * engines: its share card (its own cover as a 1200×630 card, or the site's
 * default) and its schema.org JSON-LD, with absolute URLs.
 */
type Entry = { id: string; data: { cover?: unknown } };

export function shareImageOf(collection: ShowcaseCollection, entry: Entry): string {
  return entry.data.cover ? shareCardPath(collection, entry.id) : DEFAULT_SHARE_IMAGE;
}

function pageRef(collection: ShowcaseCollection, entry: Entry, site: URL | string): PageRef {
  return { url: absoluteUrl(entryPath(collection, entry.id), site), image: absoluteUrl(shareImageOf(collection, entry), site) };
}

export function eventLd(event: EventEntry, site: URL | string): JsonLd {
  const { data } = event;
  return eventJsonLd({ ...data, audience: data.audience.map((a) => ui.audiences[a]) }, pageRef('events', event, site));
}

export function bookLd(book: BookEntry, site: URL | string): JsonLd {
  return bookJsonLd(book.data, pageRef('books', book, site));
}

export function learnerLd(learner: LearnerEntry, site: URL | string): JsonLd {
  const { data } = learner;
  return personJsonLd({ ...data, award: awardText.learner(data.year, data.level) }, pageRef('learners', learner, site));
}

export function projectLd(project: ProjectEntry, site: URL | string): JsonLd {
  const { data } = project;
  return projectJsonLd(
    { ...data, category: ui.projectCategories[data.category], award: awardText.project(data.year, data.level) },
    pageRef('projects', project, site),
  );
}
