import { crc32 } from 'node:zlib';
import { applyBlanks, SPACE, startsWith, stillToBlank, type Blank } from './blank.ts';
import { tiffBlanks } from './tiff-private-tags.ts';

/**
 * A PNG's metadata is in chunks: EXIF in eXIf, XMP and the author in text
 * chunks (iTXt, tEXt, zTXt, by keyword; ImageMagick keeps whole EXIF and
 * XMP profiles in them as hex). Each chunk is blanked where it is and its
 * CRC computed again, or a reader would take the chunk for damaged.
 */
const TEXT_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt']);
const PRIVATE_KEYWORDS = new Set([
  'Author',
  'XML:com.adobe.xmp',
  'Raw profile type exif',
  'Raw profile type APP1',
  'Raw profile type xmp',
  'Raw profile type iptc',
  'Raw profile type 8bim',
]);
/**
 * What a compressed text chunk becomes: its data zeroed (spaces would not
 * inflate) and its type one no reader knows, ancillary and private, which
 * every reader skips (PNG spec 5.4).
 */
const SKIPPED_TYPE = 'nuLl';

/** Blanks a PNG's private chunks in place, their CRCs with them; returns what was there. */
export function blankPng(bytes: Buffer): Blank[] {
  const done: Blank[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = at + 8;
    const end = data + length;
    if (end + 4 > bytes.length || type === 'IEND') break;
    const found = type === 'eXIf' ? exifBlanks(bytes, data, end) : TEXT_CHUNKS.has(type) ? textBlanks(bytes, type, data, end) : [];
    const blanks = stillToBlank(bytes, found);
    if (blanks.length > 0) {
      applyBlanks(bytes, blanks);
      if (blanks.some((blank) => blank.at === at + 4)) bytes.write(SKIPPED_TYPE, at + 4, 'latin1');
      bytes.writeUInt32BE(crc32(bytes.subarray(at + 4, end)), end);
      done.push(...blanks);
    }
    at = end + 4;
  }
  return done;
}

function exifBlanks(bytes: Buffer, data: number, end: number): Blank[] {
  // The PNG spec's eXIf holds the TIFF structure alone; some writers put JPEG's 'Exif\0\0' before it.
  const tiff = startsWith(bytes, data, 'Exif\0\0') ? data + 6 : data;
  return tiffBlanks(bytes, tiff, end) ?? [{ at: tiff, length: end - tiff, fill: 0, what: 'unreadable' }];
}

function textBlanks(bytes: Buffer, type: string, data: number, end: number): Blank[] {
  const keywordEnd = bytes.indexOf(0, data);
  if (keywordEnd < 0 || keywordEnd >= end) return [];
  const keyword = bytes.toString('latin1', data, keywordEnd);
  if (!PRIVATE_KEYWORDS.has(keyword)) return [];
  const what = keyword === 'Author' ? 'person' : 'xmp';
  // tEXt: keyword, 0, text. iTXt: keyword, 0, compressed?, method, language, 0, translated keyword, 0, text.
  let text = keywordEnd + 1;
  if (type === 'iTXt' && bytes[text] === 0) {
    const language = bytes.indexOf(0, text + 2);
    const translated = language < 0 ? -1 : bytes.indexOf(0, language + 1);
    if (translated >= 0 && translated < end) text = translated + 1;
    else return [wholeChunk(data, end, what)];
  } else if (type !== 'tEXt') return [wholeChunk(data, end, what)];
  return [{ at: text, length: end - text, fill: SPACE, what }];
}

/** The chunk's type (renamed after) and data, zeroed. */
function wholeChunk(data: number, end: number, what: Blank['what']): Blank {
  return { at: data - 4, length: end - data + 4, fill: 0, what };
}
