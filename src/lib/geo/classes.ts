/**
 * Class breaks for choropleth maps: natural classes by ckmeans (optimal 1-D
 * k-means, from simple-statistics), with each break moved to the roundest
 * number between the two classes it separates, so the legend reads 200, 1000,
 * 5000 rather than 187, 1043, 4921, and no value changes class by the rounding.
 */
import { ckmeans } from 'simple-statistics';

/**
 * Thresholds (ascending, at most `classes` − 1) splitting `values` into natural
 * classes. Non-finite values are ignored; fewer distinct values than classes
 * give fewer classes; no values or one distinct value give [].
 */
export function classBreaks(values: readonly number[], classes: number): number[] {
  const finite = values.filter((v) => Number.isFinite(v));
  const distinct = new Set(finite).size;
  const k = Math.min(Math.floor(classes), distinct);
  if (k <= 1) return [];
  const clusters = ckmeans(finite, k);
  const breaks: number[] = [];
  for (let i = 1; i < clusters.length; i++) {
    const below = Math.max(...clusters[i - 1]!);
    const from = Math.min(...clusters[i]!);
    breaks.push(roundestBetween(below, from));
  }
  return breaks;
}

/** The class of a value, 0 … breaks.length: class i runs from breaks[i − 1] (included) to breaks[i] (excluded). */
export function classOf(value: number, breaks: readonly number[]): number {
  let c = 0;
  while (c < breaks.length && value >= breaks[c]!) c++;
  return c;
}

/** The legend's ranges: [undefined, b0), [b0, b1), …, [bn, undefined). */
export function classRanges(breaks: readonly number[]): { from?: number; to?: number }[] {
  return [undefined, ...breaks].map((from, i) => {
    const range: { from?: number; to?: number } = {};
    if (from !== undefined) range.from = from;
    const to = breaks[i];
    if (to !== undefined) range.to = to;
    return range;
  });
}

/**
 * The number x with below < x ≤ from that is a multiple of the largest step
 * among 1, 2, 5 × 10^e: 200 between 120 and 480, 1000 between 870 and 1043.
 */
export function roundestBetween(below: number, from: number): number {
  if (!(below < from)) return from;
  const top = Math.ceil(Math.log10(Math.max(Math.abs(below), Math.abs(from), 1e-9))) + 1;
  for (let e = top; e >= top - 15; e--) {
    for (const m of [5, 2, 1]) {
      const step = m * 10 ** e;
      const x = (Math.floor(below / step) + 1) * step;
      // Tidy floating-point noise of small steps (0.1 * 3 = 0.30000000000000004).
      const tidy = Number(x.toPrecision(12));
      if (tidy > below && tidy <= from) return tidy;
    }
  }
  return from;
}
