/**
 * `npm run build`: the static site into dist/ (or $OUT_DIR), then the
 * Pagefind search index over it, then a .gz and a .br beside every text
 * file for the web server to send as they are (deploy/nginx/). Exit code
 * non-zero on any failure, with the build's own message (which names the
 * content file and field) left as is.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from './search-index.ts';
import { copiesMadeAlike, precompressSite, recordCopies, sumResults } from '../src/lib/deploy/precompress.ts';
import { buildCacheDir } from '../src/lib/build-cache.ts';
import type { checkInputs } from '../src/lib/check-inputs.ts';
import { runForked } from '../src/lib/run-forked.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { errorsOf, formatProblems, warningsOf } from '../src/lib/input-problem.ts';
import { outDirProblem } from '../src/lib/out-dir.ts';
import { removePrivateMetadataIn } from '../src/lib/images/published-originals.ts';
import { moveAside, removePrevious } from './lib/previous-output.ts';
import { inputText } from '../src/i18n/zh-CN/input.ts';
import { GATE_MESSAGE, INPUT_CHECK_GATE } from '../src/integrations/wait-for-input-check.ts';
import { guardTerminalOutput } from '../src/lib/cli/terminal-safe.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
/** How the last build's .gz and .br were made: only copies made alike are taken again (src/lib/deploy/precompress.ts). */
const copiesRecord = join(buildCacheDir(), 'precompressed-with.json');
/** What the last build's search index was made from: an index of the same copies is taken again (scripts/search-index.ts). */
const indexRecord = join(buildCacheDir(), 'search-index-of.json');
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);

interface GatedAstro {
  /** Prints Astro's output so far and the rest as it comes, lets it write the site, and resolves with its exit code. */
  open(): Promise<number>;
  /** Stops Astro before it has touched the output folder. */
  stop(): Promise<void>;
}

/**
 * Starts `astro build`, which loads the content and then waits at the gate
 * (src/integrations/wait-for-input-check.ts) until open() or stop(); its
 * output is held back meanwhile, so that an editor whose file is wrong reads
 * the check's list, not Astro's stack trace.
 */
function startAstro(args: string[]): GatedAstro {
  const env: NodeJS.ProcessEnv = { ...process.env, [INPUT_CHECK_GATE]: '1' };
  // Astro colours its log for a terminal; its output now passes through a pipe.
  if (process.stdout.isTTY && env.NO_COLOR === undefined) env.FORCE_COLOR ??= '1';
  const child = spawn(process.execPath, [astroBin, 'build', ...args], { stdio: ['inherit', 'pipe', 'pipe', 'ipc'], env });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let opened = false;
  let waiting = false;
  const go = () => {
    if (child.connected) child.send(GATE_MESSAGE.go);
  };
  const forward = (to: NodeJS.WriteStream) => (chunk: Buffer) => (opened ? to.write(chunk) : held.push([to, chunk]));
  child.stdout!.on('data', forward(process.stdout));
  child.stderr!.on('data', forward(process.stderr));
  child.on('message', (message) => {
    if (message !== GATE_MESSAGE.waiting) return;
    waiting = true;
    if (opened) go();
  });
  const exited = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
  return {
    open() {
      opened = true;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
      if (waiting) go();
      return exited;
    },
    async stop() {
      child.kill();
      await exited;
    },
  };
}

