/**
 * `npm run bench:build -- N [N …] [--seed S] [--rounds R] [--keep]`: how the build scales.
 * For each N: the editors' sample plus N generated events (documented fields
 * only, no covers; scripts/lib/synthetic-events.ts, seeded), built as
 * `npm run build` builds it (CONTENT_DIR and OUT_DIR in the system's temp
 * folder): cold (no caches), warm (nothing changed), and warm with one
 * changed event (its text and its cover); then the reference, a bare Astro
 * project over the same event files and Pagefind over its output, in the same
 * run so that the ratios compare like with like; with `--rounds R`, the cold
 * build and the reference R times in turns, since one build's wall time on
 * this machine varies by ±10 s from run to run. Prints figures (wall time,
 * peak memory, and processor time, the work done, which this machine's
 * uneven disk changes less than wall time), asserts nothing.
 *
 * Exit codes: 0 done; 1 a build failed; 2 bad usage.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { cliText } from '../src/i18n/zh-CN/cli.ts';
import { parseOptions as parseCliOptions, runCommand, UsageError } from '../src/lib/cli/index.ts';
import { writeBareProject } from './lib/bare-astro.ts';
import { eventPageTimes, pageTimeByKind, parseBuildLog, type BuildLog } from './lib/build-log.ts';
import { generateSyntheticEvents } from './lib/synthetic-events.ts';
import { timedRun, type TimedRun } from './lib/timed-run.ts';
import { contentCacheDir } from '../src/lib/build-cache.ts';

const HELP = `用法：npm run bench:build -- N [N …] [--seed S] [--rounds R] [--keep]

  N          生成的活动条数（可写多个，如 1000 10000，依次测量并比较每页用时）
  --seed S   随机种子（默认 20231118；同一种子生成同样的内容）
  --rounds R 冷构建与参照项目轮流各测 R 次（默认 1），按比值居中的一轮（偶数轮取居中两轮中较高的）报告，并列出每一轮
  --keep     保留临时文件夹（系统临时目录下的 bench-build-N）
  -h, --help 显示本说明

对每个 N：示例内容加 N 条生成的活动，按 npm run build 的方式冷构建、热构建、改动一条活动后热构建，
再以同样的活动文件构建一个裸 Astro 项目并运行 Pagefind 作为参照，打印用时、内存峰值、处理器时间、页数、最大页面和比值。
退出码：0 完成；1 构建失败；2 用法错误`;

const OPTIONS = {
  seed: { type: 'string' },
  rounds: { type: 'string' },
  keep: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Options {
  counts: number[];
  seed: number;
  rounds: number;
  keep: boolean;
}

function parseOptions(argv: string[]): Options | undefined {
  // A mistyped flag is put in Chinese by runCommand (knownOptions below).
  const parsed = parseCliOptions({ args: argv, allowPositionals: true, options: OPTIONS });
  if (parsed.values.help) {
    console.log(HELP);
    return undefined;
  }
  if (parsed.positionals.length === 0) throw new UsageError('缺少活动条数 N，例如 npm run bench:build -- 10000');
  const counts = parsed.positionals.map((p) => {
    const n = Number(p.replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`活动条数应为非负整数：${p}`);
    return n;
  });
  const seed = parsed.values.seed === undefined ? 20231118 : Number(parsed.values.seed);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed 应为整数：${parsed.values.seed}`);
  const rounds = parsed.values.rounds === undefined ? 1 : Number(parsed.values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new UsageError(`--rounds 应为正整数：${parsed.values.rounds}`);
  return { counts, seed, rounds, keep: parsed.values.keep ?? false };
}

// ── figures ──────────────────────────────────────────────────────────────

const s = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mib = (bytes: number) => (bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
};
/** Processor time, user and system, of a run and its processes (0 where it could not be read). */
const cpu = (run: TimedRun) => (run.cpuMs ? run.cpuMs.user + run.cpuMs.system : 0);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function files(dir: string, test: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

interface SiteFigures {
  htmlPages: number;
  largest: { path: string; bytes: number; gzip: number };
  overBudget: number;
}

/** HTML pages, the largest one gzip-compressed, and how many are over 100 KB gzip. */
function siteFigures(dist: string): SiteFigures {
  const html = files(dist, (n) => n.endsWith('.html'));
  let largest = { path: '', bytes: 0, gzip: 0 };
  let overBudget = 0;
  for (const file of html) {
    const body = readFileSync(file);
    const gzip = gzipSync(body).length;
    if (gzip > 100 * 1024) overBudget++;
    if (gzip > largest.gzip) largest = { path: `/${relative(dist, file)}`, bytes: body.length, gzip };
  }
  return { htmlPages: html.length, largest, overBudget };
}

// ── runs ─────────────────────────────────────────────────────────────────

interface ProjectRun {
  run: TimedRun;
  log: BuildLog;
}

async function projectBuild(label: string, contentDir: string, outDir: string): Promise<ProjectRun> {
  process.stdout.write(`  ${label} … `);
  const run = await timedRun(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
  });
  if (run.status !== 0) {
    console.log('失败（failed）');
    console.log(
      run.lines
        .slice(-40)
        .map((l) => l.text)
        .join('\n'),
    );
    throw new Error(`构建失败：${label}`);
  }
  console.log(`${s(run.wallMs)}, ${mib(run.peakBytes)}`);
  return { run, log: parseBuildLog(run.lines) };
}

