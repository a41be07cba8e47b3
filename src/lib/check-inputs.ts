import { statSync } from 'node:fs';
import { join } from 'node:path';
import { inputText } from '../i18n/zh-CN/input.ts';
import { resolveBasePath } from './base-path.ts';
import { checkCrashProblem, crashReason, guardedCheck } from './check-guard.ts';
import { checkContentFolder } from './content/check-entries.ts';
import { readerChecks } from './content/reader-checks/index.ts';
import { boundaryFilePath, boundaryTopology } from './geo/boundary-file.ts';
import { loadBoundaries } from './geo/boundaries.ts';
import { fileLabelOf, InputError, type InputProblem } from './input-problem.ts';
import { checkLightingFile, type LightingSchedule } from './lighting/index.ts';
import { lightingOutsideWeek } from './lighting/week.ts';
import { readBadge } from './identity/badge.ts';
import { identityOfOtherProvince, namesOfOtherProvince } from './identity/province-match.ts';
import { provinceNames } from './regions/data-files.ts';
import { longWeek, staleFormDeadlines } from './settings-dates.ts';
import { filingPrefixesOf, shortNameOf } from './regions/index.ts';
import { OFFICIAL_SETTINGS, officialSitesOf } from './markdown/official-sites.ts';
import { checkSiteSettings, settingsThatHold } from './site-settings.ts';
import { withProvinceUnknown } from './regions/province-unknown.ts';
import { resolveSiteUrl } from './site-url.ts';
import { readStatsFile } from './stats/index.ts';
import { listYearFiles, WHOLE_FILE } from './input/index.ts';

/**
 * Everything editors and officials write, checked in one pass: site
 * settings (and the identity badge they name, another province's names and filing numbers, last year's form deadlines), the Markdown collections,
 * statistics and lighting files (a lighting outside the week a warning), the boundary file the maps will draw, the
 * deployer's BASE_PATH and SITE_URL, and what readers would notice across them
 * (content/reader-checks). The build runs this first and stops with the
 * whole list when it has errors (warnings let it go on); `npm run check` runs it alone.
 */
