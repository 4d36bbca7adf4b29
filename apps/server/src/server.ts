import type { Database, ScryptParams } from '@daihou/db';
import { purgeLoginFailures, purgeSessions } from '@daihou/db';
import type { FastifyInstance } from 'fastify';
import { buildApp, type LogSettings, serverLogger } from './app';
import type { ServerConfig } from './config';
import type { AuditSink } from './plugins/audit-trail';
import { type Clock, systemClock } from './shared/clock';

export interface StartServerOptions {
  readonly db: Database;
  readonly config: ServerConfig;
  readonly logger?: LogSettings | undefined;
  readonly audit?: AuditSink | undefined;
  readonly clock?: Clock | undefined;
  readonly passwordHashParams?: ScryptParams | undefined;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  /** http://host:port as clients reach it (the real port when PORT=0 asked for any free one). */
  readonly url: string;
  /**
   * Stops accepting connections and lets requests in flight finish; connections still open after
   * `graceMs` (default 10 s) are cut. Resolves when the server is closed.
   */
  close(graceMs?: number): Promise<void>;
}

const HOUSEKEEPING_MS = 60 * 60_000;
// Ended sessions and old failures are kept a day for investigation, then deleted.
const KEEP_MS = 24 * 60 * 60_000;

/** Builds the app and listens on HOST:PORT; an hourly timer purges ended sessions and old failed sign-ins. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { db, config } = options;
  const clock = options.clock ?? systemClock;
  const app = await buildApp({
    db,
    config,
    clock,
    audit: options.audit,
    logger: options.logger ?? serverLogger(config),
    passwordHashParams: options.passwordHashParams,
  });
  const housekeeping = async () => {
    const before = new Date(clock().getTime() - KEEP_MS);
    try {
      const sessions = await purgeSessions(db, before);
      const failures = await purgeLoginFailures(db, before);
      app.log.info({ sessions, failures }, 'purged ended sessions and old failed sign-ins');
    } catch (err) {
      app.log.warn({ err }, 'housekeeping failed');
    }
  };
  const timer = setInterval(housekeeping, HOUSEKEEPING_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
  await app.listen({ port: config.port, host: config.host });
  await housekeeping();
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    app,
    url: `http://${host}:${port}`,
    async close(graceMs = 10_000) {
      const force = setTimeout(() => app.server.closeAllConnections(), graceMs);
      force.unref();
      try {
        await app.close();
      } finally {
        clearTimeout(force);
      }
    },
  };
}

/**
 * Resolves once the server has shut down after SIGINT or SIGTERM: new connections are refused, requests
 * in flight finish (up to `graceMs`, after which their connections are cut).
 */
export function untilShutdown(server: RunningServer, graceMs = 10_000): Promise<string> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      server.app.log.info({ signal }, 'shutting down: finishing requests in flight');
      server
        .close(graceMs)
        .catch((err: unknown) => server.app.log.error({ err }, 'error while shutting down'))
        .finally(() => {
          server.app.log.info('stopped');
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve(signal);
        });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** The lines `npm start` prints once the API listens. */
export const listeningBanner = (url: string): string =>
  [
    `Daihou API listening on ${url}`,
    `  OpenAPI document  ${url}/api/openapi.json`,
    `  API docs          ${url}/api/docs`,
    `  sign in           curl -c cookies.txt -H 'Origin: ${url}' -H 'Content-Type: application/json' \\`,
    `                      -d '{"username":"…","password":"…"}' ${url}/api/v1/auth/login`,
    'Stop with Ctrl+C (requests in flight finish first).',
  ].join('\n');
