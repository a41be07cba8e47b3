import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { entryTitle } from '../content/entry-title.ts';
import {
  booksInOrder,
  eventsByStart,
  firstAddressOf,
  learnersInOrder,
  noticesInOrder,
  projectsInOrder,
  publishedOf,
} from '../content/queries.ts';
import { t } from '../i18n/zh-CN.ts';
import { beijingYear } from '../lib/dates/index.ts';
import { isCalledOff } from '../lib/events/status.ts';
import { placeNameOf, province } from '../lib/regions/index.ts';
import { feedItem, lastChanged, selectFeedItems, type FeedCandidate } from '../lib/seo/feed.ts';
import { siteSettings } from '../lib/site-settings.ts';
import { absoluteUrl, entryPath, homePath, rssPath } from '../lib/urls.ts';

// `/rss.xml`: featured cases, notices and the entries of this year's week, newest published first, for media and portals.
export const GET: APIRoute = async (context) => {
  const site = siteSettings();
  const siteUrl = context.site ?? site.url;
  const candidates: FeedCandidate[] = [
    ...(await learnersInOrder()).map((e) => ({
      collection: 'learners',
      link: entryPath('learners', e.id),
      firstLink: firstAddressOf('learners', e),
      title: `${t.learners.title}：${e.data.name}`,
      description: e.data.summary,
      pubDate: publishedOf(e),
      always: e.data.featured,
      year: e.data.year,
      categories: [t.learners.title, placeNameOf(e.data.region)],
    })),
    ...(await projectsInOrder()).map((e) => ({
      collection: 'projects',
      link: entryPath('projects', e.id),
      firstLink: firstAddressOf('projects', e),
      title: `${t.projects.title}：${e.data.name}`,
      description: e.data.summary,
      pubDate: publishedOf(e),
      always: e.data.featured,
      year: e.data.year,
      categories: [t.projects.title, placeNameOf(e.data.region)],
    })),
    // Dated by publication: an event's start may lie weeks ahead, and readers sort by pubDate. One called off says so first.
    ...(await eventsByStart()).map((e) => ({
      collection: 'events',
      link: entryPath('events', e.id),
      firstLink: firstAddressOf('events', e),
      title: isCalledOff(e.data) ? t.events.status.title(e.data.status, e.data.title) : e.data.title,
      description: (isCalledOff(e.data) ? t.events.status.sentence(e.data.status, e.data.note) : '') + e.data.summary,
      pubDate: publishedOf(e),
      always: e.data.featured,
      year: e.data.year,
      categories: [t.events.title, t.eventTypes[e.data.type], placeNameOf(e.data.region)],
    })),
    ...(await booksInOrder()).map((e) => ({
      collection: 'books',
      link: entryPath('books', e.id),
      firstLink: firstAddressOf('books', e),
      title: t.books.feedTitle(e.data.title),
      description: e.data.summary,
      pubDate: publishedOf(e),
      always: e.data.featured,
      year: e.data.year,
      categories: [t.site.nav.books],
    })),
    ...(await noticesInOrder()).map((p) => {
      const pubDate = publishedOf(p);
      return {
        collection: 'pages',
        link: entryPath('pages', p.id),
        firstLink: firstAddressOf('pages', p),
        title: entryTitle('pages', p),
        description: p.data.summary,
        pubDate,
        always: true,
        year: beijingYear(p.data.date ?? pubDate),
        categories: [t.notices.title],
      };
    }),
  ];
  const items = selectFeedItems(candidates, { year: site.year });
  const changed = lastChanged(items);
  return rss({
    title: site.name,
    description: t.site.rss.description(province().shortName),
    // The channel's link is the home page, base path included; items' links are absolute on it.
    site: absoluteUrl(homePath(), siteUrl),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: items.map((item) => feedItem(item, siteUrl)),
    customData:
      '<language>zh-cn</language>' +
      (changed ? `<lastBuildDate>${changed.toUTCString()}</lastBuildDate>` : '') +
      // Where the feed itself lives, as feed validators ask (RSS Best Practices, atom:link rel="self").
      `<atom:link href="${absoluteUrl(rssPath(), siteUrl)}" rel="self" type="application/rss+xml" />`,
  });
};
