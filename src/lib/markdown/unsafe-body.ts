import type { Element, Nodes, Root } from 'hast';
import { find, html } from 'property-information';
import { markdownToHast, markdownToMdast, mdxToHast, mdxToMdast, type MdastNode } from 'satteri';
import { contentSafety as text } from '../../i18n/zh-CN/content-safety.ts';
import { bodyImagePathDefect } from '../images/local-image-path.ts';
import type { InputProblem } from '../input-problem.ts';
import { ALLOWED_ELEMENTS, BODY_SCHEMA, STRIPPED_ELEMENTS, URL_PROPERTIES } from './body-schema.ts';
import { MAX_UNBROKEN_RUN, tooLongRun } from './long-runs.ts';
import { MAX_BODY_NESTING, tooDeepNesting } from './nesting.ts';
import { MARKDOWN_FEATURES } from './pipeline.ts';
import { applyAllowlist, reparseRawHtml, type BodyFormat } from './sanitize-body.ts';
import { deceptiveLinks } from './deceptive-links.ts';
import { NO_SETTINGS, type OfficialSites } from './official-sites.ts';
import { isSameSiteUrl } from './same-site-url.ts';
import { elementsOf } from './tree.ts';

/**
 * Everything in an article body that the sanitiser would remove for safety,
 * or that is code in an MDX file, with its line: `npm run check` and the
 * build report these as errors, so that an editor learns of them instead of
 * seeing text vanish from the page. Found by walking the same syntax tree
 * the build renders (Sätteri's, raw HTML reparsed as a browser would), and
 * judged by the sanitiser itself: an attribute is reported when the
 * sanitised tree no longer has it.
 */
export interface UnsafeConstruct {
  line: number;
  message: string;
  /** An attribute that only looks different once removed (a style, a class): the page is safe either way. */
  warning?: boolean;
  /** The body was refused unread (too deep to publish: nesting.ts; too slow to parse: long-runs.ts): nothing else in it was looked at. */
  unread?: boolean;
}

/**
 * `text` is the whole file, front matter included, so that lines are the
 * file's lines. `official`: the hosts the site's settings trust with words
 * that claim an official site (official-sites.ts).
 */
export function findUnsafeConstructs(source: string, format: BodyFormat, official: OfficialSites = NO_SETTINGS): UnsafeConstruct[] {
  // First, and alone, before any parse: a run the parser would take minutes over.
  const run = tooLongRun(source);
  if (run) return [{ line: run.line, message: text.longRun(run.length, MAX_UNBROKEN_RUN), unread: true }];
  // Then, alone: the page would lose the whole body, and the walks below would overflow the stack.
  const deep = tooDeepNesting(source, format);
  if (deep) return [{ line: deep.line, message: text.tooDeep(MAX_BODY_NESTING), unread: true }];
  let tree: Root;
  try {
    tree = (format === 'mdx' ? mdxToHast : markdownToHast)(source, { features: MARKDOWN_FEATURES }) as Root;
  } catch (error) {
    return [syntaxError(error)];
  }
  const found: UnsafeConstruct[] = [];
  if (format === 'mdx') found.push(...mdxCode(tree));
  // The same reparse the build does, then the allowlist's verdict on each element.
  const parsed = format === 'markdown' ? reparseRawHtml(tree, source) : tree;
  const kept = keptElements(applyAllowlist(parsed));
  found.push(...unsafeElements(parsed, kept), ...uncitedImages(source, format, parsed), ...astroMarkers(source));
  found.push(
    ...deceptiveLinks(parsed, official).map(({ element, link }) => ({ line: lineOf(element), message: text.deceptiveLink(link) })),
  );
  return found.sort((a, b) => a.line - b.line);
}

/** The body's problems as the input problems every check reports. */
export function unsafeBodyProblems(file: string, source: string, format: BodyFormat): InputProblem[] {
  return bodyProblemsOf(file, findUnsafeConstructs(source, format));
}

/** Constructs found by findUnsafeConstructs, as input problems. */
export function bodyProblemsOf(file: string, constructs: readonly UnsafeConstruct[]): InputProblem[] {
  return constructs.map(({ line, message, warning }) => ({
    file,
    item: text.line(line),
    field: text.bodyField,
    message,
    ...(warning ? { severity: 'warning' as const } : {}),
  }));
}

function lineOf(node: { position?: { start?: { line?: number } } }): number {
  return node.position?.start?.line ?? 1;
}

