/**
 * Bold beside Chinese punctuation. CommonMark takes a closing `**` only after
 * a letter, or before a space or punctuation, so `**注意：**报名` (the colon
 * inside the bold, a character straight after it) stayed on the page as
 * asterisks; an editor who saw that put a space after the `**`, which shows
 * in Chinese text as a gap. The CJK-friendly amendment to the rule
 * (github.com/tats-u/markdown-cjk-friendly) takes such a run as bold; so does
 * this, for the cases editors meet: a `**…**` the parser left as text, with
 * Chinese at one of its edges, within one text node or with a link or code
 * between its marks. Sätteri, native, cannot be given the amendment, so this
 * mends its tree.
 */

/** Han, CJK punctuation, full-width forms and the curly quotes Chinese text uses. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f]/u;

/** A node of a block's run of text: text, a link, code, bold… (only text is looked into). */
export interface Inline {
  type: string;
  value?: string;
}

/**
 * Whether the file holds an opening mark and the words after it (`**报名：`),
 * or one that ends its text (`**` then a link, code or tag), bare: escaped
 * marks (`\\*\\*`) are text too, and must stay asterisks.
 */
const openedBare = (from: string, source: string) => (from.length > 2 ? source.includes(from) : /\*\*[[`<]/.test(source));
/** The same of a closing mark and the words before it (`：**`), or one that starts its text (a link's `)`, then `**`). */
const closedBare = (upTo: string, source: string) => (upTo.length > 2 ? source.includes(upTo) : /[)\]`>]\*\*/.test(source));

/** A `**` in a run: the index of its text node among the run's nodes, and where in that text it stands. */
export interface RunMark {
  node: number;
  at: number;
}

/** Blocks whose run of text is mended as a whole, so that a pair of marks may hold a link or code between them. */
const RUN_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
export const isRunBlock = (type: string) => RUN_BLOCKS.has(type);

/** Nodes no pair of marks is made across: a line break, and bold or emphasis of the parser's. */
const PARTING = new Set(['break', 'strong', 'emphasis']);

/** A `**` not part of a longer run of asterisks. */
const MARK = /(?<!\*)\*\*(?!\*)/g;
const marksIn = (node: Inline) => (node.type === 'text' && node.value ? [...node.value.matchAll(MARK)].map((m) => m.index) : []);
const isChinese = (c: string | undefined) => c !== undefined && CHINESE.test(c);

/** Whether `close` closes the bold `open` opened: no space just inside it, Chinese at an edge, both marks bare in the file. */
function closes(nodes: readonly Inline[], open: RunMark, close: RunMark, source: string): boolean {
  const head = nodes[open.node]!.value!;
  const tail = nodes[close.node]!.value!;
  if (/\s/.test(tail[close.at - 1] ?? '')) return false;
  if (![head[open.at - 1], head[open.at + 2], tail[close.at - 1], tail[close.at + 2]].some(isChinese)) return false;
  if (open.node === close.node) return source.includes(head.slice(open.at, close.at + 2));
  return openedBare(head.slice(open.at), source) && closedBare(tail.slice(0, close.at + 2), source);
}

/**
 * The `**` pairs of a run of text that CommonMark left as asterisks and that
 * are bold beside Chinese, taken left to right as a reader reads them, within
 * a text or across a link or code between (`**报名：[点此](/x)**后`); not
 * across a line break, nor across bold or emphasis (PARTING).
 */
export function boldPairs(nodes: readonly Inline[], source: string): [RunMark, RunMark][] {
  const pairs: [RunMark, RunMark][] = [];
  let open: RunMark | undefined;
  nodes.forEach((node, index) => {
    // Bold or emphasis the parser made between two marks took one of theirs as its own
    // (**时间：**上午⏎下午**地点：**馆 gives 上午⏎下午 in bold): pairing across it would make the rest bold too.
    if (PARTING.has(node.type)) open = undefined;
    for (const at of marksIn(node)) {
      const mark = { node: index, at };
      if (open && closes(nodes, open, mark, source)) {
        pairs.push([open, mark]);
        open = undefined;
      } else {
        open = /\s/.test(node.value![at + 2] ?? '') ? undefined : mark;
      }
    }
  });
  return pairs;
}

/** A run's nodes with its bold made (boldPairs), or undefined when it has none to make. */
export function boldInRun(nodes: readonly Inline[], source: string): Inline[] | undefined {
  const marks = boldPairs(nodes, source).flat();
  if (marks.length === 0) return undefined;
  const run: Inline[] = [];
  let strong: { type: 'strong'; children: Inline[] } | undefined;
  const add = (node: Inline) => (strong ? strong.children : run).push(node);
  nodes.forEach((node, index) => {
    const cuts = marks.filter((mark) => mark.node === index);
    if (cuts.length === 0) return add(node);
    let from = 0;
    for (const { at } of cuts) {
      if (at > from) add({ type: 'text', value: node.value!.slice(from, at) });
      // The marks alternate: each opens a bold or closes the open one.
      if (strong) {
        run.push(strong);
        strong = undefined;
      } else strong = { type: 'strong', children: [] };
      from = at + 2;
    }
    if (from < node.value!.length) add({ type: 'text', value: node.value!.slice(from) });
  });
  return run;
}

/**
 * A text's value cut into text and bold (boldInRun over the text alone), or
 * undefined when it holds no bold the parser refused beside Chinese.
 * `source` is the file: asterisks an editor escaped (`\*\*注意\*\*`) stay asterisks.
 */
export function boldBesideChinese(text: string, source: string): Inline[] | undefined {
  return boldInRun([{ type: 'text', value: text }], source);
}

interface TextNode {
  value: string;
}
interface BlockNode {
  children: Inline[];
}
interface PluginContext {
  source?: string;
  parent(node: never): { type: string } | undefined;
  replaceNode(node: never, replacement: never): void;
  setProperty(node: never, key: 'children', value: never): void;
}

/** A block's run of text with its bold made, its texts and the nodes between taken together. */
function mendRun(node: BlockNode, ctx: PluginContext) {
  if (!node.children.some((child) => child.type === 'text' && child.value?.includes('**'))) return;
  const mended = boldInRun(node.children, ctx.source ?? '');
  if (mended) ctx.setProperty(node as never, 'children', mended as never);
}

/** A Sätteri MDAST plugin (astro.config.mjs) that makes bold what CommonMark left as asterisks beside Chinese. */
export function cjkStrongPlugin() {
  return {
    name: 'cjk-strong',
    paragraph: mendRun,
    heading: mendRun,
    tableCell: mendRun,
    // Text inside a link or emphasis; a block's own texts are its run's (mendRun).
    text: (node: TextNode, ctx: PluginContext) => {
      if (!node.value.includes('**') || isRunBlock(ctx.parent(node as never)?.type ?? '')) return;
      const pieces = boldBesideChinese(node.value, ctx.source ?? '');
      if (pieces) ctx.replaceNode(node as never, pieces as never);
    },
  };
}
