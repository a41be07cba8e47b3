import type { Page } from 'playwright-core';

/** What the page open in `page` does with a plain string in each kind of sink Trusted Types guard: `refused` (a TypeError) or `taken`. */
export function stringSinks(page: Page): Promise<Record<'innerHTML' | 'scriptSrc' | 'worker', string>> {
  return page.evaluate(() => {
    const attempt = (sink: () => void) => {
      try {
        sink();
        return 'taken';
      } catch (error) {
        return error instanceof TypeError ? 'refused' : String(error);
      }
    };
    return {
      innerHTML: attempt(() => {
        document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>';
      }),
      // Never attached to the page, so nothing would load even if taken.
      scriptSrc: attempt(() => {
        document.createElement('script').src = 'https://evil.example/x.js';
      }),
      worker: attempt(() => {
        new Worker('data:text/javascript,postMessage(1)').terminate();
      }),
    };
  });
}

/** The address of Pagefind's search worker on the site at `root` (origin and base path, ending in `/`). */
export const pagefindWorkerUrl = (root: string) => `${root}pagefind/pagefind-worker.js`;
