import { describe, expect, it } from 'vitest';
import { spreadLabels, type LabelBox, type MapDot, type Point } from './svg.ts';

/**
 * A shape so crowded with dots that no spot for its name is free of them (a
 * delta city on the lighting map): the name goes where it covers the least of
 * them, touching them only at their edges, not over the dot it started on,
 * and never over another name; where it would hide a dot (more than a quarter
 * of its box), the name is left out: the places are what the map is for.
 */
const FONT = 12;
/** A shape of one rectangle, `width` × `height` px, from `x` px along the map's top edge. */
const rectangle = (width: number, height: number, x = 0): LabelBox['polygons'] => [
  [
    [
      [x, 0],
      [x + width, 0],
      [x + width, height],
      [x, height],
    ],
  ],
];
const SQUARE = rectangle(60, 60);
const label = (at: Point, chars = 2): LabelBox => ({ chars, polygons: SQUARE, at, room: 30 });

/** Dots every 24 px over the shape and around it: a name's box (28 × 18 px) touches some wherever it goes, and fits between four. */
const GRID: MapDot[] = [];
for (let x = -24; x <= 84; x += 24) for (let y = -24; y <= 84; y += 24) GRID.push({ at: [x, y], radius: 3 });
/** Small dots every 12 px: any box of a name hides some. */
const SPECKS: MapDot[] = [];
for (let x = -24; x <= 84; x += 12) for (let y = -24; y <= 84; y += 12) SPECKS.push({ at: [x + 6, y + 6], radius: 2 });
/** A large dot between four of the grid's, where the name would start. */
const BIG: MapDot = { at: [36, 36], radius: 6 };

/** A name's box and a dot's, as the map measures them (half a character wide per character, half a 1.2 em line high; the dot with its ring). */
const nameBox = (at: Point, chars = 2) => ({ x: at[0], y: at[1], w: (chars * FONT) / 2 + 2, h: FONT * 0.6 + 2 });
const dotBox = (d: MapDot) => ({ x: d.at[0], y: d.at[1], w: d.radius + 1, h: d.radius + 1 });
type Box = ReturnType<typeof nameBox>;
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x - a.w, b.x - b.w)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y - a.h, b.y - b.h));
const hidden = (at: Point, dots: MapDot[]) => dots.reduce((sum, d) => sum + overlap(nameBox(at), dotBox(d)), 0);
/** The largest share of one dot's box a name at `at` covers. */
const mostOfADot = (at: Point, dots: MapDot[]) =>
  Math.max(...dots.map((d) => overlap(nameBox(at), dotBox(d)) / (4 * dotBox(d).w * dotBox(d).h)));
/** How much of the dots a name of this many characters at `at` covers, in this font size. */
const hiddenBy = (at: Point, chars: number, font: number, dots: MapDot[]) =>
  dots.reduce((sum, d) => sum + overlap({ x: at[0], y: at[1], w: (chars * font) / 2 + 2, h: font * 0.6 + 2 }, dotBox(d)), 0);
const everySpotNear = (touches: (at: Point) => boolean) => {
  for (let x = -6; x <= 66; x += 4) for (let y = -6; y <= 66; y += 4) expect(touches([x, y]), `${x},${y}`).toBe(true);
};

describe('a name on a shape with no spot free of dots', () => {
  it('is crowded indeed: every spot near the shape touches some dot', () => {
    everySpotNear((at) => hidden(at, GRID) > 0);
  });

  it('goes where it only touches them, no dot more than a quarter hidden', () => {
    const [at] = spreadLabels([label([24, 24])], FONT, GRID);
    expect(at).not.toBeNull();
    expect(mostOfADot(at!, GRID)).toBeLessThanOrEqual(0.25);
  });

  it('leaves the large dot it started on, and covers less than it did there', () => {
    const dots = [...GRID, BIG];
    const [at] = spreadLabels([label(BIG.at)], FONT, dots);
    expect(overlap(nameBox(at!), dotBox(BIG))).toBe(0);
    expect(hidden(at!, dots)).toBeLessThan(hidden(BIG.at, dots));
  });

  it('does not go over another name to cover less', () => {
    const placed = spreadLabels([label([24, 24]), label([24, 24])], FONT, GRID);
    expect(placed[1]).not.toBeNull();
    expect(overlap(nameBox(placed[0]!), nameBox(placed[1]!))).toBe(0);
  });

  it('is left out where every spot would hide a dot (潮州’s name over 梅州’s place, on a phone in 大字模式)', () => {
    everySpotNear((at) => mostOfADot(at, SPECKS) > 0.25);
    expect(spreadLabels([label([30, 30])], FONT, SPECKS)).toEqual([null]);
  });
});

describe('a name too large for its crowded shape', () => {
  it('is left out rather than drawn over another name', () => {
    // Names 40 px high on a 60 px square: the second has no spot on it, or touching it, clear of the first.
    expect(spreadLabels([label([30, 30]), label([30, 30])], 40)).toEqual([[30, 30], null]);
  });

  it('is drawn where the same shapes have room for it', () => {
    expect(spreadLabels([label([30, 30]), label([30, 30])], FONT).every((at) => at !== null)).toBe(true);
  });
});

