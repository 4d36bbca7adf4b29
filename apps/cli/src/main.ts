import { DomainError } from '@daihou/core';
import { type CliIo, type Command, EXIT_BAD_INPUT, EXIT_FAILURE, processIo } from './shared/cli-io';

/** Commands load lazily so `daihou schedule` does not pay for the database driver. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  schedule: {
    summary: 'print a repayment schedule',
    load: async () => (await import('./commands/schedule')).schedule,
  },
  simulate: {
    summary: 'replay one loan scenario day by day',
    load: async () => (await import('./commands/simulate')).simulate,
  },
  demo: {
    summary: 'create the demo portfolio in the configured database',
    load: async () => (await import('./commands/demo')).demo,
  },
  import: {
    summary: 'import customers, loans or repayments from CSV/XLSX',
    load: async () => (await import('./commands/import')).importCommand,
  },
  export: {
    summary: 'export the loan register (台账) as .xlsx',
    load: async () => (await import('./commands/export')).exportCommand,
  },
  eod: {
    summary: 'run end of day (日终) for the business date, or catch up through a date',
    load: async () => (await import('./commands/eod')).eod,
  },
  'eod-worker': {
    summary: '(internal) a worker process of `eod --workers N`',
    load: async () => (await import('./commands/eod')).eodWorker,
  },
  audit: {
    summary: 'check the audit trail: daihou audit verify',
    load: async () => (await import('./commands/audit')).audit,
  },
  start: {
    summary: 'prepare the database and print the portfolio summary; with --serve, then serve the API',
    load: async () => (await import('./commands/start')).start,
  },
  bench: { summary: 'run benchmarks', load: async () => (await import('./commands/bench')).bench },
};

function usage(io: CliIo): void {
  io.err('Usage: daihou <command> [options]   (daihou <command> --help for its options)\n');
  for (const [name, c] of Object.entries(COMMANDS)) io.err(`  ${name.padEnd(10)} ${c.summary}`);
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    usage(io);
    return name ? 0 : EXIT_BAD_INPUT;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.err(`command: unknown command "${name}" (run daihou --help)`);
    return EXIT_BAD_INPUT;
  }
  try {
    const command = await entry.load();
    return await command(rest, io);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'bad_input') {
      io.err(err.message.split('\n')[0] ?? err.message);
      return EXIT_BAD_INPUT;
    }
    io.err(`error: ${err instanceof Error ? err.message : String(err)}`);
    if (process.env.DAIHOU_DEBUG && err instanceof Error && err.stack) io.err(err.stack);
    return EXIT_FAILURE;
  }
}
