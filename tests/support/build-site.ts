import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { indexSite } from '../../scripts/search-index.ts';
import { FIXTURE_CONTENT } from './fixture.ts';
import { contentCacheDir } from '../../src/lib/build-cache.ts';
import { withAstroLock } from './astro-lock.ts';

/** Everything the site tests write: content copies, their caches, built sites. Ignored by git. */
export const OUTPUT_ROOT = resolve('tests/.output');

/** The fixture built once under UTC by tests/support/global-setup.ts; most site tests read it. */
export const FIXTURE_SITE = resolve(OUTPUT_ROOT, 'site-utc', 'dist');

/** Encoded images every test build leaves and the next one reuses (Astro names them by a hash of source and options). */
const IMAGE_CACHE = resolve(OUTPUT_ROOT, '.image-cache');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** A file's new text, or a change to its current text. */
export type FileChange = string | ((text: string) => string);

/**
 * A scratch copy of a fixture's content (the Guangdong site unless `from`
 * names another folder) in tests/.output/<name>/content, with the given files
 * (paths inside the content folder) written or changed; the fixture itself is
 * never touched. Returns the copy's path, for CONTENT_DIR.
 */
export function fixtureContent(name: string, changes: Record<string, FileChange> = {}, from = FIXTURE_CONTENT): string {
  const root = resolve(OUTPUT_ROOT, name);
  rmSync(root, { recursive: true, force: true });
  const dir = join(root, 'content');
  // Timestamps kept: an entry without `published` is dated by its file (src/lib/content/published.ts).
  cpSync(from, dir, { recursive: true, preserveTimestamps: true });
  for (const [file, change] of Object.entries(changes)) {
    const target = join(dir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, typeof change === 'string' ? change : change(readFileSync(target, 'utf8')));
  }
  return dir;
}

/**
 * Builds a site the way `npm run build` does, into tests/.output/<name>/dist,
 * with the zone and other settings given in `env`. The content is
 * env.CONTENT_DIR when given (say from fixtureContent), else a fresh copy of
 * the fixture; `lastSite` (file → text) is put in the output folder first, as
 * the site a previous build left there ('as left': the folder is kept as the
 * test's last build left it). Returns the build's exit code and output.
 * Builds run one at a time, whichever worker asks (tests/support/astro-lock.ts):
 * each writes the project's .astro/content-assets.mjs (its content's image
 * paths), which a build beside it would read.
 */
export function buildSite(name: string, env: Record<string, string> = {}, lastSite: LastSite = {}): BuildResult {
  const contentDir = env.CONTENT_DIR ?? fixtureContent(name);
  // astro.config.mjs keeps a build over CONTENT_DIR's content in a cache beside it.
  const images = join(contentCacheDir(contentDir), 'assets');
  return withAstroLock(() => {
    if (existsSync(IMAGE_CACHE)) cpSync(IMAGE_CACHE, images, { recursive: true });
    const result = runBuild(name, { ...env, CONTENT_DIR: contentDir }, lastSite);
    if (existsSync(images)) cpSync(images, IMAGE_CACHE, { recursive: true, force: false });
    return result;
  });
}

/**
 * Builds the editors' sample in content/ exactly as `npm run build` does (with
 * its cache in node_modules/.astro, so warm after a build), into
 * tests/.output/<name>/dist. Only for tests about the sample itself.
 */
export function buildSample(name = 'sample'): BuildResult {
  return withAstroLock(() => runBuild(name, {}));
}

/**
 * The moment test builds say they were made (SOURCE_DATE_EPOCH: 最后更新, and
 * the publication date of entries not committed, as a scratch copy's are),
 * so that two builds of the same content are the same files.
 * 2023-11-20 10:00 Beijing time.
 */
export const TEST_BUILD_EPOCH = Date.UTC(2023, 10, 20, 2, 0) / 1000;

/**
 * Builds a content folder with Astro alone, then its search index, without
 * the input check that `npm run build` runs first: what the site would be if
 * that check missed something (and what `npm run dev` renders). For the tests
 * of the nets behind the check: the body sanitiser and the escaping of fields.
 */
export async function buildPastTheCheck(name: string, contentDir: string): Promise<BuildResult> {
  const outDir = resolve(OUTPUT_ROOT, name, 'dist');
  rmSync(outDir, { recursive: true, force: true });
  const run = withAstroLock(() =>
    spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...buildEnvironment(), TZ: 'UTC', SOURCE_DATE_EPOCH: String(TEST_BUILD_EPOCH), CONTENT_DIR: contentDir, OUT_DIR: outDir },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) return { status: run.status, output, outDir };
  await indexSite(outDir);
  return { status: 0, output, outDir };
}

/** What a build finds in its output folder: the given files, or whatever the test's last build (and the test since) left there. */
export type LastSite = Record<string, string> | 'as left';

function runBuild(name: string, env: Record<string, string>, lastSite: LastSite = {}): BuildResult {
  const outDir = resolve(OUTPUT_ROOT, name, 'dist');
  if (lastSite !== 'as left') {
    rmSync(outDir, { recursive: true, force: true });
    for (const [file, text] of Object.entries(lastSite)) {
      mkdirSync(dirname(join(outDir, file)), { recursive: true });
      writeFileSync(join(outDir, file), text);
    }
  }
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...buildEnvironment(), TZ: 'UTC', SOURCE_DATE_EPOCH: String(TEST_BUILD_EPOCH), ...env, OUT_DIR: outDir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

/**
 * The environment `npm run build` has. Vitest puts its own mode into
 * process.env (NODE_ENV=test, MODE, DEV=1, SSR …), and a build that inherits
 * them renders dev-only attributes, so a test would read other pages than the
 * ones a reader gets. Colours are off, whatever the machine.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of Object.keys(env)) {
    if (/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL|CONTENT_DIR|FORCE_COLOR)$/.test(key)) delete env[key];
  }
  // Astro colours its log when CI is set (as it is on the CI machine), which would put
  // escape codes inside the lines the tests read; a plain log reads the same everywhere.
  env.NO_COLOR = '1';
  return env;
}
