import type { CollectionEntry } from 'astro:content';
import { entryTitle } from './entry-title.ts';
import { entriesInOrder } from './queries.ts';
import { t } from '../i18n/zh-CN.ts';
import { awardLevelLabel } from '../lib/content/award-levels.ts';
import { yearsNeedSaying } from '../lib/list-years.ts';
import { routePages } from '../lib/pagination.ts';
import { siteSettings } from '../lib/site-settings.ts';

/** The lists of books, 百姓学习之星 and 品牌项目 (events have their own: event-lists.ts). */
export type ListedCollection = 'books' | 'learners' | 'projects';

/** What a page of such a list shows (components/ShowcaseListPage.astro). */
export interface ShowcaseListPageProps {
  collection: ListedCollection;
  /** The page's entries, in the collection's list order. */
  entries: CollectionEntry<ListedCollection>[];
  /** How many the whole list has. */
  total: number;
  page: number;
  pages: number;
  /** The list holds more than one year's entries, or another year's than the week's: each card says its year (yearsNeedSaying). */
  withYear: boolean;
}

/**
 * getStaticPaths of a list's first page (`first`) or of the pages after it
 * (`later`, with param `n`: `/books/page/2/`), a page of PAGE_SIZE entries
 * each: a province's book list grows by dozens a year, and a phone in
 * 大字模式 shows two cards a screen.
 */
export async function showcaseListPaths(collection: ListedCollection, which: 'first' | 'later') {
  const all = await entriesInOrder(collection);
  const withYear = yearsNeedSaying(
    all.map((entry) => entry.data.year),
    siteSettings().year,
  );
  return routePages(all, which).map(({ items, page, pages, param }) => ({
    params: param,
    props: { collection, entries: items, total: all.length, page, pages, withYear } satisfies ShowcaseListPageProps,
  }));
}

/**
 * An entry's card on its list: the name, and the facts a reader picks by
 * (author and recommender, place and award, place and kind), with the year
 * when the list needs it (yearsNeedSaying).
 */
export function showcaseCard(collection: ListedCollection, entry: CollectionEntry<ListedCollection>, withYear: boolean) {
  const year = entry.data.year;
  const base = { title: entryTitle(collection, entry), summary: entry.data.summary, cover: entry.data.cover, featured: entry.data.featured, sample: entry.data.sample };
  switch (collection) {
    case 'books': {
      const book = entry.data as CollectionEntry<'books'>['data'];
      const meta = [book.authors.join('、'), book.publisher, t.books.recommendedBy(book.recommender)];
      return { ...base, meta: withYear ? [t.books.yearList(year), ...meta] : meta };
    }
    case 'learners': {
      const learner = entry.data as CollectionEntry<'learners'>['data'];
      const award = withYear ? t.learners.award(year, awardLevelLabel(learner.level)) : t.learners.levelAward(awardLevelLabel(learner.level));
      return { ...base, meta: [{ place: learner.region }, learner.occupation, award] };
    }
    case 'projects': {
      const project = entry.data as CollectionEntry<'projects'>['data'];
      const meta = [{ place: project.region }, t.projectCategories[project.category], project.organization];
      return { ...base, meta: withYear ? [t.projects.cardYear(year), ...meta] : meta };
    }
  }
}
