import type { Point } from './svg.ts';

/** Points drawn as one dot: their mean position, what each stands for (in the given order), and the dot's radius. */
export interface GatheredDot<T> {
  at: Point;
  members: T[];
  radius: number;
}

/**
 * Gathers points whose dots would touch into one dot, so that no dot hides
 * another and each can be tapped: landmarks a few hundred metres apart (four
 * in central 广州) or one landmark lit on several nights. `radius(members)`
 * is a dot's radius for what it holds (a dot with a number is larger); two
 * dots closer than their radii and a pixel merge at their members' mean,
 * and the merged dot is checked again, until no two touch.
 */
export function gatherDots<T>(
  points: readonly { at: Point; value: T }[],
  radius: (members: readonly T[]) => number,
): GatheredDot<T>[] {
  // Each dot's radius is worked out when it is made or grows, not at every comparison.
  const groups = points.map((p) => ({ sum: [p.at[0], p.at[1]] as Point, members: [p.value], radius: radius([p.value]) }));
  const centre = (g: (typeof groups)[number]): Point => [g.sum[0] / g.members.length, g.sum[1] / g.members.length];
  const touch = (a: (typeof groups)[number], b: (typeof groups)[number]) => {
    const [pa, pb] = [centre(a), centre(b)];
    return Math.hypot(pa[0] - pb[0], pa[1] - pb[1]) < a.radius + b.radius + 1;
  };
  // Each dot absorbs the ones it touches, checked again from the next one as it moves and grows; passes
  // until none touch. Quadratic per pass: a national schedule of thousands of places stays quick.
  for (let merged = true; merged;) {
    merged = false;
    for (let i = 0; i < groups.length; i++) {
      const a = groups[i]!;
      for (let j = i + 1; j < groups.length;) {
        const b = groups[j]!;
        if (!touch(a, b)) {
          j++;
          continue;
        }
        a.sum = [a.sum[0] + b.sum[0], a.sum[1] + b.sum[1]];
        a.members.push(...b.members);
        a.radius = radius(a.members);
        groups.splice(j, 1);
        merged = true;
        j = i + 1;
      }
    }
  }
  return groups.map((g) => {
    const [x, y] = centre(g);
    return { at: [Math.round(x * 10) / 10, Math.round(y * 10) / 10], members: g.members, radius: g.radius };
  });
}
