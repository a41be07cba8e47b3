import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.ts';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server.ts';
import { FIXTURE_SITE } from './build-site.ts';

export interface SiteInBrowser {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * What the repository's nginx configuration lets browsers keep
 * (deploy/nginx/locations.conf.template): files named by their content
 * (Astro's _astro/, Pagefind's shards and metadata) for a year; every other
 * file is asked for again on each visit, as there. tests/nginx.test.ts holds
 * the two to the same answer for every file of a build.
 */
export function cacheAsDeployed(path: string): string {
  const fingerprinted = /\/_astro\/|\/pagefind\/(fragment|index|filter)\/|\/pagefind\/pagefind\.[^/]+\.pf_meta$/.test(path);
  return fingerprinted ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * A built site (the shared fixture build unless another is given) served on
 * 127.0.0.1 with the deployed caching, and Debian's Chromium to read it with.
 */
export async function openSiteInBrowser(root = FIXTURE_SITE): Promise<SiteInBrowser> {
  const server = await serveSite(root, { cacheControl: cacheAsDeployed });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