/** The first event of the sample with a cover: the one the "one change" build edits. */
function eventWithCover(contentDir: string): { file: string; cover: string } {
  const md = files(join(contentDir, 'events'), (n) => n.endsWith('.md')).sort();
  for (const file of md) {
    const src = /^\s+src:\s*\.\/(\S+)/m.exec(readFileSync(file, 'utf8'))?.[1];
    if (src) return { file, cover: join(file, '..', src) };
  }
  throw new Error('示例内容里没有带封面的活动');
}

/** Changes one event as an editor would: a word in its summary, and a retouched cover. Returns its id and its cover's base name. */
async function changeOneEvent(contentDir: string): Promise<{ id: string; coverBase: string }> {
  const { file, cover } = eventWithCover(contentDir);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/^summary: "?/m, (m) => `${m}（已更新）`),
  );
  const retouched = `${cover}.new`;
  await sharp(cover).modulate({ brightness: 1.03 }).toFile(retouched);
  renameSync(retouched, cover);
  return { id: relative(join(contentDir, 'events'), file).replace(/\.md$/, ''), coverBase: basename(cover).replace(/\.[^.]+$/, '') };
}

function cacheFiles(cacheDir: string): Map<string, number> {
  return new Map(files(cacheDir, () => true).map((f) => [f, statSync(f).mtimeMs]));
}

/** Files the build wrote into the cache folder: new ones, or rewritten ones. */
function written(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([f, mtime]) => before.get(f) !== mtime).map(([f]) => f);
}

interface Result {
  count: number;
  eventPageMs: number;
  eventPages: number;
}

interface BareReference {
  astro: TimedRun;
  pagefind: TimedRun;
  outDir: string;
}

/** The reference's wall time: its Astro build, then Pagefind. */
const referenceWallMs = (reference: BareReference) => reference.astro.wallMs + reference.pagefind.wallMs;

