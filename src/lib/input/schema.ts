import { z } from 'zod';
import { inputText } from '../../i18n/zh-CN/input.ts';
import type { InputProblem } from '../input-problem.ts';
import { closestKey } from './closest-key.ts';
import { controlCharacterFindings } from './control-characters.ts';
import { SHAPES, withJsonShape } from './json-shape.ts';
import { findDuplicateKeys } from './duplicate-keys.ts';
import { isJsonObject, parseJson } from './json.ts';
import { fieldPath, WHOLE_FILE } from './problems.ts';

/**
 * Validating an editor's JSON file with a Zod schema: syntax, duplicate and
 * unknown keys, then the schema, then checks across items (a code twice, an
 * id twice); every problem at once, each naming the file, the item and the
 * field by its key path, in the order an editor reads the file.
 */
export type Validation<T> = { ok: true; data: T } | { ok: false; problems: InputProblem[] };

/** A problem found by a check across items, before it is given its file and item. */
export interface Finding {
  path: readonly PropertyKey[];
  message: string;
}

export interface JsonFileRules<T> {
  schema: z.ZodType<T>;
  /** What the file should hold, for an empty file: `{ "year": …, "items": […] }`. */
  shape: string;
  /** The top-level keys, in the order problems are listed in. */
  keys: readonly string[];
  /** The keys named when the file is not an object at all; `keys` by default. */
  required?: readonly string[];
  /** The array whose entries are named as items (`第 3 条报告（广州市 440100）`), with its keys in order. */
  items?: { key: string; keys: readonly string[]; label: (index: number, raw: unknown) => string };
  /** Checks across entries, on the parsed JSON as written. */
  crossCheck?: (root: Record<string, unknown>) => Finding[];
  /** What a key written twice loses (`数字` in a statistics file). */
  lost?: string;
}

const SCHEMA_KEY = '$schema';

export function validateJsonText<T>(text: string, file: string, rules: JsonFileRules<T>): Validation<T> {
  const parsed = parseJson(text, file, rules.shape);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (!isJsonObject(root)) {
    return {
      ok: false,
      problems: [{ file, field: WHOLE_FILE, message: inputText.json.notObject(rules.required ?? rules.keys, root) }],
    };
  }
  const findings: Finding[] = findDuplicateKeys(text).map((d) => ({
    path: d.keys,
    message: inputText.json.duplicateKey(d.key, rules.lost),
  }));
  // `"$schema": "…"` points an editor's tool at the file's JSON Schema (src/schemas/); it is not data.
  const { [SCHEMA_KEY]: schemaRef, ...data } = root;
  const result = rules.schema.safeParse(typeof schemaRef === 'string' ? data : root);
  if (!result.success) findings.push(...findingsOf(result.error.issues));
  findings.push(...controlCharacterFindings(root));
  findings.push(...(rules.crossCheck?.(root) ?? []));
  if (result.success && findings.length === 0) return { ok: true, data: result.data };
  return { ok: false, problems: problemsOf(findings, file, root, rules) };
}

/** Zod issues as findings; an unknown key's message is built from the key itself. */
export function findingsOf(issues: readonly z.core.$ZodIssue[]): Finding[] {
  return issues.map((issue) => {
    const describeKey = (issue.code === 'custom' ? issue.params?.['unknownKey'] : undefined) as ((key: string) => string) | undefined;
    const key = String(issue.path.at(-1) ?? '');
    return { path: issue.path, message: describeKey ? describeKey(key) : issue.message };
  });
}

