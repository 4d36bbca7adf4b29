import { addDays, badInput, DomainError, type LocalDate } from '@daihou/core';
import {
  claimPartition,
  completePartition,
  createEodRun,
  type Database,
  EOD_LOCK_KEY,
  failPartition,
  findEodRun,
  getBusinessDate,
  maxPartitionAttempts,
  partitionProgress,
  type Sql,
  setBusinessDate,
  setEodRunStatus,
} from '@daihou/db';
import { EodLoanError, type EodSettings, type PartitionWork } from './eod-context';
import { loadEodSettings } from './eod-settings';
import { PARTITION_STEPS, RUN_STEPS } from './steps/index';

export interface EodOptions {
  /** Loan ids per partition (one transaction each). */
  readonly partitionSize?: number;
  /** Partitions processed concurrently by this process (PostgreSQL; PGlite has one connection). */
  readonly concurrency?: number;
  readonly onProgress?: (message: string) => void;
  /** Worker processes to start besides this one (PostgreSQL only); each claims partitions like this one. */
  readonly extraWorkers?: number;
  /** Starts `count` worker processes for the run and resolves when they have all exited. */
  readonly launchWorkers?: (job: EodWorkerJob, count: number) => Promise<void>;
}

/** What a worker process needs to join a run. */
export interface EodWorkerJob {
  readonly runId: string;
  readonly date: LocalDate;
  readonly pass: number;
}

export interface EodDayResult {
  readonly date: LocalDate;
  readonly runId: string | null;
  readonly status: 'completed' | 'already-completed' | 'failed';
  readonly partitions: number;
  readonly loansEvaluated: number;
  readonly loansChanged: number;
  readonly events: number;
  readonly seconds: number;
  readonly failures: readonly { partitionNo: number; error: string; loanId: string | null }[];
}

/** The advisory lock that allows one end of day at a time, whatever process or host starts it. */
async function withEodLock<T>(db: Database, fn: () => Promise<T>): Promise<T> {
  const release = await db.tryAdvisoryLock(EOD_LOCK_KEY);
  if (!release) {
    throw new DomainError(
      'eod_locked',
      'another end of day is running (it holds the end-of-day lock); try again when it ends',
    );
  }
  try {
    return await fn();
  } finally {
    await release();
  }
}

/**
 * End of day's statements touch thousands of rows through indexes; PostgreSQL's cost model, misled by a
 * large table, compiled them with LLVM (up to 0.4 s a statement with inlining) for no gain.
 */
async function noJit(db: Database, tx: Sql): Promise<void> {
  if (db.engine === 'postgres') await tx.exec('set local jit = off');
}

