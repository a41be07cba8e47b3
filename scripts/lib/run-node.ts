import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

export interface NodeRunOptions {
  /** Output shown as it comes instead of collected for the caller to show whole. */
  live?: boolean;
  /** Runs at a lower priority (Unix nice value), with whatever it starts. */
  nice?: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs a Node script with the Node running this one (the project's own),
 * for the commands that run checks side by side (`npm test`, `npm run
 * check:code`): its exit status, its output (stdout and stderr together, as
 * they came; empty when live) and how long it took.
 */
export function runNode(
  args: string[],
  options: NodeRunOptions = {},
): Promise<{ status: number | null; output: string; seconds: number }> {
  const started = performance.now();
  const stream = options.live ? 'inherit' : 'pipe';
  const child = spawn(process.execPath, args, { stdio: ['ignore', stream, stream], env: options.env ?? process.env });
  if (options.nice !== undefined && child.pid !== undefined) setPriority(child.pid, options.nice);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => child.on('close', (status) => done({ status, output, seconds: (performance.now() - started) / 1000 })));
}

/** A run's outcome as the side-by-side commands print it. */
export const verdictOf = (status: number | null): string => (status === 0 ? '通过（passed）' : `未通过（failed, exit ${status}）`);
