/**
 * A fixed set of values (event types, audiences, levels …) as editors name
 * them: the English key a file writes, the label pages show, and the other
 * words people use. What `npm run new`, import-events and the content check
 * all read a typed choice by.
 */
export interface Choice {
  key: string;
  label: string;
  /** Other words for it, read as exactly it (label-aliases.json): 老人 for 老年人. */
  aliases?: readonly string[];
  /** Words that may mean it or another (label-aliases.json, `maybe`): 讲座, online or not. */
  maybe?: readonly string[];
}

/** The choices for `keys`, each with its label and the other words people use for it. */
export function choicesOf(
  keys: readonly string[],
  labels: Readonly<Record<string, string>>,
  aliases: Readonly<Record<string, readonly string[]>> = {},
  maybe: Readonly<Record<string, readonly string[]>> = {},
): Choice[] {
  const mayMean = (key: string) => Object.keys(maybe).filter((word) => maybe[word]!.includes(key));
  return keys.map((key) => ({ key, label: labels[key] ?? key, aliases: aliases[key] ?? [], maybe: mayMean(key) }));
}

/** The choice `typed` names: its key (any case), its label, one of its other words, or part of one label only (not a `maybe` word). */
export function choiceNamed(typed: string, choices: readonly Choice[]): Choice | undefined {
  const text = typed.trim().normalize('NFKC');
  if (text === '') return undefined;
  const same = (word: string) => word.normalize('NFKC') === text;
  const exact = choices.find((c) => c.key === text.toLowerCase() || same(c.label) || c.aliases?.some(same));
  if (exact) return exact;
  // A word that may mean several (讲堂, in 线上社会大讲堂 alone, but not always online) is not guessed.
  if (choices.some((c) => c.maybe?.some(same))) return undefined;
  // Part of one label only (家庭 for 亲子家庭); part of two (活动) is not guessed.
  const partial = choices.filter((c) => c.label.normalize('NFKC').includes(text));
  return partial.length === 1 ? partial[0] : undefined;
}

/**
 * The choices a word that names none for sure may mean, for the editor to
 * pick from: 讲座 (online_lecture or other), 阅读 (part of 主题阅读 and of
 * 数字阅读分享). Empty for a word that names one, or none at all.
 */
export function choicesMeant(typed: string, choices: readonly Choice[]): Choice[] {
  const text = typed.trim().normalize('NFKC');
  if (text === '' || choiceNamed(text, choices)) return [];
  const meant = choices.filter(
    (c) => c.maybe?.some((word) => word.normalize('NFKC') === text) || c.label.normalize('NFKC').includes(text),
  );
  return meant.length > 1 ? meant : [];
}

/**
 * What to answer a word that names no choice with: the choices it may mean
 * (`among`, for 讲座), else every choice.
 */
export function choicesToOffer(typed: string, choices: readonly Choice[]): { among: boolean; offered: readonly Choice[] } {
  const meant = choicesMeant(typed, choices);
  return meant.length > 0 ? { among: true, offered: meant } : { among: false, offered: choices };
}

/** What Chinese text separates a list's items with; YAML splits a list at none of them. */
const CHINESE_SEPARATORS = /[，、；]/u;
const SEPARATORS = new RegExp(`[,;]|${CHINESE_SEPARATORS.source}`, 'u');

/** Items separated by commas (half- or full-width), 、 or semicolons. */
export function splitList(typed: string): string[] {
  return typed
    .normalize('NFKC')
    .split(SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `[沈从文，黄永玉]`: one item of a YAML list that holds several, run together with Chinese separators. */
export function itemsRunTogether(item: string): boolean {
  return CHINESE_SEPARATORS.test(item);
}

/**
 * The keys a list typed as text names (items apart by any separator
 * splitList reads, a slash or a space), in order and once each, as `read`
 * names each item; or the first item it names none for, for the caller's
 * message about that item.
 */
export function keysOfList(typed: string, read: (item: string) => string | undefined): { keys: string[] } | { unread: string } {
  const keys: string[] = [];
  // No choice's key or label holds a space or a slash, so `老人/家庭` and `老人 家庭` are lists too.
  for (const item of splitList(typed.replace(/[/／\s]+/gu, '、'))) {
    const whole = read(item);
    const itemKeys = whole === undefined ? keysJoinedBy(item, read) : [whole];
    if (itemKeys === undefined) return { unread: item };
    for (const key of itemKeys) if (!keys.includes(key)) keys.push(key);
  }
  return { keys };
}

/** The words that join two items in a sentence: 家长和孩子, 老人与儿童, 职工及家属. */
const JOINING_WORDS = /以及|[和与及跟]/u;

/**
 * The keys of `家长和孩子` when it names none whole but each of its parts
 * names one: as a parent says who an event is for. Only then, so that a
 * name holding 和 (a label, another word for one) is still read whole first.
 */
function keysJoinedBy(item: string, read: (item: string) => string | undefined): string[] | undefined {
  const parts = item.split(JOINING_WORDS).map((part) => part.trim());
  if (parts.length < 2 || parts.some((part) => part === '')) return undefined;
  const keys = parts.map(read);
  return keys.every((key) => key !== undefined) ? keys : undefined;
}

/** The keys a list typed as text names (`老年人、家庭`), in order and once each; undefined unless every item names one. */
export function choicesNamed(typed: string, choices: readonly Choice[]): string[] | undefined {
  const list = keysOfList(typed, (item) => choiceNamed(item, choices)?.key);
  return 'keys' in list && list.keys.length > 0 ? list.keys : undefined;
}
