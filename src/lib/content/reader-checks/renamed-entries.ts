import { join, relative, sep } from 'node:path';
import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import { fileLabelOf, type InputProblem } from '../../input-problem.ts';
import { entryRoute } from '../../urls.ts';
import { aliasesLine, aliasesOf, entryAtFile } from '../aliases.ts';
import { formerPaths } from '../renames.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/**
 * An entry git shows was renamed or moved (committed, or staged for the next
 * commit: src/lib/content/renames.ts) whose old address no page of the coming
 * build will have: every link printed or posted to it now ends on the 404
 * page. A warning naming the old files, the old addresses and the line to
 * add (`aliases`, which sends readers from there to here); an old address
 * that something else serves (the file's own, a new file at the old name,
 * another entry's alias) is left alone. Silent where git cannot tell.
 */
export function renamedEntries(context: ReaderCheckContext): InputProblem[] {
  const formers = formerPaths(context.contentDir);
  if (formers.size === 0) return [];
  const problems: InputProblem[] = [];
  for (const entry of context.entries) {
    const before = formers.get(relative(context.contentDir, entry.path).split(sep).join('/'));
    if (!before) continue;
    const own = entryRoute(entry.collection, entry.id);
    const listed = aliasesOf(entry.data);
    const served = (address: string) =>
      address === own || listed.includes(address) || (context.routes?.has(`${context.base}${address.slice(1)}`) ?? false);
    const lost = new Map<string, string>();
    for (const file of before) {
      const was = entryAtFile(file);
      const address = was && entryRoute(was.collection, was.id);
      if (address && !served(address) && !lost.has(address)) lost.set(address, fileLabelOf(join(context.contentDir, file)));
    }
    if (lost.size === 0) continue;
    problems.push(
      warning({
        file: entry.file,
        field: 'aliases',
        message: text.renamedWithoutAlias([...lost.values()], [...lost.keys()], aliasesLine([...listed, ...lost.keys()])),
      }),
    );
  }
  return problems;
}
