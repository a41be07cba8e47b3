import { describe, expect, it } from 'vitest';
import { gatherDots } from './dots.ts';
import type { Point } from './svg.ts';

const at = (value: string, x: number, y: number) => ({ at: [x, y] as Point, value });
/** 5 px for one, 8 px for a dot of several: the shape of dotRadius. */
const radius = (members: readonly string[]) => (members.length > 1 ? 8 : 5);

describe('gatherDots', () => {
  it('keeps dots apart that do not touch, each where it is', () => {
    expect(gatherDots([at('a', 0, 0), at('b', 20, 0), at('c', 0, 12)], radius)).toEqual([
      { at: [0, 0], members: ['a'], radius: 5 },
      { at: [20, 0], members: ['b'], radius: 5 },
      { at: [0, 12], members: ['c'], radius: 5 },
    ]);
  });

  it('draws dots that would touch as one, at their mean, with what each stands for in order', () => {
    // 10 px apart: two 5 px dots and the pixel between them do not fit.
    expect(gatherDots([at('a', 0, 0), at('b', 10, 0), at('c', 50, 50)], radius)).toEqual([
      { at: [5, 0], members: ['a', 'b'], radius: 8 },
      { at: [50, 50], members: ['c'], radius: 5 },
    ]);
  });

  it('gathers a place given twice (one landmark lit on two nights) into one dot', () => {
    expect(gatherDots([at('night 1', 30, 40), at('night 2', 30, 40)], radius)).toEqual([
      { at: [30, 40], members: ['night 1', 'night 2'], radius: 8 },
    ]);
  });

  it('checks a gathered dot again, larger, against the dots round it', () => {
    // c is 13.9 px from a and from b, apart from each; a and b gathered at (5, 0) make a dot of 8 px, 13 px from c: they touch.
    const dots = gatherDots([at('a', 0, 0), at('b', 10, 0), at('c', 5, 13)], radius);
    expect(dots).toEqual([{ at: [5, 4.3], members: ['a', 'b', 'c'], radius: 8 }]);
  });
});
