import type { Page } from 'playwright-core';

/**
 * The dates on a page that a reader's browser split across two lines: a
 * month and day (`11月` at the end of one line, `30日` on the next), a
 * year's digits, a weekday (`星期` / `五`). Each date named in a text is
 * measured where it stands, whatever its markup, so a date written as plain
 * text is found as well as one in a `<time>`. A break between a date's
 * parts (`2023年` / `11月24日`, before `（星期五）`, at a space) is fine: the
 * README's rule is that dates break between their parts, never inside them.
 * `skip`: parts of the page not to measure.
 */
export async function datesSplitAcrossLines(page: Page, { root = 'main', skip = '' } = {}): Promise<string[]> {
  return page.evaluate(
    ([root, skip]) => {
      const found: string[] = [];
      const scope = document.querySelector(root) ?? document.body;
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const parent = node.parentElement;
        if (!parent?.checkVisibility() || parent.closest(`svg, .visually-hidden${skip ? `, ${skip}` : ''}`)) continue;
        for (const match of text.matchAll(/\d{4}年|\d{1,2}月\d{1,2}日|星期[一二三四五六日]/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) {
            const block = parent.closest('p, li, dd, dt, h1, h2, h3, td, th') ?? parent;
            found.push(`${match[0]} in «${(block.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}»`);
          }
        }
      }
      return found;
    },
    [root, skip] as const,
  );
}
