import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { buildSite, fixtureContent, type BuildResult } from './support/build-site.ts';
import { readHtml } from './support/site-files.ts';

/**
 * A site before anything is published (issue 10, item 6): every list says
 * kindly that entries are coming, instead of “共 0 项”.
 */
let build: BuildResult;
beforeAll(() => {
  const content = fixtureContent('empty-collections');
  for (const folder of ['events', 'books', 'learners', 'projects', 'pages/notices'])
    rmSync(join(content, folder), { recursive: true, force: true });
  build = buildSite('empty-collections', { CONTENT_DIR: content });
  if (build.status !== 0) throw new Error(`a site with empty collections did not build:\n${build.output.slice(-3000)}`);
});

describe('a list with no entries yet', () => {
  it.each([
    ['events', t.events.empty],
    ['books', t.books.empty],
    ['learners', t.learners.empty],
    ['projects', t.projects.empty],
    ['notices', t.notices.empty],
  ])('/%s/ says they are coming, with no count of zero', (list, text) => {
    const main = readHtml(build.outDir, `${list}/index.html`).querySelector('main')!;
    expect(main.querySelector('.notice-box')?.textContent).toBe(text);
    expect(main.textContent).not.toMatch(/共 0/);
  });
});
