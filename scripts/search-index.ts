import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rename, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { leaveRecord, takeRecord } from '../src/lib/build-cache.ts';
import { dealShares, runForked } from '../src/lib/run-forked.ts';
import { hanCharacters, T2S_TABLE_FILE, trimT2sTable } from '../src/lib/search/t2s-table.ts';
import { htmlFiles, reserveCopies, type IndexCopies } from './lib/index-copies.ts';
import { onOneCore, thisMachine } from './lib/one-core.ts';

/**
 * The search index over a built site: Pagefind over the pages that mark
 * their content with data-pagefind-body (content pages only; lists, home,
 * header, nav, footer, facets, the pager and "附近的活动" are left out by the
 * layout and components), then the Traditional→Simplified table the search
 * page converts queries with, trimmed to the characters those pages use
 * (see src/lib/search/t2s-table.ts).
 *
 * Each page is read once (scripts/lib/index-copies.ts, in a child process per core):
 * the table's characters are gathered on the way, and the page's indexed
 * part, with the plain words residents use for what it says
 * (src/lib/search/index-copy.ts), is written to a folder of copies outside
 * the site (the site's files are not changed; pages without content to
 * index are not copied). Pagefind's own command then indexes
 * that folder into the site's pagefind/: at 10,000 events it takes about
 * half the time its Node API takes over the same copies (npm run
 * bench:build).
 *
 * With `last`, a rebuild whose copies are those the last index was made
 * from, byte for byte (nothing changed but the day, which only the footer
 * shows; or only what is not searched: the lists, the calendar, the home
 * page), takes the last build's index, moved over, instead of running
 * Pagefind again: the same copies make the same index (the build is
 * reproducible), and Pagefind was the longest step of such a rebuild.
 * Returns how many pages were indexed, and whether the last index was taken.
 */
export async function indexSite(siteDir: string, last?: LastIndex): Promise<SearchIndex> {
  const files = await htmlFiles(siteDir);
  const parent = await copiesParent(files.length);
  await removeStaleCopies(parent);
  const copies = await mkdtemp(join(parent, COPIES_PREFIX));
  try {
    reserveCopies(siteDir, files, copies);
    // One process for each core: Pagefind waits for every copy, while the pages'
    // compression beside them can wait its turn.
    const found = await Promise.all(
      dealShares(files, availableParallelism()).map((share) =>
        runForked<IndexCopies>(new URL('./lib/index-copies-process.ts', import.meta.url), {
          siteDir,
          files: share,
          copiesDir: copies,
        }),
      ),
    );
    const inputs = indexInputs(found);
    const reused = last !== undefined && (await takeLastIndex(siteDir, inputs, last));
    last?.release?.();
    if (!reused) await runPagefind(copies, join(siteDir, 'pagefind'));
    await writeT2sTable(siteDir, new Set(found.flatMap((share) => share.characters)));
    if (last !== undefined) leaveRecord(last.record, lastIndexRecord(siteDir, inputs));
    return { pages: found.reduce((sum, share) => sum + share.pages, 0), reused };
  } finally {
    last?.release?.();
    await rm(copies, { recursive: true, force: true });
  }
}

export interface SearchIndex {
  pages: number;
  /** The last build's index was taken (indexSite): its pages' copies had not changed. */
  reused: boolean;
}

/** The last build's output folder, moved aside (scripts/lib/previous-output.ts), if any, and the record in the build cache of what its index was made from. */
export interface LastIndex {
  site: string | undefined;
  record: string;
  /** Called once the index needs nothing more of `site` (its index taken or not), so that the build may delete it while Pagefind works. */
  release?: () => void;
}

/**
 * Pagefind's settings (runPagefind adds the folders). The labels of the facts
 * lists (时间, 地点, 主办) are on every entry: not words to search by.
 */
const PAGEFIND_ARGS = ['--force-language', 'zh-cn', '--quiet', '--exclude-selectors', '.facts dt'];

/** A hash of all that the index is made from: Pagefind's version and settings, and every copy's path and text. */
function indexInputs(found: readonly IndexCopies[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([pagefindVersion(), PAGEFIND_ARGS]));
  const digests = found.flatMap((share) => share.digests).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [path, digest] of digests) hash.update(`${path}\0${digest}\n`);
  return hash.digest('hex');
}

const lastIndexRecord = (siteDir: string, inputs: string) => JSON.stringify({ outDir: resolve(siteDir), inputs });

