import { existsSync, readlinkSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { fileLabelOf, type InputProblem } from '../input-problem.ts';
import { FILE_NAME } from '../input/index.ts';
import { walkFolder } from './walk-folder.ts';

/**
 * A problem for each symbolic link among these entries (walkFolder's), in
 * path order: Astro follows links, so a link committed to content/ would
 * publish whatever it points at (a file of the build machine's, a folder
 * elsewhere). The content folder itself may be one.
 */
export function linkProblems(entries: readonly Dirent[]): InputProblem[] {
  return entries
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({ file: fileLabelOf(path), field: FILE_NAME, message: inputText.content.symlink(readlinkSync(path)) }));
}

/** Every symbolic link under the content folder, as problems (none when there is no such folder). */
export function contentLinkProblems(contentDir: string): InputProblem[] {
  return existsSync(contentDir) ? linkProblems(walkFolder(contentDir).entries) : [];
}
