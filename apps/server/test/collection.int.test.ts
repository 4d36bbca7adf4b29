import { type Database, runWarningsAndCollection } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, BUSINESS_DATE, seedBank, type Username } from './support/bank-fixture';
import { buildTestApp, call, errorOf, login } from './support/test-app';

/**
 * Warnings and collection over HTTP: every role × every endpoint × an object inside and one outside the
 * user's scope (the expected answers written out here, not derived from the permission table), then the
 * contact-policy refusal and the lift-without-reason refusal.
 */

interface UserCase {
  readonly username: Username;
  /** a1 (branch A01) is in scope for everyone; b1 (B01) only for global roles and B users. */
  readonly seesB: boolean;
  readonly seesA: boolean;
}

const USERS: readonly UserCase[] = [
  { username: 'admin', seesA: true, seesB: true },
  { username: 'risk.head', seesA: true, seesB: true },
  { username: 'auditor', seesA: true, seesB: true },
  { username: 'manager.a', seesA: true, seesB: false },
  { username: 'officer.a', seesA: true, seesB: false },
  { username: 'reviewer.a', seesA: true, seesB: false },
  { username: 'head.a', seesA: true, seesB: false },
  { username: 'collector.a', seesA: true, seesB: false },
  { username: 'manager.b', seesA: false, seesB: true },
  { username: 'officer.b01', seesA: false, seesB: true },
];

const WARNING_READERS: readonly Username[] = ['risk.head', 'auditor', 'officer.a', 'head.a', 'officer.b01'];
const WARNING_DECIDERS: readonly Username[] = ['risk.head', 'head.a'];
const CASE_READERS: readonly Username[] = ['risk.head', 'auditor', 'head.a', 'collector.a'];
const CASE_ACTORS: readonly Username[] = ['collector.a'];
const CASE_ASSIGNERS: readonly Username[] = ['risk.head', 'head.a'];

async function caseOf(db: Database, loanId: string): Promise<string> {
  const [r] = await db.query<{ id: string }>(
    `select id::text as id from collection_case where loan_id = $1`,
    [loanId],
  );
  return r!.id;
}

async function warningOf(db: Database, loanId: string): Promise<string> {
  const [r] = await db.query<{ id: string }>(
    `select id::text as id from warning where loan_id = $1 and code = 'dpd_1'`,
    [loanId],
  );
  return r!.id;
}

const count = async (db: Database, table: string) =>
  Number((await db.query<{ n: string }>(`select count(*)::text as n from ${table}`))[0]!.n);

