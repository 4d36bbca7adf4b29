import { randomUUID } from 'node:crypto';
import { type Database, DEFAULT_SCRYPT, type ScryptParams } from '@daihou/db';
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ServerConfig } from './config';
import { accountManagerRoutes } from './modules/account-managers/routes';
import { approvalRoutes } from './modules/approvals/routes';
import { archiveRoutes } from './modules/archive/routes';
import { auditRoutes } from './modules/audit/routes';
import { authRoutes } from './modules/auth/routes';
import { authService } from './modules/auth/service';
import { sessionCookie } from './modules/auth/session-cookie';
import { branchRoutes } from './modules/branches/routes';
import { collectionRoutes } from './modules/collection/routes';
import { customerRoutes } from './modules/customers/routes';
import { eodRoutes } from './modules/eod/routes';
import { eodLauncher } from './modules/eod/service';
import { handoverRoutes } from './modules/handover/routes';
import { healthRoutes } from './modules/health/routes';
import { inspectionRoutes } from './modules/inspections/routes';
import { loanRoutes } from './modules/loans/routes';
import { prepaymentRoutes } from './modules/prepayments/routes';
import { recoveryRoutes } from './modules/recovery/routes';
import { repaymentRoutes } from './modules/repayments/routes';
import { reportRoutes } from './modules/reports/routes';
import { restructureRoutes } from './modules/restructure/routes';
import { userRoutes } from './modules/users/routes';
import { type AuditSink, registerAuditTrail } from './plugins/audit-trail';
import { registerCsrfOrigin } from './plugins/csrf-origin';
import { registerErrorHandler } from './plugins/error-handler';
import { registerGracefulClose } from './plugins/graceful-close';
import { registerOpenApi } from './plugins/openapi';
import { registerResponseHeaders } from './plugins/response-headers';
import { registerSessionAuth } from './plugins/session-auth';
import { registerWebConsole } from './plugins/web-console';
import type { ServerContext } from './server-context';
import { type Clock, systemClock } from './shared/clock';
import './shared/fastify-augment';

export interface BuildAppOptions {
  readonly db: Database;
  readonly config: ServerConfig;
  /** Wall clock for sessions and lock-out (tests move it). */
  readonly clock?: Clock | undefined;
  /** Where audit entries go, each appended inside its write's own transaction (default: the hash-chained trail). */
  readonly audit?: AuditSink | undefined;
  /** Where and how much to log (pino JSON lines); omitted, nothing is logged. */
  readonly logger?: LogSettings | undefined;
  readonly passwordHashParams?: ScryptParams | undefined;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Logs name the path without its query: queries can carry names and ID numbers typed into a search. */
const requestSerializer = (req: { id: string; method: string; url: string; ip?: string }) => ({
  id: req.id,
  method: req.method,
  path: req.url.split('?')[0],
  remoteAddress: req.ip,
});

export interface LogSettings {
  readonly level: string;
  readonly stream: { write(line: string): unknown };
}

/** What `npm start` logs: JSON lines on stderr, so stdout stays for the summary and the URL. */
export const serverLogger = (config: ServerConfig): LogSettings => ({
  level: config.logLevel,
  stream: process.stderr,
});

function loggerOptions(settings: LogSettings | undefined): FastifyServerOptions['logger'] {
  if (!settings) return false;
  return {
    level: settings.level,
    stream: settings.stream,
    serializers: { req: requestSerializer },
    // Nothing logs headers today; should a serializer ever add them, credentials stay out.
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  };
}

/**
 * The HTTP application, not yet listening: tests drive it with `app.inject()`, startServer listens.
 * Everything it needs comes in through `options` (database, settings, clock, audit sink).
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // A caller's X-Request-Id is kept (when it looks like an id) so logs join across systems.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    // In-flight requests finish on close; idle keep-alive connections are closed at once; requests
    // arriving while closing are answered by registerGracefulClose (in the error shape).
    forceCloseConnections: 'idle',
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 100 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: a text/plain body is what a cross-site form could send.
  app.removeContentTypeParser('text/plain');

  const ctx: ServerContext = {
    db: options.db,
    config,
    clock,
    passwordHashParams: options.passwordHashParams ?? DEFAULT_SCRYPT,
  };
  const cookie = sessionCookie(config.secureCookies);
  const auth = authService(ctx);

  registerErrorHandler(app);
  registerResponseHeaders(app);
  registerGracefulClose(app);
  registerCsrfOrigin(app, config.allowedOrigins);
  registerSessionAuth(app, auth, cookie);
  registerAuditTrail(app, options.audit, clock);
  await registerOpenApi(app, cookie.name);
  const eod = eodLauncher(ctx, app.log);
  // An end of day started over HTTP finishes before the database is closed under it.
  app.addHook('onClose', async () => eod.idle());

  await app.register(
    async (api) => {
      healthRoutes(api, ctx);
      authRoutes(api, auth, cookie);
      loanRoutes(api, ctx);
      repaymentRoutes(api, ctx);
      prepaymentRoutes(api, ctx);
      customerRoutes(api, ctx);
      reportRoutes(api, ctx);
      branchRoutes(api, ctx);
      accountManagerRoutes(api, ctx);
      approvalRoutes(api, ctx);
      auditRoutes(api, ctx);
      userRoutes(api, ctx);
      eodRoutes(api, ctx, eod);
      archiveRoutes(api, ctx);
      inspectionRoutes(api, ctx);
      collectionRoutes(api, ctx);
      recoveryRoutes(api, ctx);
      restructureRoutes(api, ctx);
      handoverRoutes(api, ctx);
    },
    { prefix: '/api/v1' },
  );
  await registerWebConsole(app);
  return app;
}
