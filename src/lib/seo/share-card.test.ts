import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SHARE_HEIGHT, SHARE_WIDTH, shareCardFromImage, SITE_CARDS, siteShareCard, siteShareCardSvg } from './share-card.ts';

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#2a9d8f' } })
    .jpeg()
    .toBuffer();

describe('share cards', () => {
  it('makes a 1200×630 JPEG from a landscape photo, even a small one', async () => {
    for (const [w, h] of [
      [1200, 800],
      [640, 360],
      [3000, 1500],
    ] as const) {
      const meta = await sharp(await shareCardFromImage(await picture(w, h))).metadata();
      expect([meta.format, meta.width, meta.height], `${w}×${h}`).toEqual(['jpeg', SHARE_WIDTH, SHARE_HEIGHT]);
    }
  });

  it('shows a book jacket whole on the brand backdrop instead of cropping it', async () => {
    const card = await shareCardFromImage(await picture(600, 860));
    const meta = await sharp(card).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', SHARE_WIDTH, SHARE_HEIGHT]);
    // The jacket sits in the middle (a square crop keeps it); the edges are the brand backdrop.
    const { data, info } = await sharp(card).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
    ];
    const [r, g] = at(600, 315);
    expect(g! > r! && g! > 120).toBe(true); // teal jacket
    const [r2, , b2] = at(380, 60);
    expect(b2! > r2!).toBe(true); // brand blue
  });

  it('shows a phone’s upright photo (stored wide, with EXIF orientation 6) whole, as it is seen, not cropped to a strip', async () => {
    // 1800×1200 as stored, turned a quarter when shown: a portrait, 1200×1800. Orange, unlike the blue backdrop.
    const upright = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#e07b00' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const card = await shareCardFromImage(upright);
    const { data, info } = await sharp(card).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
    ];
    const isPhoto = ([r, , b]: number[]) => r! > 150 && r! > b! + 100;
    // The photo in the middle, the brand backdrop at the sides (a crop to fill would be photo edge to edge).
    expect(isPhoto(at(600, 315))).toBe(true);
    expect(isPhoto(at(60, 315))).toBe(false);
    expect(isPhoto(at(1140, 315))).toBe(false);
  });

  it('has site cards of shapes only, 1200×630 PNG, each its own picture', async () => {
    const pixels = new Set<string>();
    for (const card of SITE_CARDS) {
      expect(siteShareCardSvg(card)).not.toMatch(/<text/);
      const png = await siteShareCard(card);
      const meta = await sharp(png).metadata();
      expect([card, meta.format, meta.width, meta.height]).toEqual([card, 'png', SHARE_WIDTH, SHARE_HEIGHT]);
      // A small thumbnail, as a chat list shows it: the three cards must not look alike.
      pixels.add((await sharp(png).resize(12, 6).raw().toBuffer()).toString('hex'));
    }
    expect(pixels.size).toBe(SITE_CARDS.length);
  });
});
