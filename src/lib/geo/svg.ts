/**
 * From projected rings to what an SVG map needs: a compact path string
 * (coordinates rounded to 0.1 px, points closer than half a pixel dropped) and
 * a label point inside the shape. Plain planar geometry in pixel space.
 */

export type Point = [number, number];
export type Ring = Point[];
/** A polygon: its exterior ring, then its holes. */
export type PixelPolygon = Ring[];

const round1 = (v: number): number => Math.round(v * 10) / 10;

/** Drops points closer than `minStep` px to the last kept one, rounds to 0.1 px; keeps the ring closed. */
export function thinRing(ring: readonly Point[], minStep = 0.5): Ring {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: Point = [round1(x), round1(y)];
    const last = out[out.length - 1];
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= minStep) out.push(p);
  }
  // The closing point of a GeoJSON ring repeats the first: SVG's Z does that.
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/** `M x,y x,y … Z` per ring (implicit line-to), each ring with at least 3 points. */
export function pathOf(polygons: readonly PixelPolygon[]): string {
  return polygons
    .flatMap((rings) => rings.filter((r) => r.length >= 3))
    .map((r) => `M${r.map(([x, y]) => `${x},${y}`).join(' ')}Z`)
    .join('');
}

/** Signed area (positive or negative by winding). */
export function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  }
  return sum / 2;
}

export function polygonArea(polygon: PixelPolygon): number {
  const [outer, ...holes] = polygon;
  if (!outer) return 0;
  return Math.abs(ringArea(outer)) - holes.reduce((s, h) => s + Math.abs(ringArea(h)), 0);
}

/** Area-weighted centroid of the exterior ring (holes ignored: a label needs only roughly the middle). */
export function centroidOf(polygon: PixelPolygon): Point {
  const ring = polygon[0] ?? [];
  let cx = 0;
  let cy = 0;
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const f = x0 * y1 - x1 * y0;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
    a += f;
  }
  if (a === 0) return ring[0] ? [ring[0][0], ring[0][1]] : [0, 0];
  return [cx / (3 * a), cy / (3 * a)];
}

/** Distance from a point to the polygon's edges: positive inside, negative outside (even-odd rule). */
export function signedDistance(point: Point, polygon: PixelPolygon): number {
  const [px, py] = point;
  let inside = false;
  // The least squared distance, its root taken once: this runs for every edge of every point a map's labels try.
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[j]!;
      const b = ring[i]!;
      const ax = a[0];
      const ay = a[1];
      const bx = b[0];
      const by = b[1];
      if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
      const ex = px - (ax + t * dx);
      const ey = py - (ay + t * dy);
      const d2 = ex * ex + ey * ey;
      if (d2 < best) best = d2;
    }
  }
  return inside ? Math.sqrt(best) : -Math.sqrt(best);
}

/**
 * Pole of inaccessibility: the inside point farthest from the edges, found to
 * within `precision` px by subdividing cells (the polylabel method of Agafonkin,
 * Mapbox, 2016, without a priority queue: shapes here have a few hundred points).
 */
export function poleOf(polygon: PixelPolygon, precision = 1): Point {
  const outer = polygon[0] ?? [];
  if (outer.length === 0) return [0, 0];
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const [minX, minY, maxX, maxY] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const size = Math.min(maxX - minX, maxY - minY);
  if (size === 0) return [minX, minY];

  interface Cell {
    x: number;
    y: number;
    h: number;
    d: number;
    max: number;
  }
  const cell = (x: number, y: number, h: number): Cell => {
    const d = signedDistance([x, y], polygon);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  }
  const [cx, cy] = centroidOf(polygon);
  let best = cell(cx, cy, 0);
  while (queue.length > 0) {
    let at = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i]!.max > queue[at]!.max) at = i;
    const c = queue.splice(at, 1)[0]!;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h), cell(c.x + h, c.y - h, h), cell(c.x - h, c.y + h, h), cell(c.x + h, c.y + h, h));
  }
  return [best.x, best.y];
}

/**
 * Where to put a shape's name: on its largest polygon, at the centroid when that
 * is well inside (at least half as deep as the deepest point), else at the pole
 * of inaccessibility (crescents, hooks, and shapes whose centroid is in the sea).
 */
export function labelPointOf(polygons: readonly PixelPolygon[]): { at: Point; room: number } {
  let largest: PixelPolygon | undefined;
  for (const p of polygons) if (!largest || polygonArea(p) > polygonArea(largest)) largest = p;
  if (!largest) return { at: [0, 0], room: 0 };
  const centroid = centroidOf(largest);
  const pole = poleOf(largest);
  const depth = signedDistance(pole, largest);
  const atCentroid = signedDistance(centroid, largest);
  const [chosen, room] = atCentroid >= depth / 2 ? [centroid, atCentroid] : [pole, depth];
  return { at: [round1(chosen[0]), round1(chosen[1])], room: round1(Math.max(0, room)) };
}

