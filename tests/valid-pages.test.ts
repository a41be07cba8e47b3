import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from './support/build-site.ts';
import { entryIds, readInput } from './support/fixture.ts';
import { listFiles, readHtml, resolvesTo } from './support/site-files.ts';

/**
 * Pages valid and stable (issue 15, item 5), over the one fixture build every
 * site test shares: the Nu HTML checker finds no error, every fragment link
 * lands on an element, no page lazy-loads its first picture, bare
 * addresses in Markdown end where the address ends, and its ** is bold, never asterisks; headings go h1 → h2 → h3
 * without a skip, and no two h2 of a page say the same. (No layout shift on the
 * search page: tests/search.browser.test.ts.)
 */
const pages = listFiles(FIXTURE_SITE).filter((f) => f.endsWith('.html'));
const parsed = new Map<string, HTMLElement>();
const page = (file: string) => parsed.get(file) ?? parsed.set(file, readHtml(FIXTURE_SITE, file)).get(file)!;

/**
 * What the checker reports that is not an error in the page: its CSS parser
 * predates these SVG properties (CSS Masking / SVG 2, in every current browser),
 * which the maps set on their shapes. README.md, "Valid pages", lists them too.
 */
const SVG_CSS_FALSE_POSITIVES = ['vector-effect', 'paint-order'];
const falsePositive = (message: string) =>
  SVG_CSS_FALSE_POSITIVES.some((p) => message === `CSS: “${p}”: Property “${p}” doesn't exist.`);

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** The Nu checker (npm vnu-jar) over every page of a built site, errors only; needs Java (Debian default-jre-headless). */
function nuErrors(root: string): NuMessage[] {
  const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', root], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error)
    throw new Error(
      `Nu HTML 检查器需要 Java（the Nu checker needs Java）：apt-get install default-jre-headless (${run.error.message})`,
    );
  const report = JSON.parse(run.stderr || run.stdout) as { messages: NuMessage[] };
  return report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
}

describe('the Nu HTML checker', () => {
  it('finds no error in any page of the build, apart from the SVG CSS properties it does not know', () => {
    const errors = nuErrors(FIXTURE_SITE);
    const checked = new Set(errors.map((e) => e.url));
    const real = errors
      .filter((e) => !falsePositive(e.message))
      .map((e) => `${e.url.slice(e.url.indexOf('/dist/') + 6)}:${e.lastLine ?? '?'} ${e.message} «${(e.extract ?? '').slice(0, 80)}»`);
    expect(real).toEqual([]);
    // The check read the pages: the false positives it found are on the map pages, which have SVG.
    for (const url of checked) expect(page(url.slice(url.indexOf('/dist/') + 6)).querySelector('svg'), url).not.toBeNull();
  });
});

/** The site path a link goes to, for links that stay on the site; undefined for other hosts and schemes. */
function sitePathOf(href: string, file: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const here = `/${file.replace(/index\.html$/, '')}`;
  if (href.startsWith('#') || href === '') return here;
  const path = href.split(/[?#]/)[0]!;
  return path.startsWith('/') ? path : posix.join(posix.dirname(`${here}x`), path) + (path.endsWith('/') ? '/' : '');
}

/** The built file a site path is served from. */
const fileOf = (path: string) => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));

describe('fragment links', () => {
  it('land on an element of the page they name, on every page', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      for (const a of page(file).querySelectorAll('a[href*="#"]')) {
        if (a.closest('template')) continue;
        const href = a.getAttribute('href')!;
        const path = sitePathOf(href, file);
        if (path === undefined) continue;
        const fragment = decodeURIComponent(href.slice(href.indexOf('#') + 1));
        checked++;
        if (!fragment) {
          broken.push(`${file}: ${href} (no fragment: goes nowhere)`);
          continue;
        }
        const target = fileOf(path);
        if (!resolvesTo(FIXTURE_SITE, path) || !target.endsWith('.html')) {
          broken.push(`${file}: ${href} (no page)`);
          continue;
        }
        const doc = page(target);
        if (!doc.getElementById(fragment) && !doc.querySelector(`a[name="${fragment.replace(/"/g, '\\"')}"]`))
          broken.push(`${file}: ${href} (no id="${fragment}" on ${target})`);
      }
    }
    // The skip link on every page, the lighting map's cities, footnotes, the calendar's days…
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken).toEqual([]);
  });
});

describe('the first picture of a page', () => {
  it('is loaded at once, never lazily, on every page that has one', () => {
    const lazy: string[] = [];
    let pictured = 0;
    for (const file of pages) {
      const first = page(file)
        .querySelectorAll('main img')
        .find((img) => !img.closest('template'));
      if (!first) continue;
      pictured++;
      if (first.getAttribute('loading') === 'lazy') lazy.push(`${file}: ${first.getAttribute('src')}`);
    }
    expect(pictured).toBeGreaterThan(10);
    expect(lazy).toEqual([]);
  });
});

