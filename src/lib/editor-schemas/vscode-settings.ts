import { isDeepStrictEqual } from 'node:util';
import { applyEdits, getNodeValue, modify, parseTree, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { vscodeSettingsText } from '../../i18n/zh-CN/vscode-settings.ts';
import { isSchemaMappingOfOurs, json, SCHEMA_MAPPINGS_KEY, schemaMappings } from './files.ts';

/**
 * .vscode/settings.json is shared: people put their own settings in it, with
 * comments and trailing commas as VS Code allows (JSONC). `npm run schemas`
 * owns only the entries of `json.schemas` that point into src/schemas/; it
 * changes those, in place, and nothing else, and only when they differ from
 * what it makes. When it cannot do that without losing something people
 * wrote, it leaves the file alone and says what to add by hand.
 */

export type SettingsProblem =
  | { kind: 'syntax'; line: number; column: number; error: string }
  | { kind: 'notObject' }
  | { kind: 'repeatedKey' }
  | { kind: 'notList' }
  | { kind: 'commentsInside' };

export type SettingsUpdate = { ok: true; text: string } | { ok: false; problem: SettingsProblem };

const KEY = SCHEMA_MAPPINGS_KEY;

/**
 * The settings with this tool's entries current: `current` itself when they
 * already are (however they are laid out), the entries alone when there is no
 * file yet (`undefined`) or an empty one.
 */
export function settingsWithSchemas(current: string | undefined): SettingsUpdate {
  const ours = schemaMappings();
  if (current === undefined || current.trim() === '') return { ok: true, text: json({ [KEY]: ours }) };
  const bom = current.startsWith('\uFEFF') ? '\uFEFF' : ''; // Windows editors save one; jsonc-parser does not skip it
  const text = current.slice(bom.length);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || root === undefined) return refuse(syntaxProblem(text, errors[0]));
  if (root.type !== 'object') return refuse({ kind: 'notObject' });
  const properties = (root.children ?? []).filter((property) => property.children?.[0]?.value === KEY);
  if (properties.length > 1) return refuse({ kind: 'repeatedKey' });
  const list = properties[0]?.children?.[1];
  if (list === undefined) return { ok: true, text: bom + edited(text, ours) };
  if (list.type !== 'array') return refuse({ kind: 'notList' });

  // getNodeValue's objects have no prototype, which isDeepStrictEqual would count as a difference.
  const entries = JSON.parse(JSON.stringify(getNodeValue(list))) as unknown[];
  if (isDeepStrictEqual(entries.filter(isSchemaMappingOfOurs), ours)) return { ok: true, text: current };
  if (hasComments(text.slice(list.offset, list.offset + list.length))) return refuse({ kind: 'commentsInside' });
  // People's own entries keep their order; ours go where the first of ours was, or last.
  const firstOfOurs = entries.findIndex(isSchemaMappingOfOurs);
  const theirs = entries.filter((entry) => !isSchemaMappingOfOurs(entry));
  const before = firstOfOurs === -1 ? theirs.length : entries.slice(0, firstOfOurs).filter((e) => !isSchemaMappingOfOurs(e)).length;
  return { ok: true, text: bom + edited(text, [...theirs.slice(0, before), ...ours, ...theirs.slice(before)]) };
}

const refuse = (problem: SettingsProblem): SettingsUpdate => ({ ok: false, problem });

/** `text` with `json.schemas` set to `value`, in the file's own indentation; every other line as it was. */
function edited(text: string, value: unknown): string {
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
  const formattingOptions = {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: '\n',
  };
  return applyEdits(text, modify(text, [KEY], value, { formattingOptions }));
}

function hasComments(text: string): boolean {
  let found = false;
  visit(
    text,
    {
      onComment: () => {
        found = true;
      },
    },
    { allowTrailingComma: true },
  );
  return found;
}

function syntaxProblem(text: string, error: ParseError | undefined): SettingsProblem {
  const before = text.slice(0, error?.offset ?? 0).split('\n');
  return {
    kind: 'syntax',
    line: before.length,
    column: (before.at(-1) ?? '').length + 1,
    error: error ? printParseErrorCode(error.error) : '',
  };
}

/** Why the file was left alone, and the entries to put in it by hand. */
export function describeSettingsProblem(file: string, problem: SettingsProblem): string {
  const w = vscodeSettingsText;
  const reason = (() => {
    switch (problem.kind) {
      case 'syntax':
        return w.syntaxAt(problem.line, problem.column, inputText.json.reasons[problem.error] ?? inputText.json.otherReason);
      case 'notObject':
        return w.notObject;
      case 'repeatedKey':
        return w.repeatedKey(KEY);
      case 'notList':
        return w.notList(KEY);
      case 'commentsInside':
        return w.commentsInside(KEY);
    }
  })();
  return w.refused(file, reason, KEY, JSON.stringify(schemaMappings(), null, 2));
}
