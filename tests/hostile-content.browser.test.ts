import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { readerChecksText as readerChecks } from '../src/i18n/zh-CN/reader-checks.ts';
import { formatProblem } from '../src/lib/input-problem.ts';
import { buildPastTheCheck, buildSite, fixtureContent, type BuildResult } from './support/build-site.ts';
import { frontMatter } from './support/fixture.ts';
import { openSiteInBrowser, type SiteInBrowser } from './support/site-in-browser.ts';
import { readOutcome } from './support/search-page.ts';
import { listFiles } from './support/site-files.ts';

/**
 * Content as an attacker with commit rights writes it (issue 10):
 * tests/fixtures/site-hostile/ puts script payloads in every field an editor
 * fills (titles, summaries, venues, settings, lighting, image text), raw HTML
 * and javascript: links in Markdown bodies, and code in an MDX file.
 *
 * The check and the build refuse the bodies, naming each construct. Behind
 * them, a build that skips the check (as `npm run dev` renders) must still
 * publish nothing that runs: the body sanitiser and the escaping of every
 * field are tested on that build, in the files and in Chromium.
 */
const HOSTILE = resolve('tests/fixtures/site-hostile');
const FILE = (path: string) => `tests/fixtures/site-hostile/${path}`;
const s = t.contentSafety;

/** The line of a fixture file's body (below the front matter) that holds `needle`, as the check counts lines. */
function lineOf(path: string, needle: string): number {
  const lines = readFileSync(join(HOSTILE, path), 'utf8').split('\n');
  const bodyStart = lines.indexOf('---', 1) + 1;
  const index = lines.findIndex((line, i) => i >= bodyStart && line.includes(needle));
  if (index < 0) throw new Error(`${path} has no body line with ${needle}`);
  return index + 1;
}

/** What the check says about a body construct: file, line, message. */
function bodyProblem(path: string, needle: string, message: string): string {
  return formatProblem({ file: FILE(path), item: s.line(lineOf(path, needle)), field: s.bodyField, message });
}