export async function processPartitions(
  db: Database,
  runId: string,
  date: LocalDate,
  settings: EodSettings,
  pass: number,
  concurrency: number,
  onProgress: (m: string) => void,
): Promise<void> {
  let exhausted = false;
  const worker = async () => {
    while (!exhausted) {
      let failed: { partitionNo: number; error: string; loanId: string | null } | null = null;
      const claimed = await db
        .transaction(async (tx) => {
          const part = await claimPartition(tx, runId, pass);
          if (!part) return null;
          // A partition's commit need not wait for its WAL to reach disk: a crash can lose only whole
          // partition transactions, status row included, and the resumed run simply redoes them. The
          // closing transaction, which moves the business date, keeps the synchronous commit.
          await tx.exec('set local synchronous_commit = off');
          await noJit(db, tx);
          const started = Date.now();
          const work: PartitionWork = {
            tx,
            runId,
            date,
            partitionNo: part.partitionNo,
            loId: part.loId,
            hiId: part.hiId,
            settings,
            loans: [],
            results: [],
            events: [],
            history: [],
          };
          const timings: { step: string; millis: number; items: number }[] = [];
          try {
            for (const step of PARTITION_STEPS) {
              const t0 = Date.now();
              const items = await step.run(work);
              timings.push({ step: step.name, millis: Date.now() - t0, items });
            }
          } catch (err) {
            failed = {
              partitionNo: part.partitionNo,
              error: err instanceof Error ? err.message : String(err),
              loanId: err instanceof EodLoanError ? err.loanId : null,
            };
            throw err;
          }
          const changed = work.history.length;
          await completePartition(
            tx,
            runId,
            part.partitionNo,
            {
              loansEvaluated: work.results.length,
              loansChanged: changed,
              eventsWritten: work.events.length,
              millis: Date.now() - started,
            },
            timings,
          );
          return part;
        })
        .catch(async (err) => {
          if (!failed) throw err;
          const f: { partitionNo: number; error: string; loanId: string | null } = failed;
          await failPartition(db, runId, f.partitionNo, f.error, f.loanId);
          onProgress(`partition ${f.partitionNo} failed: ${f.error}`);
          return { partitionNo: f.partitionNo };
        });
      if (!claimed) exhausted = true;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** What the run's partitions did, whichever process did it. */
async function runTotals(db: Database, runId: string) {
  const [r] = await db.query<{ e: string | null; c: string | null; v: string | null }>(
    `select sum(loans_evaluated)::text as e, sum(loans_changed)::text as c, sum(events_written)::text as v
       from eod_partition where run_id = $1`,
    [runId],
  );
  return { loansEvaluated: Number(r?.e ?? 0), loansChanged: Number(r?.c ?? 0), events: Number(r?.v ?? 0) };
}

/**
 * A worker process's share of a run another process started and supervises: claim and process
 * partitions until none is left. It takes no lock and moves no date; the supervisor does both.
 */
export async function runEodWorker(
  db: Database,
  job: EodWorkerJob,
  onProgress: (m: string) => void = () => undefined,
) {
  const settings = await loadEodSettings(db);
  await processPartitions(db, job.runId, job.date, settings, job.pass, 1, onProgress);
}

/**
 * Runs end of day for the current business date `date` (RULES.md §3.2–§3.6): every partition in its
 * own transaction, then the run-level steps and the move of the business date in one closing
 * transaction. A crash leaves the run resumable: the next call continues with the unfinished
 * partitions. A day already completed changes nothing.
 */
export async function runEndOfDay(
  db: Database,
  date: LocalDate,
  options: EodOptions = {},
): Promise<EodDayResult> {
  const onProgress = options.onProgress ?? (() => undefined);
  const started = Date.now();
  return withEodLock(db, async () => {
    const businessDate = await getBusinessDate(db);
    const existing = await findEodRun(db, date);
    if (date < businessDate) {
      if (existing?.status === 'completed') {
        return {
          date,
          runId: existing.id,
          status: 'already-completed',
          partitions: existing.partitions,
          loansEvaluated: 0,
          loansChanged: 0,
          events: 0,
          seconds: 0,
          failures: [],
        };
      }
      throw badInput('date', `${date} is before the current business date ${businessDate}`);
    }
    if (date > businessDate) {
      throw badInput(
        'date',
        `${date} is not the current business date ${businessDate} (use --through to catch up)`,
      );
    }
    const settings = await loadEodSettings(db);
    const run =
      existing ?? (await db.transaction((tx) => createEodRun(tx, date, options.partitionSize ?? 10_000, 1)));
    if (existing) {
      await setEodRunStatus(db, run.id, 'running');
      onProgress(`resuming end of day ${date} (run ${run.id})`);
    } else
      onProgress(`end of day ${date}: ${run.loans} loans due for evaluation, ${run.partitions} partitions`);
    const pass = (await maxPartitionAttempts(db, run.id)) + 1;
    // PGlite is one connection: its partitions run one after another. On PostgreSQL a second partition's
    // queries overlap the first one's computation.
    const concurrency = db.engine === 'postgres' ? (options.concurrency ?? 2) : 1;
    const job: EodWorkerJob = { runId: run.id, date, pass };
    const extra = db.engine === 'postgres' && options.launchWorkers ? (options.extraWorkers ?? 0) : 0;
    await Promise.all([
      processPartitions(db, run.id, date, settings, pass, concurrency, onProgress),
      extra > 0 ? options.launchWorkers!(job, extra) : Promise.resolve(),
    ]);
    const totals = await runTotals(db, run.id);
    const progress = await partitionProgress(db, run.id);
    if (progress.failed > 0 || progress.pending > 0) {
      const message = `${progress.failed} partition(s) failed; run end of day again to resume`;
      await setEodRunStatus(db, run.id, 'failed', message);
      return {
        date,
        runId: run.id,
        status: 'failed',
        partitions: run.partitions,
        ...totals,
        seconds: (Date.now() - started) / 1000,
        failures: progress.failures,
      };
    }
    await db.transaction(async (tx) => {
      await noJit(db, tx);
      for (const step of RUN_STEPS) {
        const n = await step.run(tx, date, settings, db);
        onProgress(`${step.name}: ${n}`);
      }
      await setBusinessDate(tx, addDays(date, 1));
      await setEodRunStatus(tx, run.id, 'completed');
    });
    return {
      date,
      runId: run.id,
      status: 'completed',
      partitions: run.partitions,
      ...totals,
      seconds: (Date.now() - started) / 1000,
      failures: [],
    };
  });
}

/** Catches up day by day from the current business date through `through`, stopping at a failure. */
export async function runEndOfDayThrough(
  db: Database,
  through: LocalDate,
  options: EodOptions = {},
): Promise<EodDayResult[]> {
  const results: EodDayResult[] = [];
  let date = await getBusinessDate(db);
  if (through < date) throw badInput('through', `${through} is before the current business date ${date}`);
  while (date <= through) {
    const r = await runEndOfDay(db, date, options);
    results.push(r);
    if (r.status === 'failed') break;
    date = addDays(date, 1);
  }
  return results;
}
