import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under a folder, as site paths (`events/2023/x/index.html`). */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

export function readHtml(root: string, file: string): HTMLElement {
  return parse(readFileSync(join(root, file), 'utf8'));
}

/** Does a site path such as `/events/2023/x/` or `/rss.xml` resolve to a file? */
export function resolvesTo(root: string, sitePath: string): boolean {
  const clean = decodeURI(sitePath.split(/[?#]/)[0] ?? '');
  const target = join(root, clean);
  if (clean.endsWith('/')) return existsSync(join(target, 'index.html'));
  return existsSync(target) && statSync(target).isFile();
}

/** An element's text as a sighted reader sees it: without what only screen readers get (.visually-hidden), spaces squeezed. */
export function shownText(element: HTMLElement): string {
  return textWithout(element, '.visually-hidden');
}

/** An element's text as a screen reader says it: without what is hidden from them (aria-hidden), spaces squeezed. */
export function saidText(element: HTMLElement): string {
  return textWithout(element, '[aria-hidden="true"]');
}

function textWithout(element: HTMLElement, selector: string): string {
  const copy = parse(element.outerHTML);
  for (const hidden of copy.querySelectorAll(selector)) hidden.remove();
  return copy.text.replace(/\s+/g, ' ').trim();
}
