import { startsWith, xmpBlank, type Blank } from './blank.ts';
import { tiffBlanks } from './tiff-private-tags.ts';

/** An extended WebP (RIFF) keeps EXIF in an 'EXIF' chunk and XMP in an 'XMP ' chunk, usually after the picture. */
export function webpBlanks(bytes: Buffer): Blank[] {
  const blanks: Blank[] = [];
  for (let at = 12; at + 8 <= bytes.length;) {
    const type = bytes.toString('latin1', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const data = at + 8;
    const end = data + size;
    if (end > bytes.length) break;
    if (type === 'EXIF') {
      // Some writers put JPEG's 'Exif\0\0' before the TIFF structure.
      const tiff = startsWith(bytes, data, 'Exif\0\0') ? data + 6 : data;
      blanks.push(...(tiffBlanks(bytes, tiff, end) ?? [{ at: tiff, length: end - tiff, fill: 0, what: 'unreadable' as const }]));
    }
    if (type === 'XMP ') blanks.push(xmpBlank(bytes, data, end));
    at = end + (size % 2);
  }
  return blanks;
}
