import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BOUNDARY_DATA_DIR } from './boundary-file.ts';
import { contentForProvince } from '../regions/test-support.ts';

/**
 * The guide's and `npm run new`'s example event names a district (its
 * region and its address) and a point for its venue: the point must lie in
 * that district, not somewhere else in its city (广州's centroid is in 黄埔区,
 * 呼和浩特's in 土默特左旗). For every province whose boundaries ship, by the
 * boundary file itself.
 */
const shipped = readdirSync(BOUNDARY_DATA_DIR)
  .map((name) => /^(\d{6})\.topo\.json$/.exec(name)?.[1])
  .filter((code): code is string => code !== undefined);

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('the example venue point', () => {
  it('is checked for several provinces', () => {
    expect(shipped).toEqual(expect.arrayContaining(['440000', '460000']));
  });

  it.each(shipped)('lies in the district the example event of %s names', async (code) => {
    vi.stubEnv('CONTENT_DIR', contentForProvince(code));
    vi.resetModules();
    const geo = await import('./index.ts');
    const { provinceGuide } = await import('../guide/words.ts');
    const { text } = provinceGuide().examples.events;
    const region = /^region: "(\d{6})"$/m.exec(text)![1]!;
    const location = /^ {2}location: \[([\d.]+), ([\d.]+)\]$/m.exec(text)!;
    const point: [number, number] = [Number(location[1]), Number(location[2])];
    expect(geo.countyCodeAt(point), `${code}: [${point.join(', ')}]`).toBe(region);
    // The messages about coordinates quote the same point.
    expect(geo.provinceExtent().sample).toEqual(point);
  });
});
