import type { BookEntry, EventEntry, LearnerEntry, PageEntry, ProjectEntry, ShowcaseEntry } from './queries.ts';
import { publishedOf } from './queries.ts';
import { placeNameOf } from '../lib/regions/index.ts';
import { entryTitle } from './entry-title.ts';
import { t } from '../i18n/zh-CN.ts';
import { awardLevelLabel } from '../lib/content/award-levels.ts';
import type { ShowcaseCollection } from '../lib/content/collections.ts';
import type { GovArticle } from '../lib/identity/gov-meta.ts';
import { siteSettings } from '../lib/site-settings.ts';

/**
 * An article page's facts for the government-page <meta> tags
 * (src/lib/identity/gov-meta.ts), from its front matter: title, when it was
 * published (as the feed dates it: publishedOf), who supplied it, and
 * keywords in the site's own words. The
 * layout adds the description, image and URL it already has.
 */
/** `description`: the article's own summary, when what a shared link shows says more (an event's time and place first). */
export type ArticleFacts = Pick<GovArticle, 'title' | 'published' | 'source' | 'keywords'> & Partial<Pick<GovArticle, 'description'>>;

/** Who speaks for the site when an entry names no source of its own. */
const siteSource = () => siteSettings().identity?.sponsor ?? siteSettings().organizer;

export function entryArticle(collection: ShowcaseCollection, entry: ShowcaseEntry): ArticleFacts {
  const facts = { title: entryTitle(collection, entry), published: publishedOf(entry) };
  switch (collection) {
    case 'events': {
      const d = (entry as EventEntry).data;
      return { ...facts, source: d.organizer, keywords: [t.eventTypes[d.type], placeNameOf(d.region), ...d.audience.map((a) => t.audiences[a])] };
    }
    case 'books': {
      const d = (entry as BookEntry).data;
      return { ...facts, source: d.recommender.press, keywords: [...d.themes, ...d.authors, d.publisher] };
    }
    case 'learners': {
      const d = (entry as LearnerEntry).data;
      return { ...facts, source: siteSource(), keywords: [t.learners.award(d.year, awardLevelLabel(d.level)), placeNameOf(d.region), d.occupation] };
    }
    case 'projects': {
      const d = (entry as ProjectEntry).data;
      return { ...facts, source: d.organization, keywords: [t.projectCategories[d.category], placeNameOf(d.region), d.organization] };
    }
  }
}

/** A notice or standing page: its own date and issuer when it has them. */
export function pageArticle(page: PageEntry, notice: boolean): ArticleFacts {
  const d = page.data;
  return {
    title: d.title,
    published: publishedOf(page),
    source: d.issuer ?? siteSource(),
    keywords: [notice ? t.notices.title : '', d.issuer ?? '', d.docNumber ?? ''],
  };
}
