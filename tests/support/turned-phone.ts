import type { Page } from 'playwright-core';

/**
 * Opens a page once, at the first of `widths`, and then turns it to each
 * width in turn, as a phone is turned on its side: `look` measures it at
 * each. The stylesheets lay the page out anew on the resize, and so does the
 * one script that places anything by the screen (site-nav-fit.js), which
 * listens for it. Opening the page again at each width, in a browser context
 * of its own, cost the browser twice the work for the same layout, on CI's
 * two cores that the browser tests keep busy.
 */
export async function openThenTurn(
  page: Page,
  screen: { widths: readonly number[]; height: number },
  open: () => Promise<unknown>,
  look: (width: number) => Promise<void>,
): Promise<void> {
  await page.setViewportSize({ width: screen.widths[0]!, height: screen.height });
  await open();
  for (const width of screen.widths) {
    await page.setViewportSize({ width, height: screen.height });
    await look(width);
  }
}
