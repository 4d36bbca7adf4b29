import { BUCKETS, CLASSIFICATIONS, type Fen, fen, type LocalDate } from '@daihou/core';
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

/** One point of the portfolio's trend: the active book at the end of a business date end of day closed. */
export interface PortfolioTrendPoint {
  readonly date: LocalDate;
  readonly loans: number;
  readonly principalOwed: Fen;
  /** Principal owed on 次级, 可疑 and 损失 loans. */
  readonly nplPrincipal: Fen;
  /** Principal owed on loans in buckets M1 … M7+ (DPD ≥ 1). */
  readonly overduePrincipal: Fen;
  readonly specificProvision: Fen;
}

/**
 * The book at the end of every completed business date in [from, to] for the branches under `branchPath`,
 * oldest first, from end of day's portfolio_daily snapshots (one grouped read; a date with an empty
 * book is a point with zeros). The same figures `portfolioAtEndOf` gives date by date.
 */
export async function portfolioTrend(
  sql: Sql,
  branchPath: string,
  from: LocalDate,
  to: LocalDate,
): Promise<PortfolioTrendPoint[]> {
  const rows = await sql.query<{
    date: string;
    loans: string;
    principal_owed: string;
    npl_principal: string;
    overdue_principal: string;
    specific_provision: string;
  }>(
    `select r.business_date::text as date,
            coalesce(sum(p.loans), 0)::text as loans,
            coalesce(sum(p.principal_owed), 0)::text as principal_owed,
            coalesce(sum(p.principal_owed) filter (
              where p.classification in ('substandard', 'doubtful', 'loss')), 0)::text as npl_principal,
            coalesce(sum(p.principal_owed) filter (where p.bucket <> 'M0'), 0)::text as overdue_principal,
            coalesce(sum(p.specific_provision), 0)::text as specific_provision
       from eod_run r
       left join (portfolio_daily p join branch b on b.id = p.branch_id and starts_with(b.path, $1))
         on p.business_date = r.business_date
      where r.status = 'completed' and r.business_date between $2::date and $3::date
      group by r.business_date
      order by r.business_date`,
    [branchPath, from, to],
  );
  return rows.map((r) => ({
    date: r.date as LocalDate,
    loans: Number(r.loans),
    principalOwed: fen(Number(r.principal_owed)),
    nplPrincipal: fen(Number(r.npl_principal)),
    overduePrincipal: fen(Number(r.overdue_principal)),
    specificProvision: fen(Number(r.specific_provision)),
  }));
}
