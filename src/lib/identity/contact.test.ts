import { describe, expect, it } from 'vitest';
import { contactParts } from './contact.ts';

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
