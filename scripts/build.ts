/**
 * `npm run build`: the static site into dist/ (or $OUT_DIR), then the
 * Pagefind search index over it, then a .gz and a .br beside every text
 * file for the web server to send as they are (deploy/nginx/). Exit code
 * non-zero on any failure, with the build's own message (which names the
 * content file and field) left as is.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from './search-index.ts';
import { precompressSite } from '../src/lib/deploy/precompress.ts';
import { checkInputs } from '../src/lib/check-inputs.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { errorsOf, formatProblems, warningsOf } from '../src/lib/input-problem.ts';
import { inputText } from '../src/i18n/zh-CN/input.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);

async function build(): Promise<number> {
  const started = performance.now();
  // Editors' mistakes first, as a plain list, before Astro would stop at the first one with a stack trace.
  // Warnings (a past event still featured, a small photo) are listed and the build goes on.
  const checked = checkInputs(contentDir());
  const errors = errorsOf(checked.problems);
  const warnings = warningsOf(checked.problems);
  if (errors.length > 0) {
    console.error(`${inputText.problem.buildStopped(errors.length, warnings.length)}\n${formatProblems([...errors, ...warnings])}`);
    console.error(`\n${inputText.problem.buildFix}`);
    return 1;
  }
  if (warnings.length > 0) console.warn(`${inputText.problem.checkWarnings(warnings.length)}\n${formatProblems(warnings)}\n`);

  const astroStart = performance.now();
  const astro = spawnSync(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
  if (astro.status !== 0) {
    console.error('\n构建失败（build failed）：请按上面的提示修改对应文件后重试。');
    return astro.status ?? 1;
  }

  const astroDone = performance.now();
  // The index reads the pages and writes only under pagefind/: the pages can be compressed
  // meanwhile (Pagefind's process and the compression share the cores), and Pagefind's own
  // text files after it.
  const [pages, packedPages] = await Promise.all([indexSite(outDir), precompressSite(outDir, { except: 'pagefind' })]);
  console.log(`搜索索引已生成（search index）：${pages} 个页面 → ${outDir}/pagefind/`);
  const searchDone = performance.now();
  const packedIndex = await precompressSite(join(outDir, 'pagefind'));
  const packed = {
    files: packedPages.files + packedIndex.files,
    bytes: packedPages.bytes + packedIndex.bytes,
    gzipBytes: packedPages.gzipBytes + packedIndex.gzipBytes,
    brotliBytes: packedPages.brotliBytes + packedIndex.brotliBytes,
  };
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(
    `已预压缩（.gz/.br）：${packed.files} 个文本文件，${mb(packed.bytes)} MB → gzip ${mb(packed.gzipBytes)} MB，brotli ${mb(packed.brotliBytes)} MB`,
  );
  // One line for whoever wonders where the time went (npm run bench:build reads it too).
  console.log(
    `用时（timings: check ${seconds(started, astroStart)} s · astro ${seconds(astroStart, astroDone)} s · search ${seconds(astroDone, searchDone)} s (with the pages' compression) · compress ${seconds(searchDone, performance.now())} s）`,
  );
  return 0;
}

process.exitCode = await build();
