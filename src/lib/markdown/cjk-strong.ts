/**
 * Bold beside Chinese punctuation. CommonMark takes a closing `**` only after
 * a letter, or before a space or punctuation, so `**注意：**报名` (the colon
 * inside the bold, a character straight after it) stayed on the page as
 * asterisks; an editor who saw that put a space after the `**`, which shows
 * in Chinese text as a gap. The CJK-friendly amendment to the rule
 * (github.com/tats-u/markdown-cjk-friendly) takes such a run as bold; so does
 * this, for the case editors meet: a `**…**` the parser left as text within
 * one text node, with Chinese at one of its edges. Sätteri, native, cannot
 * be given the amendment, so this mends its tree.
 */

/** Han, CJK punctuation, full-width forms and the curly quotes Chinese text uses. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f]/u;
/** `**…**` with no space just inside either end and no asterisk in it, not part of a longer run of asterisks. */
const BOLD_AS_TEXT = /(?<!\*)\*\*(?![\s*])([^*]*?[^\s*])\*\*(?!\*)/gu;

export type InlinePiece = { type: 'text'; value: string } | { type: 'strong'; children: [{ type: 'text'; value: string }] };

/** A `**…**` run of a text that is bold beside Chinese: where it starts and ends, and the words inside. */
export interface BoldRun {
  start: number;
  end: number;
  inner: string;
}

/** The `**…**` runs of `text` with Chinese at one of their edges (the reader checks skip their marks). */
export function boldRunsBesideChinese(text: string): BoldRun[] {
  return [...text.matchAll(BOLD_AS_TEXT)].flatMap((match) => {
    const [whole, inner] = match as unknown as [string, string];
    const end = match.index + whole.length;
    const edges = [text[match.index - 1], inner[0], inner.at(-1), text[end]];
    return edges.some((c) => c !== undefined && CHINESE.test(c)) ? [{ start: match.index, end, inner }] : [];
  });
}

/**
 * A text node's value cut into text and bold, or undefined when it holds no
 * bold the parser refused beside Chinese. `source` is the file: a run is
 * bold only when the file holds it bare, so asterisks an editor escaped
 * (`\*\*注意\*\*`) stay asterisks.
 */
export function boldBesideChinese(text: string, source: string): InlinePiece[] | undefined {
  const pieces: InlinePiece[] = [];
  let at = 0;
  for (const { start, end, inner } of boldRunsBesideChinese(text)) {
    if (!source.includes(text.slice(start, end))) continue;
    if (start > at) pieces.push({ type: 'text', value: text.slice(at, start) });
    pieces.push({ type: 'strong', children: [{ type: 'text', value: inner }] });
    at = end;
  }
  if (pieces.length === 0) return undefined;
  if (at < text.length) pieces.push({ type: 'text', value: text.slice(at) });
  return pieces;
}

interface TextNode {
  value: string;
}
interface TextContext {
  source?: string;
  replaceNode(node: never, replacement: never): void;
}

/** A Sätteri MDAST plugin (astro.config.mjs) that makes bold what CommonMark left as asterisks beside Chinese. */
export function cjkStrongPlugin() {
  return {
    name: 'cjk-strong',
    text: (node: TextNode, ctx: TextContext) => {
      if (!node.value.includes('**')) return;
      const pieces = boldBesideChinese(node.value, ctx.source ?? '');
      if (pieces) ctx.replaceNode(node as never, pieces as never);
    },
  };
}
