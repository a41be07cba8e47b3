/**
 * A line an editor breaks inside a Chinese sentence. Markdown keeps the
 * break as a newline in the paragraph's text, and a browser shows a newline
 * as a space, so 本站由广东省教育厅组织建设，⏎各地… read 建设， 各地 with a gap
 * (Chromium does not apply CSS Text's rule that drops a break between two
 * wide characters). The build drops it where the spec would: between two
 * characters of Chinese text (Han, CJK and full-width punctuation, the
 * curly quotes Chinese sets full-width, kana); Latin words keep their space.
 */

/** A character on either side of a break that Chinese text sets without a space. */
const WIDE = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d\u2014\u2026]`;
const BREAK_BETWEEN_WIDE = new RegExp(`(?<=${WIDE})[ \\t]*\\n[ \\t]*(?=${WIDE})`, 'gu');

/** `text` without the line breaks that stand between two wide characters. */
export function joinChineseLines(text: string): string {
  return text.replace(BREAK_BETWEEN_WIDE, '');
}

interface TextNode {
  value: string;
}
interface TextContext {
  replaceNode(node: never, replacement: never): void;
}

/** A Sätteri MDAST plugin (astro.config.mjs) that drops a line break inside Chinese text. */
export function chineseLineBreaksPlugin() {
  return {
    name: 'chinese-line-breaks',
    text: (node: TextNode, ctx: TextContext) => {
      if (!node.value.includes('\n')) return;
      const joined = joinChineseLines(node.value);
      if (joined !== node.value) ctx.replaceNode(node as never, { type: 'text', value: joined } as never);
    },
  };
}
