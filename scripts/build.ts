/**
 * `npm run build`: the static site into dist/ (or $OUT_DIR), then the
 * Pagefind search index over it. Exit code non-zero on any failure, with the
 * build's own message (which names the content file and field) left as is.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { indexSite } from './search-index.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

const astro = spawnSync(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (astro.status !== 0) {
  console.error('\n构建失败（build failed）：请按上面的提示修改对应文件后重试。');
  process.exit(astro.status ?? 1);
}

const pages = await indexSite(outDir);
console.log(`搜索索引已生成（search index）：${pages} 个页面 → ${outDir}/pagefind/`);
