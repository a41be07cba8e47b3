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

import { ConverterFactory } from 'opencc-js/core';
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

/** Every Han character in a text (the site's vocabulary, at index time). */
export function hanCharacters(text: string, into: Set<string> = new Set()): Set<string> {
  for (const match of text.matchAll(/\p{Script=Han}/gu)) into.add(match[0]);
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

/** A converter over a (trimmed) table, with opencc-js's own longest-match trie. */
export function t2sConverter(table: T2sTable): ToSimplified {
  const dicts = [table.phrases, table.characters].filter((d) => d.length > 0);
  return dicts.length ? ConverterFactory(dicts) : (text) => text;
}

/** The trimmed table's file name: the build writes it into Pagefind's folder, beside Pagefind's own files. */
export const T2S_TABLE_FILE = 't2s.json';
