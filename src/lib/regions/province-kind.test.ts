import { describe, expect, it } from 'vitest';
import { provinceKind, provinceOwnWords } from './province-kind.ts';

describe('how a province-level division speaks of itself', () => {
  it('by the end of its name: 省, a municipality’s 市, an autonomous region’s 自治区', () => {
    expect(provinceKind('广东省')).toEqual({ level: '省', whole: '全省', self: '本省' });
    expect(provinceKind('北京市')).toEqual({ level: '市', whole: '全市', self: '本市' });
    expect(provinceKind('新疆维吾尔自治区')).toEqual({ level: '自治区', whole: '全区', self: '本区' });
  });

  it('names the province’s own submission in its own words', () => {
    expect(provinceOwnWords('广东省')).toEqual(expect.arrayContaining(['省本级', '全省', '省']));
    expect(provinceOwnWords('重庆市')).toEqual(expect.arrayContaining(['市本级', '全市', '市']));
    expect(provinceOwnWords('重庆市')).not.toContain('全省');
    expect(provinceOwnWords('广西壮族自治区')).toEqual(expect.arrayContaining(['自治区本级', '全区', '区本级']));
  });
});
