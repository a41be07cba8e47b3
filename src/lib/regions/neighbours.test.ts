import { describe, expect, it } from 'vitest';
import { neighbouringCities, neighbouringCounties } from './neighbours.ts';

const names = (list: { name: string }[]) => list.map((r) => r.name);

describe('neighbouring regions', () => {
  it('finds the cities that share a land border', () => {
    const gz = names(neighbouringCities('440100'));
    expect(gz).toEqual(expect.arrayContaining(['佛山市', '清远市', '韶关市', '惠州市', '东莞市']));
    expect(gz).not.toContain('深圳市'); // across the estuary, no land border
    expect(gz).not.toContain('广州市');
    expect(names(neighbouringCities('440300'))).toEqual(expect.arrayContaining(['东莞市', '惠州市']));
    expect(names(neighbouringCities('440800'))).toContain('茂名市'); // 湛江
  });

  it('treats 东莞 and 中山 (no county level) as units of their own', () => {
    expect(names(neighbouringCities('441900'))).toEqual(expect.arrayContaining(['广州市', '深圳市', '惠州市']));
    expect(names(neighbouringCounties('440115'))).toEqual(expect.arrayContaining(['番禺区', '中山市'])); // 南沙区
  });

  it('finds county neighbours across a city line, never the county itself', () => {
    const baoan = names(neighbouringCounties('440306'));
    expect(baoan).toEqual(expect.arrayContaining(['南山区', '龙华区', '东莞市']));
    expect(baoan).not.toContain('宝安区');
  });

  it('gives a county drawn inside another (光明区 in 宝安区) that one and its neighbours', () => {
    const guangming = names(neighbouringCounties('440311'));
    expect(guangming).toContain('宝安区');
    expect(guangming).toContain('东莞市');
    expect(names(neighbouringCounties('440306'))).toContain('光明区');
  });

  it('is symmetric', () => {
    for (const city of ['440100', '440300', '441900', '445100']) {
      for (const other of neighbouringCities(city)) {
        expect(
          neighbouringCities(other.code).map((c) => c.code),
          `${other.name}`,
        ).toContain(city);
      }
    }
  });

  it('gives nothing for a code that is not a city or county', () => {
    expect(neighbouringCities('440000')).toEqual([]);
    expect(neighbouringCounties('999999')).toEqual([]);
  });
});