describe('bare addresses in Markdown', () => {
  /** Addresses written bare in the fixture's Markdown (not as [text](url) or <url>), as a reader sees where they end. */
  const bare = (text: string) =>
    [...text.matchAll(/(?<![(<[/\w.])(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+/g)].map((m) =>
      m[0].replace(/[.,:;!?]+$/, ''),
    );

  it('link to the address alone, and the Chinese after it stays text', () => {
    const notices = entryIds('pages').filter((id) => id.startsWith('notices/'));
    let found = 0;
    for (const id of notices) {
      const addresses = bare(readInput(`pages/${id}.md`).replace(/^---[\s\S]*?\n---\n/, ''));
      const links = page(`${id}/index.html`).querySelectorAll('main a');
      for (const address of addresses) {
        found++;
        const href = address.startsWith('www.') ? `http://${address}` : address;
        const link = links.find((a) => a.text === address);
        expect(link?.getAttribute('href'), `${id}: ${address}`).toBe(href);
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('never carry Chinese text in an address on any page', () => {
    const swallowed: string[] = [];
    for (const file of pages) {
      for (const a of page(file).querySelectorAll('main a[href^="http"], main a[href^="mailto:"]')) {
        const href = decodeURIComponent(a.getAttribute('href')!);
        // A link GFM made from a bare address shows its address (less the scheme it added).
        if (a.text && href.endsWith(a.text) && /[^\x21-\x7e]/.test(a.text)) swallowed.push(`${file}: ${a.text}`);
      }
    }
    expect(swallowed).toEqual([]);
  });
});

describe('bold in Markdown', () => {
  it('is bold on the page, each **…** of the notices, beside Chinese punctuation too', () => {
    const notices = entryIds('pages').filter((id) => id.startsWith('notices/'));
    const bold: string[] = [];
    const missing: string[] = [];
    for (const id of notices) {
      const written = [...readInput(`pages/${id}.md`).matchAll(/\*\*([^*\n]+)\*\*/g)].map((m) => m[1]!);
      const shown = new Set(
        page(`${id}/index.html`)
          .querySelectorAll('main strong')
          .map((s) => s.text),
      );
      bold.push(...written);
      missing.push(...written.filter((words) => !shown.has(words)).map((words) => `${id}: ${words}`));
    }
    expect(bold.filter((words) => /^[“（]|[”）]$/.test(words)).length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('never shows its asterisks to a reader, on any page', () => {
    const shown: string[] = [];
    for (const file of pages) {
      // A copy: the page is parsed once for every test of this file.
      const main = page(file).querySelector('main')?.clone() as HTMLElement | undefined;
      if (!main) continue;
      for (const code of main.querySelectorAll('code, pre')) code.remove();
      if (main.text.includes('**'))
        shown.push(`${file}: …${main.text.slice(Math.max(0, main.text.indexOf('**') - 10), main.text.indexOf('**') + 12)}…`);
    }
    expect(shown).toEqual([]);
  });
});

describe('headings', () => {
  /** A page's headings, level and words, in document order (those of a <template> are not on the page). */
  const headingsOf = (file: string) =>
    page(file)
      .querySelectorAll('h1, h2, h3, h4, h5, h6')
      .filter((h) => !h.closest('template'))
      .map((h) => ({ level: Number(h.tagName[1]), text: h.text.replace(/\s+/g, ' ').trim() }));

  it('start with the page’s one h1 and go down a level at a time, on every page', () => {
    const wrong: string[] = [];
    for (const file of pages) {
      const headings = headingsOf(file);
      if (headings.filter((h) => h.level === 1).length !== 1)
        wrong.push(`${file}: ${headings.filter((h) => h.level === 1).length} h1`);
      let above = 0;
      for (const h of headings) {
        if (h.level > above + 1) wrong.push(`${file}: h${h.level} “${h.text}” after h${above}`);
        above = h.level;
      }
    }
    expect(wrong).toEqual([]);
  });

  it('name each section of a page apart: no two h2 of one page say the same, on every page', () => {
    const twice: string[] = [];
    let sections = 0;
    for (const file of pages) {
      const h2 = headingsOf(file)
        .filter((h) => h.level === 2)
        .map((h) => h.text);
      sections += h2.length;
      for (const text of new Set(h2)) if (h2.indexOf(text) !== h2.lastIndexOf(text)) twice.push(`${file}: ${text}`);
    }
    expect(sections).toBeGreaterThan(pages.length);
    expect(twice).toEqual([]);
  });
});
