import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const postgresUrl = process.env.DAIHOU_TEST_POSTGRES_URL;
const keep = process.env.DATABASE_URL;

describe('daihou bench eod', () => {
  afterEach(() => {
    if (keep === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = keep;
  });

  it('builds a book, runs the days and prints the result document (PGlite)', async () => {
    delete process.env.DATABASE_URL;
    const r = await runCli(['bench', 'eod', '--loans', '300', '--days', '2', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ loans: 300, days: 2, database: 'pglite', workers: 1, payments: 'on-time' });
    for (const key of ['seconds', 'loansPerSecond', 'peakRssMiB']) expect(typeof out[key]).toBe('number');
    expect(out.perDay).toHaveLength(2);
    expect(out.perDay[1].loansEvaluated).toBeGreaterThan(0);
  }, 120_000);

  it('keeps the on-time payers current, or lets every loan falling due go overdue (--payments none)', async () => {
    delete process.env.DATABASE_URL;
    const { benchEod } = await import('../../../bench/eod.bench');
    const paying = await benchEod(400, 3);
    const none = await benchEod(400, 3, { payments: 'none' });
    expect(none.payments).toBe('none');
    // Nobody paying, more loans cross into arrears and get cases: the end-of-day collection step has more to do.
    const opened = (r: typeof paying) => r.profile.find((p) => p.step === 'collection-cases')?.items ?? 0;
    expect(opened(none)).toBeGreaterThan(opened(paying));
    expect(paying.delinquentShare).toBeLessThan(0.2);
    expect(none.delinquentShare).toBeGreaterThan(paying.delinquentShare);
  }, 120_000);

  it('refuses --workers above 1 without PostgreSQL, naming the option', async () => {
    delete process.env.DATABASE_URL;
    const r = await runCli(['bench', 'eod', '--loans', '10', '--workers', '2', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^--workers: /);
  });

  it.each([
    ['--loans', 'many'],
    ['--days', '0'],
    ['--workers', '-1'],
    ['--payments', 'sometimes'],
  ])('refuses %s %s', async (flag, value) => {
    const r = await runCli(['bench', 'eod', flag, value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${flag}: `));
  });

  it.runIf(postgresUrl)(
    'shares the days among worker processes on PostgreSQL',
    async () => {
      process.env.DATABASE_URL = postgresUrl;
      const r = await runCli(['bench', 'eod', '--loans', '300', '--days', '2', '--workers', '2', '--json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ loans: 300, days: 2, database: 'postgres', workers: 2 });
    },
    120_000,
  );
});
