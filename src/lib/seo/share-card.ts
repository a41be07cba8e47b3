import sharp from 'sharp';
import { displayedSize, fillsCard, PICTURE_BOX, SHARE_HEIGHT, SHARE_WIDTH } from './share-card-fit.ts';

export { SHARE_HEIGHT, SHARE_WIDTH } from './share-card-fit.ts';

/**
 * Share cards: the 1200×630 picture WeChat, Weibo and other apps show with a
 * link. Made from the entry's own image with sharp; no text is drawn, since
 * build machines may lack CJK fonts (the title travels in og:title instead).
 */

const BRAND = '#0b5394';
const BRAND_DARK = '#073763';
const ACCENT = '#b4410a';
const GOLD = '#f2c14e';
const STRIPE = 14;

/** The site's brand stripe along the bottom edge: a mark of where the link leads. */
function stripeSvg(): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${STRIPE}">` +
      `<rect width="${SHARE_WIDTH}" height="${STRIPE}" fill="${BRAND}"/>` +
      `<rect width="${Math.round(SHARE_WIDTH * 0.22)}" height="${STRIPE}" fill="${ACCENT}"/>` +
      `</svg>`,
  );
}

/** A calm brand background for pictures that do not fill the card (book jackets, portraits). */
function backdropSvg(): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}">` +
      `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
      `<stop offset="0" stop-color="${BRAND}"/><stop offset="1" stop-color="${BRAND_DARK}"/></linearGradient></defs>` +
      `<rect width="100%" height="100%" fill="url(#g)"/>` +
      `<circle cx="1040" cy="140" r="230" fill="#ffffff" fill-opacity="0.07"/>` +
      `<circle cx="1110" cy="540" r="150" fill="${GOLD}" fill-opacity="0.18"/>` +
      `<circle cx="120" cy="520" r="190" fill="#ffffff" fill-opacity="0.06"/>` +
      `<circle cx="90" cy="90" r="110" fill="${GOLD}" fill-opacity="0.12"/>` +
      `</svg>`,
  );
}

/**
 * A 1200×630 JPEG from an image file or buffer. A landscape photo fills the
 * card (cropped to the centre, enlarged if it is small); a portrait or square
 * picture, such as a book jacket, is shown whole and centred on the brand backdrop.
 */
export async function shareCardFromImage(input: string | Buffer): Promise<Buffer> {
  const source = sharp(input).rotate();
  // The metadata is the file's as stored: a phone's upright photo is stored wide, with an orientation to turn it.
  const stored = await source.metadata();
  const { width, height } = displayedSize({ width: stored.width ?? 0, height: stored.height ?? 0, orientation: stored.orientation });
  const stripe = { input: stripeSvg(), top: SHARE_HEIGHT - STRIPE, left: 0 };
  if (fillsCard(width, height)) {
    return source
      .resize({ width: SHARE_WIDTH, height: SHARE_HEIGHT, fit: 'cover', position: 'centre' })
      .composite([stripe])
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
  }
  const boxHeight = PICTURE_BOX.height;
  const picture = await source
    .resize({ width: PICTURE_BOX.width, height: boxHeight, fit: 'inside' })
    .flatten({ background: '#ffffff' })
    .png()
    .toBuffer();
  const placed = await sharp(picture).metadata();
  const top = Math.round((SHARE_HEIGHT - STRIPE - (placed.height ?? boxHeight)) / 2);
  // Centred, so that apps which crop the card to a square (WeChat) still show it whole.
  const left = Math.round((SHARE_WIDTH - (placed.width ?? 0)) / 2);
  return sharp(backdropSvg())
    .composite([
      // A soft shadow under the picture, then the picture.
      {
        input: Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${(placed.width ?? 0) + 24}" height="${(placed.height ?? 0) + 24}">` +
            `<rect x="12" y="16" width="${placed.width}" height="${placed.height}" rx="6" fill="#000" fill-opacity="0.28"/></svg>`,
        ),
        top: top - 8,
        left: left - 8,
      },
      { input: picture, top, left },
      stripe,
    ])
    .flatten({ background: BRAND })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

