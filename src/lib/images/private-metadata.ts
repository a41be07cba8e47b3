import { applyBlanks, stillToBlank, xmpBlank, type Blank } from './metadata/blank.ts';
import { jpegBlanks } from './metadata/jpeg.ts';
import { blankPng } from './metadata/png.ts';
import { tiffBlanks } from './metadata/tiff-private-tags.ts';
import { webpBlanks } from './metadata/webp.ts';

/**
 * Astro publishes every source image as it is, beside the sizes it makes
 * (those carry no metadata), and /media/ links covers as 下载原图. A phone's
 * photo says in its EXIF where it was taken; a camera's, whose it is. This
 * takes that out of an image file in place: the GPS position, the author's
 * and the camera owner's names, serial numbers, the maker's notes, XMP
 * packets and IPTC names and places. Only those bytes are overwritten (the
 * file keeps its length); the picture, its colour profile and its
 * orientation are the same bytes as before. Kept and why: tiff-private-tags.ts.
 */
export type PrivateMetadata = Blank['what'];

/** Blanks what `bytes` says of a place, a person or a device, in place; returns what it said. */
export function removePrivateMetadata(bytes: Buffer): PrivateMetadata[] {
  let blanks: Blank[];
  // A PNG's chunks have their CRCs written again after their blanks: done there.
  if (bytes.toString('latin1', 0, 4) === '\x89PNG') blanks = blankPng(bytes);
  else {
    blanks = stillToBlank(bytes, blanksOf(bytes));
    applyBlanks(bytes, blanks);
  }
  return [...new Set(blanks.map((blank) => blank.what))];
}

function blanksOf(bytes: Buffer): Blank[] {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegBlanks(bytes);
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return webpBlanks(bytes);
  const order = bytes.toString('latin1', 0, 4);
  if (order === 'II*\0' || order === 'MM\0*') return tiffBlanks(bytes, 0, bytes.length) ?? [];
  return foundBlanks(bytes);
}

/** A TIFF header with its first IFD right after it, as every EXIF writer puts it; 8 bytes that compressed data all but never holds. */
const TIFF_HEADERS = [Buffer.from('II*\0\x08\0\0\0', 'latin1'), Buffer.from('MM\0*\0\0\0\x08', 'latin1')];
const XMP_START = '<x:xmpmeta';
const XMP_END = '</x:xmpmeta>';

/**
 * AVIF and HEIF keep EXIF and XMP as items the `meta` box points into, a
 * GIF its XMP in an application extension: found by their signatures
 * instead. A GIF's XMP is followed by a "magic trailer" that leads a reader
 * to the block's end from any byte of the packet, spaces included.
 */
function foundBlanks(bytes: Buffer): Blank[] {
  const blanks: Blank[] = [];
  for (const header of TIFF_HEADERS) {
    for (let at = bytes.indexOf(header); at >= 0; at = bytes.indexOf(header, at + 1))
      blanks.push(...(tiffBlanks(bytes, at, bytes.length) ?? []));
  }
  for (let at = bytes.indexOf(XMP_START, 0, 'latin1'); at >= 0; at = bytes.indexOf(XMP_START, at + 1, 'latin1')) {
    const end = bytes.indexOf(XMP_END, at, 'latin1');
    if (end < 0) break;
    blanks.push(xmpBlank(bytes, at, end + XMP_END.length));
  }
  return blanks;
}
