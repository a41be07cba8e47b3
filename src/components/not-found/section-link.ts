import { sectionHolding } from '../../lib/section-holding.ts';

/** On the page not found: shows the link to the section the address lies in (404.astro), if it lies in one. */
export function showSectionOfMissingPage(): void {
  const box = document.querySelector<HTMLElement>('[data-not-found-sections]');
  if (!box) return;
  const links = [...box.querySelectorAll<HTMLAnchorElement>('a')].map((a) => ({ href: a.getAttribute('href') ?? '', a }));
  const found = sectionHolding(location.pathname, links);
  if (!found) return;
  found.a.hidden = false;
  box.hidden = false;
}
