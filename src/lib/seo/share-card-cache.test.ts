import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedShareCard, cachedSiteShareCard } from './share-card-cache.ts';
import { SITE_CARDS, shareCardFromImage, siteShareCard } from './share-card.ts';

const dir = mkdtempSync(join(tmpdir(), 'share-cards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const photo = async (name: string, background: string) => {
  const file = join(dir, name);
  writeFileSync(
    file,
    await sharp({ create: { width: 800, height: 450, channels: 3, background } })
      .jpeg()
      .toBuffer(),
  );
  return file;
};
const cards = () => readdirSync(join(dir, 'cache', 'share-cards')).sort();

describe('share cards kept between builds', () => {
  it('draws a card once, then reads it back unchanged; a changed cover draws its own card only', async () => {
    const cache = join(dir, 'cache');
    const a = await photo('a.jpg', '#2a9d8f');
    const b = await photo('b.jpg', '#e76f51');
    const first = await cachedShareCard(a, cache);
    expect(first.equals(await shareCardFromImage(a))).toBe(true);
    await cachedShareCard(b, cache);
    expect(cards()).toHaveLength(2);
    const written = new Map(cards().map((f) => [f, statSync(join(cache, 'share-cards', f)).mtimeMs]));

    // The next build: same covers, nothing drawn or written.
    expect((await cachedShareCard(a, cache)).equals(first)).toBe(true);
    await cachedShareCard(b, cache);
    expect(new Map(cards().map((f) => [f, statSync(join(cache, 'share-cards', f)).mtimeMs]))).toEqual(written);

    // One cover retouched: one new card, the other still read from the cache.
    await photo('a.jpg', '#264653');
    const redrawn = await cachedShareCard(a, cache);
    expect(redrawn.equals(first)).toBe(false);
    expect(redrawn.equals(await shareCardFromImage(a))).toBe(true);
    expect(cards()).toHaveLength(3);
    expect(cards().filter((f) => !written.has(f))).toHaveLength(1);
  });

  it('gives entries that share a cover one card when their pages ask for it at once', async () => {
    const cache = join(dir, 'cache-shared-cover');
    // A series of events with one photo: three byte-identical covers, asked for side by side as Astro renders.
    const covers = await Promise.all(['s1.jpg', 's2.jpg', 's3.jpg'].map((name) => photo(name, '#264653')));
    const drawn = await Promise.all(covers.map((cover) => cachedShareCard(cover, cache)));
    const expected = await shareCardFromImage(covers[0]!);
    for (const card of drawn) expect(card.equals(expected)).toBe(true);
    expect(readdirSync(join(cache, 'share-cards'))).toHaveLength(1);
  });

  it('keeps the site’s own cards too, each its own file', async () => {
    const cache = join(dir, 'cache-site');
    for (const name of SITE_CARDS) {
      const card = await cachedSiteShareCard(name, cache);
      expect(card.equals(await siteShareCard(name)), name).toBe(true);
      expect((await cachedSiteShareCard(name, cache)).equals(card)).toBe(true);
    }
    expect(readdirSync(join(cache, 'share-cards'))).toHaveLength(SITE_CARDS.length);
  });
});