async function build(): Promise<number> {
  const started = performance.now();
  // Astro would fail half-way into such a folder (src/lib/out-dir.ts).
  const outDirRefused = outDirProblem(outDir, process.cwd());
  if (outDirRefused) {
    console.error(`未构建：\n${formatProblems([outDirRefused])}`);
    return 1;
  }
  // Astro loads the content while the editors' mistakes are looked for (both read every file).
  const astro = startAstro(process.argv.slice(2));
  // Editors' mistakes first, as a plain list, before Astro would stop at the first one with a stack trace.
  // Warnings (a past event still featured, a small photo) are listed and the build goes on.
  let checked: ReturnType<typeof checkInputs>;
  try {
    checked = await runForked(new URL('./lib/check-process.ts', import.meta.url), contentDir());
  } catch (error) {
    await astro.stop();
    throw error;
  }
  const errors = errorsOf(checked.problems);
  const warnings = warningsOf(checked.problems);
  if (errors.length > 0) {
    await astro.stop();
    console.error(`${inputText.problem.buildStopped(errors.length, warnings.length)}\n${formatProblems([...errors, ...warnings])}`);
    console.error(`\n${inputText.problem.buildFix}`);
    return 1;
  }
  if (warnings.length > 0) console.warn(`${inputText.problem.checkWarnings(warnings.length)}\n${formatProblems(warnings)}\n`);

  const checkDone = performance.now();
  // The last site goes only now that the check has passed (scripts/lib/previous-output.ts),
  // all but what the compression and the search index can take from: that goes once they have.
  const previous = await moveAside(outDir);
  const earlyRemoval = removePrevious(outDir, previous);
  const status = await astro.open();
  if (status !== 0) {
    await earlyRemoval;
    await removePrevious(outDir);
    console.error('\n构建失败（build failed）：请按上面的提示修改对应文件后重试。');
    return status;
  }

  const astroDone = performance.now();
  // Astro publishes every source photo as it is beside the sizes it makes: where it was taken and
  // whose camera go out of those first (src/lib/images/published-originals.ts).
  const originals = await removePrivateMetadataIn(join(outDir, '_astro'));
  if (originals.cleaned > 0)
    console.log(
      `已去除原图中的拍摄地点、作者和相机序列号（private metadata removed）：${originals.cleaned} 个图片文件，其中 ${originals.withLocation} 个带拍摄地点`,
    );
  const originalsDone = performance.now();
  // The index reads the pages and writes only under pagefind/: the pages can be compressed
  // meanwhile (Pagefind's process and the compression share the cores), and Pagefind's own
  // text files after it.
  // Unchanged pages take the last build's copies (src/lib/deploy/compress-files.ts), and an
  // index made from the same copies is taken whole (scripts/search-index.ts); the rest of the
  // last build is deleted while Pagefind still works.
  await earlyRemoval;
  const reusable = copiesMadeAlike(copiesRecord, outDir) ? previous : undefined;
  const compressing = precompressSite(outDir, { except: 'pagefind', previous: reusable });
  const lastIndexReleased = Promise.withResolvers<void>();
  const indexing = indexSite(outDir, { site: previous, record: indexRecord, release: lastIndexReleased.resolve });
  const removal = Promise.allSettled([compressing, lastIndexReleased.promise]).then(() => removePrevious(outDir));
  const [index, packedPages] = await Promise.all([indexing, compressing]);
  console.log(
    index.reused
      ? `搜索索引未变，沿用上次构建的索引（search index unchanged, reused）：${index.pages} 个页面 → ${outDir}/pagefind/`
      : `搜索索引已生成（search index）：${index.pages} 个页面 → ${outDir}/pagefind/`,
  );
  const searchDone = performance.now();
  const packedIndex = await precompressSite(join(outDir, 'pagefind'));
  recordCopies(copiesRecord, outDir);
  const packed = sumResults([packedPages, packedIndex]);
  const notRemoved = await removal;
  if (notRemoved.length > 0)
    console.warn(`上一次构建的输出未能删除（previous output not removed），可手动删除：${notRemoved.join('、')}`);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const reusedNote = packed.reused > 0 ? `（其中 ${packed.reused} 个未变，沿用上次构建的压缩文件）` : '';
  console.log(
    `已预压缩（.gz/.br）：${packed.files} 个文本文件${reusedNote}，${mb(packed.bytes)} MB → gzip ${mb(packed.gzipBytes)} MB，brotli ${mb(packed.brotliBytes)} MB`,
  );
  // One line for whoever wonders where the time went (npm run bench:build reads it too).
  console.log(
    `用时（timings: check ${seconds(started, checkDone)} s (while Astro loads the content) · astro ${seconds(started, astroDone)} s · originals ${seconds(astroDone, originalsDone)} s · search ${seconds(originalsDone, searchDone)} s (with the pages' compression) · compress ${seconds(searchDone, performance.now())} s）`,
  );
  return 0;
}

// The check's list quotes the content, which may carry commands to the terminal (Astro's own log passes as bytes).
guardTerminalOutput();
process.exitCode = await build();
