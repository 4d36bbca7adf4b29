import { DomainError, type LocalDate } from '@daihou/core';
import type { Sql } from '../sql-client';

/**
 * The advisory lock key end of day holds (session level) for a whole run: one run at a time, and online
 * bookings that find their loan's day closed wait on it for the run to finish.
 */
export const EOD_LOCK_KEY = 424202;

/**
 * Online money movements hold this advisory lock shared for their transaction; creating a run takes it
 * exclusively for an instant, so a run's partitions exist before any booking that could miss them.
 */
export const BOOKING_LOCK_KEY = 424203;

export type EodRunStatus = 'running' | 'failed' | 'completed';

export interface EodRun {
  readonly id: string;
  readonly businessDate: LocalDate;
  readonly status: EodRunStatus;
  readonly partitions: number;
  readonly loans: number;
  readonly workers: number;
  readonly error: string | null;
}

interface EodRunRow {
  id: string;
  business_date: string;
  status: EodRunStatus;
  partitions: number;
  loans: number;
  workers: number;
  error: string | null;
}

const toRun = (r: EodRunRow): EodRun => ({
  id: r.id,
  businessDate: r.business_date as LocalDate,
  status: r.status,
  partitions: r.partitions,
  loans: r.loans,
  workers: r.workers,
  error: r.error,
});

const RUN_COLUMNS = 'id::text as id, business_date, status, partitions, loans, workers, error';

export async function findEodRun(sql: Sql, businessDate: LocalDate): Promise<EodRun | null> {
  const rows = await sql.query<EodRunRow>(`select ${RUN_COLUMNS} from eod_run where business_date = $1`, [
    businessDate,
  ]);
  return rows[0] ? toRun(rows[0]) : null;
}

/**
 * Creates the run of a business date and its partitions: loan ids split into ranges of about
 * `partitionSize` ids, so each partition is one transaction of bounded size.
 */
export async function createEodRun(
  tx: Sql,
  businessDate: LocalDate,
  partitionSize: number,
  workers: number,
): Promise<EodRun> {
  // The id bounds come from the primary key; the count is of the loans due for evaluation, from the
  // next-check index — counting the whole book cost a scan of every loan each day.
  // Bookings already in flight finish first; later ones see the run's partitions (lockPartitionForBooking).
  await tx.query('select pg_advisory_xact_lock($1)', [BOOKING_LOCK_KEY]);
  const [bounds] = await tx.query<{ lo: string | null; hi: string | null; n: string }>(
    `select (select min(id) from loan)::text as lo, (select max(id) from loan)::text as hi,
            (select count(*) from loan where status = 'active' and next_check_date <= $1)::text as n`,
    [businessDate],
  );
  const lo = BigInt(bounds?.lo ?? '1');
  const hi = BigInt(bounds?.hi ?? '0');
  const size = BigInt(partitionSize);
  const count = hi >= lo ? Number((hi - lo) / size) + 1 : 1;
  const rows = await tx.query<EodRunRow>(
    `insert into eod_run (business_date, status, partitions, loans, workers)
     values ($1, 'running', $2, $3, $4) returning ${RUN_COLUMNS}`,
    [businessDate, count, Number(bounds?.n ?? 0), workers],
  );
  const run = toRun(rows[0]!);
  await tx.query(
    `insert into eod_partition (run_id, partition_no, lo_id, hi_id)
     select $1::bigint, g, $2::bigint + g * $3::bigint, $2::bigint + (g + 1) * $3::bigint - 1
     from generate_series(0, $4::int - 1) as g`,
    [run.id, lo.toString(), size.toString(), count],
  );
  return run;
}

export async function setEodRunStatus(
  sql: Sql,
  runId: string,
  status: EodRunStatus,
  error: string | null = null,
) {
  // clock_timestamp, not now(): the closing transaction sets `completed` as its last statement, and now()
  // is when that transaction began, which left the run steps out of the run's recorded duration.
  await sql.query(
    `update eod_run set status = $2, error = $3,
       finished_at = case when $2 = 'running' then null else clock_timestamp() end where id = $1`,
    [runId, status, error],
  );
}

export interface ClaimedPartition {
  readonly partitionNo: number;
  readonly loId: string;
  readonly hiId: string;
}

/**
 * Claims the next unfinished partition inside the caller's transaction. The row lock is the claim:
 * other workers skip it (skip locked), and when this transaction ends — committed as done, or rolled
 * back by a crash — the partition is free again or finished, never half-done. `pass` lets a failed
 * partition be retried once per invocation instead of forever.
 */
export async function claimPartition(tx: Sql, runId: string, pass: number): Promise<ClaimedPartition | null> {
  const claimable = `select partition_no, lo_id::text, hi_id::text from eod_partition
      where run_id = $1 and (status = 'pending' or (status = 'failed' and attempts < $2))
      order by partition_no`;
  type Row = { partition_no: number; lo_id: string; hi_id: string };
  let rows = await tx.query<Row>(`${claimable} for update skip locked limit 1`, [runId, pass]);
  // Nothing free: the partitions left (if any) are held by other workers or by bookings on their loans
  // (which share-lock the partition). Wait for one; if a worker held it, it is done and no longer matches.
  if (rows.length === 0) rows = await tx.query<Row>(`${claimable} for update limit 1`, [runId, pass]);
  const r = rows[0];
  return r ? { partitionNo: r.partition_no, loId: r.lo_id, hiId: r.hi_id } : null;
}

