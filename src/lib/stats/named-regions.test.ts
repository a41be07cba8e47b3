import { describe, expect, it } from 'vitest';
import { cities, countiesOf, regionByCode } from '../regions/index.ts';
import { nameRegions } from './named-regions.ts';

const name = (code: string) => regionByCode(code)?.name ?? code;

describe('regions a summary names', () => {
  it('stay on one line while they fit', () => {
    const few = countiesOf(cities()[0]!.code).slice(0, 3);
    expect(
      nameRegions(
        few.map((r) => r.code),
        name,
      ),
    ).toEqual({ oneLine: few.map((r) => r.name).join('、') });
  });

  it('go a line per city when there are more, every one named, each city’s own report first', () => {
    const [first, second] = cities();
    const counties = [...countiesOf(first!.code), ...countiesOf(second!.code)];
    expect(counties.length).toBeGreaterThan(20);
    // The cities given last: each still leads its line.
    const named = nameRegions(
      [...counties, second!, first!].map((r) => r.code),
      name,
    );
    expect(named).toEqual({
      byCity: [first!, second!].map((city) => ({ city: city.code, names: [city.name, ...countiesOf(city.code).map((c) => c.name)] })),
    });
  });
});
