import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Runs a command and measures what a benchmark reports: wall time, the peak
 * memory of the whole process tree (the build is node running Astro, and
 * Pagefind's own binary beside it, so one process's maxRSS would miss most of
 * it), and every output line with the millisecond it arrived. Memory is the
 * sum of the tree's resident sets, sampled every 100 ms from /proc (Linux).
 */
export interface TimedRun {
  status: number | null;
  wallMs: number;
  /** Highest sum of resident memory over the process tree, in bytes. */
  peakBytes: number;
  lines: { at: number; text: string }[];
}

export function timedRun(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; echo?: boolean } = {},
): Promise<TimedRun> {
  const started = performance.now();
  const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: TimedRun['lines'] = [];
  let peakBytes = 0;
  const sample = () => {
    if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeRssBytes(child.pid));
  };
  const timer = setInterval(sample, 100);
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) {
        lines.push({ at, text });
        if (options.echo) console.log(`    ${text}`);
      }
    });
    stream.on('end', () => rest && lines.push({ at: performance.now() - started, text: rest }));
  };
  collect(child.stdout);
  collect(child.stderr);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, wallMs: performance.now() - started, peakBytes, lines });
    });
  });
}

/** Resident memory of a process and all its descendants, in bytes (0 once it has gone). */
export function treeRssBytes(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rssBytes(p);
    stack.push(...childrenOf(p));
  }
  return total;
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}
