import { describe, expect, it } from 'vitest';
import { timedRun } from './timed-run.ts';

/** Node code that keeps a core busy until it has used `ms` of processor time itself. */
const burn = (ms: number) =>
  `const t = process.cpuUsage(); while ((process.cpuUsage(t).user + process.cpuUsage(t).system) / 1000 < ${ms});`;

describe('timedRun', () => {
  it('counts the processor time of the command and of the processes it started', async () => {
    // The command burns 400 ms and starts a process that burns 600 ms more, then waits for it.
    const child = `${burn(600)}`;
    const parent = `${burn(400)} require('node:child_process').execFileSync(process.execPath, ['-e', ${JSON.stringify(child)}]);`;
    const run = await timedRun(process.execPath, ['-e', parent]);
    expect(run.status).toBe(0);
    const cpu = run.cpuMs!.user + run.cpuMs!.system;
    expect(cpu).toBeGreaterThanOrEqual(1000 - 20);
    // Two Node processes starting up add a little, not seconds.
    expect(cpu).toBeLessThan(1000 + 1500);
  });

  it('counts waiting as wall time, not processor time', async () => {
    const run = await timedRun(process.execPath, ['-e', 'setTimeout(() => {}, 1500)']);
    expect(run.wallMs).toBeGreaterThanOrEqual(1500);
    expect(run.cpuMs!.user + run.cpuMs!.system).toBeLessThan(1000);
  });

  it('keeps each output line with the moment it came', async () => {
    // A second apart, and half of it asked: a line read late on a busy machine (npm test runs these at nice 10
    // beside the browsers) once brought a 300 ms gap down to 198 ms; lines stamped only at the end would be 0 apart.
    const run = await timedRun(process.execPath, ['-e', 'console.log("一"); setTimeout(() => console.error("二"), 1000)']);
    expect(run.lines.map((l) => l.text)).toEqual(['一', '二']);
    expect(run.lines[1]!.at - run.lines[0]!.at).toBeGreaterThanOrEqual(500);
  });
});
