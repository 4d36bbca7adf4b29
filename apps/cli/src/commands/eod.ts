import { type EodDayResult, runEndOfDay, runEndOfDayThrough, runEodWorker } from '@daihou/batch';
import { badInput, parseLocalDate } from '@daihou/core';
import { connectFromEnv, migrate } from '@daihou/db';
import { parseOptions, withOptionNamesAsync } from '../shared/args';
import type { Command } from '../shared/cli-io';
import { launchEodWorkers } from '../shared/eod-workers';

const HELP = `Usage: daihou eod --date YYYY-MM-DD [--workers N] [--partition-size IDS] [--json]
       daihou eod --through YYYY-MM-DD [--workers N] [--partition-size IDS] [--json]

Runs end of day (日终) for the current business date (--date), or day by day up to and including
--through. A failed or interrupted run is resumed by running the same command again; a day already
completed changes nothing. --workers N (PostgreSQL) runs the partitions in N processes.`;

const describe = (r: EodDayResult): string =>
  r.status === 'already-completed'
    ? `${r.date}: end of day already completed; nothing changed`
    : `${r.date}: ${r.status} — ${r.loansEvaluated} loans evaluated, ${r.loansChanged} changed, ${r.events} events, ` +
      `${r.partitions} partitions, ${r.seconds.toFixed(2)} s` +
      r.failures
        .map(
          (f) => `\n  partition ${f.partitionNo} failed${f.loanId ? ` at loan ${f.loanId}` : ''}: ${f.error}`,
        )
        .join('');

export const eod: Command = async (args, io) => {
  const { values } = parseOptions(args, {
    date: { type: 'string' },
    through: { type: 'string' },
    workers: { type: 'string' },
    'partition-size': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if ((values.date === undefined) === (values.through === undefined)) {
    throw badInput('--date', 'give either --date (the current business date) or --through');
  }
  let workers = 1;
  if (values.workers !== undefined) {
    if (!/^[1-9]\d?$/.test(values.workers)) throw badInput('--workers', `"${values.workers}" must be 1–99`);
    workers = Number(values.workers);
  }
  let partitionSize: number | undefined;
  if (values['partition-size'] !== undefined) {
    if (!/^[1-9]\d{0,6}$/.test(values['partition-size'])) {
      throw badInput('--partition-size', `"${values['partition-size']}" must be 1–9999999 loan ids`);
    }
    partitionSize = Number(values['partition-size']);
  }
  const date = values.date !== undefined ? parseLocalDate(values.date, '--date') : undefined;
  const through = values.through !== undefined ? parseLocalDate(values.through, '--through') : undefined;
  const db = await connectFromEnv();
  try {
    if (workers > 1 && db.engine !== 'postgres') {
      throw badInput(
        '--workers',
        'PGlite is one embedded database in this process: worker processes need PostgreSQL',
      );
    }
    await migrate(db);
    const options = {
      onProgress: (m: string) => io.err(m),
      extraWorkers: workers - 1,
      partitionSize,
      launchWorkers: launchEodWorkers(io),
    };
    // The library names its inputs `date`/`through`; here they are the options the user typed.
    const results = await withOptionNamesAsync({ date: 'date', through: 'through' }, async () =>
      date ? [await runEndOfDay(db, date, options)] : await runEndOfDayThrough(db, through!, options),
    );
    if (values.json) io.out(JSON.stringify(date ? results[0] : results));
    else for (const r of results) io.out(describe(r));
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  } finally {
    await db.close();
  }
};

/** Internal: a worker process started by `daihou eod --workers N`. */
export const eodWorker: Command = async (args, io) => {
  const { values } = parseOptions(args, {
    run: { type: 'string' },
    date: { type: 'string' },
    pass: { type: 'string' },
  });
  if (!values.run || !/^\d+$/.test(values.run)) throw badInput('--run', 'a run id is required');
  if (!values.pass || !/^\d+$/.test(values.pass)) throw badInput('--pass', 'a pass number is required');
  const date = parseLocalDate(values.date ?? '', '--date');
  const db = await connectFromEnv();
  try {
    await runEodWorker(db, { runId: values.run, date, pass: Number(values.pass) }, (m) => io.err(m));
    return 0;
  } finally {
    await db.close();
  }
};
