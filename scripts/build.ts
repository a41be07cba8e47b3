/**
 * `npm run build`: the static site into dist/ (or $OUT_DIR), then the
 * Pagefind search index over it. Exit code non-zero on any failure, with the
 * build's own message (which names the content file and field) left as is.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { indexSite } from './search-index.ts';
import { checkInputs } from '../src/lib/check-inputs.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { formatProblems, formatWarnings } from '../src/lib/input-problem.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

async function build(): Promise<number> {
  // Editors' mistakes first, as a plain list, before Astro would stop at the first one with a stack trace.
  const checked = checkInputs(contentDir());
  if (checked.warnings.length > 0) console.warn(formatWarnings(checked.warnings));
  if (checked.problems.length > 0) {
    console.error(`内容文件有误，未构建（${checked.problems.length} 处）：\n${formatProblems(checked.problems)}`);
    console.error('\n请按上面的提示修改对应文件后重新构建。');
    return 1;
  }

  const astro = spawnSync(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
  if (astro.status !== 0) {
    console.error('\n构建失败（build failed）：请按上面的提示修改对应文件后重试。');
    return astro.status ?? 1;
  }

  const pages = await indexSite(outDir);
  console.log(`搜索索引已生成（search index）：${pages} 个页面 → ${outDir}/pagefind/`);
  return 0;
}

process.exitCode = await build();
