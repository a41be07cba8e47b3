import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { projectScratch } from '../../../tests/support/project-scratch.ts';

/** A scratch content folder whose site settings name another boundary file. */
function contentWithBoundaryFile(boundaryFile: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'boundary-')), 'content');
  mkdirSync(join(dir, 'data'), { recursive: true });
  const settings = JSON.parse(readFileSync(join(FIXTURE_CONTENT, 'data/site.json'), 'utf8'));
  writeFileSync(join(dir, 'data/site.json'), JSON.stringify({ ...settings, boundaryFile }));
  return dir;
}

/** A scratch folder inside the project, where a boundaryFile may point. */
function projectFolder(): string {
  return mkdtempSync(join(projectScratch(), 'topo-'));
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
    // A path from the project's root, as the setting takes it.
    const file = relative(process.cwd(), join(projectFolder(), 'office.topo.json'));
    writeFileSync(file, JSON.stringify(topo));
    vi.stubEnv('CONTENT_DIR', contentWithBoundaryFile(file));
    const geo = await import('./index.ts');
    expect(() => geo.cityShapes()).toThrow(/东莞市/);
  });

  it('reads no file outside the project, and quotes nothing of a file that is not JSON', async () => {
    for (const path of ['/etc/passwd', '/proc/self/environ', '../../secrets.json', 'content/../../x.json', 'README.md']) {
      vi.stubEnv('CONTENT_DIR', contentWithBoundaryFile(path));
      const geo = await import('./index.ts');
      expect(() => geo.cityShapes(), path).toThrow(`字段“边界文件”（boundaryFile）：${inputText.settings.boundaryFileOutside}`);
      vi.resetModules();
    }
    const notJson = relative(process.cwd(), join(projectFolder(), 'notes.json'));
    writeFileSync(notJson, 'root:x:0:0:root:/root:/bin/bash');
    vi.stubEnv('CONTENT_DIR', contentWithBoundaryFile(notJson));
    const geo = await import('./index.ts');
    expect(() => geo.cityShapes()).toThrow(`字段“边界文件”（boundaryFile）：${inputText.settings.boundaryNotJson(notJson)}`);
    expect(() => geo.cityShapes()).not.toThrow(/root:x/);
  });

  it('names the setting when the file is missing', async () => {
    vi.stubEnv('CONTENT_DIR', contentWithBoundaryFile('no/such/boundaries.json'));
    const geo = await import('./index.ts');
    expect(() => geo.cityShapes()).toThrow(
      /data\/site\.json › 字段“边界文件”（boundaryFile）：找不到边界文件 no\/such\/boundaries\.json/,
    );
  });
});
