import { DEFAULT_CLASSIFICATION_SETTINGS, DEFAULT_PROVISION_SETTINGS } from '@daihou/core';
import {
  applyDebtorRule,
  type Database,
  type ForeignKeyTriggerSkip,
  getBusinessDate,
  lockImports,
  skipForeignKeyTriggers,
  withOwnRowsOnly,
} from '@daihou/db';
import { customerImporter } from './customer-import';
import { type ImportContext, type KindImporter, loadImportContext } from './import-context';
import { emptyReport, type ImportReport } from './import-report';
import type { ImportRow } from './import-row';
import { type ImportKind, normalizeHeader, TEMPLATE_HEADERS } from './import-template';
import { loanImporter } from './loan-import';
import { repaymentImporter } from './repayment-import';
import type { TableRow } from './table-source';

export type { ImportError, ImportReport } from './import-report';
export type { ImportKind } from './import-template';

export interface ImportOptions {
  /** Validate only: nothing is written. */
  readonly dryRun?: boolean | undefined;
  /** Write the good rows even when some are bad (the bad ones are reported). */
  readonly partial?: boolean | undefined;
}

/**
 * Rows checked and written per batch: big enough that a batch of loans is one statement of ~60,000
 * installments, small enough that memory stays flat whatever the file size.
 */
export const IMPORT_BATCH_ROWS = 2500;

/**
 * Imports records keyed by the template's Chinese headers (客户编号, 客户名称 …). Row numbers in the report
 * count the header as row 1, as if the records were a file. For the file-level checks the header is the
 * first record's keys.
 */
export async function importRecords(
  db: Database,
  kind: ImportKind,
  records: Iterable<Record<string, string>> | AsyncIterable<Record<string, string>>,
  options: ImportOptions,
): Promise<ImportReport> {
  // No records at all is a valid, empty import (a file without even a header row is not).
  return runImport(db, kind, recordsAsTable(records), options, false);
}

async function* recordsAsTable(
  records: Iterable<Record<string, string>> | AsyncIterable<Record<string, string>>,
): AsyncGenerator<TableRow> {
  let header: string[] | null = null;
  let row = 1;
  for await (const record of records) {
    if (header === null) {
      header = Object.keys(record);
      yield { row: 1, cells: header };
    }
    row++;
    yield { row, cells: header.map((h) => record[h] ?? '') };
  }
}

const importerFor = (kind: ImportKind, ctx: ImportContext): KindImporter<unknown> =>
  (kind === 'customers'
    ? customerImporter(ctx)
    : kind === 'loans'
      ? loanImporter(ctx)
      : repaymentImporter(ctx)) as KindImporter<unknown>;

const ROLLBACK = Symbol('rollback');

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/**
 * Imports a table (header row first). One transaction: rows are checked and written batch by batch
 * while the file streams, and when any row is bad (without `partial`) or in a dry run the transaction
 * is rolled back, so nothing is written. Checking continues after the first bad row so the report lists
 * every problem.
 */
export function importTable(
  db: Database,
  kind: ImportKind,
  table: AsyncIterable<TableRow>,
  options: ImportOptions,
): Promise<ImportReport> {
  return runImport(db, kind, table, options, true);
}

