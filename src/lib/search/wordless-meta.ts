/**
 * A value Pagefind keeps with a page but takes no word from. Pagefind
 * searches every metadata field as words, cut at spaces, punctuation and
 * capitals; a result's picture is metadata, and its address is no word a
 * reader means: webp, astro, jpg, or a typo such as zzz, found pages by the
 * names and hashes of their pictures' files. Written as Braille patterns,
 * one for each byte of its UTF-8, a value holds no letter, digit or emoji,
 * so the index has no word of it; the search page reads it back.
 *
 * Plain TypeScript, shared by the build (SearchFacets.astro, item-facts.ts) and the search page.
 */

/** U+2800, the blank Braille pattern: byte n is U+2800 + n. */
const BRAILLE_BASE = 0x2800;

/** `text` as Braille patterns, one for each of its UTF-8 bytes. */
export function toWordless(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(BRAILLE_BASE + byte)).join('');
}

/** The text toWordless wrote; undefined for a value it did not write (empty, or other characters). */
export function fromWordless(value: string): string | undefined {
  if (!/^[\u2800-\u28ff]+$/.test(value)) return undefined;
  const bytes = Uint8Array.from(value, (char) => char.charCodeAt(0) - BRAILLE_BASE);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
