import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileLabelOf, type InputProblem } from '../input-problem.ts';
import { unsafeBodyProblems } from '../markdown/unsafe-body.ts';
import { COLLECTION_NAMES, COLLECTIONS } from './collections.ts';

/**
 * The bodies of every Markdown and MDX entry, checked for what the site will
 * not publish (scripts, unsafe links, code in MDX): see
 * src/lib/markdown/unsafe-body.ts. The front matter is checked by
 * check-entries.ts.
 */
export function checkEntryBodies(contentDir: string): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const collection of COLLECTION_NAMES) {
    const dir = join(contentDir, COLLECTIONS[collection].folder);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.mdx?$/.test(name)).sort();
    for (const name of names) {
      const path = join(dir, name);
      if (!statSync(path).isFile()) continue;
      const format = name.endsWith('.mdx') ? 'mdx' : 'markdown';
      problems.push(...unsafeBodyProblems(fileLabelOf(path), readFileSync(path, 'utf8'), format));
    }
  }
  return problems;
}
