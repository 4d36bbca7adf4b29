import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

/** The benchmarks of pure core work: they run without a database and report what they measured. */
describe('daihou bench replay and circles', () => {
  it('replays N loans of the import book and reports microseconds a loan', async () => {
    const r = await runCli(['bench', 'replay', '--loans', '300', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, number | string>;
    expect(out).toMatchObject({ benchmark: 'replay', loans: 300 });
    expect(out.historyIntervals).toBeGreaterThan(300);
    expect(out.microsecondsPerLoan).toBeGreaterThan(0);
  });

  it('finds the guarantee circles of a generated graph of N borrowers', async () => {
    const r = await runCli(['bench', 'circles', '--loans', '5000', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, number | string>;
    expect(out).toMatchObject({ benchmark: 'circles', borrowers: 5000, links: 300_000 });
    expect(out.circles).toBeGreaterThan(0);
    expect(out.largestCircle).toBeGreaterThanOrEqual(2);
  });

  it('names the benchmarks it knows when given another', async () => {
    const r = await runCli(['bench', 'nonsense']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('replay, circles');
  });
});
