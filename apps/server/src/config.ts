import { badInput, DEFAULT_ARCHIVE_MAX_BYTES } from '@daihou/core';
import { poolSizeFromEnv } from '@daihou/db';

/**
 * The server's settings, read once from the environment (CONTRACT.md "Start-up"). Every problem is bad
 * input naming the variable, so `npm start` can say exactly what to fix. Production mode
 * (NODE_ENV=production) refuses settings that are only safe on a developer's machine.
 */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  /** Connections to PostgreSQL (DAIHOU_DB_POOL_SIZE, 1–100, default 10); PGlite has one. */
  readonly dbPoolSize: number;
  readonly dataDir: string;
  readonly production: boolean;
  /**
   * Origins (scheme://host[:port]) whose pages may send state-changing requests; any other Origin, or
   * none, is refused (CSRF). Development allows the server's own address.
   */
  readonly allowedOrigins: readonly string[];
  /** Cookies carry `Secure` and the `__Host-` name prefix: in production (which is HTTPS-only). */
  readonly secureCookies: boolean;
  readonly session: {
    /** A session ends this long after its last request. */
    readonly idleMinutes: number;
    /** …and at the latest this long after sign-in. */
    readonly maxHours: number;
  };
  readonly login: LoginPolicy;
  /** Largest request body accepted, in bytes. */
  readonly bodyLimitBytes: number;
  /** Largest file the credit archive accepts (DAIHOU_ARCHIVE_MAX_BYTES, default 10 MiB; its uploads only). */
  readonly archiveMaxBytes: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  readonly trustProxy: boolean;
  readonly logLevel: string;
  /** Most loans one register export (GET /loans/export.xlsx) may hold (DAIHOU_EXPORT_ROW_LIMIT). */
  readonly exportRowLimit: number;
}

/** Lock-out and throttling of failed sign-ins. */
export interface LoginPolicy {
  /** Failures of one username within the window that lock it. */
  readonly maxFailuresPerUser: number;
  /** Failures from one client address within the window that throttle it (password spraying). */
  readonly maxFailuresPerClient: number;
  readonly windowMinutes: number;
  /** How long a lock lasts after the failure that triggered it. */
  readonly lockMinutes: number;
}

export const DEFAULT_LOGIN_POLICY: LoginPolicy = {
  maxFailuresPerUser: 5,
  maxFailuresPerClient: 20,
  windowMinutes: 15,
  lockMinutes: 15,
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function wholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw badInput(name, `"${raw}" must be a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw badInput(name, `"${raw}" must be true or false`);
}

/** 'https://daihou.bank.example' from a configured origin, or bad input. */
function parseOrigin(text: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(variable, `"${text}" is not an origin such as https://daihou.example.com`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== text.replace(/\/$/, '')) {
    throw badInput(variable, `"${text}" is not an origin (scheme://host[:port], no path)`);
  }
  return url.origin;
}

const hostForUrl = (host: string): string => (host.includes(':') ? `[${host}]` : host);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const production = env.NODE_ENV === 'production';
  const port = wholeNumber(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(host))
    throw badInput('HOST', `"${host}" is not a host name or address`);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw badInput('DATABASE_URL', 'must start with postgres:// (unset it to use the embedded database)');
  }

  const configured = (env.DAIHOU_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '')
    .map((o) => parseOrigin(o, 'DAIHOU_ALLOWED_ORIGINS'));
  let allowedOrigins: string[];
  if (production) {
    // Production cookies are Secure, so the console must be reached over HTTPS (directly or through a
    // proxy); an http:// origin or a guessed default would be a silent downgrade.
    if (configured.length === 0) {
      throw badInput(
        'DAIHOU_ALLOWED_ORIGINS',
        'production mode needs the https:// origin(s) the console is served from',
      );
    }
    const plain = configured.find((o) => !o.startsWith('https://'));
    if (plain)
      throw badInput('DAIHOU_ALLOWED_ORIGINS', `${plain} is not https:// (refused in production mode)`);
    allowedOrigins = configured;
  } else {
    const own = new Set([
      `http://${hostForUrl(host)}:${port}`,
      `http://127.0.0.1:${port}`,
      `http://localhost:${port}`,
    ]);
    allowedOrigins = [...new Set([...configured, ...own])];
  }

  const logLevel = env.DAIHOU_LOG_LEVEL || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw badInput('DAIHOU_LOG_LEVEL', `"${logLevel}" must be one of ${LOG_LEVELS.join(', ')}`);
  }

  return {
    port,
    host,
    databaseUrl,
    dbPoolSize: poolSizeFromEnv(env),
    dataDir: env.DATA_DIR || './data',
    production,
    allowedOrigins,
    secureCookies: production,
    session: {
      idleMinutes: wholeNumber(env, 'DAIHOU_SESSION_IDLE_MINUTES', 30, 5, 480),
      maxHours: wholeNumber(env, 'DAIHOU_SESSION_MAX_HOURS', 12, 1, 24),
    },
    login: DEFAULT_LOGIN_POLICY,
    bodyLimitBytes: 64 * 1024,
    archiveMaxBytes: wholeNumber(
      env,
      'DAIHOU_ARCHIVE_MAX_BYTES',
      DEFAULT_ARCHIVE_MAX_BYTES,
      1024,
      100 * 1024 * 1024,
    ),
    trustProxy: flag(env, 'DAIHOU_TRUST_PROXY'),
    logLevel,
    exportRowLimit: wholeNumber(env, 'DAIHOU_EXPORT_ROW_LIMIT', 100_000, 1, 1_000_000),
  };
}
