import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { VFile } from 'vfile';
import { BODY_SCHEMA, CLOBBER_PREFIX } from './body-schema.ts';
import { bodyImagePathDefect } from '../images/local-image-path.ts';
import { isSameSiteUrl } from './same-site-url.ts';
import { elementsOf } from './tree.ts';

/** Markdown (`.md`) or MDX (`.mdx`), as Sätteri names the two. */
export type BodyFormat = 'markdown' | 'mdx';

/**
 * An article body as the reader gets it: raw HTML in Markdown is parsed the
 * way a browser would parse it, then everything outside the allowlist
 * (BODY_SCHEMA) is dropped by hast-util-sanitize. MDX has no raw HTML: its
 * tags, `{expressions}` and import/export are MDX nodes, which the allowlist
 * drops whole, so no code in an MDX file reaches the compiled module.
 *
 * `source` is the file's text, so that positions survive the reparse.
 */
export function sanitizeBodyTree(tree: Root, format: BodyFormat, source?: string): Root {
  const parsed = format === 'markdown' ? reparseRawHtml(tree, source) : tree;
  nameHeadings(parsed);
  const clean = applyAllowlist(parsed);
  keepImagesLocal(clean);
  pointFragmentsAtPrefixedIds(clean);
  return clean;
}

/**
 * Headings get their ids here, as Astro would give them after (github-slugger
 * over the text), so that the allowlist prefixes them like any id an editor
 * writes: a heading written `main` took the id of the page's own <main>, the
 * skip link's target.
 */
function nameHeadings(tree: Root): void {
  const slugger = new GithubSlugger();
  for (const element of elementsOf(tree)) {
    if (/^h[1-6]$/.test(element.tagName) && typeof element.properties.id !== 'string')
      element.properties.id = slugger.slug(textOf(element));
  }
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** Raw HTML in Markdown (kept as strings by the parser) becomes elements, as a browser would read it. */
export function reparseRawHtml(tree: Root, source?: string): Root {
  return raw(tree, source === undefined ? {} : { file: new VFile(source) }) as Root;
}

/** The allowlist alone: a new tree, the input untouched. */
export function applyAllowlist(tree: Root): Root {
  return sanitize(tree, BODY_SCHEMA) as Root;
}

/**
 * A page loads nothing from another host: an image elsewhere loses its
 * address, and so does a local one Astro must not import (`./x.js?.png`:
 * src/lib/images/local-image-path.ts). npm run check says so first.
 */
function keepImagesLocal(tree: Root): void {
  for (const element of elementsOf(tree)) {
    const src = element.properties.src;
    if (element.tagName === 'img' && typeof src === 'string' && !isUsableImageSource(src)) delete element.properties.src;
  }
}

function isUsableImageSource(src: string): boolean {
  return isSameSiteUrl(src) && bodyImagePathDefect(src) === undefined;
}

/**
 * The sanitiser prefixes editors' ids (`id="x"` → `user-content-x`) so that
 * they cannot clobber the page's own; `#x` links follow them, as GitHub's
 * pages do with a script. Footnotes are written without a prefix and get
 * this one, so their links work too.
 */
function pointFragmentsAtPrefixedIds(tree: Root): void {
  if (!CLOBBER_PREFIX) return;
  const ids = new Set<string>();
  for (const element of elementsOf(tree)) {
    const id = element.properties.id;
    if (typeof id === 'string') ids.add(id);
  }
  for (const element of elementsOf(tree)) {
    const href = element.properties.href;
    if (element.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) continue;
    const fragment = safeDecode(href.slice(1));
    if (!ids.has(fragment) && ids.has(CLOBBER_PREFIX + fragment)) element.properties.href = `#${CLOBBER_PREFIX}${fragment}`;
  }
}

/** `%40` as `@`; a broken escape stays as written. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
