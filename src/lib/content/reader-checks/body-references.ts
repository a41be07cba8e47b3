import { htmlToHast, markdownToHast, markdownToMdast, mdxToHast, mdxToMdast, type MdastNode } from 'satteri';

/**
 * The links and images in an entry's body, with the line of the file each is
 * on, found in the syntax tree the build renders (raw HTML `<a>` and `<img>`
 * included), so that a reader-facing check sees what a reader will click;
 * and the images of the Markdown tree that page leaves out (a footnote
 * never cited), which Astro imports and publishes all the same.
 */
export interface BodyReference {
  kind: 'link' | 'image';
  url: string;
  /** An image's description, as written. */
  alt?: string;
  line: number;
}

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  value?: string;
  children?: Node[];
  position?: { start?: { line?: number } };
}

/** `offset`: lines before the tree's first line (raw HTML is parsed on its own, from its line on). */
function collect(node: Node, offset: number, line: number, found: BodyReference[]): void {
  const own = node.position?.start?.line;
  const at = own === undefined ? line : own + offset;
  if (node.type === 'element') {
    const href = node.properties?.href;
    const src = node.properties?.src;
    if (node.tagName === 'a' && typeof href === 'string') found.push({ kind: 'link', url: href, line: at });
    if (node.tagName === 'img' && typeof src === 'string') {
      const alt = node.properties?.alt;
      found.push({ kind: 'image', url: src, line: at, ...(typeof alt === 'string' ? { alt } : {}) });
    }
  }
  // Raw HTML is one string in the Markdown tree: parse it as a browser would; its lines are the raw node's.
  if (node.type === 'raw' && node.value) collect(htmlToHast(node.value, { fragment: true }), at - 1, at, found);
  for (const child of node.children ?? []) collect(child, offset, at, found);
}

/**
 * What a Markdown body needs for a link or an image: a bracket (links,
 * images, footnotes), an angle bracket (HTML, autolinks), or what GFM links
 * by itself (an address, a www. host, an e-mail address). Most events'
 * bodies have none and need no parse (at 10,000 events the parses were a
 * tenth of npm run check). Not for MDX, whose expressions can make elements
 * from other text.
 */
const MAY_REFERENCE = /[[<@]|(?:https?|ftp|mailto|xmpp):|www\./iu;
/** Front matter as the parser surely takes it (`---` lines exactly, at the very start); the lenient cases keep the whole file. */
const STRICT_FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/u;

/** `source` is the whole file, front matter included, so that lines are the file's lines. */
export function bodyReferences(source: string, format: 'markdown' | 'mdx'): BodyReference[] {
  const body = source.replace(STRICT_FRONT_MATTER, '');
  if (format === 'markdown' && !MAY_REFERENCE.test(body)) return [];
  return parsedReferences(source, format);
}

/** bodyReferences without the shortcut: what the parse finds. */
export function parsedReferences(source: string, format: 'markdown' | 'mdx'): BodyReference[] {
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToHast : markdownToHast)(source);
  } catch {
    // A body that does not parse is reported by the body's own check; nothing to follow here.
    return [];
  }
  const found: BodyReference[] = [];
  collect(tree, 0, 1, found);
  return [...found, ...imagesOffThePage(source, format, found)];
}

/** Images of the Markdown tree that are not on the page (`onPage`), by line and path. */
function imagesOffThePage(source: string, format: 'markdown' | 'mdx', onPage: BodyReference[]): BodyReference[] {
  // Every Markdown image is written `![`.
  if (!source.includes('![')) return [];
  const shown = new Set(onPage.filter((r) => r.kind === 'image').map((r) => `${r.line}:${r.url}`));
  const found: BodyReference[] = [];
  const walk = (node: MdastNode): void => {
    if (node.type === 'image') {
      const line = node.position?.start?.line ?? 1;
      if (!shown.has(`${line}:${node.url}`)) found.push({ kind: 'image', url: node.url, line, ...(node.alt ? { alt: node.alt } : {}) });
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) walk(child);
  };
  walk((format === 'mdx' ? mdxToMdast : markdownToMdast)(source));
  return found;
}

const parsed = new WeakMap<object, BodyReference[]>();

/** An entry's references, parsed once however many checks ask. */
export function referencesOf(entry: { text: string; format: 'markdown' | 'mdx'; bodyUnread?: boolean }): BodyReference[] {
  // Refused already, and too deep to walk or too slow to parse: the page would show none of them.
  if (entry.bodyUnread) return [];
  let found = parsed.get(entry);
  if (!found) {
    found = bodyReferences(entry.text, entry.format);
    parsed.set(entry, found);
  }
  return found;
}
