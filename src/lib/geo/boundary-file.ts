import { readFileSync } from 'node:fs';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { InputError } from '../input-problem.ts';
import { boundaryFileSetting, provinceSetting, siteSettingsFile } from '../site-settings.ts';

/**
 * The boundary file every map and the neighbours list read: the one named by
 * the site setting `boundaryFile` (a path from the project root), so that a
 * deploying office can swap in its own approved file; by default the
 * committed schematic of the configured province,
 * `src/lib/geo/data/<province code>.topo.json`.
 */
export const BOUNDARY_DATA_DIR = 'src/lib/geo/data';

export function defaultBoundaryFile(provinceCode: string): string {
  return `${BOUNDARY_DATA_DIR}/${provinceCode}.topo.json`;
}

/** The path of the boundary file the settings name, or the province's own. */
export function boundaryFilePath(): string {
  return boundaryFileSetting() ?? defaultBoundaryFile(provinceSetting().code);
}

let cached: unknown;

export function boundaryTopology(): unknown {
  if (cached !== undefined) return cached;
  const path = boundaryFilePath();
  try {
    cached = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const reason = !missing
      ? inputText.settings.boundaryNotJson(path)
      : boundaryFileSetting()
        ? inputText.settings.boundaryMissing(path)
        : inputText.settings.boundaryNotGenerated(path, provinceSetting());
    throw new InputError([{ file: siteSettingsFile(), field: 'boundaryFile', message: reason }]);
  }
  return cached;
}
