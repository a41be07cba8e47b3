import { describe, expect, it } from 'vitest';
import { isLocalImageSource, localImagePathDefect } from './local-image-path.ts';

describe('local image paths Astro may import', () => {
  it('takes a relative path to an image file, Chinese and encoded names included', () => {
    for (const src of ['./photo.jpg', 'photo.JPEG', '../2023/a.png', './照片.webp', './%E7%85%A7%E7%89%87.avif', './a b.gif']) {
      expect(localImagePathDefect(src), src).toBeUndefined();
    }
  });

  it('refuses a query, a fragment, a backslash or a control character in any spelling', () => {
    for (const src of [
      './x.js?.png',
      './x.png?raw',
      './x.png#top',
      './x.js%3F.png',
      '.\\x.png',
      './x%23.png',
      './x\u0000.png',
      './x.js%0A.png',
    ]) {
      expect(localImagePathDefect(src), src).toBe('query');
    }
  });

  it('refuses what is not an image file by its name', () => {
    for (const src of ['./x.js', './x.svg', './x.png.js', './x.mjs', './x', './x.pdf'])
      expect(localImagePathDefect(src), src).toBe('format');
  });

  it('tells a local path from an address elsewhere or at the site root', () => {
    expect(['./a.png', 'a.png', '../a.png'].every(isLocalImageSource)).toBe(true);
    expect(
      ['https://x.example/a.png', 'data:image/png;base64,AA', '/images/a.png', '#a', 'JavaScript:alert(1)'].some(isLocalImageSource),
    ).toBe(false);
  });
});