describe.each(testEngines())('warnings and collection API on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  const cookies = new Map<Username, string>();
  let caseA: string;
  let caseB: string;
  let warnA: string;
  let warnB: string;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    // As end of day leaves it: every loan's first installment (2026-02-10) unpaid, evaluated today.
    await t.db.query(`update loan set oldest_unpaid_due = '2026-02-10', evaluated_on = $1`, [BUSINESS_DATE]);
    await runWarningsAndCollection(t.db, BUSINESS_DATE);
    app = (await buildTestApp(t.db)).app;
    for (const u of USERS) cookies.set(u.username, await login(app, u.username));
    caseA = await caseOf(t.db, bank.loans.a1.id);
    caseB = await caseOf(t.db, bank.loans.b1.id);
    warnA = await warningOf(t.db, bank.loans.a1.id);
    warnB = await warningOf(t.db, bank.loans.b1.id);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  const get = (u: Username, url: string) => call(app, { url, cookie: cookies.get(u) });
  const post = (u: Username, url: string, body: unknown) =>
    call(app, { method: 'POST', url, cookie: cookies.get(u), body });

  it.each(USERS)('$username: the warning board and a warning in and out of scope', async (u) => {
    const board = await get(u.username, '/api/v1/warnings');
    if (!WARNING_READERS.includes(u.username)) {
      expect(board.statusCode).toBe(403);
      expect((await get(u.username, `/api/v1/warnings/${warnA}`)).statusCode).toBe(403);
      return;
    }
    expect(board.statusCode).toBe(200);
    const branches = new Set((board.json().items as { branchId: string }[]).map((w) => w.branchId));
    expect(branches.has('B01')).toBe(u.seesB);
    expect(branches.has('A01')).toBe(u.seesA);
    expect((await get(u.username, `/api/v1/warnings/${warnA}`)).statusCode).toBe(u.seesA ? 200 : 404);
    expect((await get(u.username, `/api/v1/warnings/${warnB}`)).statusCode).toBe(u.seesB ? 200 : 404);
  });

  it.each(USERS)('$username: warning decisions', async (u) => {
    // A measure changes no status, so every allowed caller can add one.
    const body = { decision: 'measure', description: '电话核实经营情况', deadline: '2026-03-31' };
    const inA = await post(u.username, `/api/v1/warnings/${warnA}/decisions`, body);
    const inB = await post(u.username, `/api/v1/warnings/${warnB}/decisions`, body);
    if (!WARNING_DECIDERS.includes(u.username)) {
      expect([inA.statusCode, inB.statusCode]).toEqual([403, 403]);
      return;
    }
    expect(inA.statusCode).toBe(u.seesA ? 200 : 404);
    expect(inB.statusCode).toBe(u.seesB ? 200 : 404);
  });

  it.each(USERS)('$username: the case queue and a case in and out of scope', async (u) => {
    const queue = await get(u.username, '/api/v1/collection/cases?assignee=all');
    if (!CASE_READERS.includes(u.username)) {
      expect(queue.statusCode).toBe(403);
      expect((await get(u.username, `/api/v1/collection/cases/${caseA}`)).statusCode).toBe(403);
      return;
    }
    expect(queue.statusCode).toBe(200);
    const loans = (queue.json().items as { loanId: string }[]).map((c) => c.loanId);
    expect(loans.includes(bank.loans.b1.id)).toBe(u.seesB);
    expect(loans.includes(bank.loans.a1.id)).toBe(u.seesA);
    expect((await get(u.username, `/api/v1/collection/cases/${caseA}`)).statusCode).toBe(u.seesA ? 200 : 404);
    expect((await get(u.username, `/api/v1/collection/cases/${caseB}`)).statusCode).toBe(u.seesB ? 200 : 404);
  });

  it.each(USERS)('$username: recording an action', async (u) => {
    const body = {
      channel: 'sms',
      target: 'debtor',
      contactPoint: '13812345678',
      date: BUSINESS_DATE,
      time: '10:00',
      outcome: 'delivered',
    };
    const inA = await post(u.username, `/api/v1/collection/cases/${caseA}/actions`, body);
    const inB = await post(u.username, `/api/v1/collection/cases/${caseB}/actions`, body);
    if (!CASE_ACTORS.includes(u.username)) {
      expect([inA.statusCode, inB.statusCode]).toEqual([403, 403]);
      return;
    }
    expect(inA.statusCode).toBe(201);
    expect(inB.statusCode).toBe(404);
  });

  it.each(USERS)('$username: reassigning a case', async (u) => {
    const body = { assigneeId: bank.userIds['collector.a'], reason: '按工作量调整' };
    const inA = await post(u.username, `/api/v1/collection/cases/${caseA}/assign`, body);
    const inB = await post(u.username, `/api/v1/collection/cases/${caseB}/assign`, body);
    if (!CASE_ASSIGNERS.includes(u.username)) {
      expect([inA.statusCode, inB.statusCode]).toEqual([403, 403]);
      return;
    }
    expect(inA.statusCode).toBe(200);
    // collector.a's branch (A) does not cover B01: refused for a global head, not found for head.a.
    expect(inB.statusCode).toBe(u.seesB ? 422 : 404);
  });

  it('refuses a reassignment to a non-collector or without a reason, writing nothing', async () => {
    const url = `/api/v1/collection/cases/${caseA}/assign`;
    const before = await count(t.db, 'audit_entry');
    const officer = await post('head.a', url, { assigneeId: bank.userIds['officer.a'], reason: 'x' });
    expect(officer.statusCode).toBe(422);
    expect(errorOf(officer).field).toBe('assigneeId');
    const noReason = await post('head.a', url, { assigneeId: bank.userIds['collector.a'], reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(errorOf(noReason).field).toBe('reason');
    expect(await count(t.db, 'audit_entry')).toBe(before);
  });

  it("gives a collector the queue of their branch's cases by priority", async () => {
    const res = await get('collector.a', '/api/v1/collection/cases');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { loanId: string; dpd: number; stage: string; assigneeId: string }[];
    expect(items.map((c) => c.loanId).sort()).toEqual([bank.loans.a1.id, bank.loans.a2.id].sort());
    expect(
      items.every(
        (c) => c.dpd === 20 && c.stage === 'contact' && c.assigneeId === bank.userIds['collector.a'],
      ),
    ).toBe(true);
    const detail = (await get('collector.a', `/api/v1/collection/cases/${caseA}`)).json();
    expect(detail.tasks.map((x: { kind: string }) => x.kind)).toEqual(['call', 'visit']);
    expect(detail.actions[0]).toMatchObject({ channel: 'sms', time: '10:00', actor: 'collector.a' });
  });

  it('refuses a contact outside the policy with 422 and the reason, writing nothing', async () => {
    const before = [await count(t.db, 'collection_action'), await count(t.db, 'audit_entry')];
    const res = await post('collector.a', `/api/v1/collection/cases/${caseA}/actions`, {
      channel: 'phone',
      target: 'debtor',
      contactPoint: '13812345678',
      date: BUSINESS_DATE,
      time: '07:59',
      outcome: 'answered',
    });
    expect(res.statusCode).toBe(422);
    expect(errorOf(res)).toMatchObject({ code: 'rule_violation', field: 'time' });
    expect(errorOf(res).message).toContain('quiet_hours');
    const third = await post('collector.a', `/api/v1/collection/cases/${caseA}/actions`, {
      channel: 'phone',
      target: 'third_party',
      contactPoint: '13600000000',
      date: BUSINESS_DATE,
      time: '10:00',
      outcome: 'answered',
    });
    expect(third.statusCode).toBe(422);
    expect(errorOf(third).message).toContain('third_party_too_early');
    expect([await count(t.db, 'collection_action'), await count(t.db, 'audit_entry')]).toEqual(before);
  });

  it('records a promise to pay, and refuses one in the past', async () => {
    const body = {
      channel: 'phone',
      target: 'debtor',
      contactPoint: '13812345678',
      date: BUSINESS_DATE,
      time: '14:30',
      outcome: 'promise',
      promise: { amount: '10327.97', date: '2026-03-05' },
    };
    const ok = await post('collector.a', `/api/v1/collection/cases/${caseA}/actions`, body);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().promise).toMatchObject({
      amount: '10327.97',
      status: 'open',
      promiseDate: '2026-03-05',
    });
    const past = await post('collector.a', `/api/v1/collection/cases/${caseA}/actions`, {
      ...body,
      promise: { amount: '1.00', date: '2026-03-01' },
    });
    expect(past.statusCode).toBe(400);
    expect(errorOf(past).field).toBe('promise.date');
  });

  it('filters the board by branch subtree, level and code, and names a bad filter', async () => {
    const byBranch = await get('risk.head', '/api/v1/warnings?branchId=A&level=blue&code=dpd_1');
    expect(byBranch.statusCode).toBe(200);
    const items = byBranch.json().items as { branchId: string; level: string; ageDays: number }[];
    expect(items.map((w) => w.branchId).sort()).toEqual(['A01', 'A02']);
    expect(items.every((w) => w.level === 'blue' && w.ageDays === 0)).toBe(true);
    expect((await get('risk.head', '/api/v1/warnings?level=red')).json().total).toBe(0);
    expect((await get('risk.head', '/api/v1/warnings?minAgeDays=1')).json().total).toBe(0);
    const bad = await get('risk.head', '/api/v1/warnings?level=purple');
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).field).toBe('level');
  });

  it('refuses a lift without a reason, then confirms and lifts with one', async () => {
    const url = `/api/v1/warnings/${warnA}/decisions`;
    expect((await post('head.a', url, { decision: 'confirm' })).statusCode).toBe(200);
    const noReason = await post('head.a', url, { decision: 'lift' });
    expect(noReason.statusCode).toBe(400);
    expect(errorOf(noReason).field).toBe('reason');
    const lifted = await post('head.a', url, { decision: 'lift', reason: '借款人已补缴' });
    expect(lifted.statusCode).toBe(200);
    expect(lifted.json()).toMatchObject({ status: 'lifted', liftReason: '借款人已补缴', liftedBy: 'head.a' });
    expect(lifted.json().evidence).toEqual({ dpd: 20, threshold: 1 });
    const again = await post('head.a', url, { decision: 'lift', reason: 'x' });
    expect(again.statusCode).toBe(422);
  });
});
