import {
  createUser,
  type Database,
  hashPassword,
  runWarningsAndCollection,
  setPasswordHash,
} from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, BUSINESS_DATE, CHEAP_SCRYPT, seedBank, TEST_PASSWORD } from './support/bank-fixture';
import { buildTestApp, call, errorOf, login } from './support/test-app';

/**
 * Handover (离职移交) over HTTP on both engines: a handover by balance to two account managers and a
 * collector's cases by hand, each signed by both sides and leaving the orphan check empty; the refusals
 * (successor outside the branch, deactivated, without the role; a second pending handover; signing twice;
 * a non-party; out of scope) each writing nothing.
 */

/** Users beyond the fixture's: two more account managers of A, one of A01 only, a second collector. */
const EXTRA = {
  'manager.a2': { branchId: 'A', roles: ['account_manager'] },
  'manager.a3': { branchId: 'A', roles: ['account_manager'] },
  'manager.a01': { branchId: 'A01', roles: ['account_manager'] },
  'collector.a2': { branchId: 'A', roles: ['collector'] },
} as const;

const count = async (db: Database, table: string) =>
  Number((await db.query<{ n: string }>(`select count(*)::text as n from ${table}`))[0]!.n);

describe.each(testEngines())('handover API on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  const ids: Record<string, string> = {};
  const cookies = new Map<string, string>();
  let taskA1: string;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    Object.assign(ids, bank.userIds);
    const hash = await hashPassword(TEST_PASSWORD, CHEAP_SCRYPT);
    for (const [username, u] of Object.entries(EXTRA)) {
      const user = await createUser(t.db, { username, displayName: `用户${username}`, ...u });
      await setPasswordHash(t.db, user.id, hash, new Date('2026-01-01T00:00:00Z'));
      ids[username] = user.id;
    }
    // A deactivated account manager of B: outside head.a's scope, so as unknown to them as manager.b.
    const retiredB = await createUser(t.db, {
      username: 'retired.b',
      displayName: '用户retired.b',
      branchId: 'B',
      roles: ['account_manager'],
    });
    await t.db.query('update app_user set active = false where id = $1', [retiredB.id]);
    ids['retired.b'] = retiredB.id;
    // Open collection cases on every loan (collector.a takes A's; B has no collector).
    await t.db.query(`update loan set oldest_unpaid_due = '2026-02-10', evaluated_on = $1`, [BUSINESS_DATE]);
    await runWarningsAndCollection(t.db, BUSINESS_DATE);
    // An open ad-hoc inspection of A1 for manager.a, and an approved one that stays where it is.
    const [task] = await t.db.query<{ id: string }>(
      `insert into inspection_task (kind, loan_id, customer_id, branch_id, assignee_id, due_date, status, origin,
                                    reason, created_by, created_on)
       values ('adhoc', $1, $2, 'A01', $3, '2026-03-10', 'open', 'user', '走访', 'head.a', $4),
              ('first', $1, $2, 'A01', $3, '2026-01-17', 'approved', 'rule', 'first', 'system', '2026-01-10')
       returning id::text as id`,
      [bank.loans.a1.id, bank.loans.a1.customerId, ids['manager.a'], BUSINESS_DATE],
    );
    taskA1 = task!.id;
    app = (await buildTestApp(t.db)).app;
    for (const u of ['admin', 'head.a', 'manager.a', 'manager.b', 'collector.a', ...Object.keys(EXTRA)]) {
      cookies.set(u, await login(app, u));
    }
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  const get = (u: string, url: string) => call(app, { url, cookie: cookies.get(u) });
  const post = (u: string, url: string, body?: unknown) =>
    call(app, { method: 'POST', url, cookie: cookies.get(u), body: body ?? {} });
  const byBalance = (departing: string, successors: string[]) => ({
    departingUserId: ids[departing],
    mode: 'by_balance',
    successorIds: successors.map((s) => ids[s]),
    reason: '离职',
  });
  const managerOf = async (table: string, id: string) =>
    (await t.db.query<{ m: string }>(`select manager_id::text as m from ${table} where id = $1`, [id]))[0]!.m;

  it('refuses successors outside a customer’s branch, deactivated or without the role: 422 naming the field, nothing written', async () => {
    const before = [await count(t.db, 'handover'), await count(t.db, 'audit_entry')];
    const cases: [string[], string, RegExp][] = [
      [['manager.a2', 'manager.a01'], 'successorIds[1]', /outside the branch of customer KH002/],
      [['retired.a'], 'successorIds[0]', /deactivated/],
      [['officer.a'], 'successorIds[0]', /not an account manager/],
      [['collector.a2'], 'successorIds[0]', /not an account manager/],
      [['manager.a'], 'successorIds[0]', /departing user/],
    ];
    for (const [successors, field, message] of cases) {
      for (const url of ['/api/v1/handover', '/api/v1/handover/preview']) {
        const res = await post('head.a', url, byBalance('manager.a', successors));
        expect(res.statusCode, res.body).toBe(422);
        expect(errorOf(res).field).toBe(field);
        expect(errorOf(res).message).toMatch(message);
      }
    }
    expect([await count(t.db, 'handover'), await count(t.db, 'audit_entry')]).toEqual(before);
  });

  it('answers a successor outside your scope as an unknown user: 400 naming the field, nothing about them', async () => {
    const before = [await count(t.db, 'handover'), await count(t.db, 'audit_entry')];
    const unknown = await post('head.a', '/api/v1/handover', {
      ...byBalance('manager.a', ['manager.a2']),
      successorIds: [ids['manager.a2'], '999999'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown)).toMatchObject({
      field: 'successorIds[1]',
      message: 'successorIds[1]: no user 999999',
    });
    // Active or deactivated, another branch's user gets the same answer: no username, branch or state.
    for (const outside of ['manager.b', 'retired.b']) {
      for (const url of ['/api/v1/handover', '/api/v1/handover/preview']) {
        const res = await post('head.a', url, byBalance('manager.a', ['manager.a2', outside]));
        expect(res.statusCode, res.body).toBe(400);
        expect(errorOf(res)).toEqual({
          code: errorOf(unknown).code,
          field: 'successorIds[1]',
          message: `successorIds[1]: no user ${ids[outside]}`,
        });
        expect(res.body).not.toContain(outside);
      }
    }
    expect([await count(t.db, 'handover'), await count(t.db, 'audit_entry')]).toEqual(before);
  });

  it('answers 404 for a departing user outside the scope, 400 on a bad body, 403 without the permission', async () => {
    const out = await post('head.a', '/api/v1/handover', byBalance('manager.b', ['manager.a2']));
    expect(out.statusCode).toBe(404);
    expect(errorOf(out).field).toBe('departingUserId');
    const manualNoPlan = await post('head.a', '/api/v1/handover', {
      ...byBalance('manager.a', ['manager.a2']),
      mode: 'manual',
    });
    expect([manualNoPlan.statusCode, errorOf(manualNoPlan).field]).toEqual([400, 'plan']);
    const missing = await post('head.a', '/api/v1/handover', {
      ...byBalance('manager.a', ['manager.a2']),
      mode: 'manual',
      plan: [{ customerId: bank.loans.a1.customerId, successorId: ids['manager.a2'] }],
    });
    expect([missing.statusCode, errorOf(missing).field]).toEqual([400, 'plan']);
    const noReason = await post('head.a', '/api/v1/handover', {
      ...byBalance('manager.a', ['manager.a2']),
      reason: ' ',
    });
    expect([noReason.statusCode, errorOf(noReason).field]).toEqual([400, 'reason']);
    expect(
      (await post('manager.a2', '/api/v1/handover', byBalance('manager.a', ['manager.a3']))).statusCode,
    ).toBe(403);
    expect(await count(t.db, 'handover')).toBe(0);
  });

  it('by balance to two successors: preview, draft, both sides sign, everything moves, nothing is orphaned', async () => {
    const book = await get('head.a', `/api/v1/handover/users/${ids['manager.a']}/book`);
    expect(book.json().items).toMatchObject([
      { customerNo: 'KH001', balance: '120000.00', holdsCustomer: true, loans: 1, inspectionTasks: 1 },
      { customerNo: 'KH002', balance: '50000.00', holdsCustomer: true, loans: 1, inspectionTasks: 0 },
    ]);
    expect((await get('head.a', `/api/v1/handover/users/${ids['manager.b']}/book`)).statusCode).toBe(404);
    const body = byBalance('manager.a', ['manager.a2', 'manager.a3']);
    const preview = await post('head.a', '/api/v1/handover/preview', body);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(await count(t.db, 'handover')).toBe(0);
    const drafted = await post('head.a', '/api/v1/handover', body);
    expect(drafted.statusCode, drafted.body).toBe(201);
    const h = drafted.json();
    expect(h.items).toEqual(preview.json().items);
    expect(h).toMatchObject({ status: 'pending', mode: 'by_balance', draftedBy: 'head.a' });
    // The larger customer (A1, 120,000) to the first successor, A2 to the other.
    expect(
      h.items.map((i: { customerNo: string; successorId: string }) => [i.customerNo, i.successorId]),
    ).toEqual([
      ['KH001', ids['manager.a2']],
      ['KH002', ids['manager.a3']],
    ]);
    expect(
      h.successors.map((s: { customers: number; inspectionTasks: number }) => [
        s.customers,
        s.inspectionTasks,
      ]),
    ).toEqual([
      [1, 1],
      [1, 0],
    ]);

    const again = await post('head.a', '/api/v1/handover', body);
    expect([again.statusCode, errorOf(again).field]).toEqual([409, 'departingUserId']);
    // manager.b neither sees nor signs it; collector.a is no party; the head may not sign for an active user.
    expect((await get('manager.b', `/api/v1/handover/${h.id}`)).statusCode).toBe(404);
    expect((await post('manager.b', `/api/v1/handover/${h.id}/sign`)).statusCode).toBe(404);
    expect((await post('collector.a', `/api/v1/handover/${h.id}/sign`)).statusCode).toBe(403);
    expect((await post('head.a', `/api/v1/handover/${h.id}/sign`)).statusCode).toBe(422);

    const first = await post('manager.a', `/api/v1/handover/${h.id}/sign`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'pending',
      departing: { signedBy: 'manager.a', onBehalf: false },
    });
    const twice = await post('manager.a', `/api/v1/handover/${h.id}/sign`);
    expect([twice.statusCode, errorOf(twice).code]).toEqual([409, 'conflict']);
    expect((await post('manager.a2', `/api/v1/handover/${h.id}/sign`)).json().status).toBe('pending');
    expect(await managerOf('customer', bank.loans.a1.customerId)).toBe(ids['manager.a']);
    // A successor sees the handover they are a party to.
    expect((await get('manager.a3', `/api/v1/handover/${h.id}`)).statusCode).toBe(200);
    const done = await post('manager.a3', `/api/v1/handover/${h.id}/sign`, undefined);
    expect(done.statusCode, done.body).toBe(200);
    const completed = done.json();
    expect(completed).toMatchObject({
      status: 'completed',
      completedOn: BUSINESS_DATE,
      remainingCustomers: 0,
    });
    const kinds = completed.moves.map((m: { objectType: string }) => m.objectType).sort();
    expect(kinds).toEqual([
      'contract',
      'contract',
      'customer',
      'customer',
      'inspection_task',
      'loan',
      'loan',
    ]);
    expect(completed.moves.every((m: { beforeUserId: string }) => m.beforeUserId === ids['manager.a'])).toBe(
      true,
    );

    expect(await managerOf('customer', bank.loans.a1.customerId)).toBe(ids['manager.a2']);
    expect(await managerOf('loan', bank.loans.a1.id)).toBe(ids['manager.a2']);
    expect(await managerOf('contract', bank.loans.a1.contractId)).toBe(ids['manager.a2']);
    expect(await managerOf('customer', bank.loans.a2.customerId)).toBe(ids['manager.a3']);
    expect(await managerOf('loan', bank.loans.a2.id)).toBe(ids['manager.a3']);
    const tasks = await t.db.query<{ status: string; a: string }>(
      `select status, assignee_id::text as a from inspection_task order by id`,
    );
    expect(tasks).toEqual([
      { status: 'open', a: ids['manager.a2'] },
      { status: 'approved', a: ids['manager.a'] },
    ]);
    expect(taskA1).toBeDefined();
    // The cases of the customers stay with their collector.
    expect(
      (await t.db.query(`select 1 from collection_case where assignee_id = $1`, [ids['collector.a']])).length,
    ).toBe(2);

    const actions = await t.db.query<{ action: string }>(
      `select action from audit_entry where object_type = 'handover' and object_id = $1 order by seq`,
      [h.id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'handover.draft',
      'handover.sign',
      'handover.sign',
      'handover.sign',
      'handover.complete',
    ]);

    // Deactivating the departed user now leaves nothing behind.
    const off = await post('admin', `/api/v1/users/${ids['manager.a']}/deactivate`);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({
      active: false,
      openWork: { customers: 0, loans: 0, inspectionTasks: 0, collectionCases: 0 },
      orphanCheck: '/api/v1/handover/orphans',
    });
    const orphans = await get('head.a', '/api/v1/handover/orphans');
    expect(orphans.statusCode).toBe(200);
    expect(orphans.json()).toEqual({
      counts: { customer: 0, loan: 0, inspection_task: 0, collection_case: 0 },
      items: [],
    });
    const list = await get('head.a', '/api/v1/handover?status=completed');
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ id: h.id, customers: 2, balance: '170000.00' }],
    });
    expect((await get('manager.b', '/api/v1/handover')).json().total).toBe(0);
  });

  it('a deactivated collector: the orphan check lists the cases; the head signs for them; a manual plan moves them', async () => {
    const off = await post('admin', `/api/v1/users/${ids['collector.a']}/deactivate`, { reason: '离职' });
    expect(off.json().openWork).toMatchObject({ collectionCases: 2, customers: 0 });
    const orphans = (await get('head.a', '/api/v1/handover/orphans')).json();
    expect(orphans.counts).toEqual({ customer: 0, loan: 0, inspection_task: 0, collection_case: 2 });
    expect(orphans.items.map((o: { label: string; holderName: string }) => [o.label, o.holderName])).toEqual([
      ['JJ001', '用户collector.a'],
      ['JJ002', '用户collector.a'],
    ]);
    // B's unassigned case is outside head.a's scope, and listed for the risk head's whole book.
    expect((await get('admin', '/api/v1/handover/orphans')).json().counts.collection_case).toBe(3);

    const plan = [
      { customerId: bank.loans.a1.customerId, successorId: ids['collector.a2'] },
      { customerId: bank.loans.a2.customerId, successorId: ids['collector.a2'] },
    ];
    const body = {
      departingUserId: ids['collector.a'],
      mode: 'manual',
      successorIds: [ids['collector.a2'], ids['manager.a2']],
      plan,
      reason: '离职',
    };
    // A manual plan naming an account manager for cases is refused on that entry.
    const wrong = await post('head.a', '/api/v1/handover', {
      ...body,
      plan: [plan[0], { ...plan[1]!, successorId: ids['manager.a2'] }],
    });
    expect([wrong.statusCode, errorOf(wrong).field]).toEqual([422, 'plan[1].successorId']);
    expect(errorOf(wrong).message).toMatch(/not a collector/);
    const drafted = await post('head.a', '/api/v1/handover', {
      ...body,
      successorIds: [ids['collector.a2']],
    });
    expect(drafted.statusCode, drafted.body).toBe(201);
    const h = drafted.json();
    expect(h.successors[0]).toMatchObject({ customers: 2, collectionCases: 2 });

    const behalf = await post('head.a', `/api/v1/handover/${h.id}/sign`);
    expect(behalf.statusCode, behalf.body).toBe(200);
    expect(behalf.json().departing).toMatchObject({ signedBy: 'head.a', onBehalf: true });
    const done = await post('collector.a2', `/api/v1/handover/${h.id}/sign`);
    expect(done.json().status).toBe('completed');
    expect(
      done.json().moves.map((m: { objectType: string; label: string }) => [m.objectType, m.label]),
    ).toEqual([
      ['collection_case', 'JJ001'],
      ['collection_case', 'JJ002'],
    ]);
    const assignees = await t.db.query<{ a: string }>(
      `select distinct assignee_id::text as a from collection_case where branch_id like 'A%'`,
    );
    expect(assignees).toEqual([{ a: ids['collector.a2'] }]);
    expect((await get('head.a', '/api/v1/handover/orphans')).json().counts.collection_case).toBe(0);
  });

  it('a successor deactivated before the last signature: 422, nothing moves; cancel and draft again', async () => {
    const drafted = await post('head.a', '/api/v1/handover', byBalance('manager.a3', ['manager.a2']));
    expect(drafted.statusCode, drafted.body).toBe(201);
    const h = drafted.json();
    expect((await post('manager.a2', `/api/v1/handover/${h.id}/sign`)).statusCode).toBe(200);
    await t.db.query(`update app_user set active = false where username = 'manager.a2'`);
    const moves = await count(t.db, 'handover_move');
    const late = await post('manager.a3', `/api/v1/handover/${h.id}/sign`);
    expect([late.statusCode, errorOf(late).field]).toEqual([422, 'id']);
    expect(errorOf(late).message).toMatch(/manager.a2 is deactivated/);
    expect(await count(t.db, 'handover_move')).toBe(moves);
    expect((await get('head.a', `/api/v1/handover/${h.id}`)).json().departing.signedAt).toBeNull();
    await t.db.query(`update app_user set active = true where username = 'manager.a2'`);

    expect((await post('head.a', `/api/v1/handover/${h.id}/cancel`, { reason: '' })).statusCode).toBe(400);
    const cancelled = await post('head.a', `/api/v1/handover/${h.id}/cancel`, { reason: '改为调岗' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'head.a' });
    expect((await post('manager.a2', `/api/v1/handover/${h.id}/sign`)).statusCode).toBe(409);
    expect(
      (await post('head.a', '/api/v1/handover', byBalance('manager.a3', ['manager.a2']))).statusCode,
    ).toBe(201);
  });
});
