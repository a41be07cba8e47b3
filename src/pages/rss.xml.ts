import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { booksInOrder, eventsByStart, learnersInOrder, projectsInOrder, regionName } from '../content/queries.ts';
import { ui } from '../i18n/zh-CN.ts';
import { entryPath, pagePath } from '../lib/content/urls.ts';
import { beijingYear } from '../lib/dates/index.ts';
import { selectFeedItems, type FeedCandidate } from '../lib/seo/feed.ts';
import { siteSettings } from '../lib/site-settings.ts';

// `/rss.xml`: featured cases and the entries of this year's week, for media and portals.
export const GET: APIRoute = async (context) => {
  const site = siteSettings();
  const candidates: FeedCandidate[] = [
    ...(await learnersInOrder()).map((e) => ({
      link: entryPath('learners', e.id),
      title: `${ui.collections.learners.title}：${e.data.name}`,
      description: e.data.summary,
      featured: e.data.featured,
      year: e.data.year,
      categories: [ui.collections.learners.title, regionName(e.data.region)],
    })),
    ...(await projectsInOrder()).map((e) => ({
      link: entryPath('projects', e.id),
      title: `${ui.collections.projects.title}：${e.data.name}`,
      description: e.data.summary,
      featured: e.data.featured,
      year: e.data.year,
      categories: [ui.collections.projects.title, regionName(e.data.region)],
    })),
    ...(await eventsByStart()).map((e) => ({
      link: entryPath('events', e.id),
      title: e.data.title,
      description: e.data.summary,
      pubDate: e.data.start,
      featured: e.data.featured,
      year: e.data.year,
      categories: [ui.collections.events.title, ui.eventTypes[e.data.type], regionName(e.data.region)],
    })),
    ...(await booksInOrder()).map((e) => ({
      link: entryPath('books', e.id),
      title: `荐书：《${e.data.title}》`,
      description: e.data.summary,
      featured: e.data.featured,
      year: e.data.year,
      categories: [ui.nav.books],
    })),
    ...(await getCollection('pages'))
      .filter((p) => p.id.startsWith('notices/') && p.data.date)
      .map((p) => ({
        link: pagePath(p.id),
        title: p.data.title,
        description: p.data.summary,
        pubDate: p.data.date,
        featured: false,
        year: beijingYear(p.data.date!),
        categories: ['通知公告'],
      })),
  ];
  return rss({
    title: site.name,
    description: ui.rss.description,
    site: context.site ?? site.url,
    items: selectFeedItems(candidates, { year: site.year }).map(({ link, title, description, pubDate, categories }) => ({
      link,
      title,
      description,
      categories,
      ...(pubDate ? { pubDate } : {}),
    })),
    customData: '<language>zh-cn</language>',
  });
};
