import { type EodDayResult, runEndOfDay } from '@daihou/batch';
import { DomainError, type LocalDate } from '@daihou/core';
import { findBusinessDate, findEodRun, getBusinessDate, listEodRuns } from '@daihou/db';
import type { FastifyBaseLogger } from 'fastify';
import type { ServerContext } from '../../server-context';
import { ApiError, fromDomainError, notFound } from '../../shared/api-error';
import { eodRunStatus } from './eod-run-status';

type Outcome =
  | { readonly ok: true; readonly result: EodDayResult }
  | { readonly ok: false; readonly error: unknown };

/**
 * Starts end of day inside the server process, in the background, one at a time. The request waits only
 * until the run exists (its first progress message), so it can answer with the run id; progress is read
 * from eod_run / eod_partition like the CLI's. Another process running end of day holds the end-of-day
 * lock, which answers 409 here too.
 */
export interface EodLauncher {
  start(date: LocalDate): Promise<{ runId: string; date: LocalDate }>;
  /** Resolves when no run is in progress (the server waits for it on close). */
  idle(): Promise<void>;
}

function startError(error: unknown): unknown {
  if (error instanceof DomainError) {
    if (error.code === 'eod_locked') return new ApiError('conflict', `date: ${error.message}`, 'date');
    return fromDomainError(error);
  }
  return error;
}

export function eodLauncher(ctx: ServerContext, log: FastifyBaseLogger): EodLauncher {
  // Set before the first await, so two requests arriving together cannot both start a run.
  let busy = false;
  let running: Promise<Outcome> | null = null;

  function launch(date: LocalDate, onStarted: () => void): Promise<Outcome> {
    const settled: Promise<Outcome> = runEndOfDay(ctx.db, date, {
      onProgress: (message) => {
        log.info({ eod: { date, message } }, 'end of day');
        onStarted();
      },
    }).then(
      (result) => ({ ok: true, result }),
      (error: unknown) => ({ ok: false, error }),
    );
    running = settled.then((outcome) => {
      busy = false;
      running = null;
      if (outcome.ok) log.info({ eod: { date, status: outcome.result.status } }, 'end of day finished');
      else log.error({ err: outcome.error, eod: { date } }, 'end of day failed');
      return outcome;
    });
    return settled;
  }

  return {
    async start(date) {
      if (busy) throw new ApiError('conflict', 'date: end of day is already running', 'date');
      busy = true;
      let launched = false;
      try {
        const businessDate = await getBusinessDate(ctx.db);
        if (date !== businessDate) {
          throw new ApiError('bad_input', `date: ${date} is not the business date ${businessDate}`, 'date');
        }
        let signalStarted: () => void = () => undefined;
        const started = new Promise<null>((resolve) => {
          signalStarted = () => resolve(null);
        });
        launched = true;
        const settled = launch(date, signalStarted);
        const early = await Promise.race([started, settled]);
        if (early !== null && !early.ok) throw startError(early.error);
        const run = await findEodRun(ctx.db, date);
        if (!run) throw new ApiError('internal_error', `end of day ${date} did not start`);
        return { runId: run.id, date };
      } finally {
        if (!launched) busy = false;
      }
    },
    async idle() {
      await running;
    },
  };
}

export async function eodProgress(ctx: ServerContext, date: LocalDate) {
  const status = await eodRunStatus(ctx.db, date);
  if (!status) throw notFound(`end-of-day run for ${date}`, 'date');
  return status;
}

/** The runs, newest business date first, with the business date they lead to. */
export async function eodRunList(ctx: ServerContext, q: { page: number; pageSize: number }) {
  const page = await listEodRuns(ctx.db, q);
  return {
    businessDate: await findBusinessDate(ctx.db),
    running: page.items.some((r) => r.status === 'running'),
    items: [...page.items],
    total: page.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
