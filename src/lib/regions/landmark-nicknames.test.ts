import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';
import { describe, expect, it } from 'vitest';
import { SYNONYM_GROUPS } from '../search/synonyms.ts';
import { readRegionData } from './data-files.ts';
import table from './landmark-nicknames.json' with { type: 'json' };
import { landmarkNicknames } from './landmark-nicknames.ts';

describe('the landmark nicknames (landmark-nicknames.json)', () => {
  const provinces = Object.keys(table.provinces);
  const toSimplified = ConverterFactory(...toCn);

  it('lists 广东’s: 小蛮腰 is 广州塔', () => {
    expect(provinces).toContain('440000');
    expect(landmarkNicknames('440000').find((landmark) => landmark.name === '广州塔')?.nicknames).toContain('小蛮腰');
    expect(landmarkNicknames('990000')).toEqual([]);
  });

  it.each(provinces)(
    'places each landmark of %s in one of its divisions, says where each nickname comes from, and lists a word once',
    (province) => {
      const data = readRegionData(province);
      const divisions = new Set([...data.cities, ...data.counties].map((d) => d.code));
      const plain = new Set(SYNONYM_GROUPS.flat());
      const seen = new Set<string>();
      for (const { name, region, nicknames, source } of landmarkNicknames(province)) {
        expect(divisions.has(region), `${name} ${region}`).toBe(true);
        expect(nicknames.length, name).toBeGreaterThan(0);
        for (const nickname of nicknames) expect(source, name).toContain(nickname);
        for (const word of [name, ...nicknames]) {
          expect(word, word).toMatch(/^\p{Script=Han}+$/u);
          expect(toSimplified(word), word).toBe(word);
          expect(plain.has(word) || seen.has(word), word).toBe(false);
          seen.add(word);
        }
      }
    },
  );
});
