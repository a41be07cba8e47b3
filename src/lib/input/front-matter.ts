import yaml from 'js-yaml';
import { inputText } from '../../i18n/zh-CN/input.ts';
import type { InputProblem } from '../input-problem.ts';
import { FRONT_MATTER } from './problems.ts';

/**
 * The front matter of a Markdown entry, read the way Astro reads it
 * (js-yaml's default schema). A YAML error names the line of the file (not
 * of the front matter) and says what to fix in Chinese.
 */
export type FrontMatterResult = { ok: true; data: unknown } | { ok: false; problems: InputProblem[] };

/** `---` on the first line (after a byte-order mark or blank lines), the YAML, then `---` on a line of its own. */
const FRONT_MATTER_BLOCK = /^(?:\uFEFF?|\s*\n)---([\s\S]*?\n)---/;

export function readFrontMatter(text: string, file: string): FrontMatterResult {
  const match = FRONT_MATTER_BLOCK.exec(text);
  if (!match) return { ok: false, problems: [{ file, field: FRONT_MATTER, message: inputText.yaml.frontMatterMissing }] };
  const raw = match[1]!;
  try {
    return { ok: true, data: yaml.load(raw) ?? {} };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    // The YAML starts right after the opening `---`, on that same line.
    const startLine = text.slice(0, match.index + match[0].indexOf('---') + 3).split('\n').length;
    const line = startLine + error.mark.line;
    const reason = inputText.yaml.reasons[error.reason] ?? inputText.yaml.otherReason(error.reason);
    return { ok: false, problems: [{ file, field: FRONT_MATTER, message: inputText.yaml.error(line, reason) }] };
  }
}
