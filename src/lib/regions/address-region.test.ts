import { describe, expect, it } from 'vitest';
import { addressFitsRegion, regionNamedByAddress } from './address-region.ts';
import { regionByName } from './index.ts';

const named = (address: string) => regionNamedByAddress(address)?.code;
const region = (name: string) => regionByName(name)!;

describe('the division an address begins with', () => {
  it('reads a city and county by their full names, with or without the province before them', () => {
    expect(named('广州市天河区珠江东路4号')).toBe(region('天河区').code);
    expect(named('广东省深圳市南山区南山大道2093号')).toBe(region('南山区').code);
    expect(named('东莞市南城街道鸿福路')).toBe(region('东莞市').code);
    expect(named('广州市花城广场')).toBe(region('广州市').code);
  });

  it('reads a county written alone when its name is its own, not a street named after a place', () => {
    expect(named('台山市台城街道')).toBe(region('台山市').code);
    expect(named('乳源瑶族自治县乳城镇')).toBe(region('乳源瑶族自治县').code);
    expect(named('中山大道西55号')).toBeUndefined();
    expect(named('天河路385号')).toBeUndefined();
  });
});

describe('whether an address fits the event’s region', () => {
  it('fits the division itself, those within it, and the province anywhere', () => {
    expect(addressFitsRegion(region('天河区'), region('广州市'))).toBe(true);
    expect(addressFitsRegion(region('南山区'), region('广东省'))).toBe(true);
    // A city alone says too little against one of its counties.
    expect(addressFitsRegion(region('广州市'), region('天河区'))).toBe(true);
  });

  it('does not fit another county or city', () => {
    expect(addressFitsRegion(region('越秀区'), region('天河区'))).toBe(false);
    expect(addressFitsRegion(region('南山区'), region('广州市'))).toBe(false);
    expect(addressFitsRegion(region('深圳市'), region('天河区'))).toBe(false);
  });
});
