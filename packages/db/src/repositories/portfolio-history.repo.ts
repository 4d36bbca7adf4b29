import { BUCKETS, CLASSIFICATIONS, fen, type LocalDate } from '@daihou/core';
import type { BucketLine, ClassLine } from '../reports/portfolio-summary';
import type { Sql } from '../sql-client';

/** The active book at the end of a past business date, from end of day's portfolio_daily snapshot. */
export interface PortfolioAtDate {
  readonly date: LocalDate;
  readonly loans: number;
  readonly byBucket: readonly BucketLine[];
  readonly byClassification: readonly ClassLine[];
}

/**
 * The snapshot end of day took of `date` for the branches under `branchPath`, or null when no end of day
 * completed for that date (nothing to report, as opposed to an empty book).
 */
export async function portfolioAtEndOf(
  sql: Sql,
  date: LocalDate,
  branchPath: string,
): Promise<PortfolioAtDate | null> {
  const done = await sql.query(
    `select 1 from eod_run where business_date = $1::date and status = 'completed'`,
    [date],
  );
  if (done.length === 0) return null;
  const rows = await sql.query<{
    bucket: string;
    classification: string;
    loans: string;
    principal_owed: string;
    specific_provision: string;
  }>(
    `select p.bucket, p.classification, sum(p.loans) as loans, sum(p.principal_owed) as principal_owed,
            sum(p.specific_provision) as specific_provision
       from portfolio_daily p join branch b on b.id = p.branch_id
      where p.business_date = $1::date and starts_with(b.path, $2)
      group by p.bucket, p.classification`,
    [date, branchPath],
  );
  const sum = (
    key: 'loans' | 'principal_owed' | 'specific_provision',
    pick: (r: (typeof rows)[number]) => boolean,
  ) => rows.filter(pick).reduce((s, r) => s + Number(r[key]), 0);
  return {
    date,
    loans: sum('loans', () => true),
    byBucket: BUCKETS.map((bucket) => ({
      bucket,
      loans: sum('loans', (r) => r.bucket === bucket),
      principalOwed: fen(sum('principal_owed', (r) => r.bucket === bucket)),
    })),
    byClassification: CLASSIFICATIONS.map((classification) => ({
      classification,
      loans: sum('loans', (r) => r.classification === classification),
      principalOwed: fen(sum('principal_owed', (r) => r.classification === classification)),
      specificProvision: fen(sum('specific_provision', (r) => r.classification === classification)),
    })),
  };
}
