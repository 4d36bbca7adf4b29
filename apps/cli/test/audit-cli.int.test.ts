import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { appendAudit, connect, type Database, migrate } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'apps/cli/bin/daihou.js');

/** A database the spawned CLI reaches through the environment, as a user's shell would. */
async function cliDatabase(engine: 'pglite' | 'postgres') {
  const base: NodeJS.ProcessEnv = { ...process.env };
  delete base.DATABASE_URL;
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'daihou-audit-cli-'));
    return {
      env: { ...base, DATA_DIR: dataDir },
      open: () => connect({ dataDir }),
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const t: TestDatabase = await createTestDatabase('postgres');
  return {
    env: { ...base, DATABASE_URL: t.url },
    open: () => connect({ databaseUrl: t.url }),
    dispose: () => t.dispose(),
  };
}

/** With the database open in the test (PGlite allows one process at a time: closed before the next spawn). */
async function withDb(open: () => Promise<Database>, fn: (db: Database) => Promise<void>): Promise<void> {
  const db = await open();
  try {
    await migrate(db);
    await fn(db);
  } finally {
    await db.close();
  }
}

describe.each(testEngines())('daihou audit verify on %s (spawned CLI)', (engine) => {
  let cli: Awaited<ReturnType<typeof cliDatabase>>;
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: cli.env, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  beforeAll(async () => {
    cli = await cliDatabase(engine);
  });
  afterAll(() => cli.dispose());

  it('exits 0 on an empty trail and on an intact chain, printing one JSON document with --json', async () => {
    const empty = run('audit', 'verify', '--json');
    expect(empty.status).toBe(0);
    expect(JSON.parse(empty.stdout)).toEqual({
      ok: true,
      entries: 0,
      head: { seq: '0', hash: '0'.repeat(64) },
    });

    await withDb(cli.open, async (db) => {
      for (let n = 1; n <= 5; n++) {
        await appendAudit(db, {
          actor: 'officer.a',
          action: 'customer.view_unmasked',
          objectType: 'customer',
          objectId: String(n),
          after: { fields: ['idNumber', 'phone'] },
        });
      }
    });
    const intact = run('audit', 'verify', '--json');
    expect(intact.status).toBe(0);
    expect(JSON.parse(intact.stdout)).toMatchObject({ ok: true, entries: 5, head: { seq: '5' } });
    const text = run('audit', 'verify');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^audit trail intact: 5 entries, head entry 5 \(hash [0-9a-f]{16}…\)\n$/);
  });

  it('exits 1 naming the first broken entry when an entry was edited behind the triggers', async () => {
    await withDb(cli.open, async (db) => {
      await db.transaction(async (tx) => {
        await tx.query('set local session_replication_role = replica');
        await tx.query(`update audit_entry set after = '{"fields": ["idNumber"]}' where seq = 3`);
      });
    });
    const json = run('audit', 'verify', '--json');
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      entries: 2,
      firstBroken: { seq: '3', problem: 'edited', message: expect.stringMatching(/entry 3 was changed/) },
    });
    expect(json.stderr).toMatch(/audit verify: the chain is broken at entry 3 \(edited\)/);
    const text = run('audit', 'verify');
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/^audit trail BROKEN at entry 3 \(edited\)\n/);
  });
});

describe('daihou audit refuses bad usage with exit 2 naming what is wrong', () => {
  it.each([
    [['audit'], /^what: say what to do: verify/],
    [['audit', 'repair'], /^what: unknown audit command "repair"/],
    [['audit', 'verify', 'now'], /^what: unexpected argument "now"/],
    [['audit', 'verify', '--bogus'], /^--bogus: /],
  ])('%j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('prints its help', async () => {
    const r = await runCli(['audit', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: daihou audit verify \[--json\]/);
  });
});