export interface LabelBox {
  /** Characters in the label, for its width. */
  chars: number;
  polygons: readonly PixelPolygon[];
  at: Point;
  room: number;
  /** Shown rather than others where it costs no more names (the province's capital). */
  first?: boolean;
  /** The subdivision it names, whose dots (MapDot.regions) it may stand beside. */
  code?: string;
}

/** A dot drawn on the map (a landmark), which no label may cover. */
export interface MapDot {
  at: Point;
  radius: number;
  /** The subdivisions whose places it shows: another's name keeps clear of it, not to be read as its name, or is left out. */
  regions?: readonly string[];
  /**
   * Of `regions`, those whose name may stand beside it where it has no room on its shape: the one with
   * the most of its places, or those tied (beside a gathered dot, a name says where most of them are).
   * All of `regions` when not given.
   */
  named?: readonly string[];
}

/** A box by its centre and half sizes. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Moves labels apart on one map: labels of the smallest shapes are placed first
 * where labelPointOf put them; a later label that would overlap one already
 * placed, or a dot, moves to the nearest point of its own shape where it does
 * not: on a grid of points at least a third of a line deep in it, else
 * anywhere on it, else touching it (a small shape in a crowded delta); always
 * a third of a character clear of the dots whose places are not its own
 * (MapDot.regions, LabelBox.code), so that it is not read as their name, and
 * half a character clear of any name on the same line if it can be, so that
 * two names do not read as one. Where its shape has no such spot, it stands
 * right beside a dot of its own place (MapDot.named), over the sea or a
 * neighbour's land if need be, a sixth of a character clear of any other
 * place's dot. If none is free, it goes where it covers the least of the
 * dots (its own) without touching another name (the map draws names over
 * dots, so that they stay legible), nor hiding a dot (more than a quarter of
 * its box); where every spot would, it is left out (null): large names on a
 * small map drop rather than overlap each other, stand beside another place
 * as if they named it (汕尾 beside 河源's lit park, on a phone in 大字模式), or
 * hide the places the map is there to show. A name marked `first` (the
 * capital) that drops is tried again placed before all others, which is
 * kept when no more names drop for it and names hide no more of the dots. `frame`: the map's width
 * and height; a name stays wholly inside it, since the SVG cuts off what
 * lies outside (a coastal city's large name at the edge lost its last
 * character).
 */
