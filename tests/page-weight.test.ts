import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_BUDGET, pageWeigher } from '../scripts/lib/page-weight.ts';
import fillers from '../src/lib/search/query-fillers.json' with { type: 'json' };
import miswritten from '../src/lib/search/miswritten.json' with { type: 'json' };
import { FIXTURE_SITE } from './support/build-site.ts';
import { listFiles } from './support/site-files.ts';

/** Every page of the built test site, by its address (`/events/`, `/404.html`). */
const pages = listFiles(FIXTURE_SITE)
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
  .map((file) => (file.endsWith('/index.html') || file === 'index.html' ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`));
const scripts = listFiles(FIXTURE_SITE).filter((file) => file.startsWith('_astro/') && file.endsWith('.js'));

describe('what a page costs a reader on first load (design.md’s budgets, scripts/lib/page-weight.ts)', () => {
  it('keeps every page’s JavaScript within 20 KB gzip, and the whole page within 100 KB, images and the search index aside', () => {
    const weigh = pageWeigher(FIXTURE_SITE);
    const weights = pages.map((url) => ({ url, ...weigh(url) }));
    expect(weights.length).toBeGreaterThan(100);
    expect(weights.filter(({ js, total }) => js > PAGE_BUDGET.js || total > PAGE_BUDGET.total)).toEqual([]);
    // The measure follows the scripts a page loads: the search page's own is the largest.
    const search = weights.find(({ url }) => url === '/search/')!;
    expect(search.js).toBe(Math.max(...weights.map(({ js }) => js)));
    expect(search.js).toBeGreaterThan(PAGE_BUDGET.js / 2);
  });

  it('ships the search words’ lists to the search page without their notes for editors', () => {
    const text = scripts.map((file) => readFileSync(join(FIXTURE_SITE, file), 'utf8'));
    // The lists are there (a question word of the fillers’, a slip of the miswritten words’) …
    expect(
      text.some(
        (script) => script.includes(fillers.anywhere[0]!) && script.includes(Object.keys(miswritten.asPagesWriteThem).at(-1)!),
      ),
    ).toBe(true);
    // … and no note, at any depth.
    for (const note of [fillers.about, fillers.askingCost.about, miswritten.about]) {
      expect(text.filter((script) => script.includes(note.slice(0, 40)))).toEqual([]);
    }
  });
  it('ships the scripts a page runs before it is painted without their comments, which Vite copies as they are', () => {
    // The classic scripts the pages load as files (`?url&no-inline`), by their names in src/components.
    const classic = ['reading-modes/reading-modes-early.js', 'site-nav-fit.js', 'search/search-early.js'];
    for (const path of classic) {
      const source = readFileSync(join('src/components', path), 'utf8');
      const name = path.split('/').at(-1)!.replace(/\.js$/, '');
      const built = scripts.filter((file) => file.startsWith(`_astro/${name}.`));
      expect(built, name).toHaveLength(1);
      const text = readFileSync(join(FIXTURE_SITE, built[0]!), 'utf8');
      // Each comment's words, as the source has them after its // or *.
      const comments = source
        .split('\n')
        .map((line) => /^\s*(?:\/\/|\/?\*+)\s*(.{12,})/.exec(line)?.[1])
        .filter((comment) => comment !== undefined);
      expect(comments.length, name).toBeGreaterThan(0);
      expect(
        comments.filter((comment) => text.includes(comment)),
        name,
      ).toEqual([]);
      expect(text.length, name).toBeLessThan(source.length / 2);
    }
  });
});
