/**
 * The processor time `run` took, in ms, for the tests that bound a piece of
 * work (a pattern that must not backtrack, a parser that must not loop): the
 * clock would also count the time a busy machine left the test waiting for a
 * core, which npm test's unit tests, at nice 10 beside the browsers, do.
 * Runaway work still shows, as it keeps the core busy.
 */
export async function cpuMs<T>(run: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const before = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(before);
  return { result, ms: (used.user + used.system) / 1000 };
}