export function spreadLabels(
  labels: readonly LabelBox[],
  fontSize: number,
  dots: readonly MapDot[] = [],
  frame?: { width: number; height: number },
): (Point | null)[] {
  // A name's box as the browser gives it: a square per character across, its font's line (1.2 em) down, and the halo.
  const boxOf = (p: Point, chars: number): Box => ({ x: p[0], y: p[1], w: (chars * fontSize) / 2 + 2, h: fontSize * 0.6 + 2 });
  const overlaps = (a: Box, b: Box) => Math.abs(a.x - b.x) < a.w + b.w && Math.abs(a.y - b.y) < a.h + b.h;
  // Two names on one line with less than half a character between their letters (the boxes less their
  // 2 px halos) read as one (罗湖盐田): a spot that keeps them apart is taken first; one beside another
  // name, if it is the only room left, but never with less than a quarter of a character between them
  // (阳江江门, on a tablet in 大字模式): the name is left out rather.
  const sameLineWithin = (a: Box, b: Box, gap: number, line = a.h) =>
    Math.abs(a.y - b.y) < line && Math.abs(a.x - b.x) < a.w + b.w - 4 + gap;
  const sameLineClose = (a: Box, b: Box) => sameLineWithin(a, b, fontSize / 2);
  // Squarely on one line (their middles within a quarter of a line): a name set half a line lower reads apart.
  const sameLineTouching = (a: Box, b: Box) => sameLineWithin(a, b, fontSize / 4, a.h / 2);
  const span = (a: number, aw: number, b: number, bw: number) => Math.max(0, Math.min(a + aw, b + bw) - Math.max(a - aw, b - bw));
  const overlapArea = (a: Box, b: Box) => span(a.x, a.w, b.x, b.w) * span(a.y, a.h, b.y, b.h);
  // A dot's box, with its white ring: a label's halo may touch it, its letters not.
  const dotBoxes: Box[] = dots.map((d) => ({ x: d.at[0], y: d.at[1], w: d.radius + 1, h: d.radius + 1 }));
  // How much of the dots a name of `chars` at `p` covers.
  const dotsUnder = (p: Point, chars: number) => dotBoxes.reduce((sum, dot) => sum + overlapArea(dot, boxOf(p, chars)), 0);
  // A name may touch a dot, not hide it: a lit place under a name (潮州's over 梅州's, on a phone in 大字模式)
  // could not be seen, nor the count of a gathered dot read. More than a quarter of its box is too much.
  const hidesADot = (p: Point, chars: number) => dotBoxes.some((dot) => overlapArea(dot, boxOf(p, chars)) > dot.w * dot.h);
  // A name keeps a third of a character clear of the dots of places not its own (else it stands by its own dot, or is
  // left out): 汕尾 beside the dot of 汕头's places, or 广州 beside 清远's bridge, read as their name.
  const clearBoxes = dotBoxes.map((b, i) => ({ ...b, w: b.w + fontSize / 3, h: b.h + fontSize / 3, regions: dots[i]!.regions }));
  const clearOfOthers = (box: Box, code: string) =>
    !clearBoxes.some((b) => b.regions !== undefined && !b.regions.includes(code) && overlaps(box, b));
  const inFrame = (box: Box) =>
    !frame || (box.x - box.w >= 0 && box.x + box.w <= frame.width && box.y - box.h >= 0 && box.y + box.h <= frame.height);
  const bySize = labels.map((_, i) => i).sort((a, b) => labels[a]!.room - labels[b]!.room);
  const placed = placeInOrder(bySize);
  const firstDropped = labels.some((l, i) => l.first === true && placed[i] === null);
  if (!firstDropped) return placed;
  const withFirst = placeInOrder([...bySize.filter((i) => labels[i]!.first), ...bySize.filter((i) => !labels[i]!.first)]);
  const dropped = (at: (Point | null)[]) => at.filter((p) => p === null).length;
  // Names may sit over dots where nothing else is free: the capital must not hide more of them either.
  const dotsCovered = (at: (Point | null)[]) => at.reduce((sum, p, i) => sum + (p ? dotsUnder(p, labels[i]!.chars) : 0), 0);
  return dropped(withFirst) <= dropped(placed) && dotsCovered(withFirst) <= dotsCovered(placed) ? withFirst : placed;

  function placeInOrder(order: readonly number[]): (Point | null)[] {
    const nameBoxes: Box[] = [];
    const isFree = (box: Box, apart = false, clearFor?: string) =>
      inFrame(box) &&
      !dotBoxes.some((b) => overlaps(b, box)) &&
      !nameBoxes.some((b) => overlaps(b, box) || sameLineTouching(b, box) || (apart && sameLineClose(b, box))) &&
      (clearFor === undefined || clearOfOthers(box, clearFor));
    const result: (Point | null)[] = labels.map((l) => l.at);
    // Nowhere free: of the spots over no other name nor against one, hiding no dot and clear of other places' dots (`code`'s),
    // the one that covers the least of the dots, then the nearest.
    const leastHidden = (spots: Point[], chars: number, near: (p: Point) => number, code?: string): Point | null => {
      const open = spots
        .filter(
          (p) =>
            inFrame(boxOf(p, chars)) &&
            !nameBoxes.some((b) => overlaps(b, boxOf(p, chars)) || sameLineTouching(b, boxOf(p, chars))) &&
            !hidesADot(p, chars),
        )
        .filter((p) => code === undefined || clearOfOthers(boxOf(p, chars), code))
        .map((p) => ({ p, hides: dotsUnder(p, chars), off: near(p) }));
      return open.sort((a, b) => a.hides - b.hides || a.off - b.off)[0]?.p ?? null;
    };
    // Touching its own dot, a name reads as its own if no other place's dot is within a sixth of a character.
    const gap = (a: Box, b: Box) =>
      Math.hypot(Math.max(0, Math.abs(a.x - b.x) - a.w - b.w), Math.max(0, Math.abs(a.y - b.y) - a.h - b.h));
    const byOwnAlone = (box: Box, code: string) =>
      dotBoxes.every((dot, k) => dots[k]!.regions?.includes(code) !== false || gap(box, dot) >= fontSize / 6);
    // Beside a dot of its own place, on whichever side is free (right, left, above, below, each slid along
    // the side, then the corners), over the sea or a neighbour's land if need be: 汕尾 on a phone in
    // 大字模式 has no room on its shape but beside its dot, and anywhere else it stood beside another's.
    // How far a name beside a dot is slid along its side, in thirds of a character, nearest first.
    const slides = [0, ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => [n, -n])].map((n) => (n * fontSize) / 3);
    const besideOwnDot = (label: LabelBox): Point | undefined => {
      if (label.code === undefined) return undefined;
      const code = label.code;
      const { w, h } = boxOf([0, 0], label.chars);
      // A dot of its place alone before one gathered with other places' (the number on it is not all its own).
      const own = dotBoxes
        .map((dot, k) => ({ dot, regions: dots[k]!.regions ?? [], named: dots[k]!.named ?? dots[k]!.regions ?? [] }))
        .filter(({ named }) => named.includes(code))
        .sort((a, b) => a.regions.length - b.regions.length);
      for (const { dot } of own) {
        const dx = dot.w + w + 1;
        const dy = dot.h + h + 1;
        // The spots slid along a side, as far as the name still faces the dot.
        const along = (reach: number, spotsAt: (d: number) => Point[]) =>
          slides.flatMap((d) => (Math.abs(d) < reach ? spotsAt(d) : []));
        // Right, left, above, below, each slid along the dot's side (slides), nearest first; then the corners.
        const sides: Point[] = [
          ...along(dot.h + h, (d) => [
            [dot.x + dx, dot.y + d],
            [dot.x - dx, dot.y + d],
          ]),
          ...along(dot.w + w, (d) => [
            [dot.x + d, dot.y - dy],
            [dot.x + d, dot.y + dy],
          ]),
          [dot.x + dx, dot.y - dy],
          [dot.x - dx, dot.y - dy],
          [dot.x + dx, dot.y + dy],
          [dot.x - dx, dot.y + dy],
        ];
        const free = sides
          .map((p): Point => [round1(p[0]), round1(p[1])])
          .find((p) => isFree(boxOf(p, label.chars), true) && byOwnAlone(boxOf(p, label.chars), code));
        if (free) return free;
      }
      return undefined;
    };
    for (const i of order) {
      const label = labels[i]!;
      let at: Point | null = label.at;
      if (!isFree(boxOf(at, label.chars), true, label.code)) {
        const step = fontSize / 3;
        // A name centred this far off its shape still touches it (half its height).
        const beside = fontSize / 2;
        const near = (p: Point) => Math.hypot(p[0] - label.at[0], p[1] - label.at[1]);
        // The grid of each of the shape's bounding boxes, extended by whole steps.
        const grid: { x: number; y: number; at: Point; off: number; polygon: PixelPolygon }[] = [];
        for (const polygon of label.polygons) {
          const outer = polygon[0] ?? [];
          const xs = outer.map((p) => p[0]);
          const ys = outer.map((p) => p[1]);
          const margin = Math.ceil(beside / step) * step;
          // The bounds once: a loop's condition is read at every step, and the outline may have thousands of points.
          const [left, right, top, bottom] = [
            Math.min(...xs) - margin,
            Math.max(...xs) + margin,
            Math.min(...ys) - margin,
            Math.max(...ys) + margin,
          ];
          for (let x = left; x <= right; x += step) {
            for (let y = top; y <= bottom; y += step) {
              const at: Point = [round1(x), round1(y)];
              grid.push({ x, y, at, off: near(at), polygon });
            }
          }
        }
        const depthOf = (g: (typeof grid)[number]) => signedDistance([g.x, g.y], g.polygon);
        // Well inside its shape if it can be; on a small crowded shape, anywhere on it, or just beside it,
        // rather than over another name or a dot. Nearest first (a stable sort keeps the grid's order between
        // equals), and the distance to the edges, the costly part, only for a spot that is free.
        const nearestFirst = grid.toSorted((a, b) => a.off - b.off);
        const spots = (apart: boolean, clear = false) => {
          const found: { deep?: Point; inside?: Point; touching?: Point } = {};
          for (const g of nearestFirst) {
            if (!isFree(boxOf(g.at, label.chars), apart, clear ? label.code : undefined)) continue;
            const depth = depthOf(g);
            if (depth < -beside) continue;
            found.touching ??= g.at;
            if (depth >= 0) found.inside ??= g.at;
            if (depth >= fontSize / 3) {
              found.deep = g.at;
              break;
            }
          }
          return found;
        };
        const onShape = (found: { deep?: Point; inside?: Point }) => found.deep ?? found.inside;
        // Always clear of other places' dots: on its shape apart from other names, else beside its own dot,
        // else on its shape beside another name, else touching its shape.
        const clear = spots(true, true);
        const byOwnDot = onShape(clear) ? undefined : besideOwnDot(label);
        const close = (onShape(clear) ?? byOwnDot) ? {} : spots(false, true);
        const chosen = onShape(clear) ?? byOwnDot ?? onShape(close) ?? clear.touching ?? close.touching;
        if (chosen) at = chosen;
        else {
          const candidates = grid.filter((g) => depthOf(g) >= -beside).map((g) => g.at);
          at = leastHidden([label.at, ...candidates], label.chars, near, label.code);
        }
      }
      if (at) nameBoxes.push(boxOf(at, label.chars));
      result[i] = at;
    }
    return result;
  }
}
