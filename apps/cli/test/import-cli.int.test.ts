import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect, type Database, initBusinessDate, migrate } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  notOkFixture,
  okFixture,
  SAMPLE_BUSINESS_DATE,
  seedOrganisation,
} from '../src/import/testing/import-test-support';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'apps/cli/bin/daihou.js');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A database the spawned CLI reaches through the environment, as a user's shell would. */
interface CliDatabase {
  readonly env: NodeJS.ProcessEnv;
  /** Opens it from the test (PGlite allows one process at a time: close before the next spawn). */
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

async function cliDatabase(engine: 'pglite' | 'postgres'): Promise<CliDatabase> {
  const base: NodeJS.ProcessEnv = { ...process.env, DAIHOU_BUSINESS_DATE: SAMPLE_BUSINESS_DATE };
  delete base.DATABASE_URL;
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'daihou-import-cli-'));
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

describe.each(testEngines())('daihou import and export on %s (spawned CLI)', (engine) => {
  let cli: CliDatabase;
  let work: string;
  const run = (...args: string[]): Run => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: cli.env, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const counts = async () => {
    const db = await cli.open();
    try {
      return await countRows(db);
    } finally {
      await db.close();
    }
  };
  const oneLine = (r: Run) => expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);

  beforeAll(async () => {
    cli = await cliDatabase(engine);
    work = mkdtempSync(join(tmpdir(), 'daihou-import-files-'));
    const db = await cli.open();
    await migrate(db);
    await seedOrganisation(db);
    await initBusinessDate(db, SAMPLE_BUSINESS_DATE);
    await db.close();
  });
  afterAll(async () => {
    await cli.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  it('exits 2 with one line naming the field for an unknown kind, a missing file or another format', () => {
    const kind = run('import', okFixture('customers.csv'), '--kind', 'guarantors');
    expect(kind.status).toBe(2);
    oneLine(kind);
    expect(kind.stderr).toMatch(/^--kind: unknown kind "guarantors"/);

    const missing = run('import', join(work, 'nowhere.csv'), '--kind', 'loans');
    expect(missing.status).toBe(2);
    oneLine(missing);
    expect(missing.stderr).toMatch(/^file: .*does not exist/);

    const txt = join(work, 'loans.txt');
    copyFileSync(okFixture('loans.csv'), txt);
    const format = run('import', txt, '--kind', 'loans');
    expect(format.status).toBe(2);
    oneLine(format);
    expect(format.stderr).toMatch(/^file: .*\.csv or \.xlsx/);

    const noKind = run('import', okFixture('loans.csv'));
    expect(noKind.status).toBe(2);
    expect(noKind.stderr).toMatch(/^--kind: is required/);
  });

  it('imports the sample register, and a second run books nothing twice', async () => {
    for (const kind of ['customers', 'loans', 'repayments']) {
      const r = run('import', okFixture(`${kind}.csv`), '--kind', kind);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/读取 \d+ 行，导入 \d+ 行/);
    }
    const before = await counts();
    expect(before).toMatchObject({ customer: 300, loan: 389, repayment: 2940 });
    const again = run('import', okFixture('repayments.csv'), '--kind', 'repayments', '--json');
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      kind: 'repayments',
      dryRun: false,
      rowsRead: 2940,
      rowsImported: 0,
      rowsSkipped: 2940,
      errors: [],
    });
    expect(await counts()).toEqual(before);
  });

  it('exits 2 on a bad file: report on stdout, one line on stderr, nothing written', async () => {
    const before = await counts();
    const human = run('import', notOkFixture('loans-half-bad.csv'), '--kind', 'loans');
    expect(human.status).toBe(2);
    oneLine(human);
    expect(human.stderr).toMatch(/^贷款金额: row 3: .*nothing was written/);
    expect(human.stdout).toMatch(/3\s+贷款金额\s+80000\.123\s+金额最多两位小数/);
    expect(human.stdout).toMatch(/未写入任何数据/);

    const json = run('import', notOkFixture('loans-half-bad.csv'), '--kind', 'loans', '--json');
    expect(json.status).toBe(2);
    oneLine(json);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ kind: 'loans', rowsRead: 7, rowsImported: 0 });
    expect(report.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, '贷款金额'],
      [5, '客户编号'],
      [7, '放款日期'],
    ]);

    const missingColumn = run(
      'import',
      notOkFixture('loans-missing-column.csv'),
      '--kind',
      'loans',
      '--partial',
    );
    expect(missingColumn.status).toBe(2);
    expect(missingColumn.stderr).toMatch(/^还款频率: row 1: 缺少必需的列/);

    const gbk = run('import', notOkFixture('customers-gbk.csv'), '--kind', 'customers');
    expect(gbk.status).toBe(2);
    oneLine(gbk);
    expect(gbk.stderr).toMatch(/^file: .*UTF-8/);

    const dry = run(
      'import',
      notOkFixture('loans-half-bad.csv'),
      '--kind',
      'loans',
      '--dry-run',
      '--partial',
    );
    expect(dry.status).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('--partial writes the good rows and exits 0', async () => {
    const before = await counts();
    const r = run('import', notOkFixture('loans-half-bad.csv'), '--kind', 'loans', '--partial', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rowsImported: 4 });
    expect((await counts()).loan).toBe(before.loan + 4);
  });

  it('exports the register as .xlsx, and refuses a wrong target', () => {
    const out = join(work, '台账.xlsx');
    const r = run('export', 'register', '--out', out, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ file: out, loans: 393, businessDate: SAMPLE_BUSINESS_DATE });

    const notRegister = run('export', 'loans', '--out', out);
    expect(notRegister.status).toBe(2);
    oneLine(notRegister);
    const noOut = run('export', 'register');
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/^--out: is required/);
    const csv = run('export', 'register', '--out', join(work, 'register.csv'));
    expect(csv.status).toBe(2);
    expect(csv.stderr).toMatch(/^--out: .*\.xlsx/);
  });
});
