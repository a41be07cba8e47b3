import { describe, expect, it } from 'vitest';
import { readRegionData } from './data-files.ts';
import table from './everyday-place-names.json' with { type: 'json' };
import { everydayNamedCodes, everydayPlaceNames } from './everyday-place-names.ts';
import { shortNameOf } from './index.ts';

describe('the divisions whose short name is an everyday word (everyday-place-names.json)', () => {
  const provinces = Object.keys(table.provinces);

  it('lists 广东’s: 光明 is 深圳’s 光明区, and none for a province the file leaves out', () => {
    expect(provinces).toContain('440000');
    expect(everydayNamedCodes().has('440311')).toBe(true);
    expect(everydayPlaceNames('990000')).toEqual([]);
  });

  it.each(provinces)('names in %s each division once, by its short name, with the everyday sense it is typed in', (province) => {
    const data = readRegionData(province);
    const byCode = new Map([...data.cities, ...data.counties].map((d) => [d.code, d]));
    const seen = new Set<string>();
    for (const { code, word, means, examples } of everydayPlaceNames(province)) {
      const division = byCode.get(code);
      expect(division, code).toBeDefined();
      expect(shortNameOf(division!.name), code).toBe(word);
      expect(means, code).not.toBe('');
      expect(examples.length, code).toBeGreaterThan(0);
      for (const example of examples) expect(example, code).toContain(word);
      expect(seen.has(code), code).toBe(false);
      seen.add(code);
    }
  });
});
