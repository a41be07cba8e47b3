import { readFileSync } from 'node:fs';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { InputError } from '../input-problem.ts';
import { siteSettings, siteSettingsFile } from '../site-settings.ts';

/**
 * The boundary file every map and the neighbours list read: the one named by
 * the site setting `boundaryFile` (a path from the project root), so that a
 * deploying office can swap in its own approved file; by default the
 * committed schematic `src/lib/geo/guangdong.topo.json`.
 */
let cached: unknown;

export function boundaryTopology(): unknown {
  if (cached !== undefined) return cached;
  const path = siteSettings().boundaryFile;
  try {
    cached = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? inputText.settings.boundaryMissing(path)
        : inputText.settings.boundaryNotJson(path, (error as Error).message);
    throw new InputError([{ file: siteSettingsFile(), field: 'boundaryFile', message: reason }]);
  }
  return cached;
}