async function runImport(
  db: Database,
  kind: ImportKind,
  table: AsyncIterable<TableRow>,
  options: ImportOptions,
  headerRequired: boolean,
): Promise<ImportReport> {
  const dryRun = options.dryRun === true;
  const partial = options.partial === true;
  const report = emptyReport(kind, dryRun);
  const rows = table[Symbol.asyncIterator]();
  let header: TableRow | null = null;
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    if (!isBlank(next.value.cells)) {
      header = next.value;
      break;
    }
  }
  if (header === null) {
    if (headerRequired) {
      report.errors.push({
        row: 1,
        column: '表头',
        value: '',
        message: '文件是空的：第 1 行应为导入模板的表头',
      });
    }
    return report;
  }
  const names = header.cells.map(normalizeHeader);
  const missing = TEMPLATE_HEADERS[kind].filter((h) => !names.includes(h));
  if (missing.length > 0) {
    for (const column of missing) {
      report.errors.push({
        row: header.row,
        column,
        value: '',
        message: '缺少必需的列（表头应与导入模板一致）',
      });
    }
    await rows.return?.();
    return report;
  }
  const at = TEMPLATE_HEADERS[kind].map((h) => [h, names.indexOf(h)] as const);
  const toRow = (r: TableRow): ImportRow => {
    const values: Record<string, string> = {};
    for (const [h, i] of at) values[h] = (r.cells[i] ?? '').trim();
    return { row: r.row, values };
  };

  let good = 0;
  const writing = () => !dryRun && (partial || report.errors.length === 0);
  try {
    await db.transaction(async (tx) => {
      let foreignKeySkip: ForeignKeyTriggerSkip = 'none';
      if (!dryRun) {
        await lockImports(tx);
        foreignKeySkip = await skipForeignKeyTriggers(tx, db.engine);
      }
      const reader = db.engine === 'postgres' ? db : tx;
      const ctx = await loadImportContext(tx, reader, foreignKeySkip, await getBusinessDate(tx));
      const importer = importerFor(kind, ctx);
      // On PostgreSQL one write is in flight while the next batch is read, checked and prepared, so
      // that CPU work overlaps the server's; a failed write surfaces at the next await. PGlite runs in
      // this thread, where overlapping gains nothing and a second batch in memory pushed the peak past
      // 1 GiB: there each batch waits for the one before.
      const overlap = db.engine === 'postgres';
      let inflight: Promise<void> | null = null;
      const flush = async (batch: ImportRow[]) => {
        if (batch.length === 0) return;
        const outcome = await importer.check(batch, report.errors);
        good += outcome.good;
        report.rowsSkipped += outcome.skipped;
        const previous = inflight ?? Promise.resolve();
        if (!overlap) await previous;
        if (writing()) {
          inflight = importer.write(outcome.prepared, previous);
          inflight.catch(() => undefined);
        }
        await previous;
      };
      let batch: ImportRow[] = [];
      for (let next = await rows.next(); !next.done; next = await rows.next()) {
        if (isBlank(next.value.cells)) continue;
        report.rowsRead++;
        batch.push(toRow(next.value));
        if (batch.length >= IMPORT_BATCH_ROWS) {
          await flush(batch);
          batch = [];
        }
      }
      await flush(batch);
      if (inflight) await inflight;
      if (writing()) {
        await importer.finish();
        // RULES.md §5 in full: the enterprise-debtor rule looks across the debtor's loans, so it runs
        // once the whole file is in (the same set-based step end of day runs every night).
        if (kind !== 'customers') {
          // The rule's joins are planned from table statistics, which cannot have seen the loans this
          // transaction wrote: planned as if the book were empty, it took 120 s instead of 6 s after
          // 100,000 new loans. ANALYZE inside the transaction counts them (it samples a bounded number
          // of rows, ~0.5 s here); a role that does not own the tables gets a warning, not an error.
          if (kind === 'loans' && good >= IMPORT_BATCH_ROWS) await tx.exec('analyze loan, customer');
          // The rule changes no key and writes events and history only for loans its update has just
          // locked, yet a foreign key re-checks every update of a row its own transaction inserted:
          // five lookups per floored loan, a third of the rule's time after a large file.
          await withOwnRowsOnly(tx, ctx.foreignKeySkip, () =>
            applyDebtorRule(
              tx,
              ctx.businessDate,
              DEFAULT_CLASSIFICATION_SETTINGS.debtorNplShare,
              DEFAULT_PROVISION_SETTINGS.rates,
            ),
          );
        }
      }
      if (dryRun || !writing()) throw ROLLBACK;
    });
  } catch (err) {
    if (err !== ROLLBACK) throw err;
  } finally {
    // Closes the file when the import stopped before its end.
    await rows.return?.();
  }
  report.rowsImported = dryRun || writing() ? good : 0;
  // Problems found against the database come after those found in the row itself: list them by row
  // (a stable sort keeps each row's columns in template order).
  report.errors.sort((a, b) => a.row - b.row);
  return report;
}
