import { parse as parseTolerantly, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { inputText } from '../../i18n/zh-CN/input.ts';
import type { InputProblem } from '../input-problem.ts';
import { WHOLE_FILE } from './problems.ts';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: InputProblem[] };

/**
 * Parses an editor's JSON. A syntax error names the line and column where
 * the parser stopped (an editor's text editor shows both) and what it
 * expected there. `shape` is what the file should hold, for the
 * message about an empty file: `{ "year": …, "items": […] }`. A byte-order
 * mark (Windows editors save one) is not an error.
 */
export function parseJson(source: string, file: string, shape: string): JsonResult {
  const text = source.replace(/^\uFEFF/, ''); // a byte-order mark is not an error
  const problem = (message: string): JsonResult => ({ ok: false, problems: [{ file, field: WHOLE_FILE, message }] });
  if (text.trim() === '') return problem(inputText.json.empty(shape));
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return problem(syntaxMessage(text, error));
  }
}

const FULL_WIDTH_PUNCTUATION = /[，：“”‘’｛｝［］【】、；]/u;

/**
 * V8 says where it stopped for some errors only (`Unexpected token 'o', …`
 * has no position); jsonc-parser names the first error and its offset for all.
 */
function syntaxMessage(text: string, error: unknown): string {
  const errors: ParseError[] = [];
  parseTolerantly(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  const v8Position = /at position (\d+)/.exec(error instanceof Error ? error.message : String(error))?.[1];
  const position = first?.offset ?? (v8Position === undefined ? undefined : Number(v8Position));
  if (position === undefined) return inputText.json.syntax;
  const before = text.slice(0, position).split('\n');
  // `"count": 8，`: a Chinese input method's comma, colon, quote or bracket, which no parser names as such.
  const fullWidth = FULL_WIDTH_PUNCTUATION.exec(text.slice(position, position + 1))?.[0];
  const reason = fullWidth
    ? inputText.json.fullWidth(fullWidth)
    : ((first && inputText.json.reasons[printParseErrorCode(first.error)]) ?? inputText.json.otherReason);
  return inputText.json.syntaxAt(before.length, (before.at(-1) ?? '').length + 1, position, reason);
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