/** The reference: a bare Astro project over the events of `contentDir` (made anew: cold), then Pagefind over its output. */
async function bareReference(work: string, contentDir: string): Promise<BareReference> {
  const bare = writeBareProject(join(work, 'bare'), join(contentDir, 'events'));
  process.stdout.write('  参照 bare Astro … ');
  const astro = await timedRun(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', bare.root]);
  console.log(`${s(astro.wallMs)}, ${mib(astro.peakBytes)}`);
  process.stdout.write('  参照 bare Pagefind … ');
  const pagefind = await timedRun(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', bare.outDir]);
  console.log(`${s(pagefind.wallMs)}, ${mib(pagefind.peakBytes)}`);
  if (astro.status !== 0 || pagefind.status !== 0) {
    console.log(
      [...astro.lines, ...pagefind.lines]
        .slice(-40)
        .map((l) => l.text)
        .join('\n'),
    );
    throw new Error('参照项目构建失败');
  }
  return { astro, pagefind, outDir: bare.outDir };
}

async function benchOne(count: number, seed: number, rounds: number, keep: boolean): Promise<Result> {
  const work = join(tmpdir(), `bench-build-${count}`);
  const contentDir = join(work, 'content');
  const dist = join(work, 'dist');
  // astro.config.mjs keeps the cache of a build over CONTENT_DIR beside it.
  const cacheDir = contentCacheDir(contentDir);
  rmSync(work, { recursive: true, force: true });
  cpSync('content', contentDir, { recursive: true });
  const generated = generateSyntheticEvents({ contentDir, count, seed });
  const sampleEvents = files(join('content', 'events'), (n) => n.endsWith('.md')).length;
  console.log(`\n## ${count.toLocaleString('en')} 条生成的活动 + 示例内容（sample, ${sampleEvents} events）→ ${work}`);

  // Cold builds and the reference in turns (--rounds): each cold build without the last one's output or cache.
  const pairs: { cold: ProjectRun; reference: BareReference }[] = [];
  for (let round = 1; round <= rounds; round++) {
    if (round > 1) for (const folder of [dist, cacheDir]) rmSync(folder, { recursive: true, force: true });
    const cold = await projectBuild(rounds > 1 ? `本项目 冷构建 cold (${round}/${rounds})` : '本项目 冷构建 cold', contentDir, dist);
    pairs.push({ cold, reference: await bareReference(work, contentDir) });
  }
  const wallRatio = (pair: (typeof pairs)[number]) => pair.cold.run.wallMs / referenceWallMs(pair.reference);
  // The round whose ratio is the median (of two middle ones, the higher) is the one reported in full.
  const reported = [...pairs].sort((a, b) => wallRatio(a) - wallRatio(b))[Math.floor(pairs.length / 2)]!;
  const { cold } = reported;
  const { astro: bareAstro, pagefind: barePagefind } = reported.reference;
  const figures = siteFigures(dist);
  const warm = await projectBuild('本项目 热构建 warm, no change', contentDir, dist);
  const before = cacheFiles(cacheDir);
  const changedEvent = await changeOneEvent(contentDir);
  const changedCover = changedEvent.coverBase;
  const changed = await projectBuild('本项目 热构建 warm, one event changed', contentDir, dist);
  const rewritten = written(before, cacheFiles(cacheDir)).map((f) => relative(cacheDir, f));
  const cards = (list: string[]) => list.filter((f) => f.startsWith('share-cards/'));
  const images = (list: string[]) => list.filter((f) => f.startsWith('assets/'));
  const shareCardsInSite = files(join(dist, 'share'), (n) => n.endsWith('.jpg')).length;

  const bareWall = referenceWallMs(reported.reference);
  const barePeak = Math.max(bareAstro.peakBytes, barePagefind.peakBytes);
  const bareFigures = siteFigures(pairs.at(-1)!.reference.outDir);

  const eventTimes = eventPageTimes(cold.log.pages);
  const p = cold.log.phases;
  const bareCpu = cpu(bareAstro) + cpu(barePagefind);
  const row = (label: string, wall: string, peak: string, processor: string, vs: string) =>
    console.log(`  ${label.padEnd(34)} ${wall.padStart(9)} ${peak.padStart(10)} ${processor.padStart(24)}   ${vs}`);
  const cpuFigure = (run: TimedRun) => (run.cpuMs ? `${s(cpu(run))} (${s(run.cpuMs.user)} + ${s(run.cpuMs.system)})` : '–');
  const project = (label: string, run: TimedRun, withMemory: boolean) =>
    row(
      label,
      s(run.wallMs),
      mib(run.peakBytes),
      cpuFigure(run),
      [ratio(run.wallMs, bareWall), withMemory ? ratio(run.peakBytes, barePeak) : undefined, ratio(cpu(run), bareCpu)]
        .filter(Boolean)
        .join(', '),
    );
  console.log('');
  row('', 'wall', 'peak mem', 'CPU (user + system)', 'vs bare Astro + Pagefind (wall, memory, CPU)');
  project('project, cold', cold.run, true);
  project('project, warm (no change)', warm.run, false);
  project('project, warm (one event changed)', changed.run, false);
  row('bare Astro', s(bareAstro.wallMs), mib(bareAstro.peakBytes), cpuFigure(bareAstro), '');
  row('bare Pagefind', s(barePagefind.wallMs), mib(barePagefind.peakBytes), cpuFigure(barePagefind), '');
  row('bare Astro + Pagefind', s(bareWall), mib(barePeak), bareCpu > 0 ? s(bareCpu) : '–', '');
  if (pairs.length > 1) {
    const wall = (run: TimedRun) => (run.wallMs / 1000).toFixed(1);
    const each = pairs.map(
      ({ cold: c, reference: r }, i) =>
        `${i + 1}: ${wall(c.run)} s against ${wall(r.astro)} + ${wall(r.pagefind)} s, ${ratio(c.run.wallMs, referenceWallMs(r))}`,
    );
    console.log(`\n  cold rounds (project against bare Astro + Pagefind, wall; the median round above): ${each.join(' · ')}`);
  }
  console.log(
    `\n  phases (cold): check ${s(p.checkMs)} (alongside the content sync) · content sync ${s(p.contentSyncMs)} · bundle ${s(p.bundleMs)} · pages ${s(p.pagesMs)} · images ${s(p.imagesMs)} · search index and compression ${s(p.searchMs)} · compression of the index ${s(p.compressMs)}`,
  );
  const warmP = warm.log.phases;
  console.log(
    `  phases (warm): check ${s(warmP.checkMs)} (alongside the content sync) · content sync ${s(warmP.contentSyncMs)} · bundle ${s(warmP.bundleMs)} · pages ${s(warmP.pagesMs)} · images ${s(warmP.imagesMs)} · search index and compression ${s(warmP.searchMs)} · compression of the index ${s(warmP.compressMs)}`,
  );
  console.log(`  pages: ${figures.htmlPages} HTML (${cold.log.pages.size} routes written); bare: ${bareFigures.htmlPages} HTML`);
  console.log(
    `  largest HTML page: ${figures.largest.path} ${kb(figures.largest.bytes)} (${kb(figures.largest.gzip)} gzip); over 100 KB gzip: ${figures.overBudget}`,
  );
  console.log(
    `  event page render time (cold): mean ${mean(eventTimes).toFixed(2)} ms, median ${median(eventTimes).toFixed(1)} ms over ${eventTimes.length} event pages`,
  );
  // Several routes render at once, so each kind's time is its share of the step, not seconds of its own.
  const byKind = pageTimeByKind(cold.log.pages);
  const allRender = byKind.reduce((sum, k) => sum + k.ms, 0);
  console.log('  pages step (cold) by kind of route: routes, share of the render time, about that share of the step');
  for (const k of byKind)
    console.log(
      `    ${k.kind.padEnd(28)} ${String(k.routes).padStart(6)} ${`${((100 * k.ms) / allRender).toFixed(0)}%`.padStart(5)}  ${p.pagesMs === undefined ? '–' : s((p.pagesMs * k.ms) / allRender)}`,
    );
  // Cards are named by a hash of what they are drawn from: the changed event's is the one its page now links.
  const drawn = cards(rewritten);
  const changedCard = join(dist, 'share', 'events', `${changedEvent.id}.jpg`);
  const ofChanged = (f: string) => existsSync(changedCard) && readFileSync(join(cacheDir, f)).equals(readFileSync(changedCard));
  console.log(
    `  warm, one event changed: images encoded ${changed.log.images.encoded} (reused ${changed.log.images.reused}); cache files written: ${images(rewritten).length} images (${images(rewritten).filter((f) => !basename(f).startsWith(`${changedCover}.`)).length} not of the changed event), ` +
      (existsSync(join(cacheDir, 'share-cards'))
        ? `${drawn.length} share cards (${drawn.filter((f) => !ofChanged(f)).length} not of the changed event)`
        : `share cards: no cache, all ${shareCardsInSite} drawn`),
  );
  const copies = (log: BuildLog) => `${log.compressed.reused} of ${log.compressed.files}`;
  console.log(
    `  compressed copies taken from the last build: warm, no change ${copies(warm.log)}; one event changed ${copies(changed.log)}`,
  );
  const index = (log: BuildLog) => (log.searchIndexReused ? 'taken' : 'made anew');
  console.log(`  search index: warm, no change ${index(warm.log)}; one event changed ${index(changed.log)}`);
  console.log(`  (${generated.length} events generated; content ${contentDir})`);
  if (!keep) rmSync(work, { recursive: true, force: true });
  return { count, eventPageMs: mean(eventTimes), eventPages: eventTimes.length };
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (!options) return 0;
  const results: Result[] = [];
  for (const count of options.counts) results.push(await benchOne(count, options.seed, options.rounds, options.keep));
  if (results.length > 1) {
    console.log('\n## event page render time by N (flat means the build is linear)');
    const first = results[0]!;
    for (const r of results)
      console.log(
        `  N = ${String(r.count).padStart(6)}: ${r.eventPageMs.toFixed(2)} ms a page (${r.eventPages} pages), ${ratio(r.eventPageMs, first.eventPageMs)} of N = ${first.count}`,
      );
  }
  return 0;
}

await runCommand(main, {
  usageHint: cliText.helpHint('bench:build'),
  knownOptions: Object.keys(OPTIONS),
  valueExample: (flag) => (flag === '--rounds' ? '正整数，如 --rounds 3' : '整数，如 --seed 7'),
}).catch((error: unknown) => {
  // A build that failed: its message (the build's own output), without a stack trace.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
