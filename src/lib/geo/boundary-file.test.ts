import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';

/** A scratch content folder whose site settings name another boundary file. */
function contentWithBoundaryFile(boundaryFile: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'boundary-')), 'content');
  mkdirSync(join(dir, 'data'), { recursive: true });
  const settings = JSON.parse(readFileSync(join(FIXTURE_CONTENT, 'data/site.json'), 'utf8'));
  writeFileSync(join(dir, 'data/site.json'), JSON.stringify({ ...settings, boundaryFile }));
  return dir;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('the boundaryFile setting', () => {
  it('draws the maps from the file the settings name', async () => {
    const topo = JSON.parse(readFileSync('src/lib/geo/data/440000.topo.json', 'utf8'));
    // An office's file: the same divisions, but 东莞 left out, which must be refused by name.
    topo.objects.counties.geometries = topo.objects.counties.geometries.filter(
      (g: { properties: { code: string } }) => g.properties.code !== '441900',
    );
    const file = join(mkdtempSync(join(tmpdir(), 'topo-')), 'office.topo.json');
    writeFileSync(file, JSON.stringify(topo));
    vi.stubEnv('CONTENT_DIR', contentWithBoundaryFile(file));
    const geo = await import('./index.ts');
    expect(() => geo.cityShapes()).toThrow(/东莞市/);
  });

  it('names the setting when the file is missing', async () => {
    vi.stubEnv('CONTENT_DIR', contentWithBoundaryFile('no/such/boundaries.json'));
    const geo = await import('./index.ts');
    expect(() => geo.cityShapes()).toThrow(/data\/site\.json › 字段 boundaryFile：找不到边界文件 no\/such\/boundaries\.json/);
  });
});