const EVENT = 'events/2023/xss-everywhere.md';
const NOTICE = 'pages/notices/xss-notice.mdx';
const EXPECTED_BODY_PROBLEMS = [
  bodyProblem(EVENT, "<script>alert('body-script')", s.strippedElement('script')),
  bodyProblem(EVENT, 'body-img-onerror', s.eventHandler('img', 'onerror', "alert('body-img-onerror')")),
  bodyProblem(EVENT, '<svg onload', s.strippedElement('svg')),
  bodyProblem(EVENT, '<svg onload', s.eventHandler('svg', 'onload', "alert('body-svg-onload')")),
  bodyProblem(EVENT, '<iframe srcdoc', s.strippedElement('iframe')),
  bodyProblem(EVENT, 'ontoggle', s.eventHandler('details', 'ontoggle', "alert('body-details-ontoggle')")),
  bodyProblem(EVENT, '[链接一]', s.unsafeUrl('href', "javascript:alert('link-markdown')")),
  bodyProblem(EVENT, '[链接一]', s.unsafeUrl('href', "JaVaScRiPt:alert('link-mixed-case')")),
  bodyProblem(EVENT, '[链接一]', s.unsafeUrl('href', "javascript:alert('link-entity')")),
  bodyProblem(EVENT, '<javascript:', s.unsafeUrl('href', "javascript:alert('link-autolink')")),
  bodyProblem(EVENT, '链接四', s.unsafeUrl('href', "javascript:alert('link-html-entity')")),
  bodyProblem(EVENT, '![图片一]', s.unsafeUrl('src', "javascript:alert('image-markdown')")),
  bodyProblem(EVENT, '![图片一]', s.remoteImage('https://evil.example/tracker.png')),
  bodyProblem(EVENT, 'data:image/svg', s.unsafeUrl('src', 'data:image/svg+xml,<svg onload=alert(1)>')),
  bodyProblem(EVENT, '<style>', s.strippedElement('style')),
  bodyProblem(EVENT, '[^never-cited]', s.imagePath('../tests/.output/hostile-site/content/events/2023/xss-payload.js?.png')),
  bodyProblem(EVENT, '[^never-cited]', s.imagePath('./xss-payload.js?.png')),
  bodyProblem(NOTICE, '[^mdx-never-cited]', s.imagePath('../tests/.output/hostile-site/content/events/2023/xss-payload.js?.png')),
  bodyProblem(NOTICE, '[^mdx-never-cited]', s.imagePath('../../events/2023/xss-payload.js?.png')),
  bodyProblem('books/xss-book.md', '推荐语', s.eventHandler('img', 'onerror', "alert('book-body')")),
  bodyProblem('learners/xss-learner.md', '点这里', s.unsafeUrl('href', "javascript:alert('learner-body-link')")),
  bodyProblem(
    'learners/xss-learner.md',
    'gd-gov.example',
    s.deceptiveLink({ kind: 'web', shown: 'www.gd.gov.cn', actual: 'gd-gov.example' }),
  ),
  bodyProblem(
    'learners/xss-learner.md',
    'gd-gov.example',
    s.deceptiveLink({ kind: 'phone', shown: '020-83113000', actual: '+86-168-0000-1234' }),
  ),
  // Claims in Traditional characters, an address with site words behind it, a body's name alone.
  bodyProblem(
    'learners/xss-learner.md',
    'gd-edu-gov.example',
    s.deceptiveLink({ kind: 'official', shown: '廣東省教育廳官網', actual: 'gd-edu-gov.example' }),
  ),
  bodyProblem(
    'learners/xss-learner.md',
    'gd-edu-gov.example',
    s.deceptiveLink({ kind: 'web', shown: '教育厅.中国', actual: 'edu-gd.top' }),
  ),
  bodyProblem(
    'learners/xss-learner.md',
    'gd-edu-gov.example',
    s.deceptiveLink({ kind: 'named', shown: '广东省教育厅', actual: 'gd-edu-gov.example' }),
  ),
  bodyProblem('projects/xss-project.md', '<form', s.element('form')),
  bodyProblem('projects/xss-project.md', '<form', s.element('button')),
  bodyProblem(NOTICE, 'import fs', s.mdxImportExport("import fs from 'node:fs'\nexport const leaked = JSON.stringify(process.env)")),
  bodyProblem(NOTICE, '{process.env.HOME}', s.mdxExpression('process.env.HOME')),
  bodyProblem(NOTICE, '{fs.readFileSync', s.mdxExpression("fs.readFileSync('/etc/passwd', 'utf8')")),
  bodyProblem(NOTICE, 'onerror=', s.mdxComponent('img')),
  bodyProblem(NOTICE, '<Video', s.mdxComponent('Video')),
  bodyProblem(NOTICE, "alert('mdx-link')", s.unsafeUrl('href', "javascript:alert('mdx-link')")),
  // <img src=x …>: besides its handler, an image that is not beside the file (src/lib/content/reader-checks).
  imageProblem(EVENT, 'body-img-onerror'),
  imageProblem('books/xss-book.md', '推荐语'),
  // An SVG named .png in a footnote never cited: on no page, yet the build would publish it.
  formatProblem({
    file: FILE(EVENT),
    item: readerChecks.line(lineOf(EVENT, '[^svg-never-cited]')),
    field: readerChecks.bodyField,
    message: t.input.content.image.scriptable('./xss-svg.png'),
  }),
];

function imageProblem(path: string, needle: string): string {
  return formatProblem({
    file: FILE(path),
    item: readerChecks.line(lineOf(path, needle)),
    field: readerChecks.bodyField,
    message: readerChecks.missingBodyImage('x'),
  });
}

/** The ✗ lines a check or build printed. */
function problemLines(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('  ✗ '))
    .map((line) => line.slice(4));
}

