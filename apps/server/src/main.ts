import { DomainError } from '@daihou/core';
import { connect, migrate } from '@daihou/db';
import { loadConfig, type ServerConfig } from './config';
import { listeningBanner, startServer, untilShutdown } from './server';

/**
 * `daihou-server`: the API alone over an existing database (a deployment's process): migrate, listen,
 * stop gracefully on SIGINT/SIGTERM. It never loads the demo; `npm start` (daihou start --serve) does that
 * for a new development database. Exit codes as the CLI's: 0 ok, 2 bad settings, 1 other failure.
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let config: ServerConfig;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'bad_input') {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const db = await connect({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
  });
  try {
    const applied = await migrate(db);
    if (applied.length > 0) process.stderr.write(`migrations applied: ${applied.join(', ')}\n`);
    const server = await startServer({ db, config });
    process.stdout.write(`${listeningBanner(server.url)}\n`);
    await untilShutdown(server);
    return 0;
  } finally {
    await db.close();
  }
}
