import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const OUTPUT_ROOT = resolve('tests/.output');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Builds the site the way `npm run build` does, into its own folder, with the
 * zone and content folder given. Returns the build's exit code and output.
 */
export function buildSite(name: string, env: Record<string, string> = {}): BuildResult {
  const outDir = resolve(OUTPUT_ROOT, name);
  if (existsSync(outDir)) rmSync(outDir, { recursive: true });
  // A build over a scratch content folder keeps its own content cache (astro.config.mjs);
  // give it the main build's optimised images so it does not encode them all again.
  const sharedAssets = resolve('node_modules/.astro/assets');
  if (env.CONTENT_DIR && existsSync(sharedAssets)) {
    cpSync(sharedAssets, resolve(dirname(env.CONTENT_DIR), '.astro-cache/assets'), { recursive: true });
  }
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...buildEnvironment(), TZ: 'UTC', ...env, OUT_DIR: outDir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

/**
 * The environment `npm run build` has. Vitest puts its own mode into
 * process.env (NODE_ENV=test, MODE, DEV=1, SSR …), and a build that inherits
 * them renders dev-only attributes, so a test would read other pages than the
 * ones a reader gets.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of Object.keys(env)) {
    if (/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/.test(key)) delete env[key];
  }
  return env;
}

export const SAMPLE_SITE = resolve(OUTPUT_ROOT, 'site-utc');
