/**
 * `npm test`'s first step: the code checks. Astro writes its generated types
 * (.astro/) once, then ESLint, Prettier and `astro check` read the tree side
 * by side: each keeps one core busy, and one after the other they took 70 s
 * of CI's two cores, side by side about 40. Each one's output is printed
 * whole when it ends, under its name; the exit code is non-zero when any
 * check failed. (`npm run lint`, `format:check` and `check:types` run one.)
 */
import { spawn, spawnSync } from 'node:child_process';

interface Check {
  name: string;
  args: string[];
}

const CHECKS: Check[] = [
  { name: 'ESLint', args: ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.'] },
  { name: 'Prettier', args: ['node_modules/prettier/bin/prettier.cjs', '--check', '.'] },
  { name: 'astro check', args: ['node_modules/astro/bin/astro.mjs', 'check', '--noSync'] },
];

function run(check: Check): Promise<{ check: Check; status: number | null; output: string; seconds: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, check.args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) =>
    child.on('close', (status) => done({ check, status, output, seconds: (performance.now() - started) / 1000 })),
  );
}

async function checkCode(): Promise<number> {
  const sync = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { stdio: 'inherit' });
  if (sync.status !== 0) {
    console.error('astro sync 失败（astro sync failed）');
    return 1;
  }
  const results = await Promise.all(
    CHECKS.map((check) =>
      run(check).then((result) => {
        const verdict = result.status === 0 ? '通过（passed）' : `未通过（failed, exit ${result.status}）`;
        console.log(`\n── ${check.name}：${verdict}，${result.seconds.toFixed(0)} s\n${result.output.trimEnd()}`);
        return result;
      }),
    ),
  );
  const failed = results.filter((r) => r.status !== 0).map((r) => r.check.name);
  if (failed.length === 0) return 0;
  console.error(`\n代码检查未通过（code checks failed）：${failed.join('、')}`);
  return 1;
}

process.exitCode = await checkCode();
