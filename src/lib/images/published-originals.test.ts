import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { removePrivateMetadataIn } from './published-originals.ts';

describe('removePrivateMetadataIn', () => {
  it('cleans the photos of a published folder and leaves every other file as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'originals-'));
    const picture = sharp({ create: { width: 32, height: 24, channels: 3, background: '#c33' } });
    const located = await picture
      .clone()
      .withExif({ IFD0: { Artist: 'Zhang San' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '23/1 7/1 30/1' } })
      .jpeg()
      .toBuffer();
    const plain = await picture.clone().webp().toBuffer();
    writeFileSync(join(dir, 'class.CmZ3.jpg'), located);
    writeFileSync(join(dir, 'class.CmZ3_1x2y.webp'), plain);
    // A script that happens to hold the same bytes is no image: untouched.
    writeFileSync(join(dir, 'page.js'), located);

    expect(await removePrivateMetadataIn(dir)).toEqual({ images: 2, cleaned: 1, withLocation: 1 });
    const published = readFileSync(join(dir, 'class.CmZ3.jpg'));
    expect(published.includes('Zhang San')).toBe(false);
    expect(published.length).toBe(located.length);
    expect(readFileSync(join(dir, 'class.CmZ3_1x2y.webp')).equals(plain)).toBe(true);
    expect(readFileSync(join(dir, 'page.js')).equals(located)).toBe(true);
  });
});