/** import/export, {expressions} and tags in MDX: each is code that would run when the site is built. */
function mdxCode(tree: Root): UnsafeConstruct[] {
  const found: UnsafeConstruct[] = [];
  const walk = (node: Nodes): void => {
    switch (node.type as string) {
      case 'mdxjsEsm':
        found.push({ line: lineOf(node), message: text.mdxImportExport((node as { value: string }).value) });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        found.push({ line: lineOf(node), message: text.mdxExpression((node as { value: string }).value) });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        found.push({ line: lineOf(node), message: text.mdxComponent((node as { name?: string | null }).name ?? '') });
        return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

/** Elements the sanitiser keeps, by where they start in the file, with the properties it keeps. */
function keptElements(clean: Root): Map<string, Element> {
  const kept = new Map<string, Element>();
  for (const element of elementsOf(clean)) kept.set(keyOf(element), element);
  return kept;
}

function keyOf(element: Element): string {
  return `${element.position?.start?.offset ?? '?'}:${element.tagName}`;
}

function unsafeElements(tree: Root, kept: Map<string, Element>): UnsafeConstruct[] {
  const found: UnsafeConstruct[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'element') {
      const line = lineOf(node);
      if (!ALLOWED_ELEMENTS.has(node.tagName)) {
        const stripped = STRIPPED_ELEMENTS.has(node.tagName);
        found.push({ line, message: (stripped ? text.strippedElement : text.element)(node.tagName) });
        found.push(...eventHandlers(node));
        if (stripped) return;
      } else {
        found.push(...eventHandlers(node), ...removedAttributes(node, kept.get(keyOf(node))));
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

/** `onclick`, `onerror` …: script, whatever the element. */
const EVENT_HANDLER = /^on[a-z]/i;

function eventHandlers(element: Element): UnsafeConstruct[] {
  return Object.entries(element.properties)
    .filter(([name]) => EVENT_HANDLER.test(name))
    .map(([name, value]) => ({
      line: lineOf(element),
      message: text.eventHandler(element.tagName, name.toLowerCase(), String(value)),
    }));
}

/**
 * A script or inline-document address (`javascript:`, `data:` …) anywhere in
 * a value, as browsers read it (tabs and line breaks inside a scheme are
 * skipped): in an attribute the allowlist drops anyway (srcset, formaction,
 * poster), such a value is an attack, not a formatting habit.
 */
const SCRIPT_ADDRESS = /(?:^|[\s,;'"(=])(?:(?:java|vb|live)script|data)\s*:/i;
const holdsScriptAddress = (value: string) => SCRIPT_ADDRESS.test(value.replace(/[\t\n\r]/g, ''));

/** What the site's styles decide: pasted from Word or a web page, these say nothing unsafe. */
const PRESENTATIONAL = new Set([
  'style',
  'className',
  'width',
  'height',
  'align',
  'vAlign',
  'bgColor',
  'color',
  'border',
  'face',
  'size',
]);

/** Whether the allowlist lets `tag` carry `property` at all (with some value). */
function allows(tag: string, property: string): boolean {
  const lists = [BODY_SCHEMA.attributes?.[tag] ?? [], BODY_SCHEMA.attributes?.['*'] ?? []];
  return lists.some((list) => list.some((entry) => (Array.isArray(entry) ? entry[0] : entry) === property));
}

/**
 * Attributes the sanitiser took away, judged by comparing the element with
 * its sanitised self: an unsafe address is an error (its link or image
 * would not work), and so is a script address in an attribute the page
 * loses anyway; any other attribute a warning (the page is safe, but
 * looks or behaves other than what was pasted). Event handlers are reported
 * by eventHandlers().
 */
function removedAttributes(element: Element, clean: Element | undefined): UnsafeConstruct[] {
  const found: UnsafeConstruct[] = [];
  const line = lineOf(element);
  for (const [name, value] of Object.entries(element.properties)) {
    if (EVENT_HANDLER.test(name)) continue;
    const shown = Array.isArray(value) ? value.join(' ') : String(value);
    if (URL_PROPERTIES.has(name) && typeof value === 'string' && allows(element.tagName, name)) {
      if (clean && !(name in clean.properties)) found.push({ line, message: text.unsafeUrl(name, value) });
      else if (element.tagName === 'img' && name === 'src' && !isSameSiteUrl(value))
        found.push({ line, message: text.remoteImage(value) });
      else if (element.tagName === 'img' && name === 'src' && bodyImagePathDefect(value) === 'query')
        found.push({ line, message: text.imagePath(value) });
    } else if (clean && !(name in clean.properties)) {
      const attribute = find(html, name).attribute;
      if (holdsScriptAddress(shown)) found.push({ line, message: text.scriptAddress(element.tagName, attribute, shown) });
      else
        found.push({
          line,
          message: text.removedAttribute(element.tagName, attribute, shown, PRESENTATIONAL.has(name)),
          warning: true,
        });
    }
  }
  return found;
}

/**
 * Images the page never shows but Astro imports all the same: those of a
 * footnote that is never cited, which the syntax tree of the page drops.
 * Images on the page are judged with its elements (removedAttributes). A
 * path that is not an image file's (`./x.svg`, `./x.js`) the build drops
 * too; the image check says why, with the file (reader-checks/images.ts).
 */
function uncitedImages(source: string, format: BodyFormat, page: Root): UnsafeConstruct[] {
  // Every Markdown image is written `![`: without one, no second parse is needed (most bodies, at 10,000 events 0.6 s of the check).
  if (!source.includes('![')) return [];
  const shown = new Set(elementsOf(page).flatMap((e) => (e.tagName === 'img' ? [`${lineOf(e)}:${String(e.properties.src)}`] : [])));
  const found: UnsafeConstruct[] = [];
  const walk = (node: MdastNode): void => {
    const shownOnPage = node.type === 'image' && shown.has(`${lineOf(node)}:${node.url}`);
    if (node.type === 'image' && !shownOnPage && bodyImagePathDefect(node.url) === 'query') {
      found.push({ line: lineOf(node), message: text.imagePath(node.url) });
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) walk(child);
  };
  walk((format === 'mdx' ? mdxToMdast : markdownToMdast)(source, { features: MARKDOWN_FEATURES }));
  return found;
}

/**
 * Astro marks a body's images with `__ASTRO_IMAGE_="…"` and swaps every such
 * text of the rendered page for a picture: the same words in a body, even in
 * code, stop the build with an error that names no file.
 */
const ASTRO_IMAGE_MARKER = '__ASTRO_IMAGE_';

function astroMarkers(source: string): UnsafeConstruct[] {
  return source
    .split('\n')
    .flatMap((line, index) =>
      line.includes(ASTRO_IMAGE_MARKER) ? [{ line: index + 1, message: text.astroMarker(ASTRO_IMAGE_MARKER) }] : [],
    );
}

function syntaxError(error: unknown): UnsafeConstruct {
  const message = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
  return { line: at ? Number(at[1]) : 1, message: text.mdxSyntax((at ? at[3]! : message).trim()) };
}
