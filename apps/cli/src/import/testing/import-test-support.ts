import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_SERVICING,
  type Fen,
  type LoanTerms,
  type LocalDate,
  parseAnnualRate,
  parseLocalDate,
  parseTerm,
  parseYuan,
  replayLoan,
  replayTimeline,
  snapshot,
} from '@daihou/core';
import type { Database, Sql } from '@daihou/db';
import { parse } from 'csv-parse/sync';
import { type ImportOptions, importTable } from '../import-pipeline';
import type { ImportReport } from '../import-report';
import { DATE_COLUMNS, FREQUENCY_BY_LABEL, type ImportKind, METHOD_BY_LABEL } from '../import-template';
import { readTableFile } from '../table-source';

/** apps/cli/test/fixtures/import: ok/ (the sample register, importable) and not-ok/ (one problem per file). */
export const IMPORT_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/import');
export const okFixture = (name: string): string => join(IMPORT_FIXTURES, 'ok', name);
export const notOkFixture = (name: string): string => join(IMPORT_FIXTURES, 'not-ok', name);

/** The business date the import tests run at: the day after the sample register's last repayment. */
export const SAMPLE_BUSINESS_DATE = '2026-11-21' as LocalDate;

/** Branches HQ, A, B, A01, A02, B01, B02 and users manager.a, manager.b (plain SQL, ok/seed-organisation.sql). */
export async function seedOrganisation(sql: Sql): Promise<void> {
  await sql.exec(readFileSync(okFixture('seed-organisation.sql'), 'utf8'));
}

export const importFile = (
  db: Database,
  kind: ImportKind,
  path: string,
  options: ImportOptions = {},
): Promise<ImportReport> => importTable(db, kind, readTableFile(path, DATE_COLUMNS), options);

/** A CSV fixture's records keyed by header (BOM dropped). */
export function readCsvRecords(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { bom: true, columns: true, skip_empty_lines: true });
}

export const COUNTED_TABLES = [
  'customer',
  'contract',
  'loan',
  'installment',
  'repayment',
  'repayment_allocation',
  'loan_event',
] as const;

export async function countRows(sql: Sql): Promise<Record<(typeof COUNTED_TABLES)[number], number>> {
  const out = {} as Record<(typeof COUNTED_TABLES)[number], number>;
  for (const t of COUNTED_TABLES) {
    const [row] = await sql.query<{ n: number }>(`select count(*)::int as n from ${t}`);
    out[t] = row!.n;
  }
  return out;
}

/** Loan terms from a loans.csv record, parsed by core alone (the reference the import is checked against). */
export function termsOfRecord(r: Record<string, string>): LoanTerms {
  return {
    principal: parseYuan(r.贷款金额!),
    annualRate: parseAnnualRate(r['执行年利率(%)']!),
    term: parseTerm(r.期数!),
    method: METHOD_BY_LABEL[r.还款方式!]!,
    frequency: FREQUENCY_BY_LABEL[r.还款频率!]!,
    disbursementDate: parseLocalDate(r.放款日期!),
  };
}

/** What `daihou simulate` gives for a loan and its repayments at asOf (RULES.md defaults). */
export function simulateReference(
  terms: LoanTerms,
  repayments: readonly { date: LocalDate; amount: Fen }[],
  asOf: LocalDate,
) {
  const { ledger } = replayLoan({ terms, settings: DEFAULT_SERVICING, repayments, asOf });
  // The loan's own class applies RULES.md §5 over its whole history (the cure hold), as the timeline does.
  const { decision } = replayTimeline({ terms, settings: DEFAULT_SERVICING, repayments, asOf });
  return { ledger, state: snapshot(ledger, asOf), decision };
}
