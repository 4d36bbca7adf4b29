import { type Database, runWarningsAndCollection } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, BUSINESS_DATE, seedBank, type Username } from './support/bank-fixture';
import { buildTestApp, call, errorOf, login } from './support/test-app';

/**
 * What the collection console needs beyond the first increment's API: guarantee circles (list and one
 * circle's graph, members outside the scope anonymous), stop flags (set, lift by a second person), the
 * warning counts per level, the collectors a case may go to, and the queue's next task and promises.
 * Bad inputs are refused naming the field, with nothing written; out of scope is 404.
 */

const USERS: readonly Username[] = [
  'risk.head',
  'auditor',
  'head.a',
  'officer.a',
  'officer.b01',
  'collector.a',
  'manager.a',
  'manager.b',
];

const count = async (db: Database, table: string) =>
  Number((await db.query<{ n: string }>(`select count(*)::text as n from ${table}`))[0]!.n);

async function guarantee(db: Database, contractId: string, guarantorCustomerId: string, amountFen: number) {
  await db.query(
    `insert into guarantee (contract_id, guarantor_customer_id, guarantor_name, guarantor_id_type,
                            guarantor_id_number, guarantor_phone, guarantee_type, amount, start_date, end_date)
     select $1, c.id, c.name, c.id_type, c.id_number, c.phone, 'joint_several', $3, '2026-01-10', '2027-01-10'
       from customer c where c.id = $2`,
    [contractId, guarantorCustomerId, amountFen],
  );
}

interface CircleJson {
  id: string;
  memberCount: number;
  membersInScope: number;
  overdueMembers: number;
  branches: string[];
  members: {
    key: number;
    customerId: string | null;
    name: string | null;
    branchId: string;
    inScope: boolean;
    overdue: boolean;
    maxDpd: number;
  }[];
  links: { from: number; to: number; guarantees: number; amount: string }[];
}

