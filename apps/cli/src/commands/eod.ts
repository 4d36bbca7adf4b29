import { type EodDayResult, runEndOfDay, runEndOfDayThrough } from '@daihou/batch';
import { badInput, parseLocalDate } from '@daihou/core';
import { connectFromEnv, migrate } from '@daihou/db';
import { parseOptions } from '../shared/args';
import type { Command } from '../shared/cli-io';

const HELP = `Usage: daihou eod --date YYYY-MM-DD [--json]
       daihou eod --through YYYY-MM-DD [--json]

Runs end of day (日终) for the current business date (--date), or day by day up to and including
--through. A failed or interrupted run is resumed by running the same command again; a day already
completed changes nothing.`;

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
  let concurrency: number | undefined;
  if (values.workers !== undefined) {
    if (!/^[1-9]\d?$/.test(values.workers)) throw badInput('--workers', `"${values.workers}" must be 1–99`);
    concurrency = Number(values.workers);
  }
  const date = values.date !== undefined ? parseLocalDate(values.date, '--date') : undefined;
  const through = values.through !== undefined ? parseLocalDate(values.through, '--through') : undefined;
  const db = await connectFromEnv();
  try {
    await migrate(db);
    const options = { concurrency, onProgress: (m: string) => io.err(m) };
    const results = date
      ? [await runEndOfDay(db, date, options)]
      : await runEndOfDayThrough(db, through!, options);
    if (values.json) io.out(JSON.stringify(date ? results[0] : results));
    else for (const r of results) io.out(describe(r));
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  } finally {
    await db.close();
  }
};
