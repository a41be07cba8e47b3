/**
 * `npm test`: the code checks, the unit tests and the site tests, side by
 * side where they can be. Vitest itself ran the site tests' project, whose
 * files then went one at a time, only after every other project had
 * finished, so on CI's two cores the unit tests' three minutes came before
 * the site tests' ten and a core sat idle through much of both. Here the unit tests
 * start with the code checks, and the site tests as soon as the code checks
 * are done: not before, as each Astro build the site tests make writes the
 * .astro/ types that `astro check` is reading. The unit tests run at a lower
 * priority, on what the code checks and the site tests leave of the cores:
 * those two are the way to the end.
 *
 * The site tests' output is shown as it comes (they are the long part);
 * the code checks' and the unit tests' whole when each ends. The exit code
 * is non-zero when any part failed. Arguments (`npm test -- tests/x.test.ts`)
 * go to one `vitest run` after the code checks, as before.
 */
import { runNode, verdictOf } from './lib/run-node.ts';

interface Part {
  name: string;
  args: string[];
  /** Shown as it comes instead of whole at the end. */
  live?: boolean;
  /** Runs at a lower priority (Unix nice value), with whatever it starts: it takes the cores the others leave. */
  nice?: number;
}

const VITEST = 'node_modules/vitest/vitest.mjs';
const CODE: Part = { name: '代码检查（code checks）', args: ['scripts/check-code.ts'] };

async function run(part: Part): Promise<{ part: Part; status: number | null }> {
  // Each Vitest run keeps its scratch files in a folder of its own (vitest.config.ts empties it on start).
  const env = { ...process.env, TEST_RUN: part.name.replace(/\W+/g, '-') };
  const { status, output, seconds } = await runNode(part.args, { live: part.live, nice: part.nice, env });
  if (!part.live) console.log(`\n══ ${part.name}\n${output.trimEnd()}`);
  console.log(`\n══ ${part.name}：${verdictOf(status)}，${seconds.toFixed(0)} s`);
  return { part, status };
}

async function test(args: string[]): Promise<number> {
  let results;
  if (args.length > 0) {
    results = [await run(CODE), await run({ name: 'vitest', args: [VITEST, 'run', ...args], live: true })];
  } else {
    const code = run(CODE);
    // The unit tests are not on the way to the end: the code checks and then the site tests are.
    const unit = run({ name: 'unit', args: [VITEST, 'run', '--project', 'unit'], nice: 10 });
    await code;
    const site = run({ name: 'site', args: [VITEST, 'run', '--project', 'site'], live: true });
    results = await Promise.all([code, unit, site]);
  }
  const failed = results.filter((r) => r.status !== 0).map((r) => r.part.name);
  if (failed.length === 0) return 0;
  console.error(`\n测试未通过（tests failed）：${failed.join('、')}`);
  return 1;
}

process.exitCode = await test(process.argv.slice(2));
