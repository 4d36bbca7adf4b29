import { badInput } from '@daihou/core';
import { parseOptions } from '../shared/args';
import type { Command } from '../shared/cli-io';
import { launchEodWorkers } from '../shared/eod-workers';

const HELP = `Usage: daihou bench <schedule|replay|circles|import|eod|api|all> [--loans N] [--days K] [--workers W]
                    [--payments on-time|none] [--connections C] [--duration S] [--json]

  schedule   schedule generation in core (installments per second, one core)
  replay     the per-loan replay of an import in core (microseconds a loan, one core)
  circles    guarantee-circle detection in core over N borrowers (default 1,000,000) and 300,000 links
  import     daihou import of N synthetic loans into the configured database
  eod        end of day over a synthetic book of N loans (~15 % delinquent) for K business days,
             in W processes (PostgreSQL); the current loans pay on their due dates (--payments on-time,
             the default) or nobody pays (--payments none: every loan falling due goes overdue)
  api        the loan list (branch A01, bucket M1; plain and sorted by DPD) and the loan detail under
             C concurrent connections (default 200) for S seconds each (default 10), against the server
             in a child process over a synthetic book of N loans in branches A01, A02, B01, B02
  all        every benchmark above but api (which needs ~40 s of load), each with its default size`;

const positiveInt = (text: string | undefined, field: string, fallback: number): number => {
  if (text === undefined) return fallback;
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1)
    throw badInput(field, `"${text}" must be a positive whole number`);
  return Number(text);
};

const paymentsOption = (text: string | undefined): 'on-time' | 'none' => {
  if (text === undefined || text === 'on-time' || text === 'none') return text ?? 'on-time';
  throw badInput('--payments', `"${text}" must be on-time or none`);
};

export const bench: Command = async (args, io) => {
  const { values, positionals } = parseOptions(
    args,
    {
      loans: { type: 'string' },
      days: { type: 'string' },
      workers: { type: 'string' },
      payments: { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    true,
  );
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const which = positionals[0] ?? 'all';
  const results: unknown[] = [];
  if (which === 'schedule' || which === 'all') {
    const { benchSchedule } = await import('../../../../bench/schedule.bench');
    results.push(benchSchedule(positiveInt(values.loans, '--loans', 100_000)));
  }
  if (which === 'replay' || which === 'all') {
    const { benchReplay } = await import('../../../../bench/replay.bench');
    results.push(benchReplay(positiveInt(values.loans, '--loans', 100_000)));
  }
  if (which === 'circles' || which === 'all') {
    const { benchCircles } = await import('../../../../bench/circles.bench');
    results.push(benchCircles(positiveInt(values.loans, '--loans', 1_000_000)));
  }
  if (which === 'import' || which === 'all') {
    const { benchImport } = await import('../../../../bench/import.bench');
    results.push(await benchImport(positiveInt(values.loans, '--loans', 100_000)));
  }
  if (which === 'eod' || which === 'all') {
    const { benchEod } = await import('../../../../bench/eod.bench');
    results.push(
      await benchEod(positiveInt(values.loans, '--loans', 100_000), positiveInt(values.days, '--days', 1), {
        workers: positiveInt(values.workers, '--workers', 1),
        payments: paymentsOption(values.payments),
        launchWorkers: (url) => launchEodWorkers(io, url),
      }),
    );
  }
  if (which === 'api') {
    const { benchApi } = await import('../../../../bench/api.bench');
    results.push(
      await benchApi(positiveInt(values.loans, '--loans', 100_000), {
        connections: positiveInt(values.connections, '--connections', 200),
        duration: positiveInt(values.duration, '--duration', 10),
      }),
    );
  }
  if (results.length === 0)
    throw badInput(
      'benchmark',
      `unknown benchmark "${which}" (schedule, replay, circles, import, eod, api, all)`,
    );
  const output = results.length === 1 ? results[0] : results;
  io.out(values.json ? JSON.stringify(output) : JSON.stringify(output, null, 2));
  return 0;
};
