import { describe, expect, it } from 'vitest';
import { readingModeKey, readingModesKeyPrefix } from './storage-key.ts';

describe('the reading modes’ storage key', () => {
  it('differs between two sites on one origin, and from the bare mode name other pages may use', () => {
    const here = readingModeKey('/zt/xxzq/', 'large-text');
    expect(here).not.toBe(readingModeKey('/zt/other/', 'large-text'));
    expect(here).not.toBe(readingModeKey('/', 'large-text'));
    expect(here).not.toBe('large-text');
  });

  it('is the prefix <html> carries followed by the mode', () => {
    expect(readingModeKey('/zt/xxzq/', 'high-contrast')).toBe(`${readingModesKeyPrefix('/zt/xxzq/')}high-contrast`);
    expect(readingModeKey('/zt/xxzq/', 'high-contrast').startsWith('/zt/xxzq/')).toBe(true);
  });
});