describe('npm run check and the build refuse what the hostile fixture puts in bodies', () => {
  it('names every unsafe construct, with its file and line, and nothing else', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.ts'], {
      env: { ...process.env, CONTENT_DIR: HOSTILE },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(problemLines(run.stderr).sort()).toEqual([...EXPECTED_BODY_PROBLEMS].sort());
  });

  it('the build stops before Astro, with the same list, and writes no page', () => {
    const result = buildSite('hostile-refused', { CONTENT_DIR: fixtureContent('hostile-refused', {}, HOSTILE) });
    expect(result.status).toBe(1);
    expect(problemLines(result.output)).toHaveLength(EXPECTED_BODY_PROBLEMS.length);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });

  it('refuses javascript: and other schemes in the front matter’s links and images', () => {
    const content = fixtureContent(
      'hostile-front-matter',
      {
        [EVENT]: (text) =>
          text
            .replace(/^registration:.*$/m, 'registration: javascript:alert(1)')
            .replace(/^online:.*$/m, 'online: "JaVaScRiPt:alert(1)"')
            .replace(/^ {2}src: .*$/m, '  src: "javascript:alert(1)"'),
        'learners/xss-learner.md': (text) => text.replace(/^video:.*$/m, 'video: "data:text/html,<script>alert(1)</script>"'),
        'books/xss-book.md': (text) => text.replace(/^---\n/, '---\ncover:\n  src: "./xss-payload.js?.png"\n  alt: 封面\n'),
      },
      HOSTILE,
    );
    const run = spawnSync(process.execPath, ['scripts/check-content.ts'], {
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    });
    const shown = (path: string) => `tests/.output/hostile-front-matter/content/${path}`;
    const lines = problemLines(run.stderr);
    const m = t.input.content;
    for (const expected of [
      formatProblem({ file: shown(EVENT), field: 'registration', message: m.url.invalid('javascript:alert(1)') }),
      formatProblem({ file: shown(EVENT), field: 'online', message: m.url.invalid('JaVaScRiPt:alert(1)') }),
      formatProblem({ file: shown(EVENT), field: 'cover.src', message: m.image.format('javascript:alert(1)') }),
      formatProblem({ file: shown('books/xss-book.md'), field: 'cover.src', message: m.image.query('./xss-payload.js?.png') }),
      formatProblem({
        file: shown('learners/xss-learner.md'),
        field: 'video',
        message: m.url.invalid('data:text/html,<script>alert(1)</script>'),
      }),
    ]) {
      expect(lines).toContain(expected);
    }
  });
});

it('a build that skips the check refuses a cover that names a script as an image, and runs nothing', async () => {
  // Beside it, a picture named as the path is written: the file Astro would find, were the query taken for part of a name.
  const proof = resolve('tests/.output/hostile-cover/code-ran.txt');
  const content = fixtureContent(
    'hostile-cover',
    {
      'events/2023/xss-payload.js': (text) => text.replace('tests/.output/hostile-site/', 'tests/.output/hostile-cover/'),
      [EVENT]: (text) =>
        text.replace(/^ {2}src: .*$/m, '  src: "../tests/.output/hostile-cover/content/events/2023/xss-payload.js?.png"'),
    },
    HOSTILE,
  );
  copyFileSync(join(content, 'events/2023/xss-everywhere.jpg'), join(content, 'events/2023/xss-payload.js?.png'));
  const build = await buildPastTheCheck('hostile-cover', content);
  expect(build.status).not.toBe(0);
  expect(build.output).toContain(
    t.input.content.image.query('../tests/.output/hostile-cover/content/events/2023/xss-payload.js?.png'),
  );
  expect(existsSync(proof)).toBe(false);
});

