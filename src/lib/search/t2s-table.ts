/**
 * Traditional → Simplified for queries, with OpenCC's own t→cn data
 * (TSPhrases + TSCharacters, via opencc-js) cut down to what this site can
 * match.
 *
 * Why convert the query and not index Traditional variants of every page:
 * T→S is many-to-one (裏/裡/裡 → 里, 綫/線 → 线), so one table serves
 * Taiwanese and Hong Kong spellings alike, while S→T is one-to-many
 * (发 → 發/髮, 干 → 乾/幹/干) and would double the index with guesses.
 *
 * Why cut the table: the whole t→cn converter is 24 KB of gzip, more than
 * the page's own JavaScript budget. A Traditional character whose Simplified
 * form appears nowhere on the site cannot make a query match anything,
 * converted or not, so dropping its entry changes no result. The build keeps
 * only entries whose Simplified side is made of characters the site uses.
 */

import { Trie } from 'opencc-js/core';
import type { ToSimplified } from './normalize-query.ts';

/** OpenCC dictionaries as opencc-js ships them: `"from to|from to|…"`. */
export type OpenccDict = string;

export interface T2sTable {
  /** Multi-character entries (TSPhrases), OpenCC's `from to|…` form. */
  phrases: OpenccDict;
  /** Single characters (TSCharacters). */
  characters: OpenccDict;
}

function entries(dict: OpenccDict): [string, string][] {
  if (!dict) return [];
  return dict.split('|').map((pair) => {
    const [from = '', to = ''] = pair.split(' ');
    return [from, to];
  });
}

function join(pairs: [string, string][]): OpenccDict {
  return pairs.map(([from, to]) => `${from} ${to}`).join('|');
}

const HAN = /^\p{Script=Han}$/u;
/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not asked yet, 1 Han, 2 not. */
const bmpIsHan = new Uint8Array(0x10000);
/** No Han character sits below U+2E80 (CJK Radicals Supplement), and markup is all down there. */
const FIRST_HAN = 0x2e80;

/**
 * Every Han character in a text (the site's vocabulary, at index time). The
 * build runs this over every page of the site, megabytes of HTML, so it
 * walks the text by code unit and asks the Unicode property once per
 * character ever seen rather than running a regular expression over it all.
 */
export function hanCharacters(text: string, into: Set<string> = new Set()): Set<string> {
  const added = new Uint8Array(0x10000);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < FIRST_HAN) continue;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      // A character beyond the BMP (CJK Extension B and on): rare, asked directly.
      const char = text.slice(i, i + 2);
      i++;
      if (HAN.test(char)) into.add(char);
      continue;
    }
    let known = bmpIsHan[unit]!;
    if (known === 0) bmpIsHan[unit] = known = HAN.test(String.fromCharCode(unit)) ? 1 : 2;
    if (known === 1 && !added[unit]) {
      added[unit] = 1;
      into.add(String.fromCharCode(unit));
    }
  }
  return into;
}

/** Keeps the entries whose Simplified side uses only characters in `siteChars`. */
export function trimT2sTable(full: T2sTable, siteChars: ReadonlySet<string>): T2sTable {
  const usable = ([from, to]: [string, string]) => from !== to && [...to].every((c) => siteChars.has(c));
  // A phrase entry often exists to keep a character unconverted (乾隆 stays 乾隆):
  // keep it whenever its result is on the site, even if from === to.
  const phrase = ([, to]: [string, string]) => [...to].every((c) => siteChars.has(c));
  return {
    phrases: join(entries(full.phrases).filter(phrase)),
    characters: join(entries(full.characters).filter(usable)),
  };
}

/**
 * A converter over a (trimmed) table, with opencc-js's own longest-match trie,
 * the phrases over the characters, as its ConverterFactory loads one group of
 * dictionaries; the trie alone, without the factory's checks of its
 * arguments' many shapes, which the search page's script carried for nothing.
 */
export function t2sConverter(table: T2sTable): ToSimplified {
  const dicts = [table.phrases, table.characters].filter((d) => d.length > 0);
  if (dicts.length === 0) return (text) => text;
  const trie = new Trie();
  trie.loadDictGroup(dicts);
  return (text) => trie.convert(text);
}

/** The trimmed table's file name: the build writes it into Pagefind's folder, beside Pagefind's own files. */
export const T2S_TABLE_FILE = 't2s.json';