/**
 * The site's own cards, for pages without a picture of their own: shapes in
 * the brand colours, no text. `default` (a rising sun over open books) for
 * most pages; the statistics pages (`stats`: a rising bar chart) and the
 * lighting map (`lighting`: lights coming on across a night skyline) each have
 * their own, so that a shared link says what it leads to.
 */
export const SITE_CARDS = ['default', 'stats', 'lighting'] as const;
export type SiteCard = (typeof SITE_CARDS)[number];

const NIGHT = '#0a1f3d';

function motif(card: SiteCard): string {
  switch (card) {
    case 'default': {
      const book = (x: number, y: number, fill: string) =>
        `<path d="M${x} ${y} q110 -40 220 0 v170 q-110 -40 -220 0 z" fill="${fill}"/>` +
        `<path d="M${x + 220} ${y} q110 -40 220 0 v170 q-110 -40 -220 0 z" fill="${fill}" fill-opacity="0.85"/>`;
      return (
        `<circle cx="600" cy="330" r="150" fill="${GOLD}"/>` +
        `<circle cx="600" cy="330" r="200" fill="${GOLD}" fill-opacity="0.18"/>` +
        `<circle cx="600" cy="330" r="260" fill="${GOLD}" fill-opacity="0.08"/>` +
        `<rect x="0" y="420" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT - 420}" fill="${BRAND_DARK}"/>` +
        book(380, 430, '#ffffff')
      );
    }
    case 'stats': {
      // Five bars rising left to right on a baseline, the tallest in gold.
      const heights = [150, 210, 260, 330, 410];
      const bars = heights
        .map(
          (h, i) =>
            `<rect x="${300 + i * 130}" y="${520 - h}" width="90" height="${h}" rx="8" fill="${i === 4 ? GOLD : '#ffffff'}" fill-opacity="${i === 4 ? 1 : 0.55 + i * 0.1}"/>`,
        )
        .join('');
      return `<circle cx="1040" cy="120" r="180" fill="#ffffff" fill-opacity="0.06"/>${bars}<rect x="260" y="520" width="680" height="8" fill="#ffffff"/>`;
    }
    case 'lighting': {
      // A night skyline whose windows and a row of lamps are lit.
      const buildings = [
        [160, 300, 120],
        [300, 220, 140],
        [460, 340, 110],
        [590, 180, 150],
        [760, 280, 120],
        [900, 240, 140],
      ] as const;
      const towers = buildings
        .map(([x, h, w]) => `<rect x="${x}" y="${560 - h}" width="${w}" height="${h}" fill="${BRAND_DARK}"/>`)
        .join('');
      const windows = buildings
        .flatMap(([x, h, w], b) =>
          Array.from({ length: Math.floor((h - 40) / 50) }, (_, row) =>
            [0, 1].map(
              (col) =>
                `<rect x="${x + 20 + col * (w / 2)}" y="${560 - h + 30 + row * 50}" width="${w / 2 - 40}" height="22" fill="${GOLD}" fill-opacity="${(b + row + col) % 3 === 0 ? 0.35 : 1}"/>`,
            ),
          ).flat(),
        )
        .join('');
      const glow = `<circle cx="600" cy="560" r="420" fill="${GOLD}" fill-opacity="0.10"/>`;
      return `${glow}${towers}${windows}<rect x="0" y="560" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT - 560}" fill="${NIGHT}"/>`;
    }
  }
}

export function siteShareCardSvg(card: SiteCard = 'default'): string {
  const [top, bottom] = card === 'lighting' ? [NIGHT, BRAND_DARK] : [BRAND, BRAND_DARK];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">` +
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">` +
    `<stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#sky)"/>` +
    motif(card) +
    `<rect x="0" y="${SHARE_HEIGHT - STRIPE}" width="${SHARE_WIDTH}" height="${STRIPE}" fill="${BRAND}"/>` +
    `<rect x="0" y="${SHARE_HEIGHT - STRIPE}" width="${Math.round(SHARE_WIDTH * 0.22)}" height="${STRIPE}" fill="${ACCENT}"/>` +
    `</svg>`
  );
}

export async function siteShareCard(card: SiteCard = 'default'): Promise<Buffer> {
  return sharp(Buffer.from(siteShareCardSvg(card)))
    .png({ compressionLevel: 9 })
    .toBuffer();
}
