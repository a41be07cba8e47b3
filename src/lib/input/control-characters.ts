import { inputText } from '../../i18n/zh-CN/input.ts';
import type { Finding } from './schema.ts';

/**
 * Characters no text of the site needs and XML forbids: C0 controls but tab
 * and line breaks, DEL, and the non-characters U+FFFE and U+FFFF. Pasted
 * from web pages and Word, or written as `\u0001` in YAML or JSON, one of
 * them in a title made the whole RSS feed unreadable to every feed reader.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/u;
/**
 * Direction overrides, embeddings and isolates: invisible, they turn the text
 * after them around (U+202E before `gpj.exe` shows it as exe.jpg), in a title and in the tab's
 * site name after it. A Chinese site's text never needs them.
 */
const DIRECTION = /[\u202a-\u202e\u2066-\u2069]/u;

const codeOf = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first such character of `text`, as `U+0001`; undefined when there is none. */
export function controlCharacterIn(text: string): string | undefined {
  const found = CONTROL.exec(text)?.[0] ?? DIRECTION.exec(text)?.[0];
  return found === undefined ? undefined : codeOf(found);
}

/** What to tell the editor of a character `controlCharacterIn` found. */
export function controlCharacterMessage(code: string): string {
  const character = String.fromCodePoint(Number.parseInt(code.slice(2), 16));
  return DIRECTION.test(character) ? inputText.text.directionControl(code) : inputText.text.controlCharacter(code);
}

/**
 * Every string in parsed YAML or JSON that holds one, by its key path (keys
 * included). An object or list reached twice (a YAML alias; front matter
 * refuses them, yaml-anchors.ts) is looked at once: walked again for every
 * path to it, nine lines of aliases made 387 million strings to look at.
 */
export function controlCharacterFindings(value: unknown, path: readonly PropertyKey[] = [], seen = new WeakSet<object>()): Finding[] {
  if (typeof value === 'string') {
    const found = controlCharacterIn(value);
    return found ? [{ path, message: controlCharacterMessage(found) }] : [];
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) return value.flatMap((item, index) => controlCharacterFindings(item, [...path, index], seen));
  return Object.entries(value).flatMap(([key, item]) => {
    const inKey = controlCharacterIn(key);
    return [
      ...(inKey ? [{ path: [...path, key], message: controlCharacterMessage(inKey) }] : []),
      ...controlCharacterFindings(item, [...path, key], seen),
    ];
  });
}
