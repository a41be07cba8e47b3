/**
 * Division names shortened as the offices that use them write them: 科右前旗
 * for 科尔沁右翼前旗, 达茂旗 for 达尔罕茂明安联合旗, 锡盟 for 锡林郭勒盟, 昆区 for
 * 昆都仑区. `abbreviationFit` says whether a typed name can stand for a name;
 * the resolver (resolve-name.ts) reads one only when a single division of
 * the province, or of the city typed before it, fits, so that a name that
 * fits two (右前旗: 科尔沁右翼前旗 and 察哈尔右翼前旗; 乌旗) is refused with
 * both rather than guessed. What a province's people call a division
 * whatever the rule says (呼市, which 呼伦贝尔市 fits too) is data:
 * abbreviations.json, read by `commonAbbreviations`.
 */
import table from './abbreviations.json' with { type: 'json' };
import { shortNameOf } from './index.ts';
import rules from './typed-name-rules.json' with { type: 'json' };

/** A division and what it is commonly called for short (abbreviations.json). */
export interface CommonAbbreviation {
  code: string;
  /** Its official name, for whoever reads the data file. */
  name: string;
  abbreviations: readonly string[];
}

const byProvince: Readonly<Record<string, readonly CommonAbbreviation[]>> = table.provinces;

/**
 * What a division is written as besides its name and short name that the
 * region reader takes from its name alone: a banner's stem with 旗
 * (莫力达瓦旗 for 莫力达瓦达斡尔族自治旗; typed-name-rules.json ownSuffixes).
 */
export function ownSuffixSpellings(name: string, shortName: string): string[] {
  return rules.ownSuffixes
    .filter((suffix) => name.endsWith(suffix))
    .map((suffix) => shortName + suffix)
    .filter((spelling) => spelling !== name);
}

/** The common abbreviations of the divisions of the province `provinceCode`; none for a province the table leaves out. */
export function commonAbbreviations(provinceCode: string): readonly CommonAbbreviation[] {
  return byProvince[provinceCode] ?? [];
}

/** The level words an abbreviation keeps at its end: 旗, 盟, 区, 县, 市, 州 (typed-name-rules.json). */
const LEVELS: ReadonlySet<string> = new Set(rules.abbreviationLevels);
const CHINESE = /^\p{Script=Han}+$/u;

/** `typed`'s level word at its end, and what comes before it (all of it when it has none). */
function levelAndStem(typed: readonly string[]): { level?: string; stem: readonly string[] } {
  const last = typed.at(-1);
  return last !== undefined && LEVELS.has(last) ? { level: last, stem: typed.slice(0, -1) } : { stem: typed };
}

/** Whether `part`'s characters all come in `whole`, in the same order (not necessarily together). */
function inOrder(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const char of part) {
    const found = whole.indexOf(char, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

/**
 * How many characters `typed` leaves out of `name` when it can stand for
 * it, else undefined. It can when it is Chinese, two characters or more and
 * shorter than the name, begins with the name's first character and has
 * its other characters in the name's order; a level word (旗, 盟, 区 …) at
 * its end must end the name too, and without one it must end as the name
 * does before its level word (杭后 for 杭锦后旗, not 元宝 for 元宝山区).
 * 科右前旗 → 科尔沁右翼前旗 (3), 杭后 → 杭锦后旗 (2); not 右前旗 (another
 * first character), nor 达茂县 for a 旗.
 */
export function abbreviationFit(typed: string, name: string): number | undefined {
  const t = [...typed];
  const n = [...name];
  if (t.length < 2 || t.length >= n.length || t[0] !== n[0] || !CHINESE.test(typed)) return undefined;
  const { level, stem } = levelAndStem(t);
  if (level === undefined) {
    const short = [...shortNameOf(name)];
    return t.at(-1) === short.at(-1) && inOrder(t, short) ? n.length - t.length : undefined;
  }
  return n.at(-1) === level && inOrder(stem, n.slice(0, -1)) ? n.length - t.length : undefined;
}

/**
 * For suggestions, how near `typed` comes to being an abbreviation of
 * `name` when it is not one: 0 when its characters before its level word
 * (two or more) come in the name's order and the level word is the name's
 * too (右前旗 for 科尔沁右翼前旗, whose first character it lacks), 1 when only
 * the level word differs (达茂县 for 达尔罕茂明安联合旗); undefined otherwise.
 */
export function abbreviationLikeness(typed: string, name: string): 0 | 1 | undefined {
  const t = [...typed];
  const n = [...name];
  const { level, stem } = levelAndStem(t);
  if (stem.length < 2 || t.length >= n.length || !CHINESE.test(typed) || !inOrder(stem, n)) return undefined;
  return level === undefined || n.at(-1) === level ? 0 : 1;
}
