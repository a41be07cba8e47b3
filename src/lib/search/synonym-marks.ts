/**
 * Around the words the index copy adds to a page (synonyms.ts): two
 * invisible characters that are neither letters nor spaces, so that Pagefind
 * indexes the words between them as it would without them, and keeps them in
 * the text its excerpts are cut from. The search page drops what lies between
 * them (result-view.ts readableExcerpt): a reader sees the page's own words,
 * never 开幕式 added after 今晚开幕. Pagefind has no way to index words that
 * are not part of the excerpt text (data-pagefind-index-attrs adds an
 * attribute's value to the text; metadata is returned, not cut into excerpts,
 * and is searched without Chinese word segmentation).
 */
export const ADDED_WORDS_START = '\u2063';
export const ADDED_WORDS_END = '\u2064';
