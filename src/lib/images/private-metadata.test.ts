import { crc32 } from 'node:zlib';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { removePrivateMetadata } from './private-metadata.ts';

/** A noisy photo as a phone and a camera would leave it: turned, in Display P3, with where, who and which camera. */
async function photo(format: 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff'): Promise<Buffer> {
  const width = 96;
  const height = 64;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .withMetadata({ orientation: 6 })
    .withIccProfile('p3')
    .withExif({
      IFD0: { Artist: 'Zhang San', ImageDescription: 'Calligraphy class', Make: 'Canon' },
      IFD2: { BodySerialNumber: 'SN-0042', CameraOwnerName: 'Li Si', LensSerialNumber: 'LS-77' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '23/1 7/1 3012/100', GPSLongitudeRef: 'E', GPSLongitude: '113/1 15/1 4/1' },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Wang Wu</dc:creator><exif:GPSLatitude>23,7.5N</exif:GPSLatitude></x:xmpmeta>',
    )
    .toFormat(format)
    .toBuffer();
}

const pixelsOf = (bytes: Buffer) => sharp(bytes).raw().toBuffer();

/** What a reader of the published file finds: EXIF as exif-reader parses it, XMP as text. */
async function readerSees(bytes: Buffer) {
  const meta = await sharp(bytes).metadata();
  const exif = meta.exif ? exifReader(meta.exif) : undefined;
  return { exif, xmp: meta.xmp?.toString('latin1') ?? '', orientation: meta.orientation, icc: meta.icc };
}

describe('removePrivateMetadata', () => {
  for (const format of ['jpeg', 'png', 'webp', 'avif'] as const) {
    it(`takes the place, the names and the serials out of a ${format}, and nothing else`, async () => {
      const before = await photo(format);
      const seen = await readerSees(before);
      expect(seen.exif?.GPSInfo?.GPSLatitude).toEqual([23, 7, 30.12]);
      expect(seen.exif?.Image?.Artist).toBe('Zhang San');

      const after = Buffer.from(before);
      expect(removePrivateMetadata(after)).toEqual(expect.arrayContaining(['location', 'person', 'device']));
      expect(after.length).toBe(before.length);
      const now = await readerSees(after);
      expect(now.exif?.GPSInfo?.GPSLatitude).toBeUndefined();
      expect(now.exif?.GPSInfo?.GPSLongitude).toBeUndefined();
      // Zeroed in place: a text of NULs, which readers show as nothing.
      for (const text of [
        now.exif?.Image?.Artist,
        now.exif?.Photo?.BodySerialNumber,
        now.exif?.Photo?.LensSerialNumber,
        now.exif?.Photo?.CameraOwnerName,
      ])
        expect((text ?? '').replaceAll('\0', '')).toBe('');
      expect(after.includes('Wang Wu')).toBe(false);
      expect(after.includes('23,7.5N')).toBe(false);
      // A caption and the kind of camera stay, as do the orientation, the colour profile and every pixel.
      expect(now.exif?.Image?.ImageDescription).toBe('Calligraphy class');
      expect(now.exif?.Image?.Make).toBe('Canon');
      expect(now.orientation).toBe(seen.orientation);
      expect(now.icc).toEqual(seen.icc);
      expect(await pixelsOf(after)).toEqual(await pixelsOf(before));
    });
  }

  it('zeroes the EXIF thumbnail, which shows a cropped photo whole, and keeps the orientation beside it', async () => {
    const thumbnail = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c0392b' } })
      .jpeg()
      .toBuffer();
    // EXIF as a camera writes it: IFD0 with the orientation (6), then IFD1 pointing at the thumbnail's JPEG.
    const tiff = Buffer.alloc(56 + thumbnail.length);
    const entry = (at: number, tag: number, type: 3 | 4, value: number) => {
      tiff.writeUInt16LE(tag, at);
      tiff.writeUInt16LE(type, at + 2);
      tiff.writeUInt32LE(1, at + 4);
      if (type === 3) tiff.writeUInt16LE(value, at + 8);
      else tiff.writeUInt32LE(value, at + 8);
    };
    tiff.write('II', 0, 'latin1');
    tiff.writeUInt16LE(42, 2);
    tiff.writeUInt32LE(8, 4);
    tiff.writeUInt16LE(1, 8);
    entry(10, 0x0112, 3, 6);
    tiff.writeUInt32LE(26, 22);
    tiff.writeUInt16LE(2, 26);
    entry(28, 0x0201, 4, 56);
    entry(40, 0x0202, 4, thumbnail.length);
    tiff.writeUInt32LE(0, 52);
    thumbnail.copy(tiff, 56);
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, 0]), Buffer.from('Exif\0\0', 'latin1'), tiff]);
    app1.writeUInt16BE(app1.length - 2, 2);
    const plain = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#2980b9' } })
      .jpeg()
      .toBuffer();
    const before = Buffer.concat([plain.subarray(0, 2), app1, plain.subarray(2)]);
    expect(before.includes(thumbnail)).toBe(true);
    expect((await sharp(before).metadata()).orientation).toBe(6);

    const after = Buffer.from(before);
    expect(removePrivateMetadata(after)).toContain('thumbnail');
    expect(after.length).toBe(before.length);
    expect(after.includes(thumbnail)).toBe(false);
    expect((await sharp(after).metadata()).orientation).toBe(6);
    expect(await pixelsOf(after)).toEqual(await pixelsOf(before));
  });

  it("empties a TIFF's XMP, its pixels unchanged", async () => {
    const before = await photo('tiff');
    const after = Buffer.from(before);
    removePrivateMetadata(after);
    expect(before.includes('Wang Wu')).toBe(true);
    expect(after.includes('Wang Wu')).toBe(false);
    expect((await readerSees(after)).orientation).toBe(6);
    expect(await pixelsOf(after)).toEqual(await pixelsOf(before));
  });

  it('finds nothing more in a file it has cleaned', async () => {
    for (const format of ['jpeg', 'png', 'webp', 'avif'] as const) {
      const once = await photo(format);
      removePrivateMetadata(once);
      const twice = Buffer.from(once);
      expect(removePrivateMetadata(twice), format).toEqual([]);
      expect(twice.equals(once), format).toBe(true);
    }
  });

  it('leaves a picture without metadata byte for byte as it was', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const plain = await sharp(await photo(format))
        .toFormat(format)
        .toBuffer();
      const after = Buffer.from(plain);
      expect(removePrivateMetadata(after), format).toEqual([]);
      expect(after.equals(plain), format).toBe(true);
    }
  });

  it("keeps a PNG's chunks whole: every CRC still matches", async () => {
    const after = await photo('png');
    removePrivateMetadata(after);
    for (let at = 8; at < after.length;) {
      const length = after.readUInt32BE(at);
      const type = after.toString('latin1', at + 4, at + 8);
      expect(after.readUInt32BE(at + 8 + length), type).toBe(crc32(after.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
  });

  it('zeroes EXIF it cannot follow rather than publish it', async () => {
    const before = await photo('jpeg');
    const broken = Buffer.from(before);
    // IFD0's offset, right after 'Exif\0\0' and the byte order, made to point past the segment.
    const tiff = broken.indexOf('Exif\0\0', 0, 'latin1') + 6;
    broken.writeUInt32LE(0xfff0, tiff + 4);
    expect(removePrivateMetadata(broken)).toContain('unreadable');
    expect(broken.includes('Zhang San')).toBe(false);
    expect(await pixelsOf(broken)).toEqual(await pixelsOf(before));
  });
});