describe.each(testEngines())('collection console API on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  const cookies = new Map<Username, string>();
  let caseA: string;
  let caseB: string;
  let circleId: string;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    // The fixture has a1 → a2, a1 → b1, a2 → b1 (borrower → guarantor); a1 guaranteeing a2's and b1's
    // contracts closes one circle of all three across branches A and B.
    await guarantee(t.db, bank.loans.a2.contractId, bank.loans.a1.customerId, 3_000_000);
    await guarantee(t.db, bank.loans.b1.contractId, bank.loans.a1.customerId, 2_000_000);
    // b1 20 days overdue, a1 5 days, a2 current, like end of day leaves them.
    await t.db.query(`update loan set oldest_unpaid_due = null where id = $1`, [bank.loans.a2.id]);
    await t.db.query(`update loan set oldest_unpaid_due = '2026-02-10', evaluated_on = $2 where id = $1`, [
      bank.loans.b1.id,
      BUSINESS_DATE,
    ]);
    await t.db.query(`update loan set oldest_unpaid_due = '2026-02-25', evaluated_on = $2 where id = $1`, [
      bank.loans.a1.id,
      BUSINESS_DATE,
    ]);
    await runWarningsAndCollection(t.db, BUSINESS_DATE);
    app = (await buildTestApp(t.db)).app;
    for (const u of USERS) cookies.set(u, await login(app, u));
    const caseOf = async (loanId: string) =>
      (
        await t.db.query<{ id: string }>(`select id::text as id from collection_case where loan_id = $1`, [
          loanId,
        ])
      )[0]!.id;
    caseA = await caseOf(bank.loans.a1.id);
    caseB = await caseOf(bank.loans.b1.id);
    // The id is opaque: the test learns it from the list, as the console does.
    circleId = (await get('risk.head', '/api/v1/guarantee-circles')).json().items[0].id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  const get = (u: Username, url: string) => call(app, { url, cookie: cookies.get(u) });
  const post = (u: Username, url: string, body: unknown) =>
    call(app, { method: 'POST', url, cookie: cookies.get(u), body });

  it('lists the circle to a global role with every member named, its links and overdue members', async () => {
    const list = await get('risk.head', '/api/v1/guarantee-circles');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, page: 1 });
    expect(list.json().items[0]).toEqual({
      id: circleId,
      memberCount: 3,
      membersInScope: 3,
      overdueMembers: 2,
      linkCount: 5,
      maxDpd: 20,
      branches: ['A01', 'A02', 'B01'],
      memberNames: expect.any(Array),
    });
    expect(list.json().items[0].memberNames).toHaveLength(3);
    const c = (await get('risk.head', `/api/v1/guarantee-circles/${circleId}`)).json() as CircleJson;
    expect(c.members.every((m) => m.inScope && m.customerId !== null && m.name !== null)).toBe(true);
    const keyOf = (customerId: string) => c.members.find((m) => m.customerId === customerId)!.key;
    const a1 = keyOf(bank.loans.a1.customerId);
    const b1 = keyOf(bank.loans.b1.customerId);
    expect(c.members.find((m) => m.key === b1)).toMatchObject({ overdue: true, maxDpd: 20, branchId: 'B01' });
    expect(c.members.find((m) => m.key === a1)).toMatchObject({ overdue: true, maxDpd: 5 });
    expect(c.links).toHaveLength(5);
    expect(c.links.find((l) => l.from === b1 && l.to === a1)).toEqual({
      from: b1,
      to: a1,
      guarantees: 1,
      amount: '20000.00',
    });
  });

  it('gives a circle an opaque, stable id that names none of its members', async () => {
    const members = [bank.loans.a1.customerId, bank.loans.a2.customerId, bank.loans.b1.customerId];
    expect(circleId).toMatch(/^[0-9a-f]{16}$/);
    expect(members).not.toContain(circleId);
    // The same circle has the same id for every caller who sees it, request after request …
    for (const u of ['risk.head', 'head.a', 'officer.b01'] as const) {
      expect(
        (await get(u, '/api/v1/guarantee-circles')).json().items.map((x: { id: string }) => x.id),
      ).toEqual([circleId]);
      expect((await get(u, `/api/v1/guarantee-circles/${circleId}`)).json().id).toBe(circleId);
    }
    // … and a member's customer id (the old id) names no circle.
    const lowest = [...members].sort((x, y) => Number(x) - Number(y))[0]!;
    const old = await get('risk.head', `/api/v1/guarantee-circles/${lowest}`);
    expect(old.statusCode).toBe(400);
    expect(errorOf(old).field).toBe('id');
  });

  it('shows members outside the caller’s scope as anonymous nodes', async () => {
    const forA = (await get('head.a', `/api/v1/guarantee-circles/${circleId}`)).json() as CircleJson;
    expect(forA.membersInScope).toBe(2);
    expect((forA as unknown as { memberNames: string[] }).memberNames).toHaveLength(2);
    const outside = forA.members.filter((m) => !m.inScope);
    expect(outside).toEqual([
      expect.objectContaining({ customerId: null, name: null, branchId: 'B01', overdue: true }),
    ]);
    const forB = (await get('officer.b01', `/api/v1/guarantee-circles/${circleId}`)).json() as CircleJson;
    expect(forB.members.filter((m) => m.inScope).map((m) => m.customerId)).toEqual([
      bank.loans.b1.customerId,
    ]);
    // Filter by a member; the circle of a customer in no circle is an empty list.
    const byMember = await get('head.a', `/api/v1/guarantee-circles?customerId=${bank.loans.a2.customerId}`);
    expect(byMember.json().items.map((x: { id: string }) => x.id)).toEqual([circleId]);
  });

  it('answers 404 for a circle with no member in scope and for an id that names no circle', async () => {
    const none = await get('risk.head', '/api/v1/guarantee-circles/00000000000000ff');
    expect(none.statusCode).toBe(404);
    expect(errorOf(none).field).toBe('id');
    // Settling b1 takes its contract's guarantee (b1 → a1) out of the graph: a1 ⇄ a2 remain, in A only,
    // a circle of other members with an id of its own; the three-member circle's id names nothing now.
    await t.db.query(`update loan set status = 'settled' where id = $1`, [bank.loans.b1.id]);
    try {
      const listed = (await get('head.a', '/api/v1/guarantee-circles')).json();
      expect(listed.total).toBe(1);
      const small: string = listed.items[0].id;
      expect(small).toMatch(/^[0-9a-f]{16}$/);
      expect(small).not.toBe(circleId);
      expect((await get('risk.head', `/api/v1/guarantee-circles/${circleId}`)).statusCode).toBe(404);
      const forA = await get('head.a', `/api/v1/guarantee-circles/${small}`);
      expect(forA.statusCode).toBe(200);
      expect(forA.json()).toMatchObject({ memberCount: 2, branches: ['A01', 'A02'] });
      expect((await get('officer.b01', `/api/v1/guarantee-circles/${small}`)).statusCode).toBe(404);
      expect((await get('officer.b01', '/api/v1/guarantee-circles')).json().total).toBe(0);
    } finally {
      await t.db.query(`update loan set status = 'active' where id = $1`, [bank.loans.b1.id]);
    }
  });

  it('refuses bad circle queries naming the field', async () => {
    const bad = await get('risk.head', '/api/v1/guarantee-circles?overdueOnly=maybe');
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).field).toBe('overdueOnly');
    const badId = await get('risk.head', '/api/v1/guarantee-circles/abc');
    expect(badId.statusCode).toBe(400);
    expect(errorOf(badId).field).toBe('id');
    const badCustomer = await get('risk.head', '/api/v1/guarantee-circles?customerId=-1');
    expect(badCustomer.statusCode).toBe(400);
    expect(errorOf(badCustomer).field).toBe('customerId');
    expect((await get('collector.a', '/api/v1/guarantee-circles')).statusCode).toBe(403);
    const overdueOnly = await get('risk.head', '/api/v1/guarantee-circles?overdueOnly=true');
    expect(overdueOnly.json().total).toBe(1);
  });

  it('counts warnings per level with the board filters and refuses a level filter there', async () => {
    const all = await get('risk.head', '/api/v1/warnings/counts');
    expect(all.statusCode).toBe(200);
    const board = (await get('risk.head', '/api/v1/warnings?pageSize=200')).json() as {
      items: { level: 'red' | 'orange' | 'yellow' | 'blue' }[];
    };
    const expected = { red: 0, orange: 0, yellow: 0, blue: 0 };
    for (const w of board.items) expected[w.level]++;
    expect(all.json()).toEqual(expected);
    expect(expected.orange).toBeGreaterThan(0); // the circle's contagion signal
    const forB = (await get('officer.b01', '/api/v1/warnings/counts')).json() as Record<string, number>;
    const boardB = (await get('officer.b01', '/api/v1/warnings')).json() as { total: number };
    expect(Object.values(forB).reduce((a, b) => a + b, 0)).toBe(boardB.total);
    const bad = await get('risk.head', '/api/v1/warnings/counts?level=red');
    expect(bad.statusCode).toBe(400);
    const badAge = await get('risk.head', '/api/v1/warnings/counts?minAgeDays=-3');
    expect(badAge.statusCode).toBe(400);
    expect(errorOf(badAge).field).toBe('minAgeDays');
  });

  it('lists the collectors a case may be reassigned to, 404 outside the scope', async () => {
    const res = await get('head.a', `/api/v1/collection/cases/${caseA}/eligible-assignees`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ id: bank.userIds['collector.a'], username: 'collector.a', branchId: 'A' }),
    ]);
    // collector.a works in A, which does not cover B01: nobody is eligible for b1's case.
    expect(
      (await get('risk.head', `/api/v1/collection/cases/${caseB}/eligible-assignees`)).json().items,
    ).toEqual([]);
    expect((await get('head.a', `/api/v1/collection/cases/${caseB}/eligible-assignees`)).statusCode).toBe(
      404,
    );
    const bad = await get('head.a', '/api/v1/collection/cases/x/eligible-assignees');
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).field).toBe('id');
    expect(
      (await get('collector.a', `/api/v1/collection/cases/${caseA}/eligible-assignees`)).statusCode,
    ).toBe(403);
  });

  it('gives the queue its next task, assignee name and promise dates', async () => {
    const promise = await post('collector.a', `/api/v1/collection/cases/${caseA}/actions`, {
      channel: 'phone',
      target: 'debtor',
      contactPoint: '13812345678',
      date: BUSINESS_DATE,
      time: '10:30',
      outcome: 'promise',
      promise: { amount: '500.00', date: '2026-03-09' },
    });
    expect(promise.statusCode).toBe(201);
    const queue = (await get('collector.a', '/api/v1/collection/cases')).json() as {
      items: Record<string, unknown>[];
    };
    const a = queue.items.find((c) => c.id === caseA)!;
    expect(a).toMatchObject({
      nextTask: 'reminder',
      nextPromiseDate: '2026-03-09',
      nextPromiseAmount: '500.00',
      brokenPromises: 0,
      assigneeId: bank.userIds['collector.a'],
    });
    expect(typeof a.assigneeName).toBe('string');
  });

  describe('stop flags', () => {
    const url = () => `/api/v1/customers/${bank.loans.a1.customerId}/stop-flags`;

    it('refuses a flag without a reason, an unknown flag and a second open one, writing nothing', async () => {
      const before = [await count(t.db, 'customer_stop_flag'), await count(t.db, 'audit_entry')];
      const noReason = await post('collector.a', url(), { flag: 'complaint', reason: '  ' });
      expect(noReason.statusCode).toBe(400);
      expect(errorOf(noReason).field).toBe('reason');
      const unknown = await post('collector.a', url(), { flag: 'holiday', reason: 'x' });
      expect(unknown.statusCode).toBe(400);
      expect(errorOf(unknown).field).toBe('flag');
      const extra = await post('collector.a', url(), { flag: 'complaint', reason: 'x', until: '2026-04-01' });
      expect(extra.statusCode).toBe(400);
      const outside = await post('collector.a', `/api/v1/customers/${bank.loans.b1.customerId}/stop-flags`, {
        flag: 'complaint',
        reason: 'x',
      });
      expect(outside.statusCode).toBe(404);
      expect([await count(t.db, 'customer_stop_flag'), await count(t.db, 'audit_entry')]).toEqual(before);
    });

    it('sets a flag (audited), refuses the same flag again, and lets only another head lift it', async () => {
      const set = await post('head.a', url(), { flag: 'complaint', reason: '客户投诉催收频率' });
      expect(set.statusCode).toBe(201);
      expect(set.json()).toMatchObject({ flag: 'complaint', recordedBy: 'head.a', liftedOn: null });
      const id = set.json().id as string;
      const again = await post('collector.a', url(), { flag: 'complaint', reason: '再次投诉' });
      expect(again.statusCode).toBe(422);
      expect(errorOf(again).field).toBe('flag');
      const [audit] = await t.db.query<{ action: string; actor: string }>(
        `select action, actor from audit_entry where action like 'customer.stop_flag%' order by seq desc limit 1`,
      );
      expect(audit).toEqual({ action: 'customer.stop_flag.set', actor: 'head.a' });

      const lift = `${url()}/${id}/lift`;
      const bySetter = await post('head.a', lift, { reason: '已处理' });
      expect(bySetter.statusCode).toBe(422);
      expect(errorOf(bySetter).field).toBe('flagId');
      const noReason = await post('risk.head', lift, {});
      expect(noReason.statusCode).toBe(400);
      expect(errorOf(noReason).field).toBe('reason');
      expect((await post('collector.a', lift, { reason: 'x' })).statusCode).toBe(403);
      expect((await post('risk.head', `${url()}/99999/lift`, { reason: 'x' })).statusCode).toBe(404);
      const lifted = await post('risk.head', lift, { reason: '投诉已办结' });
      expect(lifted.statusCode).toBe(200);
      expect(lifted.json()).toMatchObject({
        liftedBy: 'risk.head',
        liftReason: '投诉已办结',
        liftedOn: BUSINESS_DATE,
      });
      expect((await post('risk.head', lift, { reason: 'x' })).statusCode).toBe(422);

      const list = (await get('collector.a', url())).json() as {
        items: { id: string; liftedOn: string | null }[];
      };
      expect(list.items.map((f) => [f.id, f.liftedOn])).toEqual([[id, BUSINESS_DATE]]);
      expect((await get('manager.b', url())).statusCode).toBe(404);
      expect((await get('manager.b', '/api/v1/customers/abc/stop-flags')).statusCode).toBe(400);
    });
  });
});
