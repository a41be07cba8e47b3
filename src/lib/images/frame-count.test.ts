import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { frameCount } from './frame-count.ts';
import { imageFileDefect, MAX_IMAGE_PIXELS } from './image-defect.ts';

const COLOURS = ['#264653', '#2a9d8f', '#e9c46a', '#f4a261', '#e76f51'];
const frames = () =>
  Promise.all(
    COLOURS.map((background) =>
      sharp({ create: { width: 8, height: 8, channels: 3, background } })
        .png()
        .toBuffer(),
    ),
  );

/** A GIF that says it is `width` × `height` with `count` frames of one pixel's data each: what a decoder is asked to allocate. */
function gifOf(width: number, height: number, count: number): Buffer {
  const size = (n: number) => [n & 0xff, n >> 8];
  const header = [...Buffer.from('GIF89a', 'latin1'), ...size(width), ...size(height), 0, 0, 0];
  const frame = [0x2c, 0, 0, 0, 0, ...size(width), ...size(height), 0, 2, 2, 0x4c, 0x01, 0];
  return Buffer.from([...header, ...Array.from({ length: count }, () => frame).flat(), 0x3b]);
}

describe('frameCount', () => {
  it('counts the frames of an animated GIF and WebP as the encoder wrote them', async () => {
    const gif = await sharp(await frames(), { join: { animated: true } })
      .gif()
      .toBuffer();
    const webp = await sharp(await frames(), { join: { animated: true } })
      .webp()
      .toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(COLOURS.length);
    expect(frameCount(gif, 'gif')).toBe(COLOURS.length);
    expect(frameCount(webp, 'webp')).toBe(COLOURS.length);
  });

  it('reads an APNG’s frame count from its acTL chunk, and gives a still image one frame', async () => {
    const still = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const data = Buffer.alloc(8);
    data.writeUInt32BE(40, 0);
    const type = Buffer.from('acTL', 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    // After the signature and IHDR (8 + 25 bytes), as an APNG has it.
    const apng = Buffer.concat([still.subarray(0, 33), length, type, data, crc, still.subarray(33)]);
    expect(frameCount(apng, 'png')).toBe(40);
    expect(frameCount(still, 'png')).toBe(1);
    expect(frameCount(await sharp(still).jpeg().toBuffer(), 'jpg')).toBe(1);
  });

  it('lets the content check refuse an animation whose frames together have too many pixels', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frames-'));
    const side = 8000;
    const perFrame = side * side;
    expect(perFrame).toBeLessThan(MAX_IMAGE_PIXELS);
    const count = Math.floor(MAX_IMAGE_PIXELS / perFrame) + 1;
    writeFileSync(join(dir, 'one.gif'), gifOf(side, side, 1));
    writeFileSync(join(dir, 'many.gif'), gifOf(side, side, count));
    expect(imageFileDefect(join(dir, 'one.gif'))).toBeUndefined();
    expect(imageFileDefect(join(dir, 'many.gif'))).toBe('tooManyPixels');
  });
});
