import { describe, expect, it } from 'vitest';
import { readRegionData } from './data-files.ts';
import { shortNameOf } from './index.ts';
import table from './place-lookalikes.json' with { type: 'json' };
import { lookalikeNames, placeLookalikes } from './place-lookalikes.ts';

describe('the names that hold a place’s but name another (place-lookalikes.json)', () => {
  const provinces = Object.keys(table.provinces);

  it('lists 广东’s: 中山大学, and none for a province the file leaves out', () => {
    expect(provinces).toContain('440000');
    expect(lookalikeNames()).toContain('中山大学');
    expect(placeLookalikes('990000')).toEqual([]);
  });

  it.each(provinces)('gives in %s names of three or more characters holding a division’s short name, each once', (province) => {
    const data = readRegionData(province);
    const divisions = [...data.cities, ...data.counties];
    const shortNames = new Set(divisions.map((d) => shortNameOf(d.name)));
    const names = new Set(divisions.flatMap((d) => [d.name, shortNameOf(d.name)]));
    const seen = new Set<string>();
    for (const { name, holds, is } of placeLookalikes(province)) {
      expect(shortNames.has(holds), name).toBe(true);
      expect(name, name).toContain(holds);
      // Kept whole by the search page's segmenter, which keeps names of three or more Han characters (keepingNames).
      expect(name, name).toMatch(/^\p{Script=Han}{3,}$/u);
      expect(names.has(name), name).toBe(false);
      expect(is, name).not.toBe('');
      expect(seen.has(name), name).toBe(false);
      seen.add(name);
    }
  });
});
