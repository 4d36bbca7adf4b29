import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EodWorkerJob } from '@daihou/batch';

const BIN = fileURLToPath(new URL('../../bin/daihou.js', import.meta.url));

/**
 * Starts worker processes (`daihou eod-worker`) that join a run; each exits when no partition is left.
 * `databaseUrl` points them at another database than this process's DATABASE_URL (the benchmark's
 * scratch database).
 */
export function launchEodWorkers(io: { err(t: string): void }, databaseUrl?: string) {
  const env = databaseUrl ? { ...process.env, DATABASE_URL: databaseUrl } : process.env;
  return (job: EodWorkerJob, count: number): Promise<void> =>
    Promise.all(
      Array.from(
        { length: count },
        (_, i) =>
          new Promise<void>((resolve) => {
            const child = spawn(
              process.execPath,
              [BIN, 'eod-worker', '--run', job.runId, '--date', job.date, '--pass', String(job.pass)],
              { stdio: ['ignore', 'ignore', 'inherit'], env },
            );
            child.on('exit', (code, signal) => {
              // A worker that dies leaves its partition pending; the run then ends failed and resumes.
              if (code !== 0) io.err(`worker ${i + 1} ended with ${signal ?? `exit code ${code}`}`);
              resolve();
            });
          }),
      ),
    ).then(() => undefined);
}
