/**
 * Whether an image file ends where its format says it ends. An upload cut
 * short keeps a readable header (so its size is known) but sharp encodes
 * the missing part as grey without a word, and readers see half a photo.
 * Checking the format's end marker is enough to catch it without decoding
 * every picture, and keeps the content check synchronous and fast.
 */
export type ImageEnding = 'complete' | 'truncated' | 'unknown';

const JPEG_START_OF_SCAN = 0xda;
const JPEG_END_OF_IMAGE = 0xd9;

/**
 * A JPEG's last scan is followed by its end-of-image marker. 0xFF is never
 * followed by a marker byte inside entropy-coded data (it is stuffed as
 * FF 00), and an EXIF thumbnail's markers all come before the main image's
 * scans, so "an FFD9 after the last FFDA" holds for every complete file,
 * whatever a camera appends after it.
 */
function jpegEnding(bytes: Uint8Array): ImageEnding {
  let lastScan = -1;
  let lastEnd = -1;
  for (let i = 2; i < bytes.length - 1; i++) {
    if (bytes[i] !== 0xff) continue;
    if (bytes[i + 1] === JPEG_START_OF_SCAN) lastScan = i;
    else if (bytes[i + 1] === JPEG_END_OF_IMAGE) lastEnd = i;
  }
  if (lastScan < 0) return 'truncated';
  return lastEnd > lastScan ? 'complete' : 'truncated';
}

/** A PNG's last chunk is IEND. */
function pngEnding(bytes: Uint8Array): ImageEnding {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 64))).toString('latin1');
  return tail.includes('IEND') ? 'complete' : 'truncated';
}

/** A WebP is a RIFF file whose header says how long it is. */
function webpEnding(bytes: Uint8Array): ImageEnding {
  if (bytes.length < 12) return 'truncated';
  const declared = Buffer.from(bytes.subarray(4, 8)).readUInt32LE(0) + 8;
  return bytes.length >= declared ? 'complete' : 'truncated';
}

/** A GIF ends with its trailer byte, 0x3B. */
function gifEnding(bytes: Uint8Array): ImageEnding {
  return bytes.at(-1) === 0x3b ? 'complete' : 'truncated';
}

/** `unknown` for formats without a simple end marker (AVIF, TIFF) or bytes that are no image at all. */
export function imageEnding(bytes: Uint8Array): ImageEnding {
  const head = Buffer.from(bytes.subarray(0, 12));
  if (head[0] === 0xff && head[1] === 0xd8) return jpegEnding(bytes);
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return pngEnding(bytes);
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return webpEnding(bytes);
  if (head.toString('latin1', 0, 4) === 'GIF8') return gifEnding(bytes);
  return 'unknown';
}
