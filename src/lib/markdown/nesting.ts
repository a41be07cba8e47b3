import { markdownToHast, mdxToHast } from 'satteri';
import { MARKDOWN_FEATURES } from './pipeline.ts';
import type { BodyFormat } from './sanitize-body.ts';

/**
 * How deeply a body nests, and where it nests too deeply to publish.
 *
 * Sätteri rebuilds the tree our sanitiser hands back (pipeline.ts) from a
 * stream of nodes that may hold at most 128 open at once, the root and the
 * innermost text included: 126 elements around a text render, 127 do not.
 * Past that, Astro logs one English line and publishes the entry with an
 * empty body. Far deeper, the recursive hast utilities (hast-util-raw and
 * the parse5 conversions) overflow the stack and the check and the build
 * stop with a trace naming no file. So the check measures first, without
 * recursion, on the tree Sätteri itself reparses (raw HTML read as a
 * browser reads it, natively, as hast-util-raw would), and refuses a body
 * over MAX_BODY_NESTING, well below the renderer's limit: the sanitiser only
 * ever removes elements, never adds them.
 */

/** Elements around the deepest text that the renderer still publishes (measured: 126 `<div>`s, 125 `>`, 63 list levels). */
export const RENDERER_NESTING_LIMIT = 126;
/** The most `npm run check` lets through: articles nest a handful of levels; a hundred is already markup gone wrong. */
export const MAX_BODY_NESTING = 100;

interface Node {
  children?: Node[];
}

/**
 * The most elements any node of the body sits inside (a list level counts
 * two, `<ul>` and `<li>`; a `>` one), or 0 when the body does not parse (the
 * body's own check names the syntax error). `source` is the whole file.
 */
export function nestingDepth(source: string, format: BodyFormat): number {
  let root: Node;
  try {
    root = (format === 'mdx' ? mdxToHast : markdownToHast)(source, {
      features: { ...MARKDOWN_FEATURES, rawHtml: true },
      position: false,
    }) as Node;
  } catch {
    return 0;
  }
  let deepest = 0;
  // Depth first with a stack of our own: a body may nest thousands deep.
  const pending: [Node, number][] = (root.children ?? []).map((child) => [child, 0]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, around] = next;
    deepest = Math.max(deepest, around);
    for (const child of node.children ?? []) pending.push([child, around + 1]);
  }
  return deepest;
}

export interface TooDeep {
  /** The file's line where the nesting passes the limit. */
  line: number;
}

/**
 * A line that opens more quotes or list levels than this is refused unread:
 * Sätteri's parser slows with the square of the depth (90,000 `>` on one
 * line take a minute), and no line of an article starts so.
 */
const MARKER_RUN = 1000;
const LEADING_MARKERS = /^ {0,3}(?:(?:>|[-*+](?=[ \t]))[ \t]*)+/;
const FENCE = /^ {0,3}(```|~~~)/;

/** The first line, outside fenced code, that starts with more than MARKER_RUN quote or list markers. */
function lineOfMarkerRun(lines: string[]): number | undefined {
  let fence: string | undefined;
  for (const [index, line] of lines.entries()) {
    const opens = FENCE.exec(line)?.[1];
    if (opens) fence = fence === undefined ? opens : fence === opens ? undefined : fence;
    if (fence !== undefined) continue;
    const markers = LEADING_MARKERS.exec(line)?.[0].replace(/[ \t]/g, '').length ?? 0;
    if (markers > MARKER_RUN) return index + 1;
  }
  return undefined;
}

/** Where a line may open containers: quotes, bullets and numbered items, one after another (`> - 1. `). */
const LINE_MARKERS = /^[ \t]*(?:(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]*)+/gmu;
/** The characters any other element needs at least one of: emphasis, strikethrough, a link or image, code. */
const INLINE_OPENERS = /[*_~[`]/gu;
/** Elements no character opens: the root's paragraph and text, a table's head, row and cell, footnotes' list. */
const UNMARKED_LEVELS = 10;

/**
 * At least as deep as the body can nest, found without parsing: every level
 * needs a character of its own. A list marker opens two (`<ul>` and `<li>`),
 * and so may a tag: a browser's parser adds the elements a table implies
 * (`<table><td>` is table, tbody, tr, td). Most bodies are far within the limit by this count alone and
 * are not parsed a second time (at 10,000 events the parse took a second of
 * the check).
 */
export function nestingBound(source: string): number {
  const markers = [...source.matchAll(LINE_MARKERS)].reduce((sum, [run]) => sum + run.replace(/[ \t]/g, '').length, 0);
  const tags = source.split('<').length - 1;
  return 2 * markers + 2 * tags + (source.match(INLINE_OPENERS)?.length ?? 0) + UNMARKED_LEVELS;
}

/**
 * Where the body nests over MAX_BODY_NESTING, or undefined for every body
 * that publishes whole. The line is found over the file's first 1, 2, 4 …
 * lines, then between the last two, so that a body nested thousands deep
 * late in the file is parsed that deep only once.
 */
export function tooDeepNesting(source: string, format: BodyFormat): TooDeep | undefined {
  if (nestingBound(source) <= MAX_BODY_NESTING) return undefined;
  const lines = source.split('\n');
  const run = lineOfMarkerRun(lines);
  if (run !== undefined) return { line: run };
  if (nestingDepth(source, format) <= MAX_BODY_NESTING) return undefined;
  const tooDeepBy = (count: number) => nestingDepth(lines.slice(0, count).join('\n'), format) > MAX_BODY_NESTING;
  // The first `within` lines nest within the limit; the first `over` do not.
  let within = 0;
  let over = 1;
  while (over < lines.length && !tooDeepBy(over)) [within, over] = [over, Math.min(over * 2, lines.length)];
  while (over - within > 1) {
    const middle = (within + over) >> 1;
    if (tooDeepBy(middle)) over = middle;
    else within = middle;
  }
  return { line: over };
}
