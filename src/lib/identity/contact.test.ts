import { describe, expect, it } from 'vitest';
import { aroundHyphenatedNumbers, contactParts } from './contact.ts';

describe('contactParts', () => {
  it('cuts the contact line at a full-width space or a run of spaces, and nowhere else', () => {
    expect(contactParts('网站联系电话：020-12345678　电子邮箱：web@example.cn')).toEqual([
      '网站联系电话：020-12345678',
      '电子邮箱：web@example.cn',
    ]);
    expect(contactParts('联系电话：020 1234 5678  传真：020-87654321 ')).toEqual(['联系电话：020 1234 5678', '传真：020-87654321']);
    expect(contactParts('联系电话：020-12345678')).toEqual(['联系电话：020-12345678']);
  });
});

describe('aroundHyphenatedNumbers', () => {
  it('sets apart each number with a hyphen in it, and loses no character', () => {
    const part = '网站联系电话：020-12345678（示例），0755-1234-5678';
    const pieces = aroundHyphenatedNumbers(part);
    expect(pieces.join('')).toBe(part);
    expect(pieces.filter((_, i) => i % 2 === 1)).toEqual(['020-12345678', '0755-1234-5678']);
    expect(aroundHyphenatedNumbers('电子邮箱：web@example.cn')).toEqual(['电子邮箱：web@example.cn']);
  });
});
