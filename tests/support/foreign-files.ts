import type { BrowserContext, Page } from 'playwright-core';

/** Another application's files on the site's origin, outside the site's folders (an upload folder, an old CMS): each marks the page if it takes effect. */
export const FOREIGN_SCRIPT = '/uploads/evil.js';
export const FOREIGN_STYLE = '/uploads/evil.css';

/** Whether FOREIGN_SCRIPT ran on the page. */
export const foreignScriptRan = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { foreignRan?: boolean }).foreignRan === true);

/** Whether FOREIGN_STYLE styles the page (it sets a custom property on the root, and would hide the page). */
export const foreignStyleApplied = (page: Page): Promise<boolean> =>
  page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--foreign-style').trim() !== '');

/**
 * Serves FOREIGN_SCRIPT and FOREIGN_STYLE on `origin` and writes a tag for each into every page under `under`, as
 * injected markup would be. `dropHeader` takes the server's Content-Security-Policy header away, as a host that sends none.
 */
export async function injectForeignFiles(
  context: BrowserContext,
  origin: string,
  { under = '/', dropHeader = false }: { under?: string; dropHeader?: boolean } = {},
): Promise<void> {
  await context.route(`${origin}${FOREIGN_SCRIPT}`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'window.foreignRan = true;' }),
  );
  await context.route(`${origin}${FOREIGN_STYLE}`, (route) =>
    route.fulfill({ contentType: 'text/css', body: ':root { --foreign-style: applied; } body { visibility: hidden; }' }),
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
      const tags = `<link rel="stylesheet" href="${FOREIGN_STYLE}"><script src="${FOREIGN_SCRIPT}"></script>`;
      const body = (await response.text()).replace('</body>', `${tags}</body>`);
      await route.fulfill({ response, headers, body });
    },
  );
}
