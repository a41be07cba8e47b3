import sharp from 'sharp';
import { fillsCard, PICTURE_BOX, SHARE_HEIGHT, SHARE_WIDTH } from './share-card-fit.ts';

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
  const { width = 0, height = 0 } = await source.metadata();
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

/** The site's default card: shapes in the brand colours (open books, a rising sun), no text. */
export function defaultShareCardSvg(): string {
  const book = (x: number, y: number, fill: string) =>
    `<path d="M${x} ${y} q110 -40 220 0 v170 q-110 -40 -220 0 z" fill="${fill}"/>` +
    `<path d="M${x + 220} ${y} q110 -40 220 0 v170 q-110 -40 -220 0 z" fill="${fill}" fill-opacity="0.85"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">` +
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">` +
    `<stop offset="0" stop-color="${BRAND}"/><stop offset="1" stop-color="${BRAND_DARK}"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#sky)"/>` +
    `<circle cx="600" cy="330" r="150" fill="${GOLD}"/>` +
    `<circle cx="600" cy="330" r="200" fill="${GOLD}" fill-opacity="0.18"/>` +
    `<circle cx="600" cy="330" r="260" fill="${GOLD}" fill-opacity="0.08"/>` +
    `<rect x="0" y="420" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT - 420}" fill="${BRAND_DARK}"/>` +
    book(380, 430, '#ffffff') +
    `<rect x="0" y="${SHARE_HEIGHT - STRIPE}" width="${SHARE_WIDTH}" height="${STRIPE}" fill="${BRAND}"/>` +
    `<rect x="0" y="${SHARE_HEIGHT - STRIPE}" width="${Math.round(SHARE_WIDTH * 0.22)}" height="${STRIPE}" fill="${ACCENT}"/>` +
    `</svg>`
  );
}

export async function defaultShareCard(): Promise<Buffer> {
  return sharp(Buffer.from(defaultShareCardSvg())).png({ compressionLevel: 9 }).toBuffer();
}
