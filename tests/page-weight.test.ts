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
});
