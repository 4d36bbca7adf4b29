import {
  createAdhocTask,
  createUser,
  type Database,
  hashPassword,
  planInspections,
  setPasswordHash,
  submitInspectionReport,
} from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Bank,
  type BankLoan,
  BUSINESS_DATE,
  CHEAP_SCRYPT,
  seedBank,
  TEST_PASSWORD,
  type Username,
} from './support/bank-fixture';
import { buildTestApp, call, errorOf, login } from './support/test-app';

/**
 * Inspections over HTTP: every role × every inspection endpoint × an object inside and one outside the
 * user's scope (the expected answers written out here, not derived from the permission table), then the
 * flows and the refusals.
 */

interface UserCase {
  readonly username: Username;
  readonly global: boolean;
  readonly own: 'a1' | 'b1';
}

const USERS: readonly UserCase[] = [
  { username: 'admin', global: true, own: 'a1' },
  { username: 'risk.head', global: true, own: 'a1' },
  { username: 'auditor', global: true, own: 'a1' },
  { username: 'manager.a', global: false, own: 'a1' },
  { username: 'officer.a', global: false, own: 'a1' },
  { username: 'reviewer.a', global: false, own: 'a1' },
  { username: 'head.a', global: false, own: 'a1' },
  { username: 'collector.a', global: false, own: 'a1' },
  { username: 'manager.b', global: false, own: 'b1' },
  { username: 'officer.b01', global: false, own: 'b1' },
];

const READERS = USERS.map((u) => u.username).filter((u) => u !== 'collector.a');
const WRITERS: readonly Username[] = ['manager.a', 'officer.a', 'manager.b', 'officer.b01'];
const REVIEWERS: readonly Username[] = ['reviewer.a', 'head.a'];

/** Closes every unfinished task of the loan, so a case can create or use a fresh one. */
async function closeTasks(db: Database, loan: BankLoan): Promise<void> {
  await db.query(
    `update inspection_task set status = 'cancelled' where loan_id = $1 and status in ('open', 'submitted', 'returned')`,
    [loan.id],
  );
}

async function freshTask(db: Database, loan: BankLoan): Promise<string> {
  await closeTasks(db, loan);
  const task = await createAdhocTask(db, {
    loanId: loan.id,
    dueDate: '2026-03-20',
    reason: '矩阵测试',
    createdBy: 'matrix.setup',
    branchPath: '/',
  });
  return task.id;
}

const findings = {
  operations: { assessment: 'attention' as const, note: '订单减少三成' },
};

async function freshReport(db: Database, loan: BankLoan): Promise<string> {
  const taskId = await freshTask(db, loan);
  const r = await submitInspectionReport(db, {
    taskId,
    author: 'matrix.author',
    branchPath: '/',
    mode: 'onsite',
    inspectedOn: BUSINESS_DATE,
    findings,
    riskOpinion: '关注经营变化',
  });
  return r.id;
}

interface Endpoint {
  readonly name: string;
  readonly allowed: readonly Username[];
  readonly ok: number;
  /** Prepares the object and returns the request. */
  readonly request: (
    db: Database,
    loan: BankLoan,
  ) => Promise<{ method?: 'GET' | 'POST'; url: string; body?: unknown }>;
  readonly listed?: (body: unknown, loan: BankLoan) => boolean;
}

