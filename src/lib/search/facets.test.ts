import { describe, expect, it } from 'vitest';
import { cityFilterValue, isbnSearchWords, regionSearchWords } from './facets.ts';

describe('search facets', () => {
  it('files a county entry under its city and a province-wide entry under 全省', () => {
    expect(cityFilterValue('440100', '全省')).toBe('广州市');
    expect(cityFilterValue('440103', '全省')).toBe('广州市');
    expect(cityFilterValue('441900', '全省')).toBe('东莞市');
    expect(cityFilterValue('440000', '全省')).toBe('全省');
    expect(cityFilterValue('449999', '全省')).toBeUndefined();
  });

  it('lets a county entry be found by its city name', () => {
    expect(regionSearchWords('440103')).toEqual(['广州市', '荔湾区']);
    expect(regionSearchWords('440100')).toEqual(['广州市']);
  });

  it('gives a book both ISBN forms without hyphens', () => {
    expect(isbnSearchWords('978-7-02-000220-7')).toEqual(['9787020002207', '702000220X']);
  });
});
