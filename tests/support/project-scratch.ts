import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A folder inside the project for the scratch files that must be there (a
 * boundary file the settings name may not lie outside it). vitest.config.ts
 * empties it when a run starts, as it does the scratch folder in the system's
 * temp folder, so they do not pile up in tests/.output run after run.
 */
export function projectScratch(): string {
  const dir = process.env.PROJECT_SCRATCH ?? resolve('tests/.output/scratch');
  mkdirSync(dir, { recursive: true });
  return dir;
}
