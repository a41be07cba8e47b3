import { describe, expect, it } from 'vitest';
import { joinPlaceParts, placeBreakPieces } from './place-break.ts';

describe('a search result’s place, with the break between its city and county', () => {
  it('reads as the name, and cuts back into its parts', () => {
    const joined = joinPlaceParts(['清远市', '连南瑶族自治县']);
    expect(joined.replace(/\p{Cf}/gu, '')).toBe('清远市连南瑶族自治县');
    expect(placeBreakPieces(joined)).toEqual(['清远市', '连南瑶族自治县']);
  });

  it('leaves a place of one part, and any other fact, whole', () => {
    expect(placeBreakPieces(joinPlaceParts(['东莞市']))).toEqual(['东莞市']);
    expect(placeBreakPieces('2023年11月18日 星期六')).toEqual(['2023年11月18日 星期六']);
  });
});
