/**
 * Whether the cards of a list say each entry's year: when the list holds
 * more than one year, or one year other than `year` (the list's own, else
 * the week's in site.json), as a site turned to a new year lists last year's
 * entries until this year's are in. Otherwise the year goes without saying.
 */
export function yearsNeedSaying(years: Iterable<number>, year: number): boolean {
  const held = new Set(years);
  return held.size > 1 || (held.size === 1 && !held.has(year));
}
