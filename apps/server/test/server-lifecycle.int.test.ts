import { Writable } from 'node:stream';
import { hashPassword } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { startServer } from '../src/server';
import { CHEAP_SCRYPT, seedBank, TEST_PASSWORD } from './support/bank-fixture';
import { freePort } from './support/free-port';
import { buildTestApp, call, login, ORIGIN } from './support/test-app';

/** Log lines a test can read (pino writes JSON lines to the stream). */
class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  private waiters: { match: (l: Record<string, unknown>) => boolean; resolve: () => void }[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    for (const text of chunk.toString('utf8').split('\n').filter(Boolean)) {
      const line = JSON.parse(text) as Record<string, unknown>;
      this.lines.push(line);
      const waiting = this.waiters.filter((w) => !w.match(line));
      for (const w of this.waiters) if (!waiting.includes(w)) w.resolve();
      this.waiters = waiting;
    }
    done();
  }
  /** Resolves when a line matching `match` is written. */
  seen(match: (l: Record<string, unknown>) => boolean): Promise<void> {
    if (this.lines.some(match)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }
}

describe.each(testEngines())('server documents, logs and lifecycle on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedBank(t.db);
    app = (await buildTestApp(t.db)).app;
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('serves the OpenAPI document without sign-in, generated from the route schemas', async () => {
    const res = await call(app, { url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/v1/auth/login',
        '/api/v1/auth/logout',
        '/api/v1/customers',
        '/api/v1/customers/{id}',
        '/api/v1/health',
        '/api/v1/loans',
        '/api/v1/loans/{id}',
        '/api/v1/loans/{id}/payoff-quote',
        '/api/v1/loans/{id}/prepayment-quote',
        '/api/v1/loans/{id}/prepayments',
        '/api/v1/loans/{id}/repayment-quote',
        '/api/v1/loans/{id}/repayments',
        '/api/v1/me',
        '/api/v1/me/password',
        '/api/v1/reports/portfolio',
        '/api/v1/reports/portfolio-trend',
        '/api/v1/reports/largest-overdue-debtors',
        '/api/v1/branches',
        '/api/v1/account-managers',
        '/api/v1/loans/export.xlsx',
        '/api/v1/approvals',
        '/api/v1/approvals/{id}',
        '/api/v1/approvals/{id}/approve',
        '/api/v1/approvals/{id}/reject',
        '/api/v1/audit',
        '/api/v1/audit/verify',
        '/api/v1/customers/{id}/personal-data',
        '/api/v1/eod/runs',
        '/api/v1/eod/runs/{date}',
        '/api/v1/loans/{id}/class-override',
        '/api/v1/repayments/{id}/reversal',
        '/api/v1/users',
        '/api/v1/users/{id}/deactivate',
        '/api/v1/users/{id}/password-reset',
        '/api/v1/users/{id}/reactivate',
        '/api/v1/users/{id}/roles',
        '/api/v1/inspections/tasks',
        '/api/v1/inspections/tasks/{id}',
        '/api/v1/inspections/tasks/{id}/report',
        '/api/v1/inspections/reports/{id}/approve',
        '/api/v1/inspections/reports/{id}/return',
        '/api/v1/key-customers',
        '/api/v1/warnings',
        '/api/v1/warnings/{id}',
        '/api/v1/warnings/{id}/decisions',
        '/api/v1/collection/cases',
        '/api/v1/collection/cases/{id}',
        '/api/v1/collection/cases/{id}/actions',
        '/api/v1/collection/cases/{id}/assign',
        '/api/v1/loans/{id}/recovery',
        '/api/v1/loans/{id}/write-off',
        '/api/v1/loans/{id}/recoveries',
        '/api/v1/loans/{id}/litigation',
        '/api/v1/litigation/{id}/steps',
        '/api/v1/loans/{id}/demands',
        '/api/v1/loans/{id}/recovery-plan',
        '/api/v1/recovery-plans',
        '/api/v1/recovery-plans/{id}/reviews',
        '/api/v1/interest-caps',
        '/api/v1/interest-caps/check',
        '/api/v1/interest-caps/lpr',
        '/api/v1/handover',
        '/api/v1/handover/orphans',
        '/api/v1/handover/preview',
        '/api/v1/handover/users',
        '/api/v1/handover/users/{id}/book',
        '/api/v1/handover/{id}',
        '/api/v1/handover/{id}/cancel',
        '/api/v1/handover/{id}/sign',
        '/api/v1/archive/check-report',
        '/api/v1/archive/checkouts',
        '/api/v1/archive/documents/{id}',
        '/api/v1/archive/documents/{id}/checkout',
        '/api/v1/archive/documents/{id}/content',
        '/api/v1/archive/documents/{id}/destruction',
        '/api/v1/archive/documents/{id}/return',
        '/api/v1/archive/documents/{id}/versions',
        '/api/v1/collection/cases/{id}/eligible-assignees',
        '/api/v1/customers/{id}/archive',
        '/api/v1/customers/{id}/archive/documents',
        '/api/v1/customers/{id}/stop-flags',
        '/api/v1/customers/{id}/stop-flags/{flagId}/lift',
        '/api/v1/guarantee-circles',
        '/api/v1/guarantee-circles/{id}',
        '/api/v1/inspections/reports/{id}/pdf',
        '/api/v1/loans/{id}/extension',
        '/api/v1/loans/{id}/extension-quote',
        '/api/v1/loans/{id}/rescheduling',
        '/api/v1/loans/{id}/restructure',
        '/api/v1/loans/{id}/restructure-quote',
        '/api/v1/warnings/counts',
      ].sort(),
    );
    expect(doc.components.securitySchemes.session).toEqual({
      type: 'apiKey',
      in: 'cookie',
      name: 'daihou_session',
    });
    const login = doc.paths['/api/v1/auth/login'].post;
    const schema = login.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(['username', 'password']);
    expect(schema.additionalProperties).toBe(false);
    const repay = doc.paths['/api/v1/loans/{id}/repayments'].post;
    expect(repay.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(
      expect.arrayContaining(['path:id', 'header:idempotency-key']),
    );
    expect(Object.keys(repay.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '404', '409', '422']),
    );
  });

  it('serves the browsable docs at /api/docs without sign-in', async () => {
    const res = await call(app, { url: '/api/docs' });
    expect([200, 302]).toContain(res.statusCode);
    const page = res.statusCode === 302 ? await call(app, { url: String(res.headers.location) }) : res;
    expect(page.body).toContain('Swagger UI');
  });

  it('keeps a caller’s X-Request-Id and makes one up otherwise', async () => {
    const given = await call(app, { url: '/api/v1/health', headers: { 'x-request-id': 'bank-trace-42' } });
    expect(given.headers['x-request-id']).toBe('bank-trace-42');
    const bad = await call(app, { url: '/api/v1/health', headers: { 'x-request-id': 'not ok\u0001' } });
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs structured lines with the request id and without cookies, tokens or query strings', async () => {
    const logs = new LogCapture();
    const logged = await buildApp({
      db: t.db,
      config: loadConfig({}),
      passwordHashParams: CHEAP_SCRYPT,
      logger: { level: 'info', stream: logs },
    });
    const cookie = await login(logged, 'officer.a');
    const token = cookie.split('=')[1]!;
    await logged.inject({
      url: '/api/v1/loans?q=110101199003071234',
      headers: { cookie, 'x-request-id': 'trace-7' },
    });
    await logged.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
      payload: '{',
    });
    await logged.close();
    const text = JSON.stringify(logs.lines);
    expect(text).not.toContain(token);
    expect(text).not.toContain('110101199003071234');
    expect(text).not.toContain(TEST_PASSWORD);
    const traced = logs.lines.filter((l) => l.requestId === 'trace-7');
    expect(traced.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    expect(traced[0]).toMatchObject({ req: { method: 'GET', path: '/api/v1/loans' } });
    expect(logs.lines.some((l) => l.msg === 'request refused' && l.code === 'bad_input')).toBe(true);
  });

  it('finishes a request in flight when it shuts down, then refuses connections', async () => {
    // A slow sign-in: a costly password hash keeps the request busy while the server closes.
    await t.db.query(`update app_user set password_hash = $1 where username = 'head.a'`, [
      await hashPassword(TEST_PASSWORD, { N: 65536, r: 8, p: 1 }),
    ]);
    const port = await freePort();
    const logs = new LogCapture();
    const server = await startServer({
      db: t.db,
      config: loadConfig({ PORT: String(port) }),
      logger: { level: 'info', stream: logs },
      passwordHashParams: CHEAP_SCRYPT,
    });
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    const inFlight = fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'head.a', password: TEST_PASSWORD }),
    });
    await logs.seen(
      (l) => l.msg === 'incoming request' && (l.req as { path?: string })?.path === '/api/v1/auth/login',
    );
    await server.close();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.headers.get('connection')).toBe('close');
    expect(((await res.json()) as { username: string }).username).toBe('head.a');
    await expect(fetch(`${server.url}/api/v1/health`)).rejects.toThrow();
  });
});
