import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { indexCopy } from '../src/lib/search/index-copy.ts';
import { hanCharacters, T2S_TABLE_FILE, trimT2sTable } from '../src/lib/search/t2s-table.ts';

/**
 * The search index over a built site: Pagefind over the pages that mark
 * their content with data-pagefind-body (content pages only; lists, home,
 * header, nav, footer, facets, the pager and "附近的活动" are left out by the
 * layout and components), then the Traditional→Simplified table the search
 * page converts queries with, trimmed to the characters those pages use
 * (see src/lib/search/t2s-table.ts).
 *
 * Each page is read once, here: the table's characters are gathered on the
 * way, and the page's indexed part, with the plain words residents use for
 * what it says (src/lib/search/index-copy.ts), is written to a folder of
 * copies outside the site (the site's files are not changed; pages without
 * content to index are not copied). Pagefind's own command then indexes
 * that folder into the site's pagefind/: at 10,000 events it takes about
 * half the time its Node API takes over the same copies (npm run
 * bench:build). Returns how many pages were indexed.
 */
export async function indexSite(siteDir: string): Promise<number> {
  const parent = await copiesParent(siteDir);
  await removeStaleCopies(parent);
  const copies = await mkdtemp(join(parent, COPIES_PREFIX));
  try {
    const characters = new Set<string>();
    const pageCount = await writeIndexCopies(siteDir, copies, (copy) => hanCharacters(copy, characters));
    await runPagefind(copies, join(siteDir, 'pagefind'));
    await writeT2sTable(siteDir, characters);
    return pageCount;
  } finally {
    await rm(copies, { recursive: true, force: true });
  }
}

const COPIES_PREFIX = 'search-copies-';

/**
 * Copies a build left behind when it was killed (they would hold memory in
 * /dev/shm until the machine restarts); a day old, so that no running build's.
 */
async function removeStaleCopies(parent: string): Promise<void> {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const entry of await readdir(parent, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith(COPIES_PREFIX)) continue;
    const folder = join(parent, entry.name);
    if ((await stat(folder)).mtimeMs < dayAgo) await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Where the copies go: Linux's shared-memory folder when it has room for
 * them twice over (writing thousands of small files there costs no disk
 * time), else the system's temp folder.
 */
async function copiesParent(siteDir: string): Promise<string> {
  const shm = '/dev/shm';
  try {
    const [{ bavail, bsize }, pages] = await Promise.all([statfs(shm), htmlFiles(siteDir)]);
    // A copy is at most its page; pages average well under 64 KB.
    if (bavail * bsize > 2 * pages.length * 64 * 1024) return shm;
  } catch {
    // No such folder (not Linux) or not readable: the temp folder will do.
  }
  return tmpdir();
}

/**
 * Writes the index's copy of every searchable page of `siteDir` at the same
 * path under `copiesDir`, a few at a time, after `seen` has looked at it;
 * returns how many it wrote.
 */
async function writeIndexCopies(siteDir: string, copiesDir: string, seen: (html: string) => void): Promise<number> {
  let count = 0;
  const copy = async (file: string) => {
    const indexed = indexCopy(await readFile(file, 'utf8'));
    if (indexed === undefined) return;
    seen(indexed);
    count++;
    const target = join(copiesDir, relative(siteDir, file));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, indexed);
  };
  const files = await htmlFiles(siteDir);
  for (let i = 0; i < files.length; i += AT_ONCE) await Promise.all(files.slice(i, i + AT_ONCE).map(copy));
  return count;
}

/** Pages read and written at once: keeps the disk busy without holding thousands of pages in memory. */
const AT_ONCE = 16;

const pagefindBin = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

/** Pagefind's command over `siteDir`, writing the index to `outputDir`; rejects with its output if it fails. */
function runPagefind(siteDir: string, outputDir: string): Promise<void> {
  const args = [pagefindBin, '--site', siteDir, '--output-path', outputDir, '--force-language', 'zh-cn', '--quiet'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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

/** Writes `/pagefind/t2s.json`: OpenCC t→cn entries whose Simplified side is among the indexed pages' characters. */
export async function writeT2sTable(siteDir: string, characters: ReadonlySet<string>): Promise<void> {
  const table = trimT2sTable({ phrases: TSPhrases, characters: TSCharacters }, characters);
  await writeFile(join(siteDir, 'pagefind', T2S_TABLE_FILE), JSON.stringify(table));
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !relative(dir, e.parentPath).startsWith('pagefind'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