/**
 * Moves the last build's index into `siteDir` when the record says it was
 * made, for the same output folder, from `inputs`. The record is read once
 * (takeRecord): until this build's index is complete, it would vouch for an
 * unfinished one (a build killed while Pagefind wrote).
 */
async function takeLastIndex(siteDir: string, inputs: string, last: LastIndex): Promise<boolean> {
  const recorded = takeRecord(last.record);
  if (last.site === undefined || recorded !== lastIndexRecord(siteDir, inputs)) return false;
  try {
    await rename(join(last.site, 'pagefind'), join(siteDir, 'pagefind'));
    return true;
  } catch {
    // Not there (the last build stopped before its index) or not movable: Pagefind makes it.
    return false;
  }
}

function pagefindVersion(): string {
  const manifest = new URL('../node_modules/pagefind/package.json', import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

const COPIES_PREFIX = 'search-copies-';

/**
 * Copies a build left behind when it was killed (they would hold memory in
 * /dev/shm until the machine restarts); a day old, so that no running build's.
 */
export async function removeStaleCopies(parent: string): Promise<void> {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const entry of await readdir(parent, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith(COPIES_PREFIX)) continue;
    const folder = join(parent, entry.name);
    // Another user's (on a shared machine) is not ours to remove: a failure here never stops the build.
    await stat(folder)
      .then((info) => (info.mtimeMs < dayAgo ? rm(folder, { recursive: true, force: true }) : undefined))
      .catch(() => undefined);
  }
}

/**
 * Where the copies of `pages` pages go: Linux's shared-memory folder when it has room for
 * them twice over (writing thousands of small files there costs no disk
 * time), else the system's temp folder.
 */
export async function copiesParent(pages: number): Promise<string> {
  const shm = '/dev/shm';
  try {
    const { bavail, bsize } = await statfs(shm);
    // A copy is at most its page; pages average well under 64 KB.
    if (bavail * bsize > 2 * pages * 64 * 1024) return shm;
  } catch {
    // No such folder (not Linux) or not readable: the temp folder will do.
  }
  return tmpdir();
}

/**
 * Pagefind's command over `siteDir`, writing the index to `outputDir`;
 * rejects with its output if it fails. The binary is started directly, as
 * its npm wrapper would, without the wrapper's Node process beside it.
 *
 * It runs on one processor (scripts/lib/one-core.ts), the one the pages'
 * compression leaves it (src/lib/deploy/precompress.ts): Pagefind builds
 * its index with a thread per processor it sees, each holding its share,
 * and that step is the build's peak. At 10,000 events on two cores it took
 * 2.84 GiB on both and 2.43 GiB on one, and the whole build's peak fell
 * from 3.1 to 2.6 GiB, the search step taking 36.5 s against 31-46 s
 * unpinned (npm run bench:build, README "Scale").
 */
async function runPagefind(siteDir: string, outputDir: string): Promise<void> {
  const { command, args } = onOneCore(
    await pagefindBinary(),
    ['--site', siteDir, '--output-path', outputDir, ...PAGEFIND_ARGS],
    thisMachine(),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => (output += chunk.toString());
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`Pagefind 索引出错（search index failed, exit ${code}）：${output.trim()}`));
    });
  });
}

/** The path of the installed Pagefind binary for this machine, found as Pagefind's own npm wrapper finds it. */
async function pagefindBinary(): Promise<string> {
  const resolver = new URL('../node_modules/pagefind/lib/resolveBinary.js', import.meta.url);
  const { resolveBinaryPath } = (await import(resolver.href)) as { resolveBinaryPath: (names: string[]) => string };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/**
 * Writes `/pagefind/t2s.json`: OpenCC t→cn entries whose Simplified side is among the indexed pages'
 * characters, or among the words the search page reads in a query itself (its scripts' question
 * words and days, its page's shortcuts and places): on a site whose pages never say 没, 有沒有書單
 * must still lose its 有沒有 and ask for the list of books.
 */
export async function writeT2sTable(siteDir: string, pageCharacters: ReadonlySet<string>): Promise<void> {
  const characters = new Set(pageCharacters);
  const scripts = (await readdir(join(siteDir, '_astro'))).filter((name) => name.endsWith('.js'));
  for (const file of [...scripts.map((name) => join(siteDir, '_astro', name)), join(siteDir, 'search', 'index.html')])
    hanCharacters(await readFile(file, 'utf8'), characters);
  const table = trimT2sTable({ phrases: TSPhrases, characters: TSCharacters }, characters);
  await writeFile(join(siteDir, 'pagefind', T2S_TABLE_FILE), JSON.stringify(table));
}
