/**
 * Whether an image file ends where its format says it ends. An upload cut
 * short keeps a readable header (so its size is known) but sharp encodes
 * the missing part as grey without a word, and readers see half a photo.
 * Checking the format's end marker is enough to catch it without decoding
 * every picture, and keeps the content check synchronous and fast.
 */
export type ImageEnding = 'complete' | 'truncated' | 'unknown';

const JPEG_START_OF_SCAN = Buffer.from([0xff, 0xda]);
const JPEG_END_OF_IMAGE = Buffer.from([0xff, 0xd9]);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A JPEG's last scan is followed by its end-of-image marker. 0xFF is never
 * followed by a marker byte inside entropy-coded data (it is stuffed as
 * FF 00), and an EXIF thumbnail's markers all come before the main image's
 * scans, so "an FFD9 after the last FFDA" holds for every complete file,
 * whatever a camera appends after it.
 */
function jpegEnding(bytes: Buffer): ImageEnding {
  const lastScan = bytes.lastIndexOf(JPEG_START_OF_SCAN);
  if (lastScan < 0) return 'truncated';
  return bytes.lastIndexOf(JPEG_END_OF_IMAGE) > lastScan ? 'complete' : 'truncated';
}

/** A PNG's last chunk is IEND. */
function pngEnding(bytes: Buffer): ImageEnding {
  return bytes.includes('IEND', Math.max(0, bytes.length - 64), 'latin1') ? 'complete' : 'truncated';
}

/** A WebP is a RIFF file whose header says how long it is. */
function webpEnding(bytes: Buffer): ImageEnding {
  return bytes.length >= bytes.readUInt32LE(4) + 8 ? 'complete' : 'truncated';
}

/** A GIF ends with its trailer byte, 0x3B. */
function gifEnding(bytes: Buffer): ImageEnding {
  return bytes.at(-1) === 0x3b ? 'complete' : 'truncated';
}

/** `unknown` for formats without a simple end marker (AVIF, TIFF) or bytes that are no image at all. */
export function imageEnding(data: Uint8Array): ImageEnding {
  // A view of the same memory, for Buffer's searches.
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegEnding(bytes);
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return pngEnding(bytes);
  // A RIFF header is 12 bytes: a file shorter than that is not one we can judge.
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP')
    return webpEnding(bytes);
  if (bytes.toString('latin1', 0, 4) === 'GIF8') return gifEnding(bytes);
  return 'unknown';
}
