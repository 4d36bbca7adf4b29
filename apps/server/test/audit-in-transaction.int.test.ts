import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { appendAudit, listAuditEntries, verifyAuditChain } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { type Bank, BUSINESS_DATE, CHEAP_SCRYPT, seedBank } from './support/bank-fixture';
import { buildTestApp, call, cookieFrom, errorOf, login, ORIGIN } from './support/test-app';

/**
 * Every write appends its audit entry inside its own transaction: the entry exists exactly when the
 * write committed, carries the HTTP request id and the before/after images, an idempotent replay appends
 * nothing, and a refused write appends nothing.
 */

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'apps/cli/bin/daihou.js');

describe.each(testEngines())('audit entries in the write’s transaction on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  let officer = '';
  let admin = '';

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    app = (await buildTestApp(t.db)).app;
    officer = await login(app, 'officer.a');
    admin = await login(app, 'admin');
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const book = (
    loanId: string,
    key: string,
    amount: string,
    requestId: string,
    date: string = BUSINESS_DATE,
  ) =>
    call(app, {
      method: 'POST',
      url: `/api/v1/loans/${loanId}/repayments`,
      cookie: officer,
      headers: { 'idempotency-key': key, 'x-request-id': requestId },
      body: { date, amount },
    });
  const entries = async (action: string) => (await listAuditEntries(t.db, { action, pageSize: 500 })).items;
  const repaymentCount = async () =>
    Number((await t.db.query<{ n: string }>('select count(*) as n from repayment'))[0]?.n);

  it('a repayment booking appends repayment.book with the request id and the loan before and after', async () => {
    const res = await book(bank.loans.a2.id, 'audit-tx-1', '1200.00', 'req-audit-tx-1');
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json() as { id: string; amount: string };
    const { items } = await listAuditEntries(t.db, { requestId: 'req-audit-tx-1' });
    expect(items).toHaveLength(1);
    const [entry] = items;
    expect(entry).toMatchObject({
      actor: 'officer.a',
      action: 'repayment.book',
      objectType: 'loan',
      objectId: bank.loans.a2.id,
      branchId: 'A02',
      requestId: 'req-audit-tx-1',
      before: { status: 'active', creditBalance: '0.00', principalOwed: expect.any(String) },
    });
    const after = entry!.after as {
      clientIp: string;
      state: { repayment: { id: string; amount: string }; idempotencyKey: string; creditBalance: string };
    };
    expect(after.clientIp).toBeTruthy();
    expect(after.state.repayment).toMatchObject({ id: view.id, amount: '1200.00' });
    expect(after.state.idempotencyKey).toBe('audit-tx-1');
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('an idempotent replay returns the stored result and appends no second entry; another body appends none', async () => {
    const before = (await entries('repayment.book')).length;
    const replay = await book(bank.loans.a2.id, 'audit-tx-1', '1200', 'req-audit-tx-replay');
    expect(replay.statusCode, replay.body).toBe(201);
    const conflict = await book(bank.loans.a2.id, 'audit-tx-1', '1300.00', 'req-audit-tx-conflict');
    expect(conflict.statusCode).toBe(409);
    // The same key on another loan: refused by the key's uniqueness, never a second entry.
    const otherLoan = await book(bank.loans.a1.id, 'audit-tx-1', '1200.00', 'req-audit-tx-other');
    expect(otherLoan.statusCode).toBe(409);
    expect(await entries('repayment.book')).toHaveLength(before);
    for (const requestId of ['req-audit-tx-replay', 'req-audit-tx-conflict', 'req-audit-tx-other']) {
      expect((await listAuditEntries(t.db, { requestId })).items, requestId).toEqual([]);
    }
  });

  it('a refused booking (bad input, wrong date, a rule) appends nothing and books nothing', async () => {
    const repayments = await repaymentCount();
    const trail = (await listAuditEntries(t.db, {})).total;
    const bad = await book(bank.loans.a1.id, 'audit-tx-bad', '0.00', 'req-audit-bad');
    expect(bad.statusCode).toBe(400);
    const wrongDate = await book(bank.loans.a1.id, 'audit-tx-date', '10.00', 'req-audit-date', '2026-03-05');
    expect(wrongDate.statusCode, wrongDate.body).toBe(400);
    expect(errorOf(wrongDate).field).toBe('date');
    await t.db.query(`update loan set status = 'written_off' where id = $1`, [bank.loans.a1.id]);
    try {
      const rule = await book(bank.loans.a1.id, 'audit-tx-rule', '10.00', 'req-audit-rule');
      expect(rule.statusCode, rule.body).toBe(422);
    } finally {
      await t.db.query(`update loan set status = 'active' where id = $1`, [bank.loans.a1.id]);
    }
    expect(await repaymentCount()).toBe(repayments);
    expect((await listAuditEntries(t.db, {})).total).toBe(trail);
  });

  it('a prepayment appends prepayment.<mode> in its transaction; its replay appends none', async () => {
    const url = `/api/v1/loans/${bank.loans.a1.id}/prepayments`;
    const body = { date: BUSINESS_DATE, amount: '20000.00', mode: 'keep_term' };
    const send = (requestId: string) =>
      call(app, {
        method: 'POST',
        url,
        cookie: officer,
        headers: { 'idempotency-key': 'audit-tx-prepay', 'x-request-id': requestId },
        body,
      });
    const first = await send('req-audit-prepay');
    expect(first.statusCode, first.body).toBe(201);
    const { items } = await listAuditEntries(t.db, { requestId: 'req-audit-prepay' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      action: 'prepayment.keep_term',
      actor: 'officer.a',
      objectId: bank.loans.a1.id,
      branchId: 'A01',
      before: { status: 'active' },
    });
    const state = (items[0]!.after as { state: Record<string, unknown> }).state;
    expect(state).toMatchObject({ mode: 'keep_term', idempotencyKey: 'audit-tx-prepay' });
    expect(state.schedule).toBeUndefined();
    const replay = await send('req-audit-prepay-replay');
    expect(replay.statusCode).toBe(201);
    expect(replay.json()).toEqual(first.json());
    expect((await listAuditEntries(t.db, { requestId: 'req-audit-prepay-replay' })).items).toEqual([]);
  });

  it('creating a user appends user.create in the same request, never the password; a refused one appends none', async () => {
    const body = {
      username: 'audit.tx.user',
      displayName: '审计用户',
      branchId: 'A',
      roles: ['collector'],
      password: 'Audit-start-77',
    };
    const send = (requestId: string, b: unknown = body) =>
      call(app, {
        method: 'POST',
        url: '/api/v1/users',
        cookie: admin,
        body: b,
        headers: { 'x-request-id': requestId },
      });
    const res = await send('req-audit-user');
    expect(res.statusCode, res.body).toBe(201);
    const { items } = await listAuditEntries(t.db, { requestId: 'req-audit-user' });
    expect(items.map((e) => e.action)).toEqual(['user.create']);
    expect(items[0]).toMatchObject({ actor: 'admin', objectId: res.json().id, branchId: 'A', before: null });
    expect(JSON.stringify(items[0])).not.toContain('Audit-start-77');
    expect((await send('req-audit-user-taken')).statusCode).toBe(409);
    expect(
      (await send('req-audit-user-bad', { ...body, username: 'other.x', password: 'short' })).statusCode,
    ).toBe(400);
    for (const requestId of ['req-audit-user-taken', 'req-audit-user-bad']) {
      expect((await listAuditEntries(t.db, { requestId })).items).toEqual([]);
    }
  });

  it('sign-in, a refused sign-in and sign-out each append their entry with the request id', async () => {
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: ORIGIN, 'x-request-id': 'req-audit-login' },
      payload: { username: 'head.a', password: 'test-pass-2026' },
    });
    expect(signIn.statusCode).toBe(200);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: ORIGIN, 'x-request-id': 'req-audit-login-bad' },
      payload: { username: 'head.a', password: 'wrong-password-1' },
    });
    expect(refused.statusCode).toBe(401);
    const out = await call(app, {
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookie: cookieFrom(signIn),
      headers: { 'x-request-id': 'req-audit-logout' },
    });
    expect(out.statusCode).toBe(204);
    const actions = async (requestId: string) =>
      (await listAuditEntries(t.db, { requestId })).items.map((e) => [e.actor, e.action]);
    expect(await actions('req-audit-login')).toEqual([['head.a', 'session.login']]);
    expect(await actions('req-audit-login-bad')).toEqual([['head.a', 'session.unauthenticated']]);
    expect(await actions('req-audit-logout')).toEqual([['head.a', 'session.logout']]);
  });

  it('concurrent bookings, replays and refusals leave one verified chain with one entry per booking', async () => {
    const before = (await entries('repayment.book')).length;
    const loans = [bank.loans.a1.id, bank.loans.a2.id];
    const requests = Array.from({ length: 24 }, (_, i) => {
      const loanId = loans[i % 2]!;
      // Every third request replays the one before it (same key, same body).
      const key = `audit-conc-${i % 3 === 2 ? i - 1 : i}`;
      const replayOf = i % 3 === 2 ? loans[(i - 1) % 2]! : loanId;
      return book(replayOf, key, '3.00', `req-audit-conc-${i}`);
    });
    const answers = await Promise.all(requests);
    for (const a of answers) expect(a.statusCode, a.body).toBe(201);
    const keys = new Set(Array.from({ length: 24 }, (_, i) => `audit-conc-${i % 3 === 2 ? i - 1 : i}`));
    const booked = await t.db.query<{ n: string }>(
      `select count(*) as n from repayment where idempotency_key like 'audit-conc-%'`,
    );
    expect(Number(booked[0]?.n)).toBe(keys.size);
    expect(await entries('repayment.book')).toHaveLength(before + keys.size);
    const report = await verifyAuditChain(t.db);
    expect(report.ok, JSON.stringify(report)).toBe(true);
    if (engine === 'postgres') {
      // The operator's check, as a separate process on the same database.
      const cli = spawnSync(process.execPath, [CLI, 'audit', 'verify', '--json'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: t.url },
        encoding: 'utf8',
      });
      expect(cli.status, cli.stderr).toBe(0);
      expect(JSON.parse(cli.stdout)).toMatchObject({ ok: true, entries: report.entries });
    }
  });
});

