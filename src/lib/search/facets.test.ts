import { describe, expect, it } from 'vitest';
import { cityFilterValue, isbnSearchWords, regionSearchWords, startDayInFigures } from './facets.ts';

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

  it('gives an event’s first day in figures by Beijing’s clock, whatever the machine’s zone', () => {
    expect(startDayInFigures(new Date('2023-11-18T09:30:00+08:00'))).toBe('11 18');
    // 23:30 UTC on the 17th is the 18th in Beijing.
    expect(startDayInFigures(new Date('2023-11-17T23:30:00Z'))).toBe('11 18');
    expect(startDayInFigures(new Date('2024-01-05T00:00:00+08:00'))).toBe('1 5');
  });
});
