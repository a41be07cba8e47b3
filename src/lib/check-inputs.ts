import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentFolder } from './content/check-entries.ts';
import { fileLabelOf, InputError, type InputProblem } from './input-problem.ts';
import { checkLightingFile } from './lighting/index.ts';
import { parseSiteSettings } from './site-settings.ts';
import { readStatsFile } from './stats/index.ts';
import { listYearFiles } from './year-files.ts';

/**
 * Everything editors and officials write, checked in one pass: the Markdown
 * collections, site settings, statistics and lighting files. The build runs
 * this first and stops with the whole list; `npm run check` runs it alone.
 */
export function checkInputs(contentDir: string): { problems: InputProblem[]; files: number } {
  const { problems, files: entries } = checkContentFolder(contentDir);
  let files = entries;

  const settingsFile = join(contentDir, 'data/site.json');
  files += 1;
  try {
    parseSiteSettings(readFileSync(settingsFile, 'utf8'), fileLabelOf(settingsFile));
  } catch (error) {
    if (error instanceof InputError) problems.push(...error.problems);
    else problems.push({ file: fileLabelOf(settingsFile), field: '(文件)', message: `无法读取：${String(error)}` });
  }

  for (const [folder, check] of [
    ['stats', (path: string) => readStatsFile(path, fileLabelOf(path))],
    ['lighting', (path: string) => checkLightingFile(path, fileLabelOf(path))],
  ] as const) {
    const dir = join(contentDir, 'data', folder);
    for (const year of listYearFiles(dir)) {
      files += 1;
      const result = check(join(dir, `${year}.json`));
      if (!result.ok) problems.push(...result.problems);
    }
  }
  return { problems, files };
}