describe('what gets past the check still runs nothing (the sanitiser and escaping, as npm run dev renders)', () => {
  let build: BuildResult;
  let pages: { path: string; html: string; root: HTMLElement }[] = [];
  const read = (file: string) => readFileSync(join(build.outDir, file), 'utf8');

  beforeAll(async () => {
    build = await buildPastTheCheck('hostile-site', fixtureContent('hostile-site', {}, HOSTILE));
    if (build.status !== 0) throw new Error(`the hostile fixture did not build past the check:\n${build.output.slice(-3000)}`);
    pages = listFiles(build.outDir)
      .filter((file) => file.endsWith('.html'))
      .map((path) => {
        const html = read(path);
        return { path, html, root: parse(html) };
      });
  });

  it('runs no code of the content on the build machine, whatever it is named', () => {
    // xss-payload.js writes this file when it runs; Astro ran it, named as an image, before safe-image-paths.ts.
    expect(existsSync(resolve('tests/.output/hostile-site/code-ran.txt'))).toBe(false);
    expect(listFiles(build.outDir).filter((file) => file.includes('xss-payload'))).toEqual([]);
  });

  it('publishes no image file the check refuses, from a footnote never cited either', () => {
    // xss-svg.png is an SVG with a script, which Astro copied to _astro/ as it was (src/lib/markdown/safe-image-paths.ts).
    expect(listFiles(build.outDir).filter((file) => file.includes('xss-svg'))).toEqual([]);
  });

  it('publishes no script, event handler, frame or javascript: link of the author on any page', () => {
    const found: string[] = [];
    for (const { path, root } of pages) {
      for (const element of root.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        // The site's own forms and maps are outside the article bodies (.prose).
        if (
          ['iframe', 'object', 'embed', 'base', 'frame'].includes(tag) ||
          (['svg', 'form', 'button'].includes(tag) && element.closest('.prose'))
        ) {
          found.push(`${path}: <${tag}>`);
        }
        if (tag === 'script') {
          const type = element.getAttribute('type') ?? '';
          const data = type === 'application/json' || type === 'application/ld+json';
          if (!data && !element.getAttribute('src')) found.push(`${path}: inline script ${element.toString().slice(0, 80)}`);
          if (data && /<\/?script/i.test(element.innerHTML)) found.push(`${path}: markup inside a JSON block`);
        }
        for (const [name, value] of Object.entries(element.attributes)) {
          if (/^on/i.test(name)) found.push(`${path}: <${tag} ${name}="${value}">`);
          if (
            ['href', 'src', 'action', 'formaction', 'srcdoc', 'data', 'xlink:href'].includes(name.toLowerCase()) &&
            /^\s*(javascript|vbscript|data:text)/i.test(value)
          ) {
            found.push(`${path}: <${tag} ${name}="${value}">`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('shows what editors wrote in front matter as text, on the entry’s own page', () => {
    const textOf = (path: string, selector: string) => parse(read(path)).querySelector(selector)?.textContent.trim();
    expect(textOf('events/2023/xss-everywhere/index.html', 'h1')).toBe(frontMatter('events', '2023/xss-everywhere', HOSTILE).title);
    expect(textOf('books/xss-book/index.html', 'h1')).toContain(String(frontMatter('books', 'xss-book', HOSTILE).title));
    expect(textOf('learners/xss-learner/index.html', 'h1')).toContain(String(frontMatter('learners', 'xss-learner', HOSTILE).name));
    expect(textOf('projects/xss-project/index.html', 'h1')).toContain(String(frontMatter('projects', 'xss-project', HOSTILE).name));
    const event = read('events/2023/xss-everywhere/index.html');
    const venue = frontMatter('events', '2023/xss-everywhere', HOSTILE).venue as {
      name: string;
      address: string;
      accessibility: string;
    };
    expect(parse(event).textContent).toContain(venue.name);
    expect(parse(event).textContent).toContain(venue.address);
    // Its line breaks (\r\n, which HTML reads as \n) as white space.
    const spaced = (text: string) => text.replace(/\s+/gu, ' ');
    expect(spaced(parse(event).textContent)).toContain(spaced(venue.accessibility));
  });

  it('keeps the MDX file’s text and runs none of its code at build time', () => {
    const notice = read('notices/xss-notice/index.html');
    expect(parse(notice).textContent).toContain('正文保留这一句。');
    const everything = pages.map((p) => p.html).join('\n');
    for (const secret of [process.env.HOME, process.env.PATH, 'root:x:0:0']) {
      if (secret) expect(everything).not.toContain(secret);
    }
  });

  it('writes JSON-LD that parses and holds the titles as data', () => {
    const title = String(frontMatter('events', '2023/xss-everywhere', HOSTILE).title);
    const blocks = parse(read('events/2023/xss-everywhere/index.html'))
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => script.innerHTML);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block).not.toMatch(/<\/?script/i);
    expect(blocks.map((block) => JSON.stringify(JSON.parse(block))).join('')).toContain(JSON.stringify(title).slice(1, -1));
  });

  it('writes calendars whose events carry the titles as text, with no line injected', () => {
    const event = frontMatter('events', '2023/xss-everywhere', HOSTILE);
    for (const file of ['events.ics', 'events/2023/xss-everywhere.ics']) {
      const ics = read(file);
      const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
      expect(events, file).toHaveLength(1);
      expect(events[0]!.getFirstPropertyValue('summary')).toBe(event.title);
      expect(
        ics.split(/\r\n/).filter((line) => /^(BEGIN:VEVENT|SUMMARY:injected)/.test(line)),
        file,
      ).toEqual(['BEGIN:VEVENT']);
    }
    const lighting = read('lighting.ics');
    expect(new ICAL.Component(ICAL.parse(lighting)).getAllSubcomponents('vevent')).toHaveLength(1);
    expect(lighting).not.toMatch(/\r\nSUMMARY:injected/);
  });

  it('writes RSS descriptions that a feed reader shows as text', () => {
    const rss = parse(read('rss.xml'), { parseNoneClosedTags: true });
    const descriptions = rss.querySelectorAll('item description').map((d) => d.rawText);
    expect(descriptions.length).toBeGreaterThan(0);
    // The XML text, once decoded, is what a reader renders as HTML: it must hold no tag.
    for (const text of descriptions) expect(decodeXml(text)).not.toMatch(/<[a-z/!]/i);
  });

  describe('in Chromium', () => {
    let site: SiteInBrowser;
    let browser: Browser;
    beforeAll(async () => {
      site = await openSiteInBrowser(build.outDir);
      browser = site.browser;
    });
    afterAll(async () => {
      await site?.close();
    });

    for (const largeText of [false, true]) {
      it(`fires no dialog and breaks no policy on the pages that show hostile text, nor in search results${largeText ? ' (大字模式)' : ''}`, async () => {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(`${page.url()}: ${dialog.message()}`);
          void dialog.dismiss();
        });
        await page.addInitScript(() => {
          (window as unknown as { violations: string[] }).violations = [];
          document.addEventListener('securitypolicyviolation', (e) => {
            (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`);
          });
        });
        const violations: string[] = [];
        // Every page that shows an entry's or the schedule's text; the settings' payloads are on
        // every page (the layout), so one page of each section stands for the rest.
        const ENTRY_PAYLOAD = /alert\('(event|book|learner|project|notice|lighting|venue|cover)-/;
        const sections = new Set<string>();
        const paths = pages
          .filter(({ path, html }) => {
            const section = path.split('/')[0]!;
            const first = !sections.has(section);
            sections.add(section);
            return first || ENTRY_PAYLOAD.test(html);
          })
          .map(({ path }) => `/${path.replace(/index\.html$/, '')}`)
          .filter((path) => path !== '/search/');
        expect(paths.length).toBeGreaterThan(10);
        const searches = ['活动', '行内代码', '推荐语', '通知'].map((q) => `/search/?q=${encodeURIComponent(q)}`);
        for (const path of [...paths, ...searches]) {
          await page.goto(site.server.origin + path, { waitUntil: 'load' });
          if (largeText) await page.check('#large-text');
          // Results show Pagefind's excerpts of the hostile text: they must be there to be tested.
          if (path.startsWith('/search/')) expect((await readOutcome(page)).state, path).toBe('results');
          // Give handlers that fire on their own (onerror, ontoggle, autofocus) their moment.
          await page.waitForTimeout(50);
          violations.push(
            ...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).map((v) => `${path}: ${v}`),
          );
        }
        await page.close();
        expect(dialogs).toEqual([]);
        expect(violations).toEqual([]);
      });
    }
  });
});

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
