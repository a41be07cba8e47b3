import { describe, expect, it } from 'vitest';
import { addressPieces } from './address-pieces.ts';

describe('addressPieces', () => {
  it('cuts an e-mail address before its @ and each dot', () => {
    expect(addressPieces('press@gd.example.cn')).toEqual(['press', '@gd', '.example', '.cn']);
  });

  it('cuts a web address before each dot and each slash with more after it, never inside ://', () => {
    expect(addressPieces('https://www.caea.org.cn/')).toEqual(['https://www', '.caea', '.org', '.cn/']);
    expect(addressPieces('https://example.org/gd-learning-week/video/pan-jinhua')).toEqual([
      'https://example',
      '.org',
      '/gd-learning-week',
      '/video',
      '/pan-jinhua',
    ]);
  });

  it('loses no character, and leaves a word without @, dot or slash whole', () => {
    for (const address of ['li.ming@edu.gd.gov.cn', 'http://www.lnjyw.org/', 'https://le.ouchn.cn/a/b?c=d.e#f']) {
      expect(addressPieces(address).join('')).toBe(address);
    }
    expect(addressPieces('localhost')).toEqual(['localhost']);
  });
});
