import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withAstroLock } from './astro-lock.ts';
import { buildSite, fixtureContent, OUTPUT_ROOT } from './build-site.ts';

/**
 * The fixture as a 专题 under a department's domain: built with BASE_PATH,
 * the government-site identity left empty (every field ""), WeChat share
 * cards switched on (the department's signature service and JS-SDK copy at
 * the root of its domain, outside the 专题's path), and the build's
 * date pinned, once per test run and shared by the tests that serve it
 * (the base-path crawl, nginx, the identity checks). global-setup.ts clears
 * it at the start of each run.
 */
export const BASE = '/zt/xxzq/';
const NAME = 'site-base';
/** 2023-11-30 17:00 UTC: already 1 December in Beijing. */
export const BASE_BUILD_EPOCH = Date.UTC(2023, 10, 30, 17, 0) / 1000;
const MARKER = resolve(OUTPUT_ROOT, NAME, 'built');

/** The identity block of the settings with every field left empty. */
export const EMPTY_IDENTITY = {
  siteName: '',
  sponsor: '',
  operator: '',
  siteCode: '',
  icp: '',
  publicSecurity: '',
  badge: '',
  badgeLink: '',
  contact: '',
};

/** The department's 公众号 settings of this build (the test serves stand-ins at these addresses). */
export const BASE_WECHAT = { appId: 'wx1234567890abcdef', signatureUrl: '/wechat/signature', sdk: '/wechat/jweixin-1.6.0.js' };

export function clearBaseSite(): void {
  rmSync(resolve(OUTPUT_ROOT, NAME), { recursive: true, force: true });
}

/** The built site's folder (its `dist`), building it first if this run has not yet. */
export function baseSite(): { outDir: string; contentDir: string } {
  // The first file to ask builds it, while a file in the other worker that asks waits (astro-lock.ts).
  return withAstroLock(builtBaseSite);
}

function builtBaseSite(): { outDir: string; contentDir: string } {
  const outDir = resolve(OUTPUT_ROOT, NAME, 'dist');
  const contentDir = resolve(OUTPUT_ROOT, NAME, 'content');
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === BASE) return { outDir, contentDir };
  const started = Date.now();
  fixtureContent(NAME, {
    'data/site.json': (text) => JSON.stringify({ ...JSON.parse(text), identity: EMPTY_IDENTITY, wechat: BASE_WECHAT }, null, 2),
    // A heading whose id is the one the share settings' element once had: the share must still work.
    'events/2023/gz-opening-ceremony.md': (text) => `${text}\n## WeChat Share\n\n微信里分享本页时，卡片用本页的标题和摘要。\n`,
  });
  const result = buildSite(NAME, { TZ: 'UTC', BASE_PATH: BASE, SOURCE_DATE_EPOCH: String(BASE_BUILD_EPOCH), CONTENT_DIR: contentDir });
  if (result.status !== 0) throw new Error(`基础路径构建失败（build under ${BASE} failed）:\n${result.output.slice(-4000)}`);
  console.log(`fixture built under ${BASE} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  writeFileSync(MARKER, BASE);
  return { outDir, contentDir: join(contentDir) };
}