describe('two names on one line', () => {
  // A strip a name high: a second name at the first's spot can only move along it.
  const strip = rectangle(200, 20);
  const onStrip = (): LabelBox => ({ chars: 2, polygons: strip, at: [100, 10], room: 10 });

  it('keep half a character between them where the shape has room, or they read as one (罗湖盐田)', () => {
    const [a, b] = spreadLabels([onStrip(), onStrip()], FONT);
    expect(Math.abs(a![1] - b![1])).toBeLessThan(nameBox(a!).h);
    // The letters' edges: a name is one character (FONT) wide per character, centred on its point.
    const gap = Math.abs(a![0] - b![0]) - 2 * FONT;
    expect(gap).toBeGreaterThanOrEqual(FONT / 2);
  });

  it('never stand squarely on one line with less than a quarter of a character between them (阳江江门)', () => {
    // Large names (40 px, as in 大字模式) on a strip 134 × 40 px: beside the first (at x 36), the second
    // has room on the strip only a few px from it, or half a line off it, or at its very end.
    const font = 40;
    const strip = rectangle(134, 40);
    const onStrip = (): LabelBox => ({ chars: 2, polygons: strip, at: [36, 20], room: 20 });
    const [a, b] = spreadLabels([onStrip(), onStrip()], font);
    expect(a).toEqual([36, 20]);
    expect(b).not.toBeNull();
    // Squarely on the first's line (their middles within a quarter of a line), the letters (a character wide
    // each, centred on their point) are a quarter of a character apart, or it stands elsewhere.
    const squarely = Math.abs(a![1] - b![1]) < (font * 0.6 + 2) / 2;
    const letterGap = Math.abs(a![0] - b![0]) - 2 * font;
    expect(squarely && letterGap < font / 4, `${JSON.stringify(b)}`).toBe(false);
  });
});

describe('a name at the edge of the map', () => {
  // The square fills the map's left edge; its name, centred on it at x = 10, would start 6 px outside the map.
  const frame = { width: 200, height: 60 };
  const at: Point = [10, 30];

  it('moves inside the map, where the SVG does not cut it off', () => {
    const [placed] = spreadLabels([label(at, 3)], FONT, [], frame);
    expect(placed).not.toBeNull();
    const box = nameBox(placed!, 3);
    expect(box.x - box.w).toBeGreaterThanOrEqual(0);
    expect(box.x + box.w).toBeLessThanOrEqual(frame.width);
    expect(box.y - box.h).toBeGreaterThanOrEqual(0);
    expect(box.y + box.h).toBeLessThanOrEqual(frame.height);
  });

  it('is left out when no spot of its shape keeps it inside', () => {
    expect(spreadLabels([label(at, 3)], 80, [], { width: 60, height: 60 })).toEqual([null]);
  });
});

describe('the capital’s name (first)', () => {
  const square = (x: number) => rectangle(60, 60, x);

  it('is the one shown where only one of two names fits, though the other’s shape is smaller', () => {
    const small = { ...label([30, 30]), room: 20 };
    const capital = { ...label([30, 30]), first: true };
    expect(spreadLabels([small, capital], 40)).toEqual([null, [30, 30]]);
    // Without the mark, the smaller shape's name goes first and keeps its place.
    expect(spreadLabels([small, { ...capital, first: false }], 40)).toEqual([[30, 30], null]);
  });

  it('still drops when showing it would drop more names than it saves', () => {
    // Two one-character names on their squares at the map's two ends, the capital's two-character name between them,
    // on a map just large enough: the capital's name over the middle leaves neither of the others a place.
    const left: LabelBox = { chars: 1, polygons: square(0), at: [30, 30], room: 10 };
    const right: LabelBox = { chars: 1, polygons: square(100), at: [130, 30], room: 10 };
    const whole = rectangle(160, 60);
    const capital: LabelBox = { chars: 2, polygons: whole, at: [80, 30], room: 30, first: true };
    expect(spreadLabels([left, right, capital], 40, [], { width: 160, height: 60 })).toEqual([[30, 30], [130, 30], null]);
  });

  it('still drops when showing it, for as many names dropped, would put names over more of the dots', () => {
    // Two overlapping shapes and three lighting dots (found by a seeded search over small maps): by size, the other
    // name shows, clear of the dots; the capital's, placed first, would show instead, over the edges of some of them.
    const box = (x: number, y: number, size: number, room: number): LabelBox => ({
      chars: 2,
      polygons: [
        [
          [
            [x, y],
            [x + size, y],
            [x + size, y + size],
            [x, y + size],
          ],
        ],
      ],
      at: [x + size / 2, y + size / 2],
      room,
    });
    const [other, capital] = [box(21, 19, 49, 10), box(51, 59, 58, 11)];
    const dots: MapDot[] = [
      { at: [96, 17], radius: 6 },
      { at: [45, 87], radius: 6 },
      { at: [120, 55], radius: 6 },
    ];
    const frame = { width: 160, height: 110 };
    const covered = (placed: (Point | null)[]) => placed.reduce((sum, at) => sum + (at ? hiddenBy(at, 2, 40, dots) : 0), 0);
    const bySize = spreadLabels([other, capital], 40, dots, frame);
    expect(bySize[1]).toBeNull();
    // Placed first, the capital's name would show, with as many names left out, and cover more of the dots.
    const capitalFirst = spreadLabels([other, { ...capital, room: 0 }], 40, dots, frame);
    expect(capitalFirst[1]).not.toBeNull();
    expect(capitalFirst.filter((p) => p === null)).toHaveLength(bySize.filter((p) => p === null).length);
    expect(covered(capitalFirst)).toBeGreaterThan(covered(bySize));
    expect(spreadLabels([other, { ...capital, first: true }], 40, dots, frame)).toEqual(bySize);
  });
});

