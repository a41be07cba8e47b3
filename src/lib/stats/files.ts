import { join } from 'node:path';
import { fileLabelOf, InputError } from '../input-problem.ts';
import { listYearFiles } from '../input/index.ts';
import { readStatsFile } from './read.ts';
import type { StatsFile } from './schema.ts';

/** Every year's statistics, oldest first; throws once with the problems of all files. */
export function readAllStats(dir: string, label: (path: string) => string = fileLabelOf): StatsFile[] {
  const files = listYearFiles(dir).map((year) => join(dir, `${year}.json`));
  const results = files.map((path) => readStatsFile(path, label(path)));
  const problems = results.flatMap((r) => (r.ok ? [] : r.problems));
  if (problems.length > 0) throw new InputError(problems);
  return results.flatMap((r) => (r.ok ? [r.data] : []));
}
