/**
 * How a picture sits on a share card (share-card.ts draws it; `npm run check`
 * warns about covers the card would have to enlarge). A wide picture fills
 * the 1200×630 card; a portrait or square one (a book jacket) is shown whole
 * in a box on the brand backdrop.
 */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
/** Wide pictures are cropped to fill the card; narrower ones sit on the backdrop whole. */
export const FILL_MIN_RATIO = 1.3;
/** The box a narrower picture is fitted into. */
export const PICTURE_BOX = { width: Math.round(SHARE_WIDTH * 0.6), height: SHARE_HEIGHT - 2 * 60 } as const;

/** The size a picture is seen at: EXIF orientations 5–8 (a phone held upright) turn it a quarter, so height × width. */
export function displayedSize(size: { width: number; height: number; orientation?: number | undefined }): {
  width: number;
  height: number;
} {
  return (size.orientation ?? 1) >= 5 ? { width: size.height, height: size.width } : { width: size.width, height: size.height };
}

export function fillsCard(width: number, height: number): boolean {
  return width > 0 && height > 0 && width / height >= FILL_MIN_RATIO;
}

/**
 * How many times the card enlarges a picture of this size (1 or less: not
 * at all), and the smallest size of the same shape that it would not enlarge.
 */
export function shareCardEnlargement(width: number, height: number): { factor: number; minWidth: number; minHeight: number } {
  const factor = fillsCard(width, height)
    ? Math.max(SHARE_WIDTH / width, SHARE_HEIGHT / height)
    : Math.min(PICTURE_BOX.width / width, PICTURE_BOX.height / height);
  return { factor, minWidth: Math.ceil(width * Math.max(factor, 1)), minHeight: Math.ceil(height * Math.max(factor, 1)) };
}
