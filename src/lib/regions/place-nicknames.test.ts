import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';
import { describe, expect, it } from 'vitest';
import { SYNONYM_GROUPS } from '../search/synonyms.ts';
import { readRegionData } from './data-files.ts';
import { shortNameOf } from './index.ts';
import { landmarkNicknames } from './landmark-nicknames.ts';
import table from './place-nicknames.json' with { type: 'json' };
import { nicknamesOf, placeNicknameGroups, placeNicknames } from './place-nicknames.ts';

describe('the place nicknames (place-nicknames.json)', () => {
  const provinces = Object.keys(table.provinces);
  const toSimplified = ConverterFactory(...toCn);

  it('lists 广东’s: 羊城 is 广州, and gives search the city’s short name with them', () => {
    expect(provinces).toContain('440000');
    expect(nicknamesOf('440100')).toContain('羊城');
    expect(placeNicknameGroups()).toContainEqual(['广州', '羊城']);
    expect(placeNicknames('990000')).toEqual([]);
  });

  it.each(provinces)('names each nickname of %s once, for one division of it, with where it is in use', (province) => {
    const data = readRegionData(province);
    const divisions = [...data.cities, ...data.counties];
    const codes = new Set(divisions.map((d) => d.code));
    // A nickname that is a division's name, a synonym or a landmark's would name that as well.
    const taken = new Set([
      ...divisions.flatMap((d) => [d.name, shortNameOf(d.name)]),
      ...SYNONYM_GROUPS.flat(),
      ...landmarkNicknames(province).flatMap((l) => [l.name, ...l.nicknames]),
    ]);
    const seen = new Set<string>();
    for (const { code, nicknames, source } of placeNicknames(province)) {
      expect(codes.has(code), code).toBe(true);
      expect(nicknames.length, code).toBeGreaterThan(0);
      for (const nickname of nicknames) {
        expect(source, nickname).toContain(nickname);
        expect(nickname, nickname).toMatch(/^\p{Script=Han}+$/u);
        expect(toSimplified(nickname), nickname).toBe(nickname);
        expect(taken.has(nickname) || seen.has(nickname), nickname).toBe(false);
        seen.add(nickname);
      }
    }
  });
});
