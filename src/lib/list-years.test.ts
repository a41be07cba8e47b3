import { describe, expect, it } from 'vitest';
import { yearsNeedSaying } from './list-years.ts';

describe('the year on a list’s cards', () => {
  it('is said when the list holds several years, or one that is not the list’s own', () => {
    expect(yearsNeedSaying([2023, 2024], 2024)).toBe(true);
    expect(yearsNeedSaying([2023, 2023], 2024)).toBe(true);
    expect(yearsNeedSaying([2024, 2024], 2024)).toBe(false);
    expect(yearsNeedSaying([], 2024)).toBe(false);
  });
});
