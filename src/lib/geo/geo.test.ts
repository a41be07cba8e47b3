import { describe, expect, it } from 'vitest';
import { isInsideGuangdong, countyCodeAt } from './index.ts';

describe('isInsideGuangdong', () => {
  it('puts 广州塔 inside, in 海珠区', () => {
    expect(isInsideGuangdong([113.3245, 23.1064])).toBe(true);
    expect(countyCodeAt([113.3245, 23.1064])).toBe('440105');
  });
  it('puts 香港, 澳门 and 长沙 outside', () => {
    expect(isInsideGuangdong([114.17, 22.3])).toBe(false);
    expect(isInsideGuangdong([113.54, 22.19])).toBe(false);
    expect(isInsideGuangdong([112.94, 28.23])).toBe(false);
  });
});
