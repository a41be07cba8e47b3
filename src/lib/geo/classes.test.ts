import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, classRanges, roundestBetween } from './classes.ts';

describe('classBreaks', () => {
  it('finds the natural groups of a hand example and rounds each break between them', () => {
    // Groups {2 4 6} {37 41 45} {180 190 200}; the roundest number above 6 and
    // up to 37 is 20, above 45 and up to 180 it is 100.
    expect(classBreaks([190, 2, 41, 4, 180, 6, 37, 200, 45], 3)).toEqual([20, 100]);
  });

  it('gives legend-friendly breaks for skewed participant counts', () => {
    // {2100 2600 8000 9500} {35000 47000 51000} {120000}
    const participants = [35000, 120000, 8000, 9500, 2100, 47000, 51000, 2600];
    const breaks = classBreaks(participants, 3);
    expect(breaks).toEqual([20000, 100000]);
    expect(participants.map((v) => classOf(v, breaks))).toEqual([1, 2, 0, 0, 0, 1, 1, 0]);
  });

  it('never moves a value into another class by rounding', () => {
    const values = [3, 7, 8, 19, 21, 22, 40, 41, 97, 99, 150];
    const breaks = classBreaks(values, 4);
    expect(breaks).toHaveLength(3);
    // Each class is a run of the sorted values: classes never go down.
    const classes = [...values].sort((a, b) => a - b).map((v) => classOf(v, breaks));
    expect(classes).toEqual([...classes].sort((a, b) => a - b));
    expect(new Set(classes).size).toBe(4);
  });

  it('makes fewer classes when there are fewer distinct values, none for one value or none', () => {
    expect(classBreaks([5, 5, 9, 9], 5)).toEqual([6]);
    expect(classBreaks([4, 4, 4], 3)).toEqual([]);
    expect(classBreaks([], 3)).toEqual([]);
    expect(classBreaks([1, 2, Number.NaN, Infinity, 50, 60], 2)).toEqual([50]);
  });
});

describe('classOf and classRanges', () => {
  it('puts a value equal to a break in the upper class', () => {
    expect([0, 9.99, 10, 99, 100, 1e6].map((v) => classOf(v, [10, 100]))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(classOf(42, [])).toBe(0);
  });

  it('describes each class for the legend', () => {
    expect(classRanges([10, 100])).toEqual([{ to: 10 }, { from: 10, to: 100 }, { from: 100 }]);
  });
});

describe('roundestBetween', () => {
  it('picks the roundest number above the lower class and not above the upper one', () => {
    expect(roundestBetween(120, 480)).toBe(200);
    expect(roundestBetween(870, 1043)).toBe(1000);
    expect(roundestBetween(1043, 1044)).toBe(1044);
    expect(roundestBetween(0.12, 0.48)).toBe(0.2);
    expect(roundestBetween(-30, -4)).toBe(-20);
    expect(roundestBetween(9, 10)).toBe(10);
  });
});
