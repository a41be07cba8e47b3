import yaml from 'js-yaml';
import { inputText } from '../../i18n/zh-CN/input.ts';
import type { InputProblem } from '../input-problem.ts';
import { droppedCommentWatcher, keyAt } from './dropped-comments.ts';
import { FRONT_MATTER } from './problems.ts';
import { slipHint, yamlReason } from './yaml-hint.ts';
import { findYamlSlip, type YamlSlip } from './yaml-slips.ts';
import { anchorWatcher } from './yaml-anchors.ts';
import { keepTimestampOffsets } from './timestamp-offsets.ts';

/**
 * The front matter of a Markdown entry, read the way Astro reads it
 * (js-yaml's default schema). A YAML error names the line of the file (not
 * of the front matter) and says what to fix in Chinese. It reads, but
 * reports in `problems`, an unquoted value that a `#` cut short.
 */
export type FrontMatterResult = { ok: true; data: unknown; problems: InputProblem[] } | { ok: false; problems: InputProblem[] };

/** `---` on the first line (after a byte-order mark or blank lines), the YAML, then `---` on a line of its own. */
const FRONT_MATTER_BLOCK = /^(?:\uFEFF?|\s*\n)---([\s\S]*?\n)---/;

/**
 * js-yaml's reasons for a value it cannot read as plain text: one that starts
 * with a quote and goes on after it, holds `: `, or starts with `*`, `!`, `@`,
 * `` ` ``, `%`, `[`, `{`. It blames indentation for most of them.
 */
const VALUE_SYNTAX =
  /^(bad indentation of a mapping entry|unidentified alias|tag name|a line break is expected|end of the stream or a document separator is expected|name of an alias node|unexpected end of the stream within a flow collection|missed comma between flow collection entries)/;
const VALUE_ON_LINE = /^\s*(?:-\s+)?[^\s#:\-'"][^:]*?:[ \t]+(\S.*?)\s*$/;

/** The number of lines the front matter takes, `---` lines included; 0 when the file has none. */
export function frontMatterLineCount(text: string): number {
  const match = FRONT_MATTER_BLOCK.exec(text);
  return match ? text.slice(0, match.index + match[0].length).split('\n').length : 0;
}

/** The YAML between the `---` lines of a Markdown file; undefined when it has none. */
export function frontMatterYaml(text: string): string | undefined {
  return FRONT_MATTER_BLOCK.exec(text)?.[1];
}

export function readFrontMatter(text: string, file: string): FrontMatterResult {
  const match = FRONT_MATTER_BLOCK.exec(text);
  if (!match) return { ok: false, problems: [{ file, field: FRONT_MATTER, message: inputText.yaml.frontMatterMissing }] };
  const raw = match[1]!;
  // The YAML starts right after the opening `---`, on that same line.
  const startLine = text.slice(0, match.index + match[0].indexOf('---') + 3).split('\n').length;
  const lineOf = (offset: number) => startLine + raw.slice(0, offset).split('\n').length - 1;
  const watcher = droppedCommentWatcher(raw);
  const anchors = anchorWatcher(raw);
  try {
    const data =
      yaml.load(raw, {
        listener(event, state) {
          watcher.listener.call(this, event, state);
          anchors.listener.call(this, event, state);
        },
      }) ?? {};
    // Refused before anything walks the data: an alias may repeat it millions of times (yaml-anchors.ts).
    const anchor = anchors.found[0];
    if (anchor) {
      const key = keyAt(raw, anchor.offset);
      return {
        ok: false,
        problems: [{ file, field: key ?? FRONT_MATTER, message: inputText.yaml.anchor(lineOf(anchor.offset), anchor.name) }],
      };
    }
    const problems = watcher.found.map((dropped) => {
      const key = keyAt(raw, dropped.valueStart);
      const fixed = `${key && !raw.slice(0, dropped.valueStart).trimEnd().endsWith('-') ? `${key}: ` : '- '}${JSON.stringify(dropped.written)}`;
      return {
        file,
        field: key ?? FRONT_MATTER,
        message: inputText.yaml.commentDropped(lineOf(dropped.valueStart), dropped.comment, fixed),
      };
    });
    return { ok: true, data: keepTimestampOffsets(data, raw), problems };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const slip = findYamlSlip(raw, error.mark.line);
    if (slip) return { ok: false, problems: [slipProblem(slip, startLine + slip.index, file)] };
    const line = startLine + error.mark.line;
    const valueProblem = VALUE_SYNTAX.test(error.reason) ? unreadableValue(raw, error.mark.position, line, file) : undefined;
    if (valueProblem) return { ok: false, problems: [valueProblem] };
    return { ok: false, problems: [{ file, field: FRONT_MATTER, message: inputText.yaml.error(line, yamlReason(error.reason)) }] };
  }
}

function slipProblem(slip: YamlSlip, line: number, file: string): InputProblem {
  return { file, field: slip.key, message: inputText.yaml.error(line, slipHint(slip)) };
}

/**
 * When js-yaml stopped inside the value of a `key: value` line (not at its
 * key, where a real indentation mistake stops it), the problem is the value:
 * name the key and show the line with the value in quotes.
 */
function unreadableValue(raw: string, position: number, line: number, file: string): InputProblem | undefined {
  const lineStart = raw.lastIndexOf('\n', position - 1) + 1;
  const lineText = raw.slice(lineStart).split('\n')[0]!;
  const value = VALUE_ON_LINE.exec(lineText);
  const key = keyAt(raw, position);
  if (!value || key === undefined || position < lineStart + lineText.indexOf(value[1]!, lineText.indexOf(':'))) return undefined;
  // `"他说"你好"的讲座"` was meant as a quoted value: keep what is inside the outer quotes.
  const written = /^".*"$/.test(value[1]!) ? value[1]!.slice(1, -1) : value[1]!;
  return { file, field: key, message: inputText.yaml.valueNeedsQuotes(line, `${key}: '${written.replaceAll("'", "''")}'`) };
}
