import { chromium, type Browser } from 'playwright-core';
import { SAMPLE_SITE } from './build-site.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.ts';
import { serveSite, type StaticServer } from '../../scripts/lib/static-server.ts';

export interface SampleInBrowser {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

/** The built sample site served on 127.0.0.1, and Debian's Chromium to read it with. */
export async function openSampleInBrowser(): Promise<SampleInBrowser> {
  const server = await serveSite(SAMPLE_SITE);
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