export function checkInputs(
  contentDir: string,
  environment: NodeJS.ProcessEnv = process.env,
): { problems: InputProblem[]; files: number } {
  const folder = contentFolderProblem(contentDir);
  if (folder) return { problems: [folder], files: 0 };
  const settingsFile = join(contentDir, 'data/site.json');
  const settings = checkSiteSettings(settingsFile, fileLabelOf(settingsFile));
  const problems = settings.ok ? [] : [...settings.problems];
  // The 党政机关网站标识 the build copies must be there, and be an image.
  const badge = settings.ok ? settings.data.identity?.badge : undefined;
  if (badge) {
    problems.push(
      ...guardedCheck('badge', fileLabelOf(settingsFile), () => {
        const read = readBadge(contentDir, badge, fileLabelOf(settingsFile));
        return read.ok ? [] : [read.problem];
      }),
    );
  }

  // A footer with another province's filing numbers or names, as the sample's would be on another province's site;
  if (settings.ok) {
    const { code, name } = settings.data.province;
    const province = { code, name, ...filingPrefixesOf(code, shortNameOf(name)) };
    problems.push(...identityOfOtherProvince(settings.data.identity, province, fileLabelOf(settingsFile)));
    const others = [...provinceNames()].flatMap(([other, otherName]) => (other === code ? [] : [otherName]));
    problems.push(...namesOfOtherProvince(settings.data, name, others, fileLabelOf(settingsFile)));
    // Last year's deadline beside this year's week; a week of over two weeks.
    problems.push(...staleFormDeadlines(settings.data, fileLabelOf(settingsFile)));
    problems.push(...longWeek(settings.data, fileLabelOf(settingsFile)));
  }

  for (const check of [
    () => resolveBasePath(environment.BASE_PATH, () => '/'),
    () => resolveSiteUrl(environment.SITE_URL, () => ''),
  ]) {
    try {
      check();
    } catch (error) {
      if (error instanceof InputError) problems.push(...error.problems);
      else throw error;
    }
  }

  // Region codes mean little until the province is known: without it, entries are checked for the rest (province-unknown.ts).
  const provinceKnown = settingsReadable(settings, 'province');
  // The lighting places are judged against the boundary file, which needs the province and `boundaryFile` only.
  const boundaryKnown = provinceKnown && settingsReadable(settings, 'boundaryFile');
  // Links whose words claim an official site may also go to the hosts the settings name, those that hold at least.
  const trusted = settings.ok ? settings.data : settingsThatHold(settingsFile);
  const sitesKnown = OFFICIAL_SETTINGS.every((key) => settingsReadable(settings, key));
  if (!settings.ok) problems.push(skippedChecksNote(fileLabelOf(settingsFile), { provinceKnown, boundaryKnown, sitesKnown }));

  // Should the check across the folder fail (a bug, input nobody foresaw), the folder is named and the other checks go on.
  const checkContent = () => {
    try {
      return checkContentFolder(contentDir, officialSitesOf(trusted));
    } catch (error) {
      const message = inputText.problem.checkCrashedAcross('contentFolder', crashReason(error));
      return { problems: [{ file: fileLabelOf(contentDir), field: WHOLE_FILE, message }], files: 0, entries: [] };
    }
  };
  const content = provinceKnown ? checkContent() : withProvinceUnknown(checkContent);
  problems.push(...content.problems);
  let files = 1 + content.files;

  const boundary = boundaryKnown ? boundaryProblems(fileLabelOf(settingsFile)) : [];
  for (const [folder, check] of [
    ['stats', (path: string) => readStatsFile(path, fileLabelOf(path))],
    ['lighting', (path: string) => checkLightingFile(path, fileLabelOf(path))],
  ] as const) {
    // Statistics are region codes through and through; lighting places are judged against the boundary the settings name.
    if (folder === 'stats' && !provinceKnown) continue;
    if (folder === 'lighting' && (!boundaryKnown || boundary.length > 0)) continue;
    const dir = join(contentDir, 'data', folder);
    for (const year of listYearFiles(dir)) {
      files += 1;
      const path = join(dir, `${year}.json`);
      let result: ReturnType<typeof check>;
      try {
        result = check(path);
      } catch (error) {
        // Across a file's items (a code twice, overlapping windows …): named with the file, and the next file is checked.
        problems.push(checkCrashProblem(folder, fileLabelOf(path), error));
        continue;
      }
      if (!result.ok) problems.push(...result.problems);
      // A lighting on a day outside the week: a warning, as for events (content/reader-checks/event-dates.ts).
      else if (folder === 'lighting' && settings.ok) {
        problems.push(...lightingOutsideWeek(result.data as LightingSchedule, fileLabelOf(path), settings.data));
      }
    }
  }

  problems.push(...boundary);

  // What readers would notice across entries: broken links, photos, dates; warnings among them.
  problems.push(
    ...readerChecks({ contentDir, entries: content.entries, settings: settings.ok ? settings.data : undefined, environment }),
  );
  return { problems, files };
}

/** Whether site.json's `key` could be read: the file is JSON, and no problem is in that setting. */
function settingsReadable(settings: ReturnType<typeof checkSiteSettings>, key: string): boolean {
  return settings.ok || !settings.problems.some((p) => p.field === WHOLE_FILE || p.field === key || p.field.startsWith(`${key}.`));
}

/**
 * What the check leaves out while site.json is broken, said once (a warning:
 * the settings' own errors already stop the check and the build), so that
 * an editor who fixes the settings is not surprised by a second round.
 */
function skippedChecksNote(
  settingsFile: string,
  known: { provinceKnown: boolean; boundaryKnown: boolean; sitesKnown: boolean },
): InputProblem {
  const skipped = inputText.skippedChecks;
  const parts = [
    ...(known.provinceKnown ? [] : skipped.withoutProvince),
    ...(known.boundaryKnown ? [] : skipped.withoutBoundary),
    ...skipped.withoutSettings,
    ...(known.sitesKnown ? [] : skipped.withoutSites),
  ];
  return { file: settingsFile, field: skipped.field, message: skipped.message(parts), severity: 'warning' };
}

/** The boundary file must exist and draw every division of the province. */
function boundaryProblems(settingsFile: string): InputProblem[] {
  try {
    loadBoundaries(boundaryTopology());
    return [];
  } catch (error) {
    if (error instanceof InputError) return [...error.problems];
    return [{ file: settingsFile, field: 'boundaryFile', message: `${boundaryFilePath()}：${(error as Error).message}` }];
  }
}

/** A content folder that is not there (a mistyped CONTENT_DIR, a command run elsewhere): one problem, not a missing site.json. */
function contentFolderProblem(contentDir: string): InputProblem | undefined {
  const text = inputText.contentFolder;
  let message: string | undefined;
  try {
    if (!statSync(contentDir).isDirectory()) message = text.notFolder;
  } catch {
    message = text.missing;
  }
  return message === undefined ? undefined : { file: fileLabelOf(contentDir), field: text.field, message };
}