describe.each(testEngines())('a failing audit append rolls the write back on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  let failing = false;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    app = await buildApp({
      db: t.db,
      config: loadConfig({ PORT: '3000', HOST: '127.0.0.1' }),
      passwordHashParams: CHEAP_SCRYPT,
      // A trail that can be made to fail: the write must then not commit without its entry.
      audit: {
        async append(tx, record) {
          if (failing) throw new Error('the audit trail is unavailable');
          await appendAudit(tx, {
            actor: record.actor,
            action: record.action,
            objectType: record.objectType,
            objectId: record.objectId,
            requestId: record.requestId,
          });
        },
      },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('a booking whose audit entry cannot be written answers 500 and books nothing (both or neither)', async () => {
    const cookie = await login(app, 'officer.a');
    failing = true;
    try {
      const res = await call(app, {
        method: 'POST',
        url: `/api/v1/loans/${bank.loans.a2.id}/repayments`,
        cookie,
        headers: { 'idempotency-key': 'audit-fail-1' },
        body: { date: BUSINESS_DATE, amount: '100.00' },
      });
      expect(res.statusCode).toBe(500);
    } finally {
      failing = false;
    }
    const rows = await t.db.query(`select 1 from repayment where idempotency_key = 'audit-fail-1'`);
    expect(rows).toEqual([]);
    const events = await t.db.query(
      `select 1 from loan_event where loan_id = $1 and event_type = 'repayment'`,
      [bank.loans.a2.id],
    );
    expect(events).toEqual([]);
    // The same request once the trail is back: booked, with its entry.
    const retry = await call(app, {
      method: 'POST',
      url: `/api/v1/loans/${bank.loans.a2.id}/repayments`,
      cookie,
      headers: { 'idempotency-key': 'audit-fail-1' },
      body: { date: BUSINESS_DATE, amount: '100.00' },
    });
    expect(retry.statusCode, retry.body).toBe(201);
    expect((await listAuditEntries(t.db, { action: 'repayment.book' })).total).toBe(1);
  });
});
