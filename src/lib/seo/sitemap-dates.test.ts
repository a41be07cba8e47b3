import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { gitAt } from '../content/test-git.ts';
import { entryPageDates, sitemapLastmod } from './sitemap-dates.ts';

/** A content folder in a git repository of its own, with commits at known dates. */
let repo: string;
const content = () => join(repo, 'content');
const git = (args: string[], date?: string) => gitAt(repo, args, date);
const write = (file: string, text: string) => {
  mkdirSync(join(content(), file, '..'), { recursive: true });
  writeFileSync(join(content(), file), text);
};
const FIRST = '2023-10-02T09:00:00+08:00';
const EDITED = '2023-11-05T20:30:00+08:00';
const UNCOMMITTED = new Date('2023-11-20T00:00:00Z');
const SITE = 'https://www.example.gov.cn';

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'sitemap-dates-'));
  git(['init', '-q']);
  write('events/2023/gz-reading.md', 'an event');
  write('events/2023/gz-reading.jpg', 'its photo');
  write('books/santi.md', 'a book');
  write('projects/sz-night-school.mdx', 'a project');
  write('pages/about.md', 'a standing page');
  write('pages/notices/moe-2023.md', 'a notice');
  write('data/site.json', '{}');
  git(['add', '.']);
  git(['commit', '-qm', 'content'], FIRST);
  write('pages/notices/moe-2023.md', 'a notice, corrected');
  git(['commit', '-qam', 'correct the notice'], EDITED);
  write('learners/lin-zhenbang.md', 'not committed yet');
  utimesSync(join(content(), 'learners/lin-zhenbang.md'), UNCOMMITTED, UNCOMMITTED);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the sitemap’s lastmod', () => {
  const first = new Date(FIRST).toISOString();
  const edited = new Date(EDITED).toISOString();

  it('dates every entry page, under the base path, by its file’s last change, and nothing else', () => {
    vi.stubEnv('BASE_PATH', '/zt/xxzq/');
    const dates = Object.fromEntries([...entryPageDates(content())].map(([path, date]) => [path, date.toISOString()]));
    expect(dates).toEqual({
      '/zt/xxzq/events/2023/gz-reading/': first,
      '/zt/xxzq/books/santi/': first,
      '/zt/xxzq/projects/sz-night-school/': first,
      '/zt/xxzq/about/': first,
      '/zt/xxzq/notices/moe-2023/': edited,
      '/zt/xxzq/learners/lin-zhenbang/': UNCOMMITTED.toISOString(),
    });
  });

  it('is given to the sitemap’s entry pages and to no list', () => {
    vi.stubEnv('BASE_PATH', '/zt/xxzq/');
    const serialize = sitemapLastmod(content());
    expect(serialize({ url: `${SITE}/zt/xxzq/notices/moe-2023/` })).toEqual({
      url: `${SITE}/zt/xxzq/notices/moe-2023/`,
      lastmod: edited,
    });
    expect(serialize({ url: `${SITE}/zt/xxzq/events/2023/gz-reading/` }).lastmod).toBe(first);
    for (const list of ['', 'events/', 'notices/', 'events/2023/', 'regions/440100/'])
      expect(serialize({ url: `${SITE}/zt/xxzq/${list}` }), list).toEqual({ url: `${SITE}/zt/xxzq/${list}` });
  });

  it('follows the site at its root too', () => {
    vi.stubEnv('BASE_PATH', '/');
    expect(sitemapLastmod(content())({ url: `${SITE}/books/santi/` }).lastmod).toBe(first);
  });
});
