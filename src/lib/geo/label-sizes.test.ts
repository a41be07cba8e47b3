import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_SCALES, labelFontSizes } from './index.ts';

/**
 * The map shows the smallest set of names that is at least its names' size on
 * screen (RegionMap.astro's container queries): each breakpoint, in that size's
 * em, is where the set before it would fall below one em.
 */
describe('the sizes of the map names', () => {
  const style = readFileSync('src/components/RegionMap.astro', 'utf8');
  const breakpoints = [...style.matchAll(/@container region-map \(width < ([\d.]+)em\)/g)].map((m) => Number(m[1]));

  it('switches from each set of names to the next where the smaller would fall below the reader’s size', () => {
    expect(breakpoints).toEqual(LABEL_SCALES.slice(0, -1).map((scale) => Math.round(100 / scale) / 100));
  });

  it('shows each set of names and dots under its own class, one per size', () => {
    for (const i of LABEL_SCALES.keys()) expect(style).toContain(`.region-map__size--${i} {`);
    expect(labelFontSizes(800)).toEqual(LABEL_SCALES.map((scale) => Math.round(800 * scale)));
  });
});
