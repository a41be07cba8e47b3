import { join } from 'node:path';
import { resolveBasePath } from './base-path.ts';
import { checkContentFolder } from './content/check-entries.ts';
import { readerChecks } from './content/reader-checks/index.ts';
import { fileLabelOf, InputError, type InputProblem } from './input-problem.ts';
import { checkLightingFile } from './lighting/index.ts';
import { readBadge } from './identity/badge.ts';
import { checkSiteSettings } from './site-settings.ts';
import { readStatsFile } from './stats/index.ts';
import { listYearFiles } from './input/index.ts';

/**
 * Everything editors and officials write, checked in one pass: the Markdown
 * collections, site settings (and the identity badge they name), statistics and lighting files, the
 * deployer's BASE_PATH, and what readers would notice across them
 * (content/reader-checks). The build runs this first and stops with the
 * whole list when it has errors (warnings let it go on); `npm run check` runs it alone.
 */
export function checkInputs(contentDir: string, environment: NodeJS.ProcessEnv = process.env): { problems: InputProblem[]; files: number } {
  const { problems, files: entryFiles, entries } = checkContentFolder(contentDir);
  let files = entryFiles;

  try {
    resolveBasePath(environment.BASE_PATH, () => '/');
  } catch (error) {
    if (error instanceof InputError) problems.push(...error.problems);
    else throw error;
  }

  const settingsFile = join(contentDir, 'data/site.json');
  files += 1;
  const settings = checkSiteSettings(settingsFile, fileLabelOf(settingsFile));
  if (!settings.ok) problems.push(...settings.problems);
  // The 党政机关网站标识 the build copies must be there, and be an image.
  const badge = settings.ok ? settings.data.identity?.badge : undefined;
  if (badge) {
    const read = readBadge(contentDir, badge, fileLabelOf(settingsFile));
    if (!read.ok) problems.push(read.problem);
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

  // What readers would notice across entries: broken links, photos, dates; warnings among them.
  problems.push(...readerChecks({ contentDir, entries, settings: settings.ok ? settings.data : undefined, environment }));
  return { problems, files };
}
