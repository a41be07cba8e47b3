/**
 * Region names typed in Traditional characters (廣州市越秀區, as a form filled
 * in on a Hong Kong or Taiwan keyboard sends them) read as Simplified, with
 * OpenCC's character table (opencc-js, as search uses). Character by
 * character: a region's name is no phrase OpenCC would treat apart, and a
 * character the names here are written with is kept, so a Simplified name
 * that shares a character with a Traditional one (乾县, not 干县) is never changed.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';

let table: Map<string, string> | undefined;

/** OpenCC's `from to|from to|…` as a map, built on first use, once for every resolver and the content check. */
export function traditionalCharacters(): ReadonlyMap<string, string> {
  table ??= new Map(
    TSCharacters.split('|')
      .map((pair) => pair.split(' ') as [string, string])
      .filter(([from, to]) => to !== undefined && from !== to),
  );
  return table;
}

/** Reads `text` as Simplified, but for the characters in `kept` (those the names it is compared with use): one pass. */
export function traditionalReader(kept: ReadonlySet<string>): (text: string) => string {
  return (text) => {
    const map = traditionalCharacters();
    let out = '';
    let changed = false;
    for (const char of text) {
      const simplified = kept.has(char) ? undefined : map.get(char);
      if (simplified !== undefined) changed = true;
      out += simplified ?? char;
    }
    return changed ? out : text;
  };
}
