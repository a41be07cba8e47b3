import { SPACE, startsWith, xmpBlank, type Blank } from './blank.ts';
import { tiffBlanks } from './tiff-private-tags.ts';

/**
 * A JPEG's metadata lives in its segments before the first scan: EXIF and
 * XMP in APP1, IPTC in APP13 (Photoshop's resources). Each is blanked in
 * its segment, whose length stays as it was.
 */
const EXIF = 'Exif\0\0';
const XMP = 'http://ns.adobe.com/xap/1.0/\0';
/** Extended XMP: its namespace, then a 32-character GUID and two 4-byte numbers before each portion. */
const XMP_EXTENSION = 'http://ns.adobe.com/xmp/extension/\0';
const PHOTOSHOP = 'Photoshop 3.0\0';

/** IPTC datasets (record 2) that name a person or a place: by-line and its title, city, sub-location, province, country, contact, caption writer. */
const IPTC_PRIVATE = new Set([80, 85, 90, 92, 95, 100, 101, 118, 122]);
const IPTC_LOCATION = new Set([90, 92, 95, 100, 101]);

export function jpegBlanks(bytes: Buffer): Blank[] {
  const blanks: Blank[] = [];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    // Fill bytes, and markers without a length.
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    // Start of scan: the picture itself follows, and no metadata a reader takes.
    if (marker === 0xda || marker === 0xd9) break;
    const end = at + 2 + bytes.readUInt16BE(at + 2);
    if (end > bytes.length) break;
    const data = at + 4;
    if (marker === 0xe1) blanks.push(...app1Blanks(bytes, data, end));
    if (marker === 0xed && startsWith(bytes, data, PHOTOSHOP)) blanks.push(...photoshopBlanks(bytes, data + PHOTOSHOP.length, end));
    at = end;
  }
  return blanks;
}

function app1Blanks(bytes: Buffer, data: number, end: number): Blank[] {
  if (startsWith(bytes, data, EXIF)) {
    const tiff = data + EXIF.length;
    // EXIF that cannot be followed is zeroed whole: what it says cannot be known.
    return tiffBlanks(bytes, tiff, end) ?? [{ at: tiff, length: end - tiff, fill: 0, what: 'unreadable' }];
  }
  if (startsWith(bytes, data, XMP)) return [xmpBlank(bytes, data + XMP.length, end)];
  if (startsWith(bytes, data, XMP_EXTENSION)) return [xmpBlank(bytes, Math.min(end, data + XMP_EXTENSION.length + 40), end)];
  return [];
}

/** Photoshop's image resources: '8BIM', an id, a padded Pascal name, a size, the data padded to even. 0x0404 is the IPTC record. */
function photoshopBlanks(bytes: Buffer, at: number, end: number): Blank[] {
  const blanks: Blank[] = [];
  while (at + 12 <= end && bytes.toString('latin1', at, at + 4) === '8BIM') {
    const id = bytes.readUInt16BE(at + 4);
    const nameLength = bytes[at + 6]!;
    const sizeAt = at + 6 + nameLength + 1 + ((nameLength + 1) % 2);
    if (sizeAt + 4 > end) break;
    const size = bytes.readUInt32BE(sizeAt);
    const data = sizeAt + 4;
    if (data + size > end) break;
    if (id === 0x0404) blanks.push(...iptcBlanks(bytes, data, data + size));
    at = data + size + (size % 2);
  }
  return blanks;
}

/** IPTC-IIM datasets: 0x1C, record, dataset, a 2-byte size (an extended size is only for large binary data), the value. */
function iptcBlanks(bytes: Buffer, at: number, end: number): Blank[] {
  const blanks: Blank[] = [];
  while (at + 5 <= end && bytes[at] === 0x1c) {
    const record = bytes[at + 1];
    const dataset = bytes[at + 2]!;
    const size = bytes.readUInt16BE(at + 3);
    if (size & 0x8000 || at + 5 + size > end) break;
    if (record === 2 && IPTC_PRIVATE.has(dataset))
      blanks.push({ at: at + 5, length: size, fill: SPACE, what: IPTC_LOCATION.has(dataset) ? 'location' : 'person' });
    at += 5 + size;
  }
  return blanks;
}