let lastTask = '';
const ENDPOINTS: readonly Endpoint[] = [
  {
    name: 'GET /inspections/tasks?assignee=all',
    allowed: READERS,
    ok: 200,
    request: async (db, l) => {
      lastTask = await freshTask(db, l);
      return { url: '/api/v1/inspections/tasks?assignee=all&pageSize=200' };
    },
    listed: (body) => (body as { items: { id: string }[] }).items.some((i) => i.id === lastTask),
  },
  {
    name: 'GET /inspections/tasks/{id}',
    allowed: READERS,
    ok: 200,
    request: async (db, l) => ({ url: `/api/v1/inspections/tasks/${await freshTask(db, l)}` }),
  },
  {
    name: 'POST /inspections/tasks',
    allowed: WRITERS,
    ok: 201,
    request: async (db, l) => {
      await closeTasks(db, l);
      return {
        method: 'POST',
        url: '/api/v1/inspections/tasks',
        body: { loanId: l.id, dueDate: '2026-03-10', reason: '客户涉诉' },
      };
    },
  },
  {
    name: 'POST /inspections/tasks/{id}/report',
    allowed: WRITERS,
    ok: 201,
    request: async (db, l) => ({
      method: 'POST',
      url: `/api/v1/inspections/tasks/${await freshTask(db, l)}/report`,
      body: { mode: 'offsite', inspectedOn: BUSINESS_DATE, findings, riskOpinion: '可控' },
    }),
  },
  {
    name: 'POST /inspections/reports/{id}/approve',
    allowed: REVIEWERS,
    ok: 200,
    request: async (db, l) => ({
      method: 'POST',
      url: `/api/v1/inspections/reports/${await freshReport(db, l)}/approve`,
      body: {},
    }),
  },
  {
    name: 'POST /inspections/reports/{id}/return',
    allowed: REVIEWERS,
    ok: 200,
    request: async (db, l) => ({
      method: 'POST',
      url: `/api/v1/inspections/reports/${await freshReport(db, l)}/return`,
      body: { comments: '请补充照片' },
    }),
  },
  {
    name: 'GET /key-customers',
    allowed: READERS,
    ok: 200,
    request: async () => ({ url: '/api/v1/key-customers?pageSize=200' }),
    listed: (body, l) =>
      (body as { items: { customerId: string }[] }).items.some((i) => i.customerId === l.customerId),
  },
  {
    name: 'POST /key-customers',
    allowed: WRITERS,
    ok: 202,
    request: async (db, l) => {
      await db.query(
        `update approval_request set status = 'rejected', checker = 'matrix.reset', decided_at = now(),
                decision_reason = 'matrix reset'
          where status = 'pending' and kind = 'key_customer_flag' and object_id = $1`,
        [l.customerId],
      );
      return {
        method: 'POST',
        url: '/api/v1/key-customers',
        body: { customerId: l.customerId, reason: '行业龙头' },
      };
    },
  },
];

const ERROR_CODE: Record<number, string> = { 403: 'forbidden', 404: 'not_found' };

function expected(user: UserCase, endpoint: Endpoint, side: 'in' | 'out'): number {
  if (!endpoint.allowed.includes(user.username)) return 403;
  if (endpoint.listed) return 200;
  return user.global || side === 'in' ? endpoint.ok : 404;
}

const CASES = USERS.flatMap((user) =>
  ENDPOINTS.flatMap((endpoint) => (['in', 'out'] as const).map((side) => ({ user, endpoint, side }))),
);

