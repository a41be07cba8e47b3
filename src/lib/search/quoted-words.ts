/**
 * The search's answer quotes the query and its words (没有找到与“少儿编程”完全相符的内容。“编程”在本站没有找到；).
 * A line may break anywhere in Chinese text, and a phone's narrow line broke a quoted word between its
 * characters (“编 / 程”), the word a reader checks against what they typed. The page keeps each quoted
 * piece whole on a line where it fits; this cuts the answer into the pieces to keep.
 *
 * Plain TypeScript for the search page; the marks are those of the answer's words (src/i18n/zh-CN/search.ts).
 */

/** A piece of the answer: its text, and whether it is quoted (the text between “ and ”, marks left out). */
export interface AnswerPiece {
  text: string;
  quoted: boolean;
}

const QUOTED = /“([^“”]+)”/gu;

/** The answer cut into its plain and quoted pieces, in order; joined, they are the answer unchanged. */
export function answerPieces(answer: string): AnswerPiece[] {
  const pieces: AnswerPiece[] = [];
  let at = 0;
  const plainUpTo = (end: number) => {
    if (end > at) pieces.push({ text: answer.slice(at, end), quoted: false });
  };
  for (const match of answer.matchAll(QUOTED)) {
    const start = match.index + 1;
    plainUpTo(start);
    pieces.push({ text: match[1]!, quoted: true });
    at = start + match[1]!.length;
  }
  plainUpTo(answer.length);
  return pieces;
}
