import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRegionData } from './data-files.ts';

/**
 * For tests of another province than the sample's: a scratch content folder
 * whose settings name the province `code` (its official name from the data),
 * the sample's other settings kept. Point CONTENT_DIR at it and import the
 * modules afresh (vi.stubEnv, vi.resetModules).
 */
export function contentForProvince(code: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), `province-${code}-`)), 'content');
  mkdirSync(join(dir, 'data'), { recursive: true });
  const settings = JSON.parse(readFileSync('content/data/site.json', 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'data/site.json'), JSON.stringify({ ...settings, province: readRegionData(code).province }));
  return dir;
}
