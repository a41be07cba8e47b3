import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { entryTitle } from '../content/entry-title.ts';
import { booksInOrder, eventsByStart, learnersInOrder, noticesInOrder, projectsInOrder, regionName } from '../content/queries.ts';
import { t } from '../i18n/zh-CN.ts';
import { beijingYear } from '../lib/dates/index.ts';
import { feedDescription, selectFeedItems, type FeedCandidate } from '../lib/seo/feed.ts';
import { siteSettings } from '../lib/site-settings.ts';
import { absoluteUrl, entryPath, homePath } from '../lib/urls.ts';

// `/rss.xml`: featured cases and the entries of this year's week, for media and portals.
export const GET: APIRoute = async (context) => {
  const site = siteSettings();
  const candidates: FeedCandidate[] = [
    ...(await learnersInOrder()).map((e) => ({
      link: entryPath('learners', e.id),
      title: `${t.learners.title}：${e.data.name}`,
      description: e.data.summary,
      featured: e.data.featured,
      year: e.data.year,
      categories: [t.learners.title, regionName(e.data.region)],
    })),
    ...(await projectsInOrder()).map((e) => ({
      link: entryPath('projects', e.id),
      title: `${t.projects.title}：${e.data.name}`,
      description: e.data.summary,
      featured: e.data.featured,
      year: e.data.year,
      categories: [t.projects.title, regionName(e.data.region)],
    })),
    ...(await eventsByStart()).map((e) => ({
      link: entryPath('events', e.id),
      title: e.data.title,
      description: e.data.summary,
      pubDate: e.data.start,
      featured: e.data.featured,
      year: e.data.year,
      categories: [t.events.title, t.eventTypes[e.data.type], regionName(e.data.region)],
    })),
    ...(await booksInOrder()).map((e) => ({
      link: entryPath('books', e.id),
      title: t.books.feedTitle(e.data.title),
      description: e.data.summary,
      featured: e.data.featured,
      year: e.data.year,
      categories: [t.site.nav.books],
    })),
    ...(await noticesInOrder())
      .filter((p) => p.data.date)
      .map((p) => ({
        link: entryPath('pages', p.id),
        title: entryTitle('pages', p),
        description: p.data.summary,
        pubDate: p.data.date,
        featured: false,
        year: beijingYear(p.data.date!),
        categories: [t.notices.title],
      })),
  ];
  return rss({
    title: site.name,
    description: t.site.rss.description,
    // The channel's link is the home page, base path included; items' links are absolute on it.
    site: absoluteUrl(homePath(), context.site ?? site.url),
    items: selectFeedItems(candidates, { year: site.year }).map(({ link, title, description, pubDate, categories }) => ({
      link,
      title,
      description: feedDescription(description),
      categories,
      ...(pubDate ? { pubDate } : {}),
    })),
    customData: '<language>zh-cn</language>',
  });
};