describe('a name beside a dot of another place', () => {
  // A 120 px square shape named 'A', its name at the middle; a dot just right of the name, of 'B''s place or of its own.
  const BIG_SQUARE = rectangle(120, 120);
  const named: LabelBox = { chars: 2, polygons: BIG_SQUARE, at: [60, 60], room: 60, code: 'A' };
  const dotAt: Point = [60 + nameBox([60, 60]).w + 5, 60];
  /** The gap between a name at `at` and the dot's box, in px. */
  const gap = (at: Point) => {
    const [n, d] = [nameBox(at), dotBox({ at: dotAt, radius: 4 })];
    return Math.max(Math.abs(n.x - d.x) - n.w - d.w, Math.abs(n.y - d.y) - n.h - d.h);
  };

  it('moves a third of a character clear of it, on its own shape, not to be read as that place’s name', () => {
    const [at] = spreadLabels([named], FONT, [{ at: dotAt, radius: 4, regions: ['B'] }]);
    expect(gap([60, 60])).toBeLessThan(FONT / 3);
    expect(gap(at!)).toBeGreaterThanOrEqual(FONT / 3);
    expect(at![0]).toBeGreaterThanOrEqual(0);
    expect(at![0]).toBeLessThanOrEqual(120);
  });

  it('stays beside a dot of its own place, or one whose places are not known', () => {
    expect(spreadLabels([named], FONT, [{ at: dotAt, radius: 4, regions: ['A', 'B'] }])).toEqual([[60, 60]]);
    expect(spreadLabels([named], FONT, [{ at: dotAt, radius: 4 }])).toEqual([[60, 60]]);
  });

  it('is left out where its shape has no spot clear of other places’ dots, rather than be read as their name', () => {
    // The small square, with dots of another place all round: 汕尾 beside 河源's lit park read as its name.
    const crowded: MapDot[] = GRID.map((d) => ({ ...d, regions: ['B'] }));
    expect(spreadLabels([{ ...label([24, 24]), code: 'A' }], FONT, crowded)).toEqual([null]);
    // Dots whose places are not known keep the name, as before: it may touch them.
    expect(spreadLabels([label([24, 24])], FONT, GRID)[0]).not.toBeNull();
  });

  it('stands beside a dot of its own place, off its shape if need be, where its shape has no spot clear of the others', () => {
    const crowded: MapDot[] = GRID.map((d) => ({ ...d, regions: ['B'] }));
    // Its own lit place east of the crowd (the grid ends at x 84): the name goes to the dot's free side, its right.
    const own: MapDot = { at: [120, 30], radius: 4, regions: ['A'] };
    const [at] = spreadLabels([{ ...label([24, 24]), code: 'A' }], FONT, [...crowded, own]);
    expect(at).not.toBeNull();
    const boxGap = (a: Box, b: Box) =>
      Math.hypot(Math.max(0, Math.abs(a.x - b.x) - a.w - b.w), Math.max(0, Math.abs(a.y - b.y) - a.h - b.h));
    expect(boxGap(nameBox(at!), dotBox(own))).toBeLessThanOrEqual(1.5);
    for (const dot of crowded) expect(boxGap(nameBox(at!), dotBox(dot))).toBeGreaterThanOrEqual(FONT / 6);
  });

  it('stands beside a gathered dot only for the place with the most of its places', () => {
    const crowded: MapDot[] = GRID.map((d) => ({ ...d, regions: ['B'] }));
    const gathered = (named: string[]): MapDot => ({ at: [120, 30], radius: 6, regions: ['A', 'B'], named });
    expect(spreadLabels([{ ...label([24, 24]), code: 'A' }], FONT, [...crowded, gathered(['B'])])).toEqual([null]);
    expect(spreadLabels([{ ...label([24, 24]), code: 'A' }], FONT, [...crowded, gathered(['A', 'B'])])[0]).not.toBeNull();
  });
});
