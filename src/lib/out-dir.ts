import { resolve, sep } from 'node:path';
import { inputText } from '../i18n/zh-CN/input.ts';
import type { InputProblem } from './input-problem.ts';

/**
 * Astro asks whether the output folder is inside the project by comparing
 * text (getOutDirWithinCwd in node_modules/astro/dist/core/build/common.js:
 * `outDir.startsWith(process.cwd())`). A folder beside the project whose
 * name begins with the project's (/srv/site-dist for /srv/site) passes, so
 * Astro writes its prerender chunks there, where Node finds none of the
 * project's packages and the build fails half-way. Inside the project or
 * elsewhere both work; only this case is refused, before Astro starts.
 */
export function outDirProblem(outDir: string, project: string): InputProblem | undefined {
  const out = resolve(project, outDir);
  const root = resolve(project);
  const inside = out === root || out.startsWith(root.endsWith(sep) ? root : root + sep);
  if (inside || !out.startsWith(root)) return undefined;
  return { file: inputText.settings.environment, field: 'OUT_DIR', message: inputText.settings.outDirPrefix(outDir, root) };
}
