import { describe, expect, it } from 'vitest';
import { dealShares } from './run-forked.ts';

describe('dealShares', () => {
  it('gives every item to exactly one share, in shares whose sizes differ by at most one', () => {
    const items = Array.from({ length: 11 }, (_, i) => `page-${i}`);
    const shares = dealShares(items, 3);
    expect(shares).toHaveLength(3);
    expect(shares.flat().sort()).toEqual([...items].sort());
    const sizes = shares.map((share) => share.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('deals alternately, so that large files in a row are spread over the processes', () => {
    expect(dealShares(['big-1', 'big-2', 'small-1', 'small-2'], 2)).toEqual([
      ['big-1', 'small-1'],
      ['big-2', 'small-2'],
    ]);
  });

  it('makes no empty share when there are fewer items than processes, and one share when asked for none', () => {
    expect(dealShares(['only'], 4)).toEqual([['only']]);
    expect(dealShares([], 2)).toEqual([]);
    expect(dealShares(['a', 'b'], 0)).toEqual([['a', 'b']]);
  });
});
