import { listAuditEntries } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, seedBank } from './support/bank-fixture';
import { buildTestApp, call, cookieFrom, errorOf, login, ORIGIN } from './support/test-app';

/**
 * Users administration: a password set by an administrator (creation, reset) must be changed at the next
 * sign-in, and until then only "who am I", "change my password" and sign-out answer; deactivation ends
 * the user's sessions at once; every change is audited in its own transaction, never with the password.
 */

const INITIAL = 'Initial-pass-42';
const OWN = 'Own-choice-2026x';
const TEMPORARY = 'Temporary-pass-7';

describe.each(testEngines())('users administration on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  let admin = '';
  let userId = '';
  let userCookie = '';

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    app = (await buildTestApp(t.db)).app;
    admin = await login(app, 'admin');
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const post = (url: string, cookie: string, body?: unknown, requestId?: string) =>
    call(app, {
      method: 'POST',
      url,
      cookie,
      ...(body === undefined ? {} : { body }),
      ...(requestId ? { headers: { 'x-request-id': requestId } } : {}),
    });
  const signIn = (username: string, password: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: ORIGIN },
      payload: { username, password },
    });
  const audited = async (requestId: string) => (await listAuditEntries(t.db, { requestId })).items;
  const expectPasswordChangeRequired = (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(403);
    expect(errorOf(res).code).toBe('password_change_required');
  };

  it('a user created by an administrator must change the password before anything else answers', async () => {
    const created = await post(
      '/api/v1/users',
      admin,
      {
        username: 'temp.officer',
        displayName: '新员工',
        branchId: 'A',
        roles: ['post_loan_officer'],
        password: INITIAL,
      },
      'req-users-create',
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ active: true, passwordChangeRequired: true });
    userId = created.json().id;
    const [entry] = await audited('req-users-create');
    expect(entry).toMatchObject({ action: 'user.create', objectId: userId });
    expect(
      (entry!.after as { state: { passwordChangeRequired: boolean } }).state.passwordChangeRequired,
    ).toBe(true);

    const first = await signIn('temp.officer', INITIAL);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ username: 'temp.officer', passwordChangeRequired: true });
    const cookie = cookieFrom(first);
    expect((await call(app, { url: '/api/v1/me', cookie })).json()).toMatchObject({
      passwordChangeRequired: true,
    });
    for (const url of [
      `/api/v1/loans`,
      `/api/v1/loans/${bank.loans.a1.id}`,
      '/api/v1/customers',
      '/api/v1/approvals',
    ]) {
      expectPasswordChangeRequired(await call(app, { url, cookie }));
    }
    expectPasswordChangeRequired(
      await call(app, {
        method: 'POST',
        url: `/api/v1/loans/${bank.loans.a1.id}/repayments`,
        cookie,
        headers: { 'idempotency-key': 'pcr-1' },
        body: { date: '2026-03-02', amount: '1.00' },
      }),
    );
    const repayments = await t.db.query(`select 1 from repayment where idempotency_key = 'pcr-1'`);
    expect(repayments).toEqual([]);
    // Sign-out still works, and a fresh sign-in is still held to the change.
    expect((await post('/api/v1/auth/logout', cookie)).statusCode).toBe(204);
    const again = cookieFrom(await signIn('temp.officer', INITIAL));
    expectPasswordChangeRequired(await call(app, { url: '/api/v1/loans', cookie: again }));

    const reuse = await post('/api/v1/me/password', again, {
      currentPassword: INITIAL,
      newPassword: INITIAL,
    });
    expect(reuse.statusCode).toBe(400);
    expect(errorOf(reuse).field).toBe('newPassword');
    const changed = await post(
      '/api/v1/me/password',
      again,
      { currentPassword: INITIAL, newPassword: OWN },
      'req-users-change',
    );
    expect(changed.statusCode, changed.body).toBe(204);
    userCookie = cookieFrom(changed);
    expect((await call(app, { url: '/api/v1/me', cookie: userCookie })).json()).toMatchObject({
      passwordChangeRequired: false,
    });
    expect((await call(app, { url: '/api/v1/loans', cookie: userCookie })).statusCode).toBe(200);
    const [change] = await audited('req-users-change');
    expect(change).toMatchObject({
      action: 'user.password_change',
      actor: 'temp.officer',
      before: { passwordChangeRequired: true },
    });
    expect(JSON.stringify(change)).not.toContain(OWN);
    const listed = await call(app, { url: '/api/v1/users?q=temp.officer', cookie: admin });
    expect(listed.json().items[0]).toMatchObject({ username: 'temp.officer', passwordChangeRequired: false });
  });

  it('users the administrator did not create keep working as before (seeded and demo users are exempt)', async () => {
    const cookie = await login(app, 'manager.a');
    expect((await call(app, { url: '/api/v1/me', cookie })).json()).toMatchObject({
      passwordChangeRequired: false,
    });
    expect((await call(app, { url: '/api/v1/loans', cookie })).statusCode).toBe(200);
  });

  it('deactivation (no body) ends the user’s sessions at once and refuses sign-in; reactivation ({}) lets them back', async () => {
    const res = await post(`/api/v1/users/${userId}/deactivate`, admin, undefined, 'req-users-deactivate');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: userId, active: false });
    expect((await call(app, { url: '/api/v1/me', cookie: userCookie })).statusCode).toBe(401);
    const revoked = await t.db.query<{ n: string }>(
      'select count(*) as n from app_session where user_id = $1 and revoked_at is null',
      [userId],
    );
    expect(Number(revoked[0]?.n)).toBe(0);
    expect((await signIn('temp.officer', OWN)).statusCode).toBe(401);
    const [entry] = await audited('req-users-deactivate');
    expect(entry).toMatchObject({
      action: 'user.deactivate',
      actor: 'admin',
      objectId: userId,
      before: { active: true },
    });
    expect((entry!.after as { state: { active: boolean; sessionsEnded: number } }).state).toMatchObject({
      active: false,
      sessionsEnded: 1,
    });

    const twice = await post(
      `/api/v1/users/${userId}/deactivate`,
      admin,
      { reason: 'again' },
      'req-users-twice',
    );
    expect(twice.statusCode).toBe(409);
    expect(await audited('req-users-twice')).toEqual([]);

    const back = await post(`/api/v1/users/${userId}/reactivate`, admin, {}, 'req-users-reactivate');
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ active: true });
    expect((await audited('req-users-reactivate')).map((e) => e.action)).toEqual(['user.reactivate']);
    // The old session stays ended; a fresh sign-in works.
    expect((await call(app, { url: '/api/v1/me', cookie: userCookie })).statusCode).toBe(401);
    const fresh = await signIn('temp.officer', OWN);
    expect(fresh.statusCode, fresh.body).toBe(200);
    userCookie = cookieFrom(fresh);
    expect((await post(`/api/v1/users/${userId}/reactivate`, admin, { reason: 'x' })).statusCode).toBe(409);
  });

  it('an administrator’s password reset ends every session, lifts a lock-out and requires a change', async () => {
    // Lock the username out first: five wrong passwords.
    for (let i = 0; i < 5; i++)
      expect((await signIn('temp.officer', `wrong-guess-${i}x`)).statusCode).toBe(401);
    expect((await signIn('temp.officer', OWN)).statusCode).toBe(429);

    const short = await post(`/api/v1/users/${userId}/password-reset`, admin, {
      temporaryPassword: 'short1',
    });
    expect(short.statusCode).toBe(400);
    expect(errorOf(short).field).toBe('temporaryPassword');
    const withName = await post(`/api/v1/users/${userId}/password-reset`, admin, {
      temporaryPassword: 'temp.officer-2026',
    });
    expect(errorOf(withName).field).toBe('temporaryPassword');
    const missing = await post(`/api/v1/users/${userId}/password-reset`, admin, {});
    expect(errorOf(missing).field).toBe('temporaryPassword');

    const reset = await post(
      `/api/v1/users/${userId}/password-reset`,
      admin,
      { temporaryPassword: TEMPORARY },
      'req-users-reset',
    );
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json()).toMatchObject({ id: userId, passwordChangeRequired: true });
    expect((await call(app, { url: '/api/v1/me', cookie: userCookie })).statusCode).toBe(401);
    const [entry] = await audited('req-users-reset');
    expect(entry).toMatchObject({ action: 'user.password_reset', actor: 'admin', objectId: userId });
    expect((entry!.after as { state: { sessionsEnded: number } }).state.sessionsEnded).toBe(1);
    expect(JSON.stringify(entry)).not.toContain(TEMPORARY);

    expect((await signIn('temp.officer', OWN)).statusCode).toBe(401);
    const temp = await signIn('temp.officer', TEMPORARY);
    expect(temp.statusCode, temp.body).toBe(200);
    expect(temp.json()).toMatchObject({ passwordChangeRequired: true });
    expectPasswordChangeRequired(await call(app, { url: '/api/v1/loans', cookie: cookieFrom(temp) }));
    const changed = await post('/api/v1/me/password', cookieFrom(temp), {
      currentPassword: TEMPORARY,
      newPassword: 'Second-choice-99',
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await call(app, { url: '/api/v1/loans', cookie: cookieFrom(changed) })).statusCode).toBe(200);
  });

  it('refuses one’s own account, unknown users, bad bodies and other roles, auditing nothing', async () => {
    const head = await login(app, 'risk.head');
    const trail = (await listAuditEntries(t.db, {})).total;
    const adminId = bank.userIds.admin;
    for (const action of ['deactivate', 'reactivate']) {
      const self = await post(`/api/v1/users/${adminId}/${action}`, admin);
      expect(self.statusCode, `${action}: ${self.body}`).toBe(422);
    }
    const selfReset = await post(`/api/v1/users/${adminId}/password-reset`, admin, {
      temporaryPassword: TEMPORARY,
    });
    expect(selfReset.statusCode).toBe(422);
    expect(errorOf(selfReset).field).toBe('id');
    for (const path of ['deactivate', 'reactivate']) {
      expect((await post(`/api/v1/users/999999/${path}`, admin)).statusCode).toBe(404);
      const unknownField = await post(`/api/v1/users/${userId}/${path}`, admin, { force: true });
      expect(unknownField.statusCode).toBe(400);
      expect(errorOf(unknownField).field).toBe('force');
      expect(errorOf(await post(`/api/v1/users/abc/${path}`, admin)).field).toBe('id');
    }
    expect(
      (await post('/api/v1/users/999999/password-reset', admin, { temporaryPassword: TEMPORARY })).statusCode,
    ).toBe(404);
    expect((await post(`/api/v1/users/${userId}/deactivate`, head)).statusCode).toBe(403);
    expect(
      (await post(`/api/v1/users/${userId}/password-reset`, head, { temporaryPassword: TEMPORARY }))
        .statusCode,
    ).toBe(403);
    expect((await listAuditEntries(t.db, {})).total).toBe(trail);
    expect(
      (await call(app, { url: `/api/v1/users?q=temp.officer`, cookie: admin })).json().items[0],
    ).toMatchObject({
      active: true,
      passwordChangeRequired: false,
    });
  });

  it('concurrent creations of one username: one is created, the others get 409 conflict, one audit entry', async () => {
    const body = {
      username: 'twin.officer',
      displayName: '并发新员工',
      branchId: 'A',
      roles: ['post_loan_officer'],
      password: INITIAL,
    };
    const answers = await Promise.all(
      [1, 2, 3, 4].map((n) => post('/api/v1/users', admin, body, `req-users-twin-${n}`)),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses, answers.map((a) => a.body).join('\n')).toEqual([201, 409, 409, 409]);
    for (const refused of answers.filter((a) => a.statusCode === 409)) {
      expect(errorOf(refused)).toMatchObject({ code: 'conflict', field: 'username' });
    }
    const created = (await listAuditEntries(t.db, { action: 'user.create', pageSize: 500 })).items.filter(
      (e) => (e.after as { state?: { username?: string } } | null)?.state?.username === 'twin.officer',
    );
    expect(created).toHaveLength(1);
  });
});
