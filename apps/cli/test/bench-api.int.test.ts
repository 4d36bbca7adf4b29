import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const postgresUrl = process.env.DAIHOU_TEST_POSTGRES_URL;
const keep = process.env.DATABASE_URL;

const ENDPOINT_KEYS = ['requests', 'p50', 'p90', 'p99', 'errors', 'timeouts', 'non2xx'] as const;

/** The document `daihou bench api --json` prints, checked for shape and for a clean run. */
function expectCleanRun(stdout: string, database: 'pglite' | 'postgres') {
  const out = JSON.parse(stdout);
  expect(out).toMatchObject({ loans: 300, database });
  expect(typeof out.buildSeconds).toBe('number');
  expect(out.endpoints.map((e: { name: string }) => e.name)).toEqual([
    'session only (GET /me)',
    'loans list (branch A01, bucket M1)',
    'loans list sorted by DPD',
    'loan detail (random id in scope)',
  ]);
  for (const e of out.endpoints) {
    for (const key of ENDPOINT_KEYS) expect(typeof e[key]).toBe('number');
    expect(e.connections).toBe(4);
    expect(e.requests).toBeGreaterThan(0);
    expect(e.errors + e.timeouts + e.non2xx).toBe(0);
  }
}

describe('daihou bench api', () => {
  afterEach(() => {
    if (keep === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = keep;
  });

  it('drives the server in a child process and prints the result document (PGlite)', async () => {
    delete process.env.DATABASE_URL;
    const r = await runCli([
      'bench',
      'api',
      '--loans',
      '300',
      '--connections',
      '4',
      '--duration',
      '1',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expectCleanRun(r.stdout, 'pglite');
  }, 180_000);

  it.each([
    ['--loans', '0'],
    ['--connections', 'many'],
    ['--duration', '-1'],
  ])('refuses %s %s', async (flag, value) => {
    const r = await runCli(['bench', 'api', flag, value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${flag}: `));
  });

  it.runIf(postgresUrl)(
    'runs on PostgreSQL in a scratch database',
    async () => {
      process.env.DATABASE_URL = postgresUrl;
      const r = await runCli([
        'bench',
        'api',
        '--loans',
        '300',
        '--connections',
        '4',
        '--duration',
        '1',
        '--json',
      ]);
      expect(r.code, r.stderr).toBe(0);
      expectCleanRun(r.stdout, 'postgres');
    },
    180_000,
  );
});
