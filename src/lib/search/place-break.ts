/**
 * Where a search result's place may break between its city and its county
 * (清远市 | 连南瑶族自治县), as PlaceName.astro lets the site's own cards: a
 * result's facts share a phone's line with its picture, and the name, wider
 * than what is left, would break before its last character. The build
 * joins the parts of the place it gives Pagefind with this mark; the search
 * page draws it as a `<wbr>`. A zero-width space: wherever else the field
 * shows, it reads as the name.
 *
 * Plain TypeScript, shared by the build (SearchFacets.astro) and the search page.
 */
export const PLACE_BREAK = '\u200b';

/** A place's parts (placeNamePartsOf), joined with PLACE_BREAK. */
export function joinPlaceParts(parts: readonly string[]): string {
  return parts.join(PLACE_BREAK);
}

/** A fact cut at each PLACE_BREAK: the pieces a line may break between. */
export function placeBreakPieces(fact: string): string[] {
  return fact.split(PLACE_BREAK);
}
