/**
 * Read-aloud (朗读) of an article through the browser's own speech synthesis:
 * which voice reads it, and how its text is cut into utterances. Plain
 * TypeScript with no DOM, shared by the page script
 * (src/components/read-aloud/read-aloud.ts) and the tests.
 */

/** What the page needs of a SpeechSynthesisVoice. */
export interface VoiceInfo {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/**
 * How well a voice reads Mandarin for a reader in mainland China: a zh-CN
 * voice first, then any other Mandarin (espeak-ng calls it `cmn`, Taiwan's is
 * zh-TW). Cantonese (zh-HK, yue) and other languages do not read the page.
 */
function mandarinRank(lang: string): number {
  const tag = lang.replace(/_/g, '-').toLowerCase();
  if (/^(zh-hk|zh-mo|yue)\b/.test(tag) || tag.startsWith('zh-yue')) return 0;
  if (tag === 'zh-cn' || tag.startsWith('zh-hans-cn') || tag.startsWith('cmn-hans-cn') || tag === 'cmn-cn') return 4;
  if (tag === 'zh' || tag.startsWith('zh-hans') || tag === 'cmn' || tag.startsWith('cmn-hans')) return 3;
  if (tag.startsWith('zh-') || tag.startsWith('cmn')) return 2;
  return 0;
}

/**
 * The voice to read with, or undefined when the browser has no Mandarin voice
 * (the page then hides its 朗读 button). Among equals: a voice on the device
 * (no text leaves it), then the browser's default, then the name, so the choice is stable.
 */
export function pickMandarinVoice<V extends VoiceInfo>(voices: readonly V[]): V | undefined {
  const ranked = voices.filter((v) => mandarinRank(v.lang) > 0);
  ranked.sort(
    (a, b) =>
      mandarinRank(b.lang) - mandarinRank(a.lang) ||
      Number(b.localService) - Number(a.localService) ||
      Number(b.default) - Number(a.default) ||
      a.name.localeCompare(b.name),
  );
  return ranked[0];
}

/** One utterance: a piece of one block of the article, where it starts in that block's text. */
export interface Utterance {
  block: number;
  /** Offset of `text` in the block's text (for highlighting from boundary events). */
  start: number;
  text: string;
}

/**
 * Utterances long enough to sound natural and short enough to highlight
 * sentence by sentence (and to stay under the length some engines stop at,
 * about 15 seconds of speech): each block is cut after sentence-ending
 * punctuation; a sentence longer than `maxLength` is cut again after a comma
 * or, failing that, at `maxLength`.
 */
export function utterancesOf(blocks: readonly string[], maxLength = 120): Utterance[] {
  const out: Utterance[] = [];
  blocks.forEach((raw, block) => {
    for (const piece of splitAfter(raw, /[。！？!?；;…]+[”’」』）)]*/gu)) {
      for (const part of piece.text.length > maxLength ? splitLong(piece.text, maxLength) : [{ start: 0, text: piece.text }]) {
        const text = part.text.trim();
        if (!/[\p{L}\p{N}]/u.test(text)) continue;
        out.push({ block, start: piece.start + part.start + (part.text.length - part.text.trimStart().length), text });
      }
    }
  });
  return out;
}

/** Cuts text after each match of `ender`, keeping every character and its offset. */
function splitAfter(text: string, ender: RegExp): { start: number; text: string }[] {
  const pieces: { start: number; text: string }[] = [];
  let from = 0;
  for (const match of text.matchAll(ender)) {
    const end = match.index + match[0].length;
    pieces.push({ start: from, text: text.slice(from, end) });
    from = end;
  }
  if (from < text.length) pieces.push({ start: from, text: text.slice(from) });
  return pieces;
}

function splitLong(text: string, maxLength: number): { start: number; text: string }[] {
  const parts: { start: number; text: string }[] = [];
  let current = { start: 0, text: '' };
  for (const clause of splitAfter(text, /[，,、：:]+/gu)) {
    if (current.text && current.text.length + clause.text.length > maxLength) {
      parts.push(current);
      current = { start: clause.start, text: '' };
    }
    current.text += clause.text;
  }
  if (current.text) parts.push(current);
  // A clause longer than the limit on its own is cut where it must be.
  return parts.flatMap((p) =>
    p.text.length <= maxLength
      ? [p]
      : Array.from({ length: Math.ceil(p.text.length / maxLength) }, (_, i) => ({
          start: p.start + i * maxLength,
          text: p.text.slice(i * maxLength, (i + 1) * maxLength),
        })),
  );
}
