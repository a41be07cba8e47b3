import { describe, expect, it } from 'vitest';
import { FACT_SEPARATOR, hasDotToHold, splitAtHeldDots } from './fact-separator.ts';

describe('splitAtHeldDots', () => {
  it('gives each · inside words with the character before it, and loses no character', () => {
    const publisher = '生活·读书·新知三联书店';
    const pieces = splitAtHeldDots(publisher);
    expect(pieces.join('')).toBe(publisher);
    expect(pieces.filter((_, i) => i % 2 === 1)).toEqual(['活·', '书·']);
  });

  it('leaves words without a dot whole, and the separator’s dot, held by its no-break space already', () => {
    expect(splitAtHeldDots('终身学习主题阅读月')).toEqual(['终身学习主题阅读月']);
    expect(splitAtHeldDots(`主题阅读${FACT_SEPARATOR}广州市`)).toEqual([`主题阅读${FACT_SEPARATOR}广州市`]);
    expect(hasDotToHold('生活·读书')).toBe(true);
    expect(hasDotToHold('终身学习主题阅读月')).toBe(false);
    expect(hasDotToHold(`主题阅读${FACT_SEPARATOR}广州市`)).toBe(false);
  });
});
