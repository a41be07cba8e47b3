import { landmarkNameGroups } from '../regions/landmark-nicknames.ts';
import { placeNicknameGroups } from '../regions/place-nicknames.ts';
import { placeSynonymGroups } from './place-synonyms.ts';
import { SYNONYM_GROUPS, withSynonyms, type SynonymGroups } from './synonyms.ts';

let groups: SynonymGroups | undefined;
/**
 * The plain words of synonyms.json, the province's places as people write
 * them (place-synonyms.ts) and call them (羊城 for 广州:
 * src/lib/regions/place-nicknames.json), and its landmarks by their names
 * and nicknames (小蛮腰 for 广州塔: src/lib/regions/landmark-nicknames.json).
 */
function indexGroups(): SynonymGroups {
  groups ??= [...SYNONYM_GROUPS, ...placeSynonymGroups(), ...placeNicknameGroups(), ...landmarkNameGroups()];
  return groups;
}

/**
 * The copy of a built page that the search index reads: the page's language
 * and title and its indexed part (the `<main data-pagefind-body>` that
 * BaseLayout writes, with synonyms added, see synonyms.ts and indexGroups), without the head's
 * meta tags, the header, navigation and footer that Pagefind would parse only
 * to leave out. Everything Pagefind takes from a page (text, weights, meta,
 * filters, sort keys) sits inside that element, so the index is the same; at
 * 10,000 events the copy is a third of the page, and Pagefind's time and
 * memory go with it. Returns undefined for a page the index leaves out.
 *
 * The element is found by its markup rather than by parsing the whole page:
 * the layout opens it with `<main … data-pagefind-body>`, and no content can
 * write `</main>` (text and attribute values are escaped, Markdown bodies are
 * sanitised), so the first `</main>` after it closes it.
 */
export function indexCopy(html: string): string | undefined {
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return undefined;
  const open = html.lastIndexOf('<main', marker);
  const close = html.indexOf('</main>', marker);
  if (open < 0 || close < 0 || html.indexOf('>', open) < marker) {
    throw new Error('the search index expects data-pagefind-body on the <main> element (src/layouts/BaseLayout.astro)');
  }
  const main = html.slice(open, close + '</main>'.length);
  const lang = /<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? 'zh-CN';
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${withSynonyms(main, indexGroups())}</body></html>`;
}
