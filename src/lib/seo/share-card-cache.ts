import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { shareCardFromImage, siteShareCard, siteShareCardSvg, type SiteCard } from './share-card.ts';

/**
 * Share cards drawn once and then kept, in `<cache>/share-cards/` beside
 * Astro's encoded images: a card is named by a hash of what it is made of
 * (the cover's bytes, and the drawing code and sharp's version, so that a
 * change to either draws afresh). A build with nothing new reads every card
 * from there; a changed cover draws its own card and no other. Cards carry
 * no text (see share-card.ts), so an entry's words are not part of the key.
 */
const RECIPE = [shareCardFromImage.toString(), siteShareCard.toString(), sharp.versions.vips ?? ''].join('\0');

function cardKey(source: Buffer | string): string {
  return createHash('sha256').update(RECIPE).update('\0').update(source).digest('hex').slice(0, 32);
}

/**
 * Cards being read or drawn, by file: entries with the same cover (one photo
 * for a series of events) ask for one card at once, as Astro renders pages
 * side by side; they share one drawing instead of racing to write one file.
 */
const inFlight = new Map<string, Promise<Buffer>>();

async function readOrDraw(file: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch {
    const card = await draw();
    await mkdir(dirname(file), { recursive: true });
    // Written whole under a name of its own first, so a build that stops halfway never leaves half a card
    // and two builds sharing a cache never rename one another's file.
    const partial = `${file}.${process.pid}.${randomUUID()}.partial`;
    await writeFile(partial, card);
    await rename(partial, file);
    return card;
  }
}

function cached(cacheDir: string, name: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  const file = join(cacheDir, 'share-cards', name);
  let card = inFlight.get(file);
  if (!card) {
    card = readOrDraw(file, draw).finally(() => inFlight.delete(file));
    inFlight.set(file, card);
  }
  return card;
}

/** An entry's card from its cover file (see shareCardFromImage), from the cache when it was drawn before. */
export async function cachedShareCard(coverFile: string, cacheDir: string): Promise<Buffer> {
  const source = await readFile(coverFile);
  return cached(cacheDir, `${cardKey(source)}.jpg`, () => shareCardFromImage(source));
}

/** One of the site's own cards (default, stats, lighting), from the cache when it was drawn before; its drawing is part of the key. */
export function cachedSiteShareCard(card: SiteCard, cacheDir: string): Promise<Buffer> {
  return cached(cacheDir, `${card}-${cardKey(siteShareCardSvg(card))}.png`, () => siteShareCard(card));
}
