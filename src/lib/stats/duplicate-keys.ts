/**
 * JSON.parse keeps the last of two equal keys and drops the first without a
 * word. In a statistics file that is lost data (a kind pasted twice, two
 * `activities` blocks), so the text is scanned for repeated keys. The text
 * has already been parsed, so it is known to be valid JSON.
 */

export interface DuplicateKey {
  /** Key path of the repeated field, e.g. `reports[2].activities.themed_reading`. */
  path: string;
  key: string;
}

type Frame =
  | { kind: 'object'; path: string; keys: Set<string>; expectingKey: boolean; key: string }
  | { kind: 'array'; path: string; index: number };

function childPath(frame: Frame | undefined): string {
  if (!frame) return '';
  if (frame.kind === 'array') return `${frame.path}[${frame.index}]`;
  return frame.path ? `${frame.path}.${frame.key}` : frame.key;
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
        const path = top.path ? `${top.path}.${key}` : key;
        if (top.keys.has(key)) found.push({ path, key });
        top.keys.add(key);
        top.key = key;
        top.expectingKey = false;
      }
      i = end + 1;
      continue;
    }
    if (ch === '{') stack.push({ kind: 'object', path: childPath(top), keys: new Set(), expectingKey: true, key: '' });
    else if (ch === '[') stack.push({ kind: 'array', path: childPath(top), index: 0 });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ',' && top?.kind === 'array') top.index++;
    else if (ch === ',' && top?.kind === 'object') top.expectingKey = true;
    i++;
  }
  return found;
}
