import { fork, type Serializable } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Runs `module` (which calls serveForked) in a Node child process with
 * `input`, and resolves with what it sends back. A child process rather than
 * a worker thread: when it ends, all of its memory goes back to the system
 * (a thread's stays with the process that started it), and the build's
 * largest moment, Pagefind writing its index, comes after.
 */
export function runForked<T>(module: URL, input: Serializable): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(module), [], {
      execArgv: [],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let outcome: Outcome<T> | undefined;
    child.once('message', (message) => (outcome = message as Outcome<T>));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (outcome?.ok) resolve(outcome.value);
      else reject(new Error(outcome ? outcome.error : `${module.pathname} exited with ${signal ?? code}`));
    });
    child.send(input);
  });
}

/** The child's side of runForked: takes the input, sends back `work`'s result (or its error), and lets the process end. */
export function serveForked<I, O>(work: (input: I) => O | Promise<O>): void {
  process.once('message', (input) => {
    const reply = (outcome: Outcome<O>) => process.send!(outcome, () => process.disconnect());
    Promise.resolve()
      .then(() => work(input as I))
      .then(
        (value) => reply({ ok: true, value }),
        (error: unknown) => reply({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
}

/** `items` dealt like cards into at most `count` non-empty shares, so that each share gets its part of the large and the small ones. */
export function dealShares<T>(items: readonly T[], count: number): T[][] {
  const n = Math.max(1, count);
  const shares = Array.from({ length: n }, (_, p) => items.filter((_, i) => i % n === p));
  return shares.filter((share) => share.length > 0);
}
