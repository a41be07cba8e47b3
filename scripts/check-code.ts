/**
 * `npm test`'s first step: the code checks. Astro writes its generated types
 * (.astro/) once, then ESLint, Prettier and `astro check` read the tree side
 * by side: each keeps one core busy, and one after the other they took 70 s
 * of CI's two cores, side by side about 40. Each one's output is printed
 * whole when it ends, under its name; the exit code is non-zero when any
 * check failed. (`npm run lint`, `format:check` and `check:types` run one.)
 */
import { spawnSync } from 'node:child_process';
import { runNode, verdictOf } from './lib/run-node.ts';

interface Check {
  name: string;
  args: string[];
}

const CHECKS: Check[] = [
  { name: 'ESLint', args: ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.'] },
  { name: 'Prettier', args: ['node_modules/prettier/bin/prettier.cjs', '--check', '.'] },
  { name: 'astro check', args: ['node_modules/astro/bin/astro.mjs', 'check', '--noSync'] },
];

async function checkCode(): Promise<number> {
  const sync = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { stdio: 'inherit' });
  if (sync.status !== 0) {
    console.error('astro sync 失败（astro sync failed）');
    return 1;
  }
  const results = await Promise.all(
    CHECKS.map(async (check) => {
      const { status, output, seconds } = await runNode(check.args);
      console.log(`\n── ${check.name}：${verdictOf(status)}，${seconds.toFixed(0)} s\n${output.trimEnd()}`);
      return { check, status };
    }),
  );
  const failed = results.filter((r) => r.status !== 0).map((r) => r.check.name);
  if (failed.length === 0) return 0;
  console.error(`\n代码检查未通过（code checks failed）：${failed.join('、')}`);
  return 1;
}

process.exitCode = await checkCode();
