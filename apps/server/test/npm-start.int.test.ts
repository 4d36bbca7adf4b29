import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port';

/**
 * What `npm start` runs (daihou start --serve), as a real process: demo into an empty database, the
 * summary, then the API until SIGTERM, which it survives with exit code 0.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BIN = join(ROOT, 'apps', 'cli', 'bin', 'daihou.js');

interface Started {
  readonly child: ChildProcessWithoutNullStreams;
  readonly output: { stdout: string; stderr: string };
  readonly exited: Promise<number | null>;
}

function start(args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (d) => {
    output.stdout += d;
  });
  child.stderr.on('data', (d) => {
    output.stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output, exited };
}

async function until(check: () => boolean, what: string, ms = 150_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.each(testEngines())('npm start (daihou start --serve) on %s', (engine) => {
  let dir: string;
  let pg: TestDatabase | undefined;
  let env: NodeJS.ProcessEnv;
  let port: number;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'daihou-serve-'));
    port = await freePort();
    const { DATABASE_URL: _ignored, NODE_ENV: _mode, ...base } = process.env;
    env = {
      ...base,
      DATA_DIR: join(dir, 'data'),
      DAIHOU_BUSINESS_DATE: '2026-11-22',
      DAIHOU_DEMO_CUSTOMERS: '120',
      PORT: String(port),
    };
    if (engine === 'postgres') {
      pg = await createTestDatabase('postgres');
      env.DATABASE_URL = pg.url;
    }
  });
  afterAll(async () => {
    await pg?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the demo, prints the summary and the URL, serves the API, and stops cleanly on SIGTERM', async () => {
    const s = start(['start', '--serve'], env);
    try {
      await until(() => s.output.stdout.includes('Daihou API listening on'), 'the listening line');
      const url = `http://127.0.0.1:${port}`;
      expect(s.output.stdout).toContain('portfolio summary');
      expect(s.output.stdout).toContain(`Daihou API listening on ${url}`);
      expect(s.output.stdout).toContain(`${url}/api/openapi.json`);
      expect(s.output.stderr).toContain('loading the demo portfolio');

      const health = await fetch(`${url}/api/v1/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: engine, businessDate: '2026-11-22' });
      const login = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { origin: url, 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'manager.a', password: 'daihou-demo' }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const loans = (await (await fetch(`${url}/api/v1/loans`, { headers: { cookie } })).json()) as {
        items: { branchId: string }[];
        total: number;
      };
      expect(loans.total).toBeGreaterThan(0);
      expect(loans.items.every((l) => ['A', 'A01', 'A02'].includes(l.branchId))).toBe(true);
      // Logs are JSON lines on stderr with request ids; stdout stays human.
      expect(s.output.stderr).toMatch(/"requestId":"[0-9a-f-]{36}".*"msg":"request completed"/);
    } finally {
      s.child.kill('SIGTERM');
    }
    expect(await s.exited).toBe(0);
    expect(s.output.stderr).toContain('shutting down');
  });

  it('daihou-server serves an existing database on its own and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'apps', 'server', 'bin', 'daihou-server.js')], {
      cwd: ROOT,
      env,
    });
    const s: Started = {
      child,
      output: { stdout: '', stderr: '' },
      exited: new Promise((resolve) => child.on('close', (code) => resolve(code))),
    };
    child.stdout.on('data', (d) => {
      s.output.stdout += d;
    });
    child.stderr.on('data', (d) => {
      s.output.stderr += d;
    });
    try {
      await until(() => s.output.stdout.includes('Daihou API listening on'), 'the listening line', 60_000);
      const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      expect(health.status).toBe(200);
      expect(s.output.stdout).not.toContain('portfolio summary');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await s.exited).toBe(0);
  });

  it('refuses insecure production settings before touching the database (exit 2)', async () => {
    const dataDir = join(dir, 'production-data');
    const s = start(['start', '--serve'], {
      ...env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
    });
    expect(await s.exited).toBe(2);
    expect(s.output.stderr).toContain('DAIHOU_ALLOWED_ORIGINS');
    expect(existsSync(dataDir)).toBe(false);
  });
});
