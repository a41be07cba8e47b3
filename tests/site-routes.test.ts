import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../src/lib/content/check-entries.ts';
import { listYearFiles } from '../src/lib/input/index.ts';
import { readableLightingItems } from '../src/lib/lighting/index.ts';
import { siteRoutes } from '../src/lib/site-routes.ts';
import { FIXTURE_SITE } from './support/build-site.ts';
import { FIXTURE_CONTENT, readInputJson } from './support/fixture.ts';
import { badgeTypeIn } from '../src/lib/identity/badge.ts';
import { listFiles } from './support/site-files.ts';

/**
 * `npm run check` finds links to pages that do not exist by computing, from
 * the content, every address the build writes (src/lib/site-routes.ts). That
 * list must be the build's own: compared here with what the shared build of
 * the fixture actually wrote, both ways. A new page type added to src/pages
 * fails this test until site-routes.ts knows it.
 */
describe('the addresses the content check knows are the ones the build writes', () => {
  it('every page and file of the built fixture, and nothing more', () => {
    const { entries } = checkContentFolder(FIXTURE_CONTENT);
    const known = siteRoutes({
      entries,
      statsYears: listYearFiles(join(FIXTURE_CONTENT, 'data/stats')),
      lightingYears: listYearFiles(join(FIXTURE_CONTENT, 'data/lighting')),
      lightingItems: readableLightingItems(join(FIXTURE_CONTENT, 'data/lighting')),
      publicDir: 'public',
      badgeType: badgeTypeIn(FIXTURE_CONTENT, readInputJson('data/site.json')),
    });
    const built = listFiles(FIXTURE_SITE)
      // Scripts, styles, encoded images and the search bundle are the build's own, never linked from content; .gz/.br are copies.
      .filter((file) => !/^(_astro|pagefind)\//.test(file) && !/\.(gz|br)$/.test(file))
      .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
    expect([...known].sort()).toEqual(built.sort());
  });
});
