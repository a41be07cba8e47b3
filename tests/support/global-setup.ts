import { clearAstroLock } from './astro-lock.ts';
import { clearBaseSite } from './base-site.ts';
import { buildSite } from './build-site.ts';
import { provideSiteTestNeeds } from './system-needs.ts';

// One build of the fixture site, shared by every integration and browser test.
export default function setup(): void {
  // Chromium, a Chinese font, nginx, speech, Java: installed first where the machine allows (`npm test` on a fresh machine).
  provideSiteTestNeeds();
  // The build under a base path is made by the first test that needs it (tests/support/base-site.ts).
  clearBaseSite();
  clearAstroLock();
  const started = Date.now();
  const result = buildSite('site-utc', { TZ: 'UTC' });
  if (result.status !== 0) {
    throw new Error(`测试站点构建失败（fixture site build failed）:\n${result.output.slice(-4000)}`);
  }
  console.log(`fixture site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