/**
 * For an online booking on `loanId`, before it locks the loan: waits out a partition of the running end
 * of day that is working on the loan's id range, and holds that partition back (a share lock, which the
 * workers' claim skips) until the booking commits. Returns whether end of day has already closed
 * `businessDate` for the loan's partition. Without this a booking could commit next_check_date = today
 * just after its partition had chosen the loans to evaluate, and the day would close without it.
 */
export async function lockPartitionForBooking(
  tx: Sql,
  loanId: string,
  businessDate: LocalDate,
): Promise<'open' | 'closed'> {
  await tx.query('select pg_advisory_xact_lock_shared($1)', [BOOKING_LOCK_KEY]);
  const rows = await tx.query<{ status: string }>(
    `select p.status from eod_run r join eod_partition p on p.run_id = r.id
      where r.business_date = $1 and $2::bigint between p.lo_id and p.hi_id
        for share of p`,
    [businessDate, loanId],
  );
  return rows[0]?.status === 'done' ? 'closed' : 'open';
}

/**
 * For a change a checker approves on a loan (write-off, extension, restructuring): the booking's partition
 * guard, and a refusal when end of day has already closed the business date for the loan — the change
 * would rewrite a finished day. The request stays pending; approve it again once the run has finished.
 */
export async function holdLoanDayOpen(tx: Sql, loanId: string, businessDate: LocalDate): Promise<void> {
  if ((await lockPartitionForBooking(tx, loanId, businessDate)) === 'closed') {
    throw new DomainError(
      'rule_violation',
      `id: end of day has closed ${businessDate} for loan ${loanId}; approve again once it has finished`,
      'id',
    );
  }
}

export interface PartitionCounts {
  readonly loansEvaluated: number;
  readonly loansChanged: number;
  readonly eventsWritten: number;
  readonly millis: number;
}

export async function completePartition(
  tx: Sql,
  runId: string,
  partitionNo: number,
  counts: PartitionCounts,
  steps: readonly { step: string; millis: number; items: number }[],
): Promise<void> {
  await tx.query(
    `update eod_partition set status = 'done', attempts = attempts + 1, loans_evaluated = $3,
       loans_changed = $4, events_written = $5, millis = $6, error = null, error_loan_id = null,
       finished_at = clock_timestamp()
     where run_id = $1 and partition_no = $2`,
    [runId, partitionNo, counts.loansEvaluated, counts.loansChanged, counts.eventsWritten, counts.millis],
  );
  if (steps.length === 0) return;
  await tx.query(
    `insert into eod_step_timing (run_id, partition_no, step, millis, items)
     select $1::bigint, $2::int, s.step, s.millis, s.items
     from unnest($3::text[], $4::int[], $5::int[]) as s(step, millis, items)
     on conflict (run_id, partition_no, step) do update set millis = excluded.millis, items = excluded.items`,
    [runId, partitionNo, steps.map((s) => s.step), steps.map((s) => s.millis), steps.map((s) => s.items)],
  );
}

export async function failPartition(
  sql: Sql,
  runId: string,
  partitionNo: number,
  error: string,
  loanId: string | null,
): Promise<void> {
  await sql.query(
    `update eod_partition set status = 'failed', attempts = attempts + 1, error = $3, error_loan_id = $4
     where run_id = $1 and partition_no = $2`,
    [runId, partitionNo, error, loanId],
  );
}

/** The highest attempt count so far: a resumed run passes this + 1 so failed partitions get one more try. */
export async function maxPartitionAttempts(sql: Sql, runId: string): Promise<number> {
  const [r] = await sql.query<{ n: number | null }>(
    'select max(attempts) as n from eod_partition where run_id = $1',
    [runId],
  );
  return r?.n ?? 0;
}

export interface PartitionProgress {
  readonly pending: number;
  readonly done: number;
  readonly failed: number;
  readonly failures: readonly { partitionNo: number; error: string; loanId: string | null }[];
}

export async function partitionProgress(sql: Sql, runId: string): Promise<PartitionProgress> {
  const rows = await sql.query<{
    partition_no: number;
    status: string;
    error: string | null;
    error_loan_id: string | null;
  }>(
    'select partition_no, status, error, error_loan_id::text from eod_partition where run_id = $1 order by partition_no',
    [runId],
  );
  const failed = rows.filter((r) => r.status === 'failed');
  return {
    pending: rows.filter((r) => r.status === 'pending').length,
    done: rows.filter((r) => r.status === 'done').length,
    failed: failed.length,
    failures: failed.map((r) => ({
      partitionNo: r.partition_no,
      error: r.error ?? '',
      loanId: r.error_loan_id,
    })),
  };
}
