import { fieldPath } from './problems.ts';

/**
 * JSON.parse keeps the last of two equal keys and drops the first without a
 * word. In an editor's file that is lost data (a kind pasted twice in a
 * statistics file, two `activities` blocks), so the text is scanned for
 * repeated keys. The text has already been parsed, so it is known to be valid JSON.
 */

export interface DuplicateKey {
  /** Key path of the repeated field, e.g. `reports[2].activities.themed_reading`. */
  path: string;
  /** The same path as keys and indexes: `['reports', 2, 'activities', 'themed_reading']`. */
  keys: (string | number)[];
  key: string;
}

type Frame =
  | { kind: 'object'; keys: (string | number)[]; seen: Set<string>; expectingKey: boolean; key: string }
  | { kind: 'array'; keys: (string | number)[]; index: number };

function childKeys(frame: Frame | undefined): (string | number)[] {
  if (!frame) return [];
  return [...frame.keys, frame.kind === 'array' ? frame.index : frame.key];
}

export function findDuplicateKeys(json: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let i = 0;
  while (i < json.length) {
    const ch = json[i]!;
    const top = stack[stack.length - 1];
    if (ch === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      if (top?.kind === 'object' && top.expectingKey) {
        const key = JSON.parse(json.slice(i, end + 1)) as string;
        if (top.seen.has(key)) {
          const keys = [...top.keys, key];
          found.push({ path: fieldPath(keys), keys, key });
        }
        top.seen.add(key);
        top.key = key;
        top.expectingKey = false;
      }
      i = end + 1;
      continue;
    }
    if (ch === '{') stack.push({ kind: 'object', keys: childKeys(top), seen: new Set(), expectingKey: true, key: '' });
    else if (ch === '[') stack.push({ kind: 'array', keys: childKeys(top), index: 0 });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ',' && top?.kind === 'array') top.index++;
    else if (ch === ',' && top?.kind === 'object') top.expectingKey = true;
    i++;
  }
  return found;
}
