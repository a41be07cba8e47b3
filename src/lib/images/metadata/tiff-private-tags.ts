import type { Blank } from './blank.ts';

/**
 * The bytes of a TIFF structure (EXIF is one: in a JPEG's APP1, a PNG's
 * eXIf, a WebP's EXIF chunk, or a .tif file itself) that say where a photo
 * was taken and who took it or owns the camera. Blanked where they are, so
 * that every other byte, and every offset pointing past them, stays put:
 * orientation, colour space and the rest of the camera's settings too.
 *
 * Kept on purpose: ImageDescription, XPTitle, XPSubject, XPComment,
 * UserComment and Copyright are text someone wrote about the picture for
 * whoever sees it (a caption, a credit), as the page's own words are; Make
 * and Model name a kind of camera, not a person's.
 */

/** IFD0 (and a .tif's) tags that name a person or one device. */
const IFD0_PRIVATE = new Map<number, Blank['what']>([
  [0x013b, 'person'], // Artist
  [0x9c9d, 'person'], // XPAuthor (Windows' 作者)
  [0xc62f, 'device'], // CameraSerialNumber (DNG)
  [0x02bc, 'xmp'], // XMP packet (a .tif keeps its XMP here): GPS and creator too
  [0x83bb, 'person'], // IPTC-NAA record: by-line, city, contact
  [0x8649, 'person'], // Photoshop resources, which carry the IPTC record again
]);

/** Exif IFD tags that name a person or one device. */
const EXIF_PRIVATE = new Map<number, Blank['what']>([
  [0xa430, 'person'], // CameraOwnerName
  [0xa431, 'device'], // BodySerialNumber
  [0xa435, 'device'], // LensSerialNumber
  // The maker's own block, opaque to readers: Canon's holds the owner's name, most the body's serial.
  [0x927c, 'device'], // MakerNote
]);

const GPS_POINTER = 0x8825;
const EXIF_POINTER = 0x8769;
const ENTRY = 12;
/** Bytes per value of each TIFF field type (1 BYTE … 13 IFD). */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];

interface Reader {
  u16(at: number): number;
  u32(at: number): number;
}

interface Entry {
  tag: number;
  /** Where its value is: inside the entry when 4 bytes or fewer. */
  valueAt: number;
  valueLength: number;
}

/**
 * The blanks for the TIFF structure at bytes[start, end); offsets inside it
 * count from start. Undefined when it is no TIFF structure or points
 * outside itself: then nothing can be said about it.
 */
export function tiffBlanks(bytes: Uint8Array, start: number, end: number): Blank[] | undefined {
  if (end - start < 8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const order = String.fromCharCode(bytes[start]!, bytes[start + 1]!);
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  const read: Reader = { u16: (at) => view.getUint16(at, little), u32: (at) => view.getUint32(at, little) };
  if (read.u16(start + 2) !== 42) return undefined;
  const ifd0 = entriesOf(read, start, end, read.u32(start + 4));
  if (!ifd0) return undefined;
  const blanks = privateValues(ifd0, IFD0_PRIVATE);
  const exifAt = ifd0.find((entry) => entry.tag === EXIF_POINTER);
  if (exifAt) {
    const exif = entriesOf(read, start, end, read.u32(exifAt.valueAt));
    if (!exif) return undefined;
    blanks.push(...privateValues(exif, EXIF_PRIVATE));
  }
  blanks.push(...thumbnailBlank(read, start, end, read.u32(start + 4), ifd0.length));
  const gpsAt = ifd0.find((entry) => entry.tag === GPS_POINTER);
  if (gpsAt) {
    const offset = read.u32(gpsAt.valueAt);
    const gps = entriesOf(read, start, end, offset);
    if (!gps) return undefined;
    // Every value, then the directory itself: an empty GPS IFD, zero entries and no next IFD, is what readers take for none.
    blanks.push(...gps.map((entry) => zeros(entry.valueAt, entry.valueLength, 'location')));
    blanks.push(zeros(start + offset, 2 + gps.length * ENTRY + 4, 'location'));
  }
  return blanks.filter((blank) => blank.length > 0);
}

const THUMBNAIL_OFFSET = 0x0201;
const THUMBNAIL_LENGTH = 0x0202;

/**
 * The EXIF thumbnail (IFD1's JPEG), zeroed: a camera wrote it before any
 * editing, so a photo cropped to leave a face or a house number out still
 * shows them whole there. The picture itself does not use it.
 */
function thumbnailBlank(read: Reader, start: number, end: number, ifd0Offset: number, ifd0Count: number): Blank[] {
  const nextAt = start + ifd0Offset + 2 + ifd0Count * ENTRY;
  if (nextAt + 4 > end) return [];
  const ifd1Offset = read.u32(nextAt);
  const ifd1 = ifd1Offset === 0 ? undefined : entriesOf(read, start, end, ifd1Offset);
  const value = (tag: number) => {
    const entry = ifd1?.find((e) => e.tag === tag);
    return entry && entry.valueLength === 4 ? read.u32(entry.valueAt) : undefined;
  };
  const offset = value(THUMBNAIL_OFFSET);
  const length = value(THUMBNAIL_LENGTH);
  if (offset === undefined || length === undefined || offset < 8 || start + offset + length > end) return [];
  return [zeros(start + offset, length, 'thumbnail')];
}

function zeros(at: number, length: number, what: Blank['what']): Blank {
  return { at, length, fill: 0, what };
}

function privateValues(entries: Entry[], tags: Map<number, Blank['what']>): Blank[] {
  return entries.flatMap((entry) => {
    const what = tags.get(entry.tag);
    return what ? [zeros(entry.valueAt, entry.valueLength, what)] : [];
  });
}

/** The entries of the IFD at `offset`, with their values' places checked to lie inside the structure. */
function entriesOf(read: Reader, start: number, end: number, offset: number): Entry[] | undefined {
  const at = start + offset;
  if (offset < 8 || at + 2 > end) return undefined;
  const count = read.u16(at);
  if (at + 2 + count * ENTRY + 4 > end) return undefined;
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const entryAt = at + 2 + i * ENTRY;
    const type = read.u16(entryAt + 2);
    const valueLength = (TYPE_SIZE[type] ?? 0) * read.u32(entryAt + 4);
    const valueAt = valueLength <= 4 ? entryAt + 8 : start + read.u32(entryAt + 8);
    // An unknown type is skipped by readers; a value said to lie outside is a broken structure.
    if (valueLength > 4 && (valueAt < start + 8 || valueAt + valueLength > end)) return undefined;
    entries.push({ tag: read.u16(entryAt), valueAt, valueLength });
  }
  return entries;
}
