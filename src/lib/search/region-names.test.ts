import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { everydayNamedCodes } from '../regions/everyday-place-names.ts';
import { allCounties, cities } from '../regions/index.ts';
import { regionPinyin } from './region-names.ts';

describe('regionPinyin', () => {
  const spellings = regionPinyin();
  const spelled = (name: string) => pinyin(name, { toneType: 'none', type: 'array', v: true }).join('');

  it('spells every city as its road signs do, to its short name', () => {
    for (const city of cities()) expect(spellings[spelled(city.shortName)], city.name).toBe(city.shortName);
    expect(spellings['guangzhou']).toBe('广州');
    expect(spellings['panyu']).toBe('番禺');
  });

  it('gives no spelling two places share, nor one to a county whose name is an everyday word', () => {
    const places = [...cities(), ...allCounties()];
    for (const [word, name] of Object.entries(spellings)) {
      expect(word, name).toMatch(/^[a-z]+$/);
      const named = new Set(places.filter((place) => spelled(place.shortName) === word).map((place) => place.shortName));
      expect([...named], word).toEqual([name]);
    }
    for (const place of places.filter((p) => everydayNamedCodes().has(p.code)))
      expect(spellings[spelled(place.shortName)], place.name).toBeUndefined();
  });
});
