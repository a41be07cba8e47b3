import { readFileSync } from 'node:fs';
import { listYearFiles } from '../year-files.ts';
import { join } from 'node:path';
import { fileLabelOf, InputError } from '../input-problem.ts';
import type { InputProblem } from '../input-problem.ts';
import type { LightingSchedule } from './types.ts';
import { validateLighting } from './validate.ts';

/** Reading the lighting files, for pages (getStaticPaths) and scripts. */

/** Years with a lighting file in `dir`, oldest first. */
export const listLightingYears = listYearFiles;

export { fileLabelOf };

/** Reads and validates one file; throws an InputError carrying every problem found. */
export function readLightingFile(path: string, fileLabel: string = fileLabelOf(path)): LightingSchedule {
  const result = checkLightingFile(path, fileLabel);
  if (!result.ok) throw new InputError(result.problems);
  return result.data;
}

/** Every year's schedule, oldest first; throws once with the problems of all files together. */
export function readAllLighting(dir: string): LightingSchedule[] {
  const schedules: LightingSchedule[] = [];
  const problems: InputProblem[] = [];
  for (const year of listLightingYears(dir)) {
    const path = join(dir, `${year}.json`);
    const result = checkLightingFile(path, fileLabelOf(path));
    if (result.ok) schedules.push(result.data);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) throw new InputError(problems);
  return schedules;
}

/** Like readLightingFile, but returns the problems instead of throwing (for `check` commands). */
export function checkLightingFile(path: string, fileLabel: string = fileLabelOf(path)) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : `无法读取文件（${String(error)}）`;
    return { ok: false as const, problems: [{ file: fileLabel, field: '(文件)', message: reason }] };
  }
  // A byte-order mark from Windows editors is not a JSON error.
  return validateLighting(text.replace(/^\uFEFF/, ''), fileLabel);
}