/** Findings with their file and item, file-level ones first, then item by item, each in the keys' order. */
function problemsOf(findings: Finding[], file: string, root: Record<string, unknown>, rules: JsonFileRules<unknown>): InputProblem[] {
  const items = rules.items;
  const entries = items && Array.isArray(root[items.key]) ? (root[items.key] as unknown[]) : [];
  const itemIndex = (path: readonly PropertyKey[]) =>
    items && path[0] === items.key && typeof path[1] === 'number' && path[1] < entries.length ? path[1] : -1;
  const rank = (keys: readonly string[], key: PropertyKey | undefined) => (key === undefined ? -2 : keys.indexOf(String(key)));
  const sortKey = (path: readonly PropertyKey[]): [number, number] => {
    const index = itemIndex(path);
    return index < 0 ? [-1, rank(rules.keys, path[0])] : [index, rank(items!.keys, path[2])];
  };
  return findings
    .map((finding, order) => ({ finding, order, key: sortKey(finding.path) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.order - b.order)
    .map(({ finding }) => {
      const index = itemIndex(finding.path);
      const problem: InputProblem = { file, field: fieldPath(finding.path), message: finding.message };
      if (index >= 0) problem.item = items!.label(index, entries[index]);
      return problem;
    });
}

/** Marks a key the object does not know; the message is made from the key when the problem is listed. */
export function unknownKey(message: (key: string) => string) {
  const field = z.unknown().superRefine((_, ctx) => {
    ctx.addIssue({ code: 'custom', message: '', params: { unknownKey: message } });
  });
  return withJsonShape(field, SHAPES.noOtherKeys);
}

/**
 * An object that reports every key it does not know, with the key it
 * probably meant: a typo (`activites`) must never drop an editor's figures
 * silently. `consequence` says what happens to what is under the key.
 */
export function strictObject<S extends z.core.$ZodLooseShape>(
  shape: S,
  options: { error?: (input: unknown) => string; consequence?: string } = {},
) {
  const allowed = Object.keys(shape);
  const consequence = options.consequence ?? inputText.keys.ignored;
  const error = options.error;
  const owners = nestedKeyOwners(shape);
  return z.object(shape, error ? { error: (issue) => error(issue.input) } : undefined).catchall(
    unknownKey((key) => {
      // YAML takes a full-width space (an input method's) as part of the key, not as indentation.
      const bare = key.trimStart();
      if (bare !== key && bare !== '') return inputText.keys.wideIndent(key.slice(0, key.length - bare.length), bare);
      const owner = owners.get(key);
      return owner ? inputText.keys.under(key, owner) : inputText.keys.unknown(key, closestKey(key, allowed), allowed, consequence);
    }),
  );
}

/**
 * The keys of the fields that are objects themselves (venue's name and
 * address, cover's src and alt), each with its field: written at the top
 * (address: under venue: 荔湾区社区学院), the key is not unknown but one
 * line out of place, and the message says where it goes. A key of the
 * object's own, or of two such fields, is left out.
 */
function nestedKeyOwners(shape: z.core.$ZodLooseShape): Map<string, string> {
  const owners = new Map<string, string | undefined>();
  for (const [field, schema] of Object.entries(shape)) {
    let inner: unknown = schema;
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap();
    if (!(inner instanceof z.ZodObject)) continue;
    for (const key of Object.keys(inner.shape)) owners.set(key, owners.has(key) ? undefined : field);
  }
  return new Map([...owners].filter((entry): entry is [string, string] => entry[1] !== undefined && !(entry[0] in shape)));
}

/**
 * A length check (z.minLength, z.maxLength) said only of values of its own
 * kind. Zod runs one on any value with a length, so a list refused where
 * text goes (`title: []`) would be told it is empty as well, and a text
 * refused where a list goes (`audience: ""`) that it names no one. The JSON
 * Schemas still read it as the check it is (minLength, minItems).
 */
export function onlyOf<T extends z.core.$ZodCheck>(kind: 'text' | 'list', check: T): T {
  check._zod.def.when = ({ value }) => (kind === 'text' ? typeof value === 'string' : Array.isArray(value));
  return check;
}

/** A value as the editor wrote it, for a rejection to quote: text as it is, anything else as JSON (`123`, `["/a"]`), never [object Object]. */
export const asWritten = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

const rejection = Symbol('rejected');
interface Rejected {
  [rejection]: string;
}

/**
 * A field checked by a plain function, for checks whose messages depend on
 * what was written (`数字不要加引号：应写 120，而不是 "120"`): it returns
 * the value, or `reject(message)`.
 */
export function checked<T>(check: (value: unknown, reject: (message: string) => never) => T) {
  const reject = (message: string) => ({ [rejection]: message }) satisfies Rejected as never;
  return z.unknown().transform((value, ctx) => {
    const out = check(value, reject) as T | Rejected;
    if (typeof out === 'object' && out !== null && rejection in out) {
      ctx.issues.push({ code: 'custom', message: out[rejection], input: value });
      return z.NEVER;
    }
    return out;
  });
}