describe.each(testEngines())('inspections API on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  const cookies = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    app = (await buildTestApp(t.db)).app;
    for (const u of USERS) cookies.set(u.username, await login(app, u.username));
    // Someone holding both a maker and a reviewer role, to show the author may never review.
    const both = await createUser(t.db, {
      username: 'both.a',
      displayName: '兼岗',
      branchId: 'A',
      roles: ['account_manager', 'credit_reviewer'],
    });
    await setPasswordHash(
      t.db,
      both.id,
      await hashPassword(TEST_PASSWORD, CHEAP_SCRYPT),
      new Date('2026-01-01'),
    );
    cookies.set('both.a', await login(app, 'both.a'));
    // Key customers on both sides for the list.
    await t.db.query(
      `insert into key_customer (customer_id, reason, source, valid_from) values ($1, 'top', 'monthly_top', $3),
              ($2, 'top', 'monthly_top', $3)`,
      [bank.loans.a1.customerId, bank.loans.b1.customerId, BUSINESS_DATE],
    );
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const target = (user: UserCase, side: 'in' | 'out'): BankLoan => {
    const other = user.own === 'a1' ? 'b1' : 'a1';
    return bank.loans[side === 'in' ? user.own : other];
  };

  it.each(CASES.map((c) => [c.user.username, c.endpoint.name, c.side, c] as const))(
    '%s %s (%s scope)',
    async (_u, _e, _s, { user, endpoint, side }) => {
      const loan = target(user, side);
      const req = await endpoint.request(t.db, loan);
      const res = await call(app, { ...req, cookie: cookies.get(user.username) });
      const want = expected(user, endpoint, side);
      expect(res.statusCode, res.body).toBe(want);
      if (want >= 400) expect(errorOf(res).code).toBe(ERROR_CODE[want]);
      if (endpoint.listed && want === 200) {
        expect(endpoint.listed(res.json(), loan)).toBe(user.global || side === 'in');
      }
    },
  );

  it.each(ENDPOINTS.map((e) => [e.name, e] as const))('%s without a session is 401', async (_n, endpoint) => {
    const res = await call(app, await endpoint.request(t.db, bank.loans.a1));
    expect(res.statusCode).toBe(401);
  });

  it('planning gives the manager their tasks; a report is refused without its findings, submitted, reviewed and signed', async () => {
    for (const l of Object.values(bank.loans)) await closeTasks(t.db, l);
    await t.db.transaction((tx) => planInspections(tx, BUSINESS_DATE));
    const manager = cookies.get('manager.a');
    const mine = await call(app, {
      url: '/api/v1/inspections/tasks?kind=adhoc&status=open',
      cookie: manager,
    });
    expect(mine.statusCode, mine.body).toBe(200);
    const items = (
      mine.json() as { items: { id: string; loanId: string; reason: string; dueDate: string }[] }
    ).items;
    // a1 and a2 have principal overdue since 2026-02-10; both are manager.a's.
    expect(items.map((i) => i.loanId).sort()).toEqual([bank.loans.a1.id, bank.loans.a2.id].sort());
    expect(items[0]).toMatchObject({ reason: 'adhoc:principal_overdue', dueDate: '2026-03-09' });
    const notMine = await call(app, {
      url: '/api/v1/inspections/tasks?kind=adhoc',
      cookie: cookies.get('officer.a'),
    });
    expect((notMine.json() as { total: number }).total).toBe(0);

    const task = items.find((i) => i.loanId === bank.loans.a1.id)!;
    const url = `/api/v1/inspections/tasks/${task.id}/report`;
    const missing = await call(app, {
      method: 'POST',
      url,
      cookie: manager,
      body: {
        mode: 'onsite',
        inspectedOn: BUSINESS_DATE,
        findings: { useOfFunds: findings.operations },
        riskOpinion: 'x',
      },
    });
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).field).toBe('findings.operations');
    const badFlag = await call(app, {
      method: 'POST',
      url,
      cookie: manager,
      body: { mode: 'onsite', inspectedOn: BUSINESS_DATE, findings, flags: ['bankrupt'], riskOpinion: 'x' },
    });
    expect(badFlag.statusCode).toBe(400);
    expect(errorOf(badFlag).field).toBe('flags.0');
    const badFigure = await call(app, {
      method: 'POST',
      url,
      cookie: manager,
      body: {
        mode: 'onsite',
        inspectedOn: BUSINESS_DATE,
        findings,
        figures: { totalAssets: '1.005', totalLiabilities: '1', currentAssets: '1', currentLiabilities: '1' },
        riskOpinion: 'x',
      },
    });
    expect(badFigure.statusCode).toBe(400);
    expect(errorOf(badFigure).field).toBe('figures.totalAssets');

    const submitted = await call(app, {
      method: 'POST',
      url,
      cookie: manager,
      body: {
        mode: 'onsite',
        inspectedOn: BUSINESS_DATE,
        findings: { ...findings, useOfFunds: { assessment: 'adverse', note: '资金流入房地产' } },
        flags: ['fund_misuse'],
        figures: {
          totalAssets: '3000000.00',
          totalLiabilities: '2000000.00',
          currentAssets: '150.00',
          currentLiabilities: '100.00',
        },
        riskOpinion: '挪用贷款资金，建议提前收回',
        proposedMeasures: '暂停额度，要求归还',
      },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const report = submitted.json() as {
      id: string;
      debtToAssetPercent: string;
      currentRatioPercent: string;
      triggers: string[];
    };
    expect(report).toMatchObject({
      debtToAssetPercent: '66.67',
      currentRatioPercent: '150.00',
      triggers: ['fund_misuse'],
    });

    const noComments = await call(app, {
      method: 'POST',
      url: `/api/v1/inspections/reports/${report.id}/return`,
      cookie: cookies.get('reviewer.a'),
      body: {},
    });
    expect(noComments.statusCode).toBe(400);
    expect(errorOf(noComments).field).toBe('comments');
    const approved = await call(app, {
      method: 'POST',
      url: `/api/v1/inspections/reports/${report.id}/approve`,
      cookie: cookies.get('head.a'),
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', reviewer: 'head.a' });
    const detail = await call(app, { url: `/api/v1/inspections/tasks/${task.id}`, cookie: manager });
    expect(detail.json()).toMatchObject({
      status: 'approved',
      completedOn: BUSINESS_DATE,
      reports: [{ id: report.id, signedAt: expect.any(String) }],
    });
    const again = await call(app, {
      method: 'POST',
      url: `/api/v1/inspections/reports/${report.id}/approve`,
      cookie: cookies.get('reviewer.a'),
      body: {},
    });
    expect(again.statusCode).toBe(409);
  });

  it("a task shows the loan's purpose, the required areas and the customer's previous signed figures", async () => {
    const manager = cookies.get('manager.a');
    const taskId = await freshTask(t.db, bank.loans.a1);
    const res = await call(app, { url: `/api/v1/inspections/tasks/${taskId}`, cookie: manager });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Record<string, unknown>;
    const [loan] = await t.db.query<{ purpose: string; payment_mode: string; security_type: string }>(
      'select purpose, payment_mode, security_type from loan where id = $1',
      [bank.loans.a1.id],
    );
    expect(body).toMatchObject({
      kind: 'adhoc',
      purpose: loan!.purpose,
      paymentMode: loan!.payment_mode,
      securityType: loan!.security_type,
    });
    const [customer] = await t.db.query<{ customer_type: string }>(
      'select customer_type from customer where id = $1',
      [bank.loans.a1.customerId],
    );
    expect(body.requiredAreas).toEqual(
      customer!.customer_type === 'enterprise' ? ['operations', 'finances'] : ['operations'],
    );
    // The report signed in the flow above (figures 3,000,000 / 2,000,000 / 150 / 100) is the previous one.
    expect(body.previousReport).toMatchObject({
      status: 'approved',
      debtToAssetPercent: '66.67',
      currentRatioPercent: '150.00',
      figures: { totalAssets: '3000000.00', currentLiabilities: '100.00' },
    });
    // Another customer's task has none.
    const other = await freshTask(t.db, bank.loans.b1);
    const b = await call(app, {
      url: `/api/v1/inspections/tasks/${other}`,
      cookie: cookies.get('manager.b'),
    });
    expect((b.json() as { previousReport: unknown }).previousReport).toBeNull();
  });

  it('loan and customer lists, the loan and the customer view say whether the borrower is a key customer', async () => {
    const admin = cookies.get('admin');
    const keyCustomer = bank.loans.a1.customerId;
    const loans = await call(app, { url: '/api/v1/loans?pageSize=200', cookie: admin });
    const items = (loans.json() as { items: { customerId: string; isKeyCustomer: boolean }[] }).items;
    expect(items.length).toBeGreaterThan(2);
    for (const l of items) {
      expect(l.isKeyCustomer).toBe(l.customerId === keyCustomer || l.customerId === bank.loans.b1.customerId);
    }
    const customers = await call(app, { url: '/api/v1/customers?pageSize=200', cookie: admin });
    const cs = (customers.json() as { items: { id: string; isKeyCustomer: boolean }[] }).items;
    expect(
      cs
        .filter((c) => c.isKeyCustomer)
        .map((c) => c.id)
        .sort(),
    ).toEqual([keyCustomer, bank.loans.b1.customerId].sort());
    const loan = await call(app, { url: `/api/v1/loans/${bank.loans.a1.id}`, cookie: admin });
    expect(loan.json()).toMatchObject({ isKeyCustomer: true });
    const view = await call(app, { url: `/api/v1/customers/${keyCustomer}`, cookie: admin });
    expect(view.json()).toMatchObject({ isKeyCustomer: true, loans: [{ isKeyCustomer: true }] });
    // A flag that ended is no badge.
    await t.db.query(`update key_customer set valid_to = $2 where customer_id = $1`, [
      bank.loans.b1.customerId,
      BUSINESS_DATE,
    ]);
    const after = await call(app, { url: `/api/v1/loans/${bank.loans.b1.id}`, cookie: admin });
    expect(after.json()).toMatchObject({ isKeyCustomer: false });
  });

  it('the author may not review their own report, whatever roles they hold', async () => {
    const taskId = await freshTask(t.db, bank.loans.a2);
    const both = cookies.get('both.a');
    const res = await call(app, {
      method: 'POST',
      url: `/api/v1/inspections/tasks/${taskId}/report`,
      cookie: both,
      body: { mode: 'offsite', inspectedOn: BUSINESS_DATE, findings, riskOpinion: '可控' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const own = await call(app, {
      method: 'POST',
      url: `/api/v1/inspections/reports/${(res.json() as { id: string }).id}/approve`,
      cookie: both,
    });
    expect(own.statusCode).toBe(422);
    expect(errorOf(own).code).toBe('rule_violation');
  });

  it('unknown and malformed ids, bad filters and bad bodies are refused with the field named', async () => {
    const manager = cookies.get('manager.a');
    expect((await call(app, { url: '/api/v1/inspections/tasks/999999', cookie: manager })).statusCode).toBe(
      404,
    );
    const bad = await call(app, { url: '/api/v1/inspections/tasks/abc', cookie: manager });
    expect(bad.statusCode).toBe(400);
    const unknownReport = await call(app, {
      method: 'POST',
      url: '/api/v1/inspections/tasks/999999/report',
      cookie: manager,
      body: { mode: 'offsite', inspectedOn: BUSINESS_DATE, findings, riskOpinion: 'x' },
    });
    expect(unknownReport.statusCode).toBe(404);
    const kind = await call(app, { url: '/api/v1/inspections/tasks?kind=monthly', cookie: manager });
    expect(kind.statusCode).toBe(400);
    expect(errorOf(kind).field).toBe('kind');
    const both = await call(app, {
      method: 'POST',
      url: '/api/v1/inspections/tasks',
      cookie: manager,
      body: { dueDate: '2026-03-10', reason: 'x' },
    });
    expect(both.statusCode).toBe(400);
    expect(errorOf(both).field).toBe('loanId');
    const past = await call(app, {
      method: 'POST',
      url: '/api/v1/inspections/tasks',
      cookie: manager,
      body: { customerId: bank.loans.a1.customerId, dueDate: '2026-03-01', reason: 'x' },
    });
    expect(past.statusCode).toBe(400);
    expect(errorOf(past).field).toBe('dueDate');
    const noCustomer = await call(app, {
      method: 'POST',
      url: '/api/v1/key-customers',
      cookie: manager,
      body: { customerId: '999999', reason: 'x' },
    });
    expect(noCustomer.statusCode).toBe(404);
    expect(errorOf(noCustomer).field).toBe('customerId');
  });
});
