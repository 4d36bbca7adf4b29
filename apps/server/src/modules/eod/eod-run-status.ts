import type { LocalDate } from '@daihou/core';
import { findEodRun, listEodPartitions, listEodStepTotals, partitionProgress, type Sql } from '@daihou/db';

interface RunTotalsRow {
  started_at: string;
  finished_at: string | null;
  elapsed_ms: string;
  loans_evaluated: string;
  loans_changed: string;
  events_written: string;
  partition_ms: string;
}

/** The run of a date as the progress endpoint shows it, or null when end of day has not started for it. */
export async function eodRunStatus(sql: Sql, date: LocalDate) {
  const run = await findEodRun(sql, date);
  if (!run) return null;
  const progress = await partitionProgress(sql, run.id);
  // Wall-clock times of the run row; timings only, never business logic.
  const [t] = await sql.query<RunTotalsRow>(
    `select to_char(r.started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as started_at,
            to_char(r.finished_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as finished_at,
            floor(extract(epoch from (coalesce(r.finished_at, now()) - r.started_at)) * 1000)::bigint::text as elapsed_ms,
            coalesce(sum(p.loans_evaluated), 0)::text as loans_evaluated,
            coalesce(sum(p.loans_changed), 0)::text as loans_changed,
            coalesce(sum(p.events_written), 0)::text as events_written,
            coalesce(sum(p.millis), 0)::text as partition_ms
       from eod_run r left join eod_partition p on p.run_id = r.id
      where r.id = $1
      group by r.id`,
    [run.id],
  );
  return {
    runId: run.id,
    date: run.businessDate,
    status: run.status,
    error: run.error,
    startedAt: t?.started_at ?? '',
    finishedAt: t?.finished_at ?? null,
    elapsedMillis: Number(t?.elapsed_ms ?? 0),
    loansDue: run.loans,
    partitions: {
      total: run.partitions,
      done: progress.done,
      pending: progress.pending,
      failed: progress.failed,
    },
    loansEvaluated: Number(t?.loans_evaluated ?? 0),
    loansChanged: Number(t?.loans_changed ?? 0),
    eventsWritten: Number(t?.events_written ?? 0),
    partitionMillis: Number(t?.partition_ms ?? 0),
    failures: [...progress.failures],
    partitionList: await listEodPartitions(sql, run.id),
    steps: await listEodStepTotals(sql, run.id),
  };
}
