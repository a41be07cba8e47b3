/**
 * A run of bytes to overwrite in place: zeros in binary structures, spaces
 * in text (XMP is padded text, and whitespace is what its padding is).
 * Overwriting instead of cutting keeps the file's length and every offset
 * in it, so nothing else has to be rewritten and no picture re-encoded.
 */
export interface Blank {
  at: number;
  length: number;
  fill: number;
  /** What the bytes said: where (GPS), who (author, owner), which device (serial numbers), an XMP packet or IPTC record. */
  what: 'location' | 'person' | 'device' | 'thumbnail' | 'xmp' | 'unreadable';
}

export const SPACE = 0x20;

/** The blanks not yet made: a file cleaned before says nothing any more, and is not written again. */
export function stillToBlank(bytes: Uint8Array, blanks: Blank[]): Blank[] {
  return blanks.filter((blank) => bytes.subarray(blank.at, blank.at + blank.length).some((byte) => byte !== blank.fill));
}

export function applyBlanks(bytes: Uint8Array, blanks: Blank[]): void {
  for (const blank of blanks) bytes.fill(blank.fill, blank.at, blank.at + blank.length);
}

/**
 * An XMP packet between `at` and `end`, blanked whole: it may hold the GPS
 * position (exif:GPSLatitude), the creator (dc:creator) and contact details,
 * and one packet can say all of it in any order. Said to be a location when it has one.
 */
export function xmpBlank(bytes: Uint8Array, at: number, end: number): Blank {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + at, end - at).toString('latin1');
  return {
    at,
    length: end - at,
    fill: SPACE,
    what: /GPS(Latitude|Longitude)|Iptc4xmpExt:LocationShown/.test(text) ? 'location' : 'xmp',
  };
}

export function startsWith(bytes: Uint8Array, at: number, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', at, at + text.length) === text;
}
