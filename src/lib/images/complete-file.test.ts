import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../../tests/support/site-files.ts';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { imageEnding } from './complete-file.ts';

/** A noisy picture, so that the encoders write real scan data. */
async function picture(format: 'jpeg' | 'png' | 'webp' | 'gif', options: Record<string, unknown> = {}): Promise<Buffer> {
  const width = 96;
  const height = 64;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .toFormat(format, options)
    .toBuffer();
}

const CUTS = [0.5, 0.9];

describe('imageEnding', () => {
  for (const [format, options] of [
    ['jpeg', {}],
    ['jpeg', { progressive: true }],
    ['png', {}],
    ['webp', {}],
    ['gif', {}],
  ] as const) {
    const name = `${format}${'progressive' in options ? ' (progressive)' : ''}`;
    it(`finds a whole ${name} complete and one cut short truncated`, async () => {
      const whole = await picture(format, options);
      expect(imageEnding(whole)).toBe('complete');
      for (const cut of CUTS) expect(imageEnding(whole.subarray(0, Math.floor(whole.length * cut)))).toBe('truncated');
    });
  }

  it('accepts a JPEG with bytes a camera appended after its end', async () => {
    const whole = await picture('jpeg');
    expect(imageEnding(Buffer.concat([whole, Buffer.from('trailing maker notes')]))).toBe('complete');
  });

  it('does not judge what it has no end marker for', () => {
    expect(imageEnding(Buffer.from('this is not a picture'))).toBe('unknown');
  });

  it('finds every cover in the fixture complete', () => {
    const images = listFiles(FIXTURE_CONTENT).filter((f) => /\.(jpe?g|png|webp|gif)$/i.test(f));
    expect(images.length).toBeGreaterThan(0);
    for (const file of images) expect([file, imageEnding(readFileSync(`${FIXTURE_CONTENT}/${file}`))]).toEqual([file, 'complete']);
  });
});
