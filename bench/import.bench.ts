import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addDays, type LocalDate } from '@daihou/core';
import { type Database, initBusinessDate, migrate } from '@daihou/db';
import { importTable } from '../apps/cli/src/import/import-pipeline';
import type { ImportReport } from '../apps/cli/src/import/import-report';
import { DATE_COLUMNS, TEMPLATE_HEADERS } from '../apps/cli/src/import/import-template';
import { readTableFile } from '../apps/cli/src/import/table-source';
import { scratchDatabase } from './scratch-database';

export interface ImportBenchResult {
  readonly benchmark: 'import';
  readonly database: 'pglite' | 'postgres';
  /** Loan rows imported. */
  readonly rows: number;
  readonly installments: number;
  /** Wall time of `daihou import --kind loans` on the generated file (customers are imported before, untimed here). */
  readonly seconds: number;
  readonly rowsPerSecond: number;
  /**
   * CPU time of this process during the loans import: the checks, schedules and servicing replays (and,
   * on PGlite, the database itself). Beside `seconds` it tells whether Node or the database sets the pace.
   */
  readonly nodeCpuSeconds: number;
  readonly customers: number;
  readonly customersSeconds: number;
  /** Peak resident memory of the whole process (generation and both imports). */
  readonly peakRssMiB: number;
}

const BUSINESS_DATE = '2026-11-21' as LocalDate;
const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** An 18-character 统一社会信用代码 unique to this run (the format the import checks). */
function creditCode(run: string, n: number): string {
  let tail = '';
  for (let i = 0; i < 6; i++) {
    tail = CODE_ALPHABET[n % 31]! + tail;
    n = Math.floor(n / 31);
  }
  return `91110101${run}${tail}`;
}

