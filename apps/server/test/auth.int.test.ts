import { DEMO_PASSWORD, hashPassword } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSINESS_DATE, CHEAP_SCRYPT, seedBank, TEST_PASSWORD } from './support/bank-fixture';
import {
  buildTestApp,
  call,
  cookieFrom,
  errorOf,
  login,
  ORIGIN,
  PRODUCTION_ORIGIN,
  type TestApp,
} from './support/test-app';

const MINUTE = 60_000;

describe.each(testEngines())('sign-in and sessions on %s', (engine) => {
  let t: TestDatabase;
  let ta: TestApp;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedBank(t.db);
    ta = await buildTestApp(t.db);
    app = ta.app;
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const attempt = (username: string, password: string, ip = '127.0.0.1') =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: ORIGIN },
      payload: { username, password },
      remoteAddress: ip,
    });

  it('answers health without sign-in', async () => {
    const res = await call(app, { url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: engine, businessDate: BUSINESS_DATE });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('signs in with an http-only, SameSite=Strict session cookie and answers /me', async () => {
    const res = await attempt('manager.a', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      username: 'manager.a',
      displayName: '用户manager.a',
      roles: ['account_manager'],
      branchId: 'A',
      passwordChangeRequired: false,
      permissions: [
        'account_managers:read',
        'approvals:read',
        'approvals:request',
        'archive:read',
        'archive:write',
        'branches:read',
        'customers:read',
        'customers:unmask',
        'handover:read',
        'handover:sign',
        'inspections:read',
        'inspections:write',
        'interest_caps:read',
        'loans:export',
        'loans:read',
        'prepayments:book',
        'recoveries:book',
        'recovery:read',
        'repayments:book',
        'reports:read',
        'rescheduling:request',
        'stopflags:set',
      ],
      scope: 'branch',
    });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(
      /^daihou_session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    const me = await call(app, { url: '/api/v1/me', cookie: cookieFrom(res) });
    expect(me.statusCode).toBe(200);
    expect(me.json().username).toBe('manager.a');
    expect((await ta.audit()).some((a) => a.action === 'session.login' && a.actor === 'manager.a')).toBe(
      true,
    );
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await login(app, 'officer.a');
    const token = cookie.split('=')[1]!;
    const rows = await t.db.query<{ token_hash: string }>('select token_hash from app_session');
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('refuses a wrong password, an unknown user and an inactive user alike (401)', async () => {
    for (const [username, password] of [
      ['head.a', 'wrong-password'],
      ['nobody', TEST_PASSWORD],
      ['retired.a', TEST_PASSWORD],
    ]) {
      const res = await attempt(username!, password!, '10.1.1.1');
      expect(res.statusCode).toBe(401);
      expect(errorOf(res)).toEqual({
        code: 'unauthenticated',
        message: 'wrong username or password',
        field: null,
      });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('answers 401 without a session, with a forged token, and after logout', async () => {
    expect((await call(app, { url: '/api/v1/me' })).statusCode).toBe(401);
    expect(errorOf(await call(app, { url: '/api/v1/loans' })).code).toBe('unauthenticated');
    const forged = `daihou_session=${'A'.repeat(43)}`;
    expect((await call(app, { url: '/api/v1/me', cookie: forged })).statusCode).toBe(401);

    const cookie = await login(app, 'head.a');
    const out = await call(app, { method: 'POST', url: '/api/v1/auth/logout', cookie });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('daihou_session=; Max-Age=0');
    expect((await call(app, { url: '/api/v1/me', cookie })).statusCode).toBe(401);
    // Logging out twice is harmless.
    expect((await call(app, { method: 'POST', url: '/api/v1/auth/logout', cookie })).statusCode).toBe(204);
  });

  it('ends an older session when the same browser signs in again', async () => {
    const first = await login(app, 'reviewer.a');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: ORIGIN, cookie: first },
      payload: { username: 'reviewer.a', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect((await call(app, { url: '/api/v1/me', cookie: first })).statusCode).toBe(401);
    expect((await call(app, { url: '/api/v1/me', cookie: cookieFrom(res) })).statusCode).toBe(200);
  });

  it('expires a session after 30 idle minutes, and at the latest 12 hours after sign-in', async () => {
    const idle = await login(app, 'collector.a');
    ta.clock.advance(29 * MINUTE);
    expect((await call(app, { url: '/api/v1/me', cookie: idle })).statusCode).toBe(200);
    ta.clock.advance(29 * MINUTE); // 29 minutes after the last request: still live
    expect((await call(app, { url: '/api/v1/me', cookie: idle })).statusCode).toBe(200);
    ta.clock.advance(31 * MINUTE);
    expect((await call(app, { url: '/api/v1/me', cookie: idle })).statusCode).toBe(401);

    const busy = await login(app, 'collector.a');
    for (let i = 0; i < 12 * 3 - 1; i++) {
      ta.clock.advance(20 * MINUTE);
      expect((await call(app, { url: '/api/v1/me', cookie: busy })).statusCode).toBe(200);
    }
    ta.clock.advance(20 * MINUTE);
    expect((await call(app, { url: '/api/v1/me', cookie: busy })).statusCode).toBe(401);
  });

  it('locks a username after 5 failures for 15 minutes (429 with Retry-After), even for the right password', async () => {
    for (let i = 0; i < 5; i++)
      expect((await attempt('head.a', `guess-${i}`, '10.2.0.1')).statusCode).toBe(401);
    const locked = await attempt('head.a', TEST_PASSWORD, '10.2.0.2');
    expect(locked.statusCode).toBe(429);
    expect(errorOf(locked).code).toBe('too_many_requests');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    // Another user from the same address is not affected.
    expect((await attempt('officer.a', TEST_PASSWORD, '10.2.0.1')).statusCode).toBe(200);
    ta.clock.advance(10 * MINUTE);
    expect((await attempt('head.a', TEST_PASSWORD, '10.2.0.2')).statusCode).toBe(429);
    ta.clock.advance(5 * MINUTE + 1000);
    expect((await attempt('head.a', TEST_PASSWORD, '10.2.0.2')).statusCode).toBe(200);
    // Success clears the username's failures: a new mistake starts a new count.
    expect((await attempt('head.a', 'again-wrong', '10.2.0.2')).statusCode).toBe(401);
    expect((await attempt('head.a', TEST_PASSWORD, '10.2.0.2')).statusCode).toBe(200);
  });

  it('throttles an address after 20 failures across usernames (password spraying)', async () => {
    ta.clock.advance(60 * MINUTE);
    for (let i = 0; i < 20; i++) {
      expect((await attempt(`sprayed.${i}`, 'Spring2026!', '10.3.0.1')).statusCode).toBe(401);
    }
    expect((await attempt('officer.a', TEST_PASSWORD, '10.3.0.1')).statusCode).toBe(429);
    expect((await attempt('officer.a', TEST_PASSWORD, '10.3.0.2')).statusCode).toBe(200);
    ta.clock.advance(16 * MINUTE);
    expect((await attempt('officer.a', TEST_PASSWORD, '10.3.0.1')).statusCode).toBe(200);
  });

  it('changes a password: checks the current one and the policy, ends every session, signs in afresh', async () => {
    const other = await login(app, 'manager.b');
    const cookie = await login(app, 'manager.b');
    const change = (currentPassword: string, newPassword: string) =>
      call(app, {
        method: 'POST',
        url: '/api/v1/me/password',
        cookie,
        body: { currentPassword, newPassword },
      });

    let res = await change('not-it-1234', 'Brand-new-2026');
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).field).toBe('currentPassword');
    for (const weak of [
      'short1',
      DEMO_PASSWORD,
      `x${DEMO_PASSWORD}9`,
      'manager.b-2026x',
      'onlyletterspassword',
      TEST_PASSWORD,
    ]) {
      res = await change(TEST_PASSWORD, weak);
      expect(res.statusCode, weak).toBe(400);
      expect(errorOf(res).field).toBe('newPassword');
    }
    res = await change(TEST_PASSWORD, 'Brand-new-2026');
    expect(res.statusCode).toBe(204);
    const fresh = cookieFrom(res);
    expect((await call(app, { url: '/api/v1/me', cookie })).statusCode).toBe(401);
    expect((await call(app, { url: '/api/v1/me', cookie: other })).statusCode).toBe(401);
    expect((await call(app, { url: '/api/v1/me', cookie: fresh })).statusCode).toBe(200);
    expect((await attempt('manager.b', TEST_PASSWORD, '10.4.0.1')).statusCode).toBe(401);
    expect((await attempt('manager.b', 'Brand-new-2026', '10.4.0.1')).statusCode).toBe(200);
    const [row] = await t.db.query<{ changed: boolean }>(
      `select password_changed_at is not null as changed from app_user where username = 'manager.b'`,
    );
    expect(row?.changed).toBe(true);
  });
});

describe.each(testEngines())('production mode on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedBank(t.db);
    // A row that still carries the published demo password.
    await t.db.query(`update app_user set password_hash = $1 where username = 'admin'`, [
      await hashPassword(DEMO_PASSWORD, CHEAP_SCRYPT),
    ]);
    app = (await buildTestApp(t.db, { production: true })).app;
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const signIn = (username: string, password: string, origin = PRODUCTION_ORIGIN) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin },
      payload: { username, password },
    });

  it('refuses the demo password even where a stored hash matches it', async () => {
    const res = await signIn('admin', DEMO_PASSWORD);
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe('unauthenticated');
  });

  it('sets a Secure __Host- cookie and accepts only the configured https origin', async () => {
    const res = await signIn('auditor', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(
      /^__Host-daihou_session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict; Secure$/,
    );
    const me = await app.inject({ url: '/api/v1/me', headers: { cookie: cookieFrom(res) } });
    expect(me.statusCode).toBe(200);
    expect((await signIn('auditor', TEST_PASSWORD, ORIGIN)).statusCode).toBe(403);
  });
});
