import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Runs a command and measures what a benchmark reports: wall time, the peak
 * memory of the whole process tree (the build is node running Astro, and
 * Pagefind's own binary beside it, so one process's maxRSS would miss most of
 * it), the processor time of the whole tree, and every output line with the
 * millisecond it arrived. Memory is the sum of the tree's resident sets,
 * sampled every 100 ms from /proc (Linux). Processor time is the work done,
 * which a slow or busy disk does not change the way it changes wall time.
 */
export interface TimedRun {
  status: number | null;
  wallMs: number;
  /** Highest sum of resident memory over the process tree, in bytes. */
  peakBytes: number;
  lines: { at: number; text: string }[];
  /** Processor time of the command and every process under it, in ms (undefined where /proc is missing). */
  cpuMs?: { user: number; system: number };
}

export function timedRun(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; echo?: boolean } = {},
): Promise<TimedRun> {
  const started = performance.now();
  const cpuBefore = finishedChildrenCpuMs();
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
      const cpuAfter = finishedChildrenCpuMs();
      const cpuMs =
        cpuBefore && cpuAfter ? { user: cpuAfter.user - cpuBefore.user, system: cpuAfter.system - cpuBefore.system } : undefined;
      resolve({ status, wallMs: performance.now() - started, peakBytes, lines, cpuMs });
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

/**
 * Processor time of this process's children that have ended, and of their
 * descendants that those waited for (Node waits for every process it starts):
 * proc(5)'s cutime and cstime, in clock ticks of 10 ms.
 */
function finishedChildrenCpuMs(): { user: number; system: number } | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The process name, in parentheses, may hold spaces: fields are counted after it (the third is the first).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { user: Number(fields[16 - 3]) * 10, system: Number(fields[17 - 3]) * 10 };
  } catch {
    return undefined;
  }
}
