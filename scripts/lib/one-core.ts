import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The last processor of a Linux `Cpus_allowed_list` (`0-1`, `0,2-3`,
 * `4-7`), or undefined when the list allows only one, or cannot be read:
 * there is then nothing to keep a process to.
 */
export function lastOfSeveral(allowedList: string): string | undefined {
  const ids = allowedList
    .trim()
    .split(',')
    .filter(Boolean)
    .flatMap((part) => {
      const [from, to = from] = part.split('-').map(Number);
      if (!Number.isInteger(from) || !Number.isInteger(to) || to! < from!) return [Number.NaN];
      return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
    });
  if (ids.length < 2 || ids.some(Number.isNaN)) return undefined;
  return String(ids[ids.length - 1]);
}

/**
 * `command args` as a spawn takes it, kept to one processor by `taskset`
 * where this machine has several and `tasksetRuns` (Linux, util-linux):
 * otherwise as it is.
 */
export function onOneCore(
  command: string,
  args: readonly string[],
  machine: { allowedList?: string; tasksetRuns: (cpu: string) => boolean },
): { command: string; args: string[] } {
  const cpu = machine.allowedList === undefined ? undefined : lastOfSeveral(machine.allowedList);
  if (cpu === undefined || !machine.tasksetRuns(cpu)) return { command, args: [...args] };
  return { command: 'taskset', args: ['-c', cpu, command, ...args] };
}

/** This process's allowed processors, as Linux lists them, and whether `taskset` can keep a process to one. */
export function thisMachine(): { allowedList?: string; tasksetRuns: (cpu: string) => boolean } {
  let allowedList: string | undefined;
  try {
    allowedList = /^Cpus_allowed_list:\s*(\S+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  } catch {
    // Not Linux: nothing to pin.
  }
  // Missing (not util-linux), or refused by the sandbox (no sched_setaffinity): run as it is.
  const tasksetRuns = (cpu: string) => spawnSync('taskset', ['-c', cpu, 'true'], { stdio: 'ignore' }).status === 0;
  return { allowedList, tasksetRuns };
}
