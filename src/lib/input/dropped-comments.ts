import type { LoadOptions } from 'js-yaml';

/**
 * An unquoted value that a `#` cut short: `title: 长者课堂 #第1期` is read
 * as 长者课堂, because YAML takes a space and `#` as the start of a comment.
 * Editors paste hashtags and 第#期 into titles; the rest of the line would
 * vanish from the page without a word.
 */
export interface DroppedComment {
  /** Where the value starts in the YAML (after any spaces). */
  valueStart: number;
  /** The text from the value's start to the end of its line, comment included. */
  written: string;
  /** The comment as written, `#` included. */
  comment: string;
}

const QUOTED_OR_BLOCK = /^["'|>]/;
const TRAILING_COMMENT = /^[ \t]*(#.*)/;

/**
 * A js-yaml `listener` that notes each plain value followed on its line by a
 * comment, for the same parse that reads the data (js-yaml keeps no
 * comments, so this is the one place they can be seen).
 */
export function droppedCommentWatcher(yaml: string): { listener: NonNullable<LoadOptions['listener']>; found: DroppedComment[] } {
  const found: DroppedComment[] = [];
  const opened: number[] = [];
  const listener: NonNullable<LoadOptions['listener']> = (event, state) => {
    if (event === 'open') {
      opened.push(state.position);
      return;
    }
    const start = opened.pop() ?? state.position;
    if (state.kind !== 'scalar') return;
    const raw = yaml.slice(start, state.position);
    const valueStart = start + raw.length - raw.trimStart().length;
    if (QUOTED_OR_BLOCK.test(raw.trimStart())) return;
    const lineEnd = yaml.indexOf('\n', state.position);
    const rest = yaml.slice(state.position, lineEnd === -1 ? undefined : lineEnd);
    const comment = TRAILING_COMMENT.exec(rest)?.[1];
    // js-yaml reads a list item's value twice (once trying it as a mapping).
    if (comment === undefined || found.some((f) => f.valueStart === valueStart)) return;
    found.push({
      valueStart,
      written: yaml.slice(valueStart, lineEnd === -1 ? undefined : lineEnd).trimEnd(),
      comment: comment.trimEnd(),
    });
  };
  return { listener, found };
}

const KEY_LINE = /^(\s*)(?:-\s+)?([^\s#:\-'"][^:]*?):(?:\s|$)/;
const ITEM_LINE = /^(\s*)-\s/;

/**
 * The key whose value is at `offset` in the YAML: the key on that line, or
 * for a list item (`  - 读书`) the key the list belongs to. Undefined when
 * the line has neither.
 */
export function keyAt(yaml: string, offset: number): string | undefined {
  const lines = yaml.slice(0, offset).split('\n');
  const lineStart = offset - lines.at(-1)!.length;
  const line = yaml.slice(lineStart).split('\n')[0]!;
  const own = KEY_LINE.exec(line);
  if (own && lineStart + own[0].length <= offset) return own[2]!.trim();
  const item = ITEM_LINE.exec(line);
  if (!item) return undefined;
  for (const above of lines.slice(0, -1).reverse()) {
    const key = KEY_LINE.exec(above);
    if (key && key[1]!.length <= item[1]!.length) return key[2]!.trim();
  }
  return undefined;
}
