import { fileURLToPath } from 'node:url';
import { contentSafety } from '../../i18n/zh-CN/content-safety.ts';
import { fileLabelOf, formatProblem } from '../input-problem.ts';

/**
 * A body with a long run of characters and no space between them is refused
 * before it is parsed. Sätteri slows with the square of such a run when it
 * may be an address (`https://a.b/` and 150,000 dots took the check 27 s),
 * or emphasis (`a_a_a…`); an address is a few hundred characters, and a
 * paragraph of text breaks its lines far sooner than this (Chinese text
 * included: a line of 10,000 characters is twenty pages).
 */
export const MAX_UNBROKEN_RUN = 10_000;

export interface LongRun {
  /** The file's line the run starts on. */
  line: number;
  /** How many characters it has, as an editor counts them. */
  length: number;
}

const isSpace = (character: string) => /\s/.test(character);

/** The first run of more than MAX_UNBROKEN_RUN characters without white space, in one pass. `source` is the whole file. */
export function tooLongRun(source: string): LongRun | undefined {
  let line = 1;
  let runLine = 1;
  let length = 0;
  for (const character of source) {
    if (isSpace(character)) {
      if (length > MAX_UNBROKEN_RUN) break;
      if (character === '\n') line += 1;
      length = 0;
      continue;
    }
    if (length === 0) runLine = line;
    length += 1;
  }
  return length > MAX_UNBROKEN_RUN ? { line: runLine, length } : undefined;
}

/**
 * The same refusal in the build's own Markdown path (astro.config.mjs), for a
 * build that has no check ahead of it (`astro build`, tests): a Sätteri
 * plugin factory, which sees the body before it is parsed, stops the build
 * with the check's words, naming the file. The line is the body's: Astro
 * hands over the body without its front matter.
 */
export function longRunGuardPlugin() {
  return (ctx: { source: string; fileURL: URL | undefined }) => {
    const run = tooLongRun(ctx.source);
    if (run) {
      const file = ctx.fileURL ? fileLabelOf(fileURLToPath(ctx.fileURL)) : '';
      const message = contentSafety.longRun(run.length, MAX_UNBROKEN_RUN);
      throw new Error(formatProblem({ file, item: contentSafety.line(run.line), field: contentSafety.bodyField, message }));
    }
    // Nothing to add to the pipeline.
    return null;
  };
}