async function writeCsv(path: string, header: readonly string[], rows: Iterable<string[]>): Promise<void> {
  const out = createWriteStream(path);
  const write = (line: string) =>
    out.write(line) ? Promise.resolve() : new Promise<void>((ok) => out.once('drain', () => ok()));
  await write(`\uFEFF${header.join(',')}\n`);
  let chunk = '';
  for (const r of rows) {
    chunk += `${r.join(',')}\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((ok, fail) => out.end((err?: Error | null) => (err ? fail(err) : ok())));
}

const METHODS = ['等额本息', '等额本金', '按月付息到期还本'] as const;
const TERMS = [12, 24, 36, 24] as const;
const RATES = ['3.45', '4.35', '4.90', '5.60', '6.00', '8.50', '12.00'] as const;
const AMOUNTS = ['50000.00', '100000.00', '300000.00', '1000000.00', '88888.88'] as const;

/**
 * N synthetic loans of the import template: amortising methods, 12–36 months (24 installments on
 * average, so 100,000 loans carry ~2.4 million installments), disbursed over the three years before
 * the business date, so a share of them is overdue and accrues penalty on import.
 */
function* loanRows(loans: number, customers: number, run: string): Generator<string[]> {
  for (let i = 0; i < loans; i++) {
    const term = TERMS[i % TERMS.length]!;
    const disbursed = addDays(BUSINESS_DATE, -1 - ((i * 7919) % 1000));
    yield [
      `JJ${run}${String(i).padStart(8, '0')}`,
      `HT${run}${String(i).padStart(8, '0')}`,
      `C${run}${String(i % customers).padStart(8, '0')}`,
      AMOUNTS[i % AMOUNTS.length]!,
      RATES[i % RATES.length]!,
      METHODS[i % METHODS.length]!,
      String(term),
      '按月',
      disbursed,
      i % 2 === 0 ? '自主支付' : '受托支付',
      '经营周转',
      ['信用', '保证', '抵押', '质押'][i % 4]!,
      i % 2 === 0 ? 'A01' : 'B01',
      i % 2 === 0 ? 'manager.a' : 'manager.b',
    ];
  }
}

function* customerRows(customers: number, run: string): Generator<string[]> {
  for (let i = 0; i < customers; i++) {
    yield [
      `C${run}${String(i).padStart(8, '0')}`,
      `基准测试企业${i}`,
      '企业',
      '统一社会信用代码',
      creditCode(run, i),
      `139${String(i % 100_000_000).padStart(8, '0')}`,
      '制造业',
      '北京市',
      i % 2 === 0 ? 'A01' : 'B01',
      i % 2 === 0 ? 'manager.a' : 'manager.b',
    ];
  }
}

async function seedOrganisation(db: Database): Promise<void> {
  await db.exec(`
    insert into branch (id, parent_id, name, level, path) values
      ('HQ', null, '总行', 'head_office', '/HQ/'), ('A', 'HQ', 'A 分行', 'branch', '/HQ/A/'),
      ('B', 'HQ', 'B 分行', 'branch', '/HQ/B/'), ('A01', 'A', 'A01 支行', 'sub_branch', '/HQ/A/A01/'),
      ('B01', 'B', 'B01 支行', 'sub_branch', '/HQ/B/B01/')
    on conflict do nothing;
    insert into app_user (username, display_name, branch_id) values
      ('manager.a', '客户经理 A', 'A'), ('manager.b', '客户经理 B', 'B')
    on conflict do nothing;`);
}

const mustBeClean = (report: ImportReport): void => {
  if (report.errors.length > 0)
    throw new Error(`bench file has bad rows: ${JSON.stringify(report.errors[0])}`);
};

/** Generates N loans (and N/2 customers) as CSV and times `daihou import` of the loans file. */
export async function benchImport(loans = 100_000): Promise<ImportBenchResult> {
  const run = randomBytes(2)
    .toString('hex')
    .toUpperCase()
    .replace(/[IOZSV]/g, '7');
  const customers = Math.max(1, Math.ceil(loans / 2));
  const dir = mkdtempSync(join(tmpdir(), 'daihou-bench-files-'));
  const { db, dispose } = await scratchDatabase();
  try {
    await migrate(db);
    await seedOrganisation(db);
    await initBusinessDate(db, BUSINESS_DATE);
    const customersCsv = join(dir, 'customers.csv');
    const loansCsv = join(dir, 'loans.csv');
    await writeCsv(customersCsv, TEMPLATE_HEADERS.customers, customerRows(customers, run));
    await writeCsv(loansCsv, TEMPLATE_HEADERS.loans, loanRows(loans, customers, run));

    let t0 = process.hrtime.bigint();
    mustBeClean(await importTable(db, 'customers', readTableFile(customersCsv, DATE_COLUMNS), {}));
    const customersSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

    const cpu0 = process.cpuUsage();
    t0 = process.hrtime.bigint();
    const report = await importTable(db, 'loans', readTableFile(loansCsv, DATE_COLUMNS), {});
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    mustBeClean(report);
    const [count] = await db.query<{ n: number }>('select count(*)::int as n from installment');
    return {
      benchmark: 'import',
      database: db.engine,
      rows: report.rowsImported,
      installments: count!.n,
      seconds: Number(seconds.toFixed(2)),
      rowsPerSecond: Math.round(report.rowsImported / seconds),
      nodeCpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
      customers,
      customersSeconds: Number(customersSeconds.toFixed(2)),
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/import.bench.ts [--loans N]` prints one JSON line.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--loans');
  const loans = i > 0 ? Number(process.argv[i + 1]) : 100_000;
  if (!Number.isSafeInteger(loans) || loans < 1) throw new Error('--loans must be a positive whole number');
  const r = await benchImport(loans);
  process.stdout.write(
    `${JSON.stringify({ rows: r.rows, seconds: r.seconds, nodeCpuSeconds: r.nodeCpuSeconds, peakRssMiB: r.peakRssMiB, database: r.database, installments: r.installments, customersSeconds: r.customersSeconds })}\n`,
  );
}
