import { describe, expect, it } from 'vitest';
import { fromWordless, toWordless } from './wordless-meta.ts';

describe('a value kept with a page that Pagefind takes no word from', () => {
  const addresses = [
    '/_astro/pan-jinhua.BDguADdg_Z15zzKW.webp',
    '/gd-learning-week/_astro/gz-opening-ceremony.BN0wXIDR_24c40h.webp',
    '/学习周/封面 1.webp',
  ];

  it('reads back as the address it was made from', () => {
    for (const address of addresses) expect(fromWordless(toWordless(address))).toBe(address);
  });

  it('holds no letter, digit, emoji or space, which Pagefind would index as words', () => {
    for (const address of addresses) {
      const value = toWordless(address);
      expect(value).not.toMatch(/[\p{L}\p{N}\p{Emoji}\s]/u);
      expect([...value]).toHaveLength(new TextEncoder().encode(address).length);
    }
  });

  it('reads nothing from a value it did not write', () => {
    for (const value of ['', '/_astro/cover.webp', `${toWordless('/a.webp')}x`, '\u28ff\u28ff']) {
      expect(fromWordless(value), value).toBeUndefined();
    }
  });
});
