import type { LocalDate } from '@daihou/core';
import { limitOffset, type Page, type PageRequest } from '../repositories/access-scope';
import type { Sql } from '../sql-client';
import type { EodRunStatus } from './eod-run.repo';

/** One end-of-day run as the run list shows it (newest business date first). */
export interface EodRunSummary {
  readonly runId: string;
  readonly date: LocalDate;
  readonly status: EodRunStatus;
  readonly loansDue: number;
  readonly partitions: number;
  readonly partitionsDone: number;
  readonly partitionsFailed: number;
  readonly loansEvaluated: number;
  readonly workers: number;
  /** ISO timestamps (UTC, milliseconds): wall-clock timing only. */
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly elapsedMillis: number;
  readonly error: string | null;
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** A page of the end-of-day runs, newest business date first, with the total number of runs. */
export async function listEodRuns(sql: Sql, page: PageRequest): Promise<Page<EodRunSummary>> {
  const { limit, offset } = limitOffset(page);
  const [count] = await sql.query<{ n: string }>('select count(*)::text as n from eod_run');
  const rows = await sql.query<{
    id: string;
    business_date: string;
    status: EodRunStatus;
    loans: number;
    partitions: number;
    workers: number;
    error: string | null;
    started_at: string;
    finished_at: string | null;
    elapsed_ms: string;
    done: string;
    failed: string;
    evaluated: string;
  }>(
    `select r.id::text as id, r.business_date::text as business_date, r.status, r.loans, r.partitions,
            r.workers, r.error,
            to_char(r.started_at at time zone 'UTC', ${ISO}) as started_at,
            to_char(r.finished_at at time zone 'UTC', ${ISO}) as finished_at,
            floor(extract(epoch from (coalesce(r.finished_at, now()) - r.started_at)) * 1000)::bigint::text
              as elapsed_ms,
            (select count(*) from eod_partition p where p.run_id = r.id and p.status = 'done')::text as done,
            (select count(*) from eod_partition p where p.run_id = r.id and p.status = 'failed')::text as failed,
            (select coalesce(sum(p.loans_evaluated), 0) from eod_partition p where p.run_id = r.id)::text
              as evaluated
       from eod_run r
      order by r.business_date desc
      limit $1 offset $2`,
    [limit, offset],
  );
  return {
    total: Number(count?.n ?? 0),
    items: rows.map((r) => ({
      runId: r.id,
      date: r.business_date as LocalDate,
      status: r.status,
      loansDue: r.loans,
      partitions: r.partitions,
      partitionsDone: Number(r.done),
      partitionsFailed: Number(r.failed),
      loansEvaluated: Number(r.evaluated),
      workers: r.workers,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      elapsedMillis: Number(r.elapsed_ms),
      error: r.error,
    })),
  };
}

/** One partition of a run: its loan-id range, state, counts, time and error. */
export interface EodPartitionView {
  readonly partitionNo: number;
  readonly loId: string;
  readonly hiId: string;
  readonly status: 'pending' | 'done' | 'failed';
  readonly attempts: number;
  readonly loansEvaluated: number;
  readonly loansChanged: number;
  readonly eventsWritten: number;
  readonly millis: number | null;
  readonly error: string | null;
  readonly errorLoanId: string | null;
}

/** The partitions of a run in order (a run has one per 10,000 loan ids: a few dozen at most). */
export async function listEodPartitions(sql: Sql, runId: string): Promise<EodPartitionView[]> {
  const rows = await sql.query<{
    partition_no: number;
    lo_id: string;
    hi_id: string;
    status: 'pending' | 'done' | 'failed';
    attempts: number;
    loans_evaluated: number;
    loans_changed: number;
    events_written: number;
    millis: number | null;
    error: string | null;
    error_loan_id: string | null;
  }>(
    `select partition_no, lo_id::text as lo_id, hi_id::text as hi_id, status, attempts, loans_evaluated,
            loans_changed, events_written, millis, error, error_loan_id::text as error_loan_id
       from eod_partition where run_id = $1::bigint order by partition_no`,
    [runId],
  );
  return rows.map((r) => ({
    partitionNo: r.partition_no,
    loId: r.lo_id,
    hiId: r.hi_id,
    status: r.status,
    attempts: r.attempts,
    loansEvaluated: r.loans_evaluated,
    loansChanged: r.loans_changed,
    eventsWritten: r.events_written,
    millis: r.millis,
    error: r.error,
    errorLoanId: r.error_loan_id,
  }));
}

/** Where a run's time went: each partition step summed over the finished partitions, in step order. */
export interface EodStepTotal {
  readonly step: string;
  readonly partitions: number;
  readonly millis: number;
  readonly items: number;
}

export async function listEodStepTotals(sql: Sql, runId: string): Promise<EodStepTotal[]> {
  const rows = await sql.query<{ step: string; partitions: string; millis: string; items: string }>(
    `select step, count(*)::text as partitions, sum(millis)::text as millis, sum(items)::text as items
       from eod_step_timing where run_id = $1::bigint group by step order by step`,
    [runId],
  );
  return rows.map((r) => ({
    step: r.step,
    partitions: Number(r.partitions),
    millis: Number(r.millis),
    items: Number(r.items),
  }));
}
