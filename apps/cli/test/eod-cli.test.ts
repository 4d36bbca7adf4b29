import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('daihou eod refuses bad options with exit 2 naming the option', () => {
  it.each([
    [[], /^--date: give either --date/],
    [['--date', '2026-11-22', '--through', '2026-11-30'], /^--date: give either --date/],
    [['--date', '2026-02-30'], /^--date: /],
    [['--through', '22/11/2026'], /^--through: /],
    [['--date', '2026-11-22', '--workers', '0'], /^--workers: /],
    [['--date', '2026-11-22', '--partition-size', 'many'], /^--partition-size: /],
    [['--date', '2026-11-22', '--bogus'], /^--bogus: /],
  ])('%j', async (args, message) => {
    const r = await runCli(['eod', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
