import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.ts';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server.ts';
import { FIXTURE_SITE } from './build-site.ts';

export interface SiteInBrowser {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

/** A built site (the shared fixture build unless another is given) served on 127.0.0.1, and Debian's Chromium to read it with. */
export async function openSiteInBrowser(root = FIXTURE_SITE): Promise<SiteInBrowser> {
  const server = await serveSite(root);
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
