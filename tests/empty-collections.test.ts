import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { buildSite, fixtureContent, type BuildResult } from './support/build-site.ts';
import { readHtml } from './support/site-files.ts';
import { dataYears, readInputJson, siteSettings } from './support/fixture.ts';

/**
 * A site before anything is published (issue 10, item 6): every list says
 * kindly that entries are coming, instead of “共 0 项”.
 */
let build: BuildResult;
const EMPTY_LIGHTING_YEAR = Math.max(...dataYears('lighting')) + 1;
beforeAll(() => {
  // Next year's lighting file, started before its lightings are known.
  const content = fixtureContent('empty-collections', {
    [`data/lighting/${EMPTY_LIGHTING_YEAR}.json`]: JSON.stringify({ year: EMPTY_LIGHTING_YEAR, items: [] }),
  });
  // And no statistics yet: the reports come in during the week.
  for (const folder of ['events', 'books', 'learners', 'projects', 'pages/notices', 'data/stats'])
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

describe('statistics before any region has reported', () => {
  it('/stats/ says so, and where the regions report: the statistics form and its deadline', () => {
    const { forms } = readInputJson<{ forms: { activityData: { url: string; deadline: string } } }>('data/site.json');
    const main = readHtml(build.outDir, 'stats/index.html').querySelector('main')!;
    expect(main.textContent).toContain(t.stats.none);
    const form = main.querySelector(`a[href="${forms.activityData.url}"]`);
    expect(form?.textContent.trim()).toBe(t.notices.forms.activityData.open);
    const [year, month, day] = forms.activityData.deadline.split('-').map(Number);
    expect(form?.parentNode?.textContent).toContain(`${year}年${month}月${day}日`);
  });
});

describe('a lighting file for a new year with no lightings yet', () => {
  const withLightings = dataYears('lighting').filter(
    (year) => readInputJson<{ items: unknown[] }>(`data/lighting/${year}.json`).items.length > 0,
  );
  const current = Math.max(...withLightings);

  it('leaves /lighting/ on the latest year that has lightings, whose page is its canonical address', () => {
    const page = readHtml(build.outDir, 'lighting/index.html');
    expect(page.querySelector('h1')?.textContent).toBe(t.lighting.title(current));
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      new URL(`/lighting/${current}/`, siteSettings().url).href,
    );
    expect(page.querySelectorAll('.lighting-item').length).toBeGreaterThan(0);
  });

  it('says on its own page that there is nothing yet, with no empty map or lists', () => {
    const main = readHtml(build.outDir, `lighting/${EMPTY_LIGHTING_YEAR}/index.html`).querySelector('main')!;
    expect(main.querySelector('h1')?.textContent).toBe(t.lighting.title(EMPTY_LIGHTING_YEAR));
    expect(main.querySelector('.notice-box')?.textContent).toBe(t.lighting.none);
    expect(main.textContent).not.toContain(t.lighting.lead);
    expect(main.querySelectorAll('.region-map, #by-city, #cities-heading')).toHaveLength(0);
    // The other years stay one tap away.
    expect(main.querySelector(`a[href="/lighting/${current}/"]`)).not.toBeNull();
  });
});
