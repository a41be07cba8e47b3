import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ImageMetadata } from 'astro';
import { describe, expect, it } from 'vitest';
import { formatFileSize, originalFileBytes } from './original-file.ts';

describe('formatFileSize', () => {
  it('says a photo’s size as a phone or Windows does, in KB below a megabyte and in MB with a decimal above', () => {
    expect(formatFileSize(23_414)).toBe('23 KB');
    expect(formatFileSize(300)).toBe('1 KB');
    expect(formatFileSize(2.3 * 1024 * 1024)).toBe('2.3 MB');
    // 1000 KB and more is said in MB, not as a four-digit KB.
    expect(formatFileSize(1000 * 1024)).toBe('1.0 MB');
    expect(formatFileSize(12.6 * 1024 * 1024)).toBe('13 MB');
  });
});

describe('originalFileBytes', () => {
  it('is the size of the file astro:assets read the image from', () => {
    const file = resolve(import.meta.dirname, '../../../tests/fixtures/site-guangdong/learners/he-wanqing.jpg');
    const image = { src: '/_astro/he-wanqing.jpg', width: 1, height: 1, format: 'jpg', fsPath: file } as ImageMetadata & {
      fsPath: string;
    };
    expect(originalFileBytes(image)).toBe(statSync(file).size);
  });

  it('is unknown for an image whose file it is not told', () => {
    expect(originalFileBytes({ src: '/x.jpg', width: 1, height: 1, format: 'jpg' })).toBeUndefined();
  });
});
