import { join } from 'node:path';
import { inputText } from '../../../i18n/zh-CN/input.ts';
import { checkCrashProblem, crashReason } from '../../check-guard.ts';
import { fileLabelOf, type InputProblem } from '../../input-problem.ts';
import { listYearFiles, WHOLE_FILE } from '../../input/index.ts';
import { readableLightingItems } from '../../lighting/files.ts';
import type { SiteSettings } from '../../site-settings.ts';
import { ownPageRoutes, withAliasRoutes, withEntryRoutes } from '../../site-routes.ts';
import { badgeTypeIn } from '../../identity/badge.ts';
import { buildTime } from '../../identity/build-date.ts';
import { basePath } from '../../urls.ts';
import type { CheckedEntry } from '../check-entries.ts';
import { aliasProblems } from './aliases.ts';
import type { ReaderCheck, ReaderCheckContext } from './context.ts';
import { eventDateProblems } from './event-dates.ts';
import { eventFolderProblems } from './event-folders.ts';
import { eventStatusProblems } from './event-status.ts';
import { insecureLinks } from './http-links.ts';
import { imageProblems } from './images.ts';
import { chineseInputMarks } from './chinese-input-markup.ts';
import { literalBoldMarks } from './literal-bold.ts';
import { markupInText } from './markup-in-text.ts';
import { missingPages } from './missing-pages.ts';
import { takenAddresses } from './taken-addresses.ts';
import { placeholders } from './placeholders.ts';
import { renamedEntries } from './renamed-entries.ts';
import { runTogetherLineBreaks } from './run-together-lines.ts';
import { shallowHistory } from './shallow-history.ts';
import { missingCovers } from './showcase-covers.ts';
import { traditionalText } from './traditional-text.ts';
import { venueProblems } from './venue-locations.ts';

/**
 * What a reader of the built site would notice, found before the build:
 * an entry whose address is one of the site's own pages, an old address
 * (`aliases`) that cannot send readers on, broken links and missing images
 * (errors), and warnings that let the site
 * build (a photo too small or too heavy, an event outside the week, a past
 * event still featured, an event called off in its note only or still featured, a showcase without a photo, an http:// link to a
 * site that has https://, text still 待填写, an entry renamed without its
 * old address in `aliases`, `**` that Markdown leaves as asterisks, links and headings
 * typed with a Chinese input method's marks, lines meant apart that run together, a venue pinned
 * or addressed outside the province or the event's region). Each check is a small module of its own.
 */
export type { ReaderCheckContext } from './context.ts';

/** Each check by its English key, which a message names should the check itself fail (src/lib/check-guard.ts). */
export const READER_CHECKS: Readonly<Record<string, ReaderCheck>> = {
  takenAddresses,
  aliasProblems,
  renamedEntries,
  shallowHistory,
  missingPages,
  imageProblems,
  eventDateProblems,
  eventStatusProblems,
  eventFolderProblems,
  venueProblems,
  missingCovers,
  insecureLinks,
  placeholders,
  traditionalText,
  markupInText,
  literalBoldMarks,
  chineseInputMarks,
  runTogetherLineBreaks,
};

export interface ReaderCheckInputs {
  contentDir: string;
  entries: readonly CheckedEntry[];
  settings: SiteSettings | undefined;
  environment: NodeJS.ProcessEnv;
  /** `public/`, whose files the site serves as they are. */
  publicDir?: string;
}

function contextOf(inputs: ReaderCheckInputs): ReaderCheckContext {
  const { contentDir, entries, settings } = inputs;
  let routes: Set<string> | undefined;
  let pages: Set<string> | undefined;
  let ownPages: Set<string> | undefined;
  let base = '/';
  if (settings) {
    try {
      base = basePath();
      ownPages = ownPageRoutes({
        entries,
        statsYears: listYearFiles(join(contentDir, 'data/stats')),
        lightingYears: listYearFiles(join(contentDir, 'data/lighting')),
        lightingItems: readableLightingItems(join(contentDir, 'data/lighting')),
        publicDir: inputs.publicDir ?? 'public',
        badgeType: badgeTypeIn(contentDir, settings),
      });
      pages = withEntryRoutes(ownPages, entries);
      routes = withAliasRoutes(pages, entries);
    } catch {
      // Settings or BASE_PATH the other checks report: links cannot be judged until they are fixed.
      routes = pages = ownPages = undefined;
    }
  }
  return { contentDir, entries, settings, routes, pages, ownPages, base, now: buildTime(inputs.environment) };
}

export function readerChecks(inputs: ReaderCheckInputs): InputProblem[] {
  const context = contextOf(inputs);
  return Object.entries(READER_CHECKS).flatMap(([key, check]) => {
    try {
      return check(context);
    } catch (error) {
      return crashedCheck(key, check, context, error);
    }
  });
}

/**
 * A check that threw over all the entries, run again on each entry alone to
 * name the files it fails on; when none fails alone (the failure lies in
 * comparing them), the content folder is named. What it would have found
 * besides is unknown: each is an error.
 */
function crashedCheck(key: string, check: ReaderCheck, context: ReaderCheckContext, error: unknown): InputProblem[] {
  const failing = context.entries.flatMap((entry) => {
    try {
      check({ ...context, entries: [entry] });
      return [];
    } catch (alone) {
      return [checkCrashProblem(key, entry.file, alone)];
    }
  });
  if (failing.length > 0) return failing;
  return [{ file: fileLabelOf(context.contentDir), field: WHOLE_FILE, message: inputText.problem.checkCrashedAcross(key, crashReason(error)) }];
}
