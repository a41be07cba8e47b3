/**
 * How many pictures an image file holds: an animated GIF, PNG (APNG) or
 * WebP is decoded frame by frame, all of them (Astro asks sharp for every
 * page), so the memory a decoder needs is width × height × frames. A 1.4 KB
 * GIF of 59 frames at 2000 × 2000 is 236 million pixels. Read from the
 * container's own structure, without decoding anything.
 */
export function frameCount(bytes: Buffer, type: string): number {
  if (type === 'png') return apngFrames(bytes);
  if (type === 'webp') return webpFrames(bytes);
  if (type === 'gif') return gifFrames(bytes);
  return 1;
}

/** An APNG says how many frames it has in its acTL chunk, before the image data. */
function apngFrames(bytes: Buffer): number {
  const at = bytes.indexOf('acTL', 8, 'latin1');
  const data = bytes.indexOf('IDAT', 8, 'latin1');
  if (at < 0 || (data >= 0 && at > data) || at + 8 > bytes.length) return 1;
  return Math.max(1, bytes.readUInt32BE(at + 4));
}

/** An animated WebP has one ANMF chunk per frame among the RIFF file's chunks. */
function webpFrames(bytes: Buffer): number {
  let frames = 0;
  for (let at = 12; at + 8 <= bytes.length;) {
    const size = bytes.readUInt32LE(at + 4);
    if (bytes.toString('latin1', at, at + 4) === 'ANMF') frames++;
    at += 8 + size + (size % 2);
  }
  return Math.max(1, frames);
}

/** The sub-blocks a GIF's extensions and image data are stored in, each a length byte, until a zero one. */
function afterSubBlocks(bytes: Buffer, at: number): number {
  while (at < bytes.length && bytes[at] !== 0) at += bytes[at]! + 1;
  return at + 1;
}

/** A GIF has one image descriptor (0x2C) per frame, between extensions (0x21), up to its trailer (0x3B). */
function gifFrames(bytes: Buffer): number {
  if (bytes.length < 13) return 1;
  const colourTable = (flags: number) => (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  let at = 13 + colourTable(bytes[10]!);
  let frames = 0;
  while (at < bytes.length) {
    const block = bytes[at];
    if (block === 0x21) at = afterSubBlocks(bytes, at + 2);
    else if (block === 0x2c) {
      frames++;
      // The descriptor (10 bytes), its own colour table, the LZW code size, then the data.
      at = afterSubBlocks(bytes, at + 10 + colourTable(bytes[at + 9] ?? 0) + 1);
    } else break;
  }
  return Math.max(1, frames);
}
