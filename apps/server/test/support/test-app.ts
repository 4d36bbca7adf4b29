import { type AuditEntry, type AuditEntryFilters, type Database, listAuditEntries } from '@daihou/db';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { CHEAP_SCRYPT, TEST_PASSWORD, type Username } from './bank-fixture';

export const ORIGIN = 'http://127.0.0.1:3000';
export const PRODUCTION_ORIGIN = 'https://daihou.bank.test';

/** A clock the test moves. */
export class TestClock {
  private now = new Date('2026-03-02T01:00:00Z');
  readonly read = () => new Date(this.now);
  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly clock: TestClock;
  /** The hash-chained audit trail the app writes (the server's default sink), oldest first. */
  audit(filters?: AuditEntryFilters): Promise<AuditEntry[]>;
}

export async function buildTestApp(db: Database, options: { production?: boolean } = {}): Promise<TestApp> {
  const config = loadConfig(
    options.production
      ? { NODE_ENV: 'production', DAIHOU_ALLOWED_ORIGINS: PRODUCTION_ORIGIN }
      : { PORT: '3000', HOST: '127.0.0.1' },
  );
  const clock = new TestClock();
  // No audit option: entries go to the database trail, in the transaction of each write, as in production.
  const app = await buildApp({ db, config, clock: clock.read, passwordHashParams: CHEAP_SCRYPT });
  await app.ready();
  const audit = async (filters: AuditEntryFilters = {}) =>
    (await listAuditEntries(db, { pageSize: 500, order: 'asc', ...filters })).items;
  return { app, clock, audit };
}

/** The Cookie header value from a response's Set-Cookie (name=value only). */
export function cookieFrom(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const first = Array.isArray(header) ? header[0] : header;
  if (!first) throw new Error(`no Set-Cookie in ${res.statusCode} ${res.body}`);
  return first.split(';')[0]!;
}

export async function login(
  app: FastifyInstance,
  username: Username | string,
  password = TEST_PASSWORD,
  origin = ORIGIN,
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { origin },
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  return cookieFrom(res);
}

export interface Call {
  readonly method?: InjectOptions['method'];
  readonly url: string;
  readonly cookie?: string | undefined;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** A request as the console would send it: Origin on state-changing methods, the session cookie. */
export function call(app: FastifyInstance, c: Call): Promise<LightMyRequestResponse> {
  const method = c.method ?? 'GET';
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers.origin = ORIGIN;
  if (c.cookie) headers.cookie = c.cookie;
  return app.inject({
    method,
    url: c.url,
    headers: { ...headers, ...c.headers },
    ...(c.body === undefined ? {} : { payload: c.body as InjectOptions['payload'] }),
  });
}

/** The error body of a response, asserting the documented shape. */
export function errorOf(res: LightMyRequestResponse): {
  code: string;
  message: string;
  field: string | null;
} {
  const body = res.json() as { error?: { code: string; message: string; field: string | null } };
  if (
    !body.error ||
    typeof body.error.code !== 'string' ||
    typeof body.error.message !== 'string' ||
    !('field' in body.error)
  ) {
    throw new Error(`not the error shape: ${res.body}`);
  }
  return body.error;
}
