import { listYearFiles, readTextFile } from '../input/index.ts';
import { join } from 'node:path';
import { fileLabelOf, InputError } from '../input-problem.ts';
import type { InputProblem } from '../input-problem.ts';
import type { LightingItem, LightingSchedule } from './types.ts';
import { validateLighting, type LightingValidation } from './validate.ts';

/** Reading the lighting files, for pages (getStaticPaths) and scripts. */

/** Years with a lighting file in `dir`, oldest first. */
export const listLightingYears = listYearFiles;

export { fileLabelOf };

/** A year's lighting file in `dir`: `2023.json`. */
export function lightingFile(dir: string, year: number): string {
  return join(dir, `${year}.json`);
}

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
    const path = lightingFile(dir, year);
    const result = checkLightingFile(path, fileLabelOf(path));
    if (result.ok) schedules.push(result.data);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) throw new InputError(problems);
  return schedules;
}

/**
 * Every window of the files in `dir` that pass their check, oldest year first, passing over
 * the others: for `npm run check`'s addresses (src/lib/site-routes.ts), which must not stop at a
 * bad file whose problems the lighting check reports anyway.
 */
export function readableLightingItems(dir: string): LightingItem[] {
  return listLightingYears(dir).flatMap((year) => {
    // A file the check fails on (npm run check names it) lends no items, as an invalid one: links are still checked.
    try {
      const result = checkLightingFile(lightingFile(dir, year));
      return result.ok ? result.data.items : [];
    } catch {
      return [];
    }
  });
}

/** Like readLightingFile, but returns the problems instead of throwing (for `check` commands). */
export function checkLightingFile(path: string, fileLabel: string = fileLabelOf(path)): LightingValidation {
  const text = readTextFile(path, fileLabel);
  return text.ok ? validateLighting(text.text, fileLabel) : text;
}
