import { guideText } from '../../i18n/zh-CN/guide.ts';
import { closestKey } from '../input/closest-key.ts';

/**
 * The marks around the guide's made blocks, read line by line. Everything
 * between a begin mark and its end mark is rewritten, so a mark that does not
 * pair up (an end mark deleted, a begin mark pasted twice) would hand the
 * prose up to the next end mark to the generator: such a guide is refused,
 * with the line of each mark at fault, and left as it is.
 */

/** A made block as the guide has it: its name and the indexes of its begin and end lines. */
export interface MarkedBlock {
  name: string;
  begin: number;
  end: number;
}

/** What is wrong with the marks, at a line (counted from 1, as an editor's text editor shows it). */
export type MarkProblem =
  | { kind: 'unclosed'; line: number; name: string }
  | { kind: 'beginInside'; line: number; name: string; next: { line: number; name: string } }
  | { kind: 'endWithoutBegin'; line: number }
  | { kind: 'unknownName'; line: number; name: string; known: readonly string[] }
  | { kind: 'repeatedName'; line: number; name: string; first: number }
  | { kind: 'misspelt'; line: number };

const [BEFORE_NAME, AFTER_NAME] = guideText.begin('\u0000').split('\u0000') as [string, string];

/** What begin and end marks start with: a line starting so that is neither was meant as one. */
function commonStart(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
const MARK_START = commonStart(BEFORE_NAME, guideText.end);

type Mark = { kind: 'begin'; name: string } | { kind: 'end' } | { kind: 'misspelt' } | undefined;

function markOf(line: string): Mark {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (text === guideText.end) return { kind: 'end' };
  if (text.startsWith(BEFORE_NAME) && text.endsWith(AFTER_NAME) && text.length > BEFORE_NAME.length + AFTER_NAME.length) {
    return { kind: 'begin', name: text.slice(BEFORE_NAME.length, -AFTER_NAME.length) };
  }
  return text.trimStart().startsWith(MARK_START) ? { kind: 'misspelt' } : undefined;
}

/** The blocks the marks enclose, and every mark that does not pair up. */
export function readMarks(lines: readonly string[]): { blocks: MarkedBlock[]; problems: MarkProblem[] } {
  const blocks: MarkedBlock[] = [];
  const problems: MarkProblem[] = [];
  let open: { name: string; begin: number } | undefined;
  lines.forEach((line, index) => {
    const mark = markOf(line);
    if (mark?.kind === 'begin') {
      // Reported at the block left open; the scan goes on from the new begin mark, so one missing end is one problem.
      if (open)
        problems.push({ kind: 'beginInside', line: open.begin + 1, name: open.name, next: { line: index + 1, name: mark.name } });
      open = { name: mark.name, begin: index };
    } else if (mark?.kind === 'end') {
      if (open) blocks.push({ ...open, end: index });
      else problems.push({ kind: 'endWithoutBegin', line: index + 1 });
      open = undefined;
    } else if (mark?.kind === 'misspelt') {
      problems.push({ kind: 'misspelt', line: index + 1 });
    }
  });
  if (open) problems.push({ kind: 'unclosed', line: open.begin + 1, name: open.name });
  const first = new Map<string, number>();
  for (const block of blocks) {
    const seen = first.get(block.name);
    if (seen === undefined) first.set(block.name, block.begin + 1);
    else problems.push({ kind: 'repeatedName', line: block.begin + 1, name: block.name, first: seen });
  }
  return { blocks, problems: problems.sort((a, b) => a.line - b.line) };
}

/** A problem as the editor reads it: the line, what is wrong, what to write. */
export function describeMarkProblem(problem: MarkProblem): string {
  const w = guideText.marks;
  const message = (() => {
    switch (problem.kind) {
      case 'unclosed':
        return w.unclosed(problem.name);
      case 'beginInside':
        return w.beginInside(problem.name, problem.next.line, problem.next.name);
      case 'endWithoutBegin':
        return w.endWithoutBegin;
      case 'unknownName':
        return w.unknownName(problem.name, closestKey(problem.name, problem.known), problem.known);
      case 'repeatedName':
        return w.repeatedName(problem.name, problem.first);
      case 'misspelt':
        return w.misspelt;
    }
  })();
  return w.at(problem.line, message);
}
