import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { feedDescription, feedItem, lastChanged, selectFeedItems, type FeedCandidate } from './feed.ts';

const item = (link: string, over: Partial<FeedCandidate> = {}): FeedCandidate => ({
  link,
  title: link,
  description: '',
  pubDate: new Date('2023-10-01T00:00:00Z'),
  always: false,
  year: 2023,
  categories: [],
  collection: link.split('/')[1]!,
  ...over,
});

describe('RSS items', () => {
  it('carries featured cases of any year and this year’s entries, not older ordinary ones', () => {
    const links = selectFeedItems(
      [item('/learners/old-star/', { year: 2021, always: true }), item('/events/2022/x/', { year: 2022 }), item('/events/2023/y/')],
      { year: 2023 },
    ).map((i) => i.link);
    expect(links.sort()).toEqual(['/events/2023/y/', '/learners/old-star/']);
  });

  it('puts the newest first, featured or not, with the link breaking ties', () => {
    const links = selectFeedItems(
      [
        item('/projects/b/'),
        item('/events/2023/early/', { pubDate: new Date('2023-11-01T01:00:00Z') }),
        item('/projects/a/'),
        item('/events/2023/late/', { pubDate: new Date('2023-11-25T01:00:00Z') }),
        item('/learners/star/', { always: true, pubDate: new Date('2023-09-01T00:00:00Z') }),
      ],
      { year: 2023 },
    ).map((i) => i.link);
    expect(links).toEqual(['/events/2023/late/', '/events/2023/early/', '/projects/a/', '/projects/b/', '/learners/star/']);
  });

  it('keeps the newest when there are more than the limit, whatever the collection', () => {
    const learners = Array.from({ length: 150 }, (_, i) =>
      item(`/learners/l${i}/`, { pubDate: new Date(Date.UTC(2023, 9, 1, 0, i)) }),
    );
    const events = Array.from({ length: 150 }, (_, i) =>
      item(`/events/2023/e${i}/`, { pubDate: new Date(Date.UTC(2023, 8, 1, 0, i)) }),
    );
    const kept = selectFeedItems([...events, ...learners], { year: 2023 });
    expect(kept).toHaveLength(100);
    expect(kept.every((i) => i.link.startsWith('/learners/'))).toBe(true);
    expect(kept[0]!.link).toBe('/learners/l149/');
  });

  it('lets the collections take turns among entries published at one moment, so the limit cuts none of them out', () => {
    // A site's first commit: 80 events, 40 books and 10 projects, all published at once.
    const at = { pubDate: new Date('2023-10-20T08:00:00Z') };
    const events = Array.from({ length: 80 }, (_, i) => item(`/events/2023/e${String(i).padStart(2, '0')}/`, at));
    const books = Array.from({ length: 40 }, (_, i) => item(`/books/b${String(i).padStart(2, '0')}/`, at));
    const projects = Array.from({ length: 10 }, (_, i) => item(`/projects/p${i}/`, at));
    const kept = selectFeedItems([...events, ...books, ...projects], { year: 2023 });
    const count = (collection: string) => kept.filter((i) => i.collection === collection).length;
    expect(kept).toHaveLength(100);
    // Each collection's first n before any one's (n+1)th: all 10 projects, then books and events share the rest.
    expect(count('projects')).toBe(10);
    expect(count('books')).toBe(40);
    expect(count('events')).toBe(50);
  });

  it('keeps every featured case and notice when newer entries alone would fill the limit', () => {
    // A week of 150 events published on one day, after the cases and a notice published earlier.
    const events = Array.from({ length: 150 }, (_, i) => item(`/events/2023/e${i}/`, { pubDate: new Date('2023-11-10T00:00:00Z') }));
    const always = [item('/projects/z-featured/', { always: true }), item('/notices/gd-2023/', { always: true, year: 2026 })];
    const kept = selectFeedItems([...events, ...always], { year: 2023 }).map((i) => i.link);
    expect(kept).toHaveLength(100);
    expect(kept).toEqual(expect.arrayContaining(always.map((i) => i.link)));
    // Still newest first: the earlier cases come last.
    expect(kept.slice(-2).sort()).toEqual(always.map((i) => i.link).sort());
  });

  it('lists an entry once and keeps to the limit', () => {
    expect(selectFeedItems([item('/a/'), item('/a/'), item('/b/')], { year: 2023 })).toHaveLength(2);
    expect(selectFeedItems([item('/a/'), item('/b/'), item('/c/')], { year: 2023, limit: 2 })).toHaveLength(2);
  });
});

describe('RSS descriptions', () => {
  it('are plain text: a reader that renders them as HTML shows what the editor typed', () => {
    expect(feedDescription('<img src=x onerror="alert(1)"> & <b>粗</b>')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;b&gt;粗&lt;/b&gt;',
    );
  });

  it('stay on one line', () => {
    expect(feedDescription('  第一行\n\n第二行  ')).toBe('第一行 第二行');
  });
});

describe('the channel’s last change', () => {
  it('is the newest item’s date, and absent for an empty feed', () => {
    const newest = new Date('2023-11-25T01:00:00Z');
    expect(lastChanged([item('/a/'), item('/b/', { pubDate: newest }), item('/c/')])).toEqual(newest);
    expect(lastChanged([])).toBeUndefined();
  });
});

describe('an entry moved since it was first published', () => {
  const site = 'https://edu.example.cn/zt/xxzq/';
  /** The guid and link of each item of a feed written from these candidates, as @astrojs/rss writes it. */
  const written = async (candidates: FeedCandidate[]) => {
    const xml = await getRssString({ title: 't', description: 'd', site, items: candidates.map((c) => feedItem(c, site)) });
    return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, body]) => ({
      link: /<link>([^<]*)<\/link>/.exec(body!)![1],
      guids: [...body!.matchAll(/<guid isPermaLink="true">([^<]*)<\/guid>/g)].map((m) => m[1]),
    }));
  };

  it('keeps the guid of the address it was first published at, which still leads to it', async () => {
    const moved = item('/zt/xxzq/learners/lin-zhen-bang/', { firstLink: '/zt/xxzq/learners/lin-zhenbang/' });
    expect(await written([moved, item('/zt/xxzq/learners/he-wanqing/')])).toEqual([
      {
        link: 'https://edu.example.cn/zt/xxzq/learners/lin-zhen-bang/',
        guids: ['https://edu.example.cn/zt/xxzq/learners/lin-zhenbang/'],
      },
      { link: 'https://edu.example.cn/zt/xxzq/learners/he-wanqing/', guids: ['https://edu.example.cn/zt/xxzq/learners/he-wanqing/'] },
    ]);
  });

  it('is an item like any other when it was first published where it is', async () => {
    expect(await written([item('/zt/xxzq/books/santi/', { firstLink: '/zt/xxzq/books/santi/' })])).toEqual([
      { link: 'https://edu.example.cn/zt/xxzq/books/santi/', guids: ['https://edu.example.cn/zt/xxzq/books/santi/'] },
    ]);
  });
});
