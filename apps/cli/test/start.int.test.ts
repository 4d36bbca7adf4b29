import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BIN = join(ROOT, 'apps', 'cli', 'bin', 'daihou.js');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function daihou(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.each(testEngines())('npm start (daihou start) on %s', (engine) => {
  let dir: string;
  let pg: TestDatabase | undefined;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'daihou-start-'));
    const { DATABASE_URL: _ignored, ...base } = process.env;
    env = {
      ...base,
      DATA_DIR: join(dir, 'data'),
      DAIHOU_BUSINESS_DATE: '2026-11-22',
      // A smaller demo than npm start's default keeps the test quick; the path is the same.
      DAIHOU_DEMO_CUSTOMERS: '120',
    };
    if (engine === 'postgres') {
      pg = await createTestDatabase('postgres');
      env.DATABASE_URL = pg.url;
      // The demo needs an empty database, migrated or not; the test database is migrated and empty.
    }
  });
  afterAll(async () => {
    await pg?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  let first: Run;

  it('loads the demo into an empty database and prints the portfolio summary', async () => {
    first = await daihou(['start'], env);
    expect(first.stderr).toContain('loading the demo portfolio');
    expect(first.code, first.stderr).toBe(0);
    const out = first.stdout;
    expect(out).toContain('portfolio summary');
    expect(out).toMatch(/business date\s+2026-11-22/);
    expect(out).toMatch(new RegExp(`database\\s+${engine}`));
    expect(out).toMatch(/loans\s+[\d,]+ \([\d,]+ active, [\d,]+ settled\)/);
    expect(out).toMatch(/principal owed\s+[\d,]+\.\d{2} yuan/);
    for (const bucket of ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+']) {
      expect(out).toMatch(
        new RegExp(`\\n  ${bucket.replace('+', '\\+')}\\s+[1-9][\\d,]*\\s+[\\d,]+\\.\\d{2}\\n`),
      );
    }
    for (const label of ['正常', '关注', '次级', '可疑', '损失']) {
      expect(out).toMatch(
        new RegExp(`${label} \\w+\\s+[1-9][\\d,]*\\s+[\\d,]+\\.\\d{2}\\s+[\\d,]+\\.\\d{2}`),
      );
    }
    expect(out).toMatch(/NPL ratio \(不良贷款率\)\s+\d+\.\d{2}%/);
    expect(out).toMatch(/provision coverage \(拨备覆盖率\)\s+\d+\.\d{2}%/);
    expect(out).toContain('web console');
  });

  it('does not load the demo twice: a second start only prints the summary', async () => {
    const second = await daihou(['start'], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).not.toContain('loading the demo');
    expect(second.stdout).toBe(first.stdout);
  });

  it('refuses `daihou demo` on a database that has customers (exit 2)', async () => {
    const again = await daihou(['demo', '--customers', '60'], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already has customers');
    expect(again.stdout).toBe('');
  });
});
