import type { BrowserContext, Page } from 'playwright-core';

/** Another application's file on the site's origin, outside its script folders (an upload folder, an old CMS): it marks the page if it runs. */
export const FOREIGN_SCRIPT = '/uploads/evil.js';

/** Whether FOREIGN_SCRIPT ran on the page. */
export const foreignScriptRan = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { foreignRan?: boolean }).foreignRan === true);

/**
 * Serves FOREIGN_SCRIPT on `origin` and writes a tag for it into every page under `under`, as injected markup
 * would be. `dropHeader` takes the server's Content-Security-Policy header away, as a host that sends none.
 */
export async function injectForeignScript(
  context: BrowserContext,
  origin: string,
  { under = '/', dropHeader = false }: { under?: string; dropHeader?: boolean } = {},
): Promise<void> {
  await context.route(`${origin}${FOREIGN_SCRIPT}`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'window.foreignRan = true;' }),
  );
  await context.route(
    (url) => url.origin === origin && url.pathname.startsWith(under),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const headers = { ...response.headers() };
      // The body is rewritten: its encoding and length no longer hold.
      delete headers['content-encoding'];
      delete headers['content-length'];
      if (dropHeader) delete headers['content-security-policy'];
      const body = (await response.text()).replace('</body>', `<script src="${FOREIGN_SCRIPT}"></script></body>`);
      await route.fulfill({ response, headers, body });
    },
  );
}
