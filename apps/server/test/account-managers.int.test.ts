import { createUser } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, seedBank, type Username } from './support/bank-fixture';
import { buildTestApp, call, errorOf, login } from './support/test-app';

/**
 * GET /account-managers, the register's manager picker: the active account managers whose own branch lies
 * inside the caller's scope, name and branch only. The expected lists are written out here from the
 * fixture's organisation (HQ; A with A01, A02; B with B01), not derived from the server's query.
 */

interface Option {
  id: string;
  displayName: string;
  branchId: string;
  branchName: string;
}

describe.each(testEngines())('account managers for the register filter on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  const cookies = new Map<Username, string>();
  /** Managers added to the fixture's manager.a (A) and manager.b (B), by a short name. */
  const extra = new Map<string, string>();
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    for (const [key, branchId, roles] of [
      ['a01', 'A01', ['account_manager']],
      // Two roles: still an account manager.
      ['a02', 'A02', ['post_loan_officer', 'account_manager']],
      ['a02.gone', 'A02', ['account_manager']],
      ['b01', 'B01', ['account_manager']],
    ] as const) {
      const u = await createUser(t.db, {
        username: `am.${key}`,
        displayName: `客户经理${key}`,
        branchId,
        roles,
      });
      extra.set(key, u.id);
    }
    await t.db.query(`update app_user set active = false where username = 'am.a02.gone'`);
    app = (await buildTestApp(t.db)).app;
    for (const u of ['manager.a', 'officer.a', 'collector.a', 'officer.b01', 'risk.head', 'admin'] as const) {
      cookies.set(u, await login(app, u));
    }
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const managers = async (user: Username): Promise<Option[]> => {
    const res = await call(app, { url: '/api/v1/account-managers', cookie: cookies.get(user) });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: Option[] }).items;
  };
  const option = (id: string, displayName: string, branchId: string): Option => ({
    id,
    displayName,
    branchId,
    branchName: `机构${branchId}`,
  });

  it('gives a branch-A caller the managers of A and its sub-branches only, by branch then name', async () => {
    const expected = [
      option(bank.userIds['manager.a'], '用户manager.a', 'A'),
      option(extra.get('a01')!, '客户经理a01', 'A01'),
      option(extra.get('a02')!, '客户经理a02', 'A02'),
    ];
    // Every role that reads the register gets the same list, the collector too.
    for (const u of ['manager.a', 'officer.a', 'collector.a'] as const) {
      expect(await managers(u)).toEqual(expected);
    }
  });

  it('leaves out managers outside the scope, deactivated users and users without the role', async () => {
    const a = (await managers('officer.a')).map((m) => m.id);
    expect(a).not.toContain(bank.userIds['manager.b']);
    expect(a).not.toContain(extra.get('b01'));
    expect(a).not.toContain(extra.get('a02.gone'));
    expect(a).not.toContain(bank.userIds['officer.a']);
    // A sub-branch caller: its own sub-branch only, not the manager of the branch above it.
    expect(await managers('officer.b01')).toEqual([option(extra.get('b01')!, '客户经理b01', 'B01')]);
  });

  it('gives global roles every active manager, and no personal data beyond name and branch', async () => {
    const all = await managers('risk.head');
    expect(all.map((m) => m.branchId)).toEqual(['A', 'A01', 'A02', 'B', 'B01']);
    expect(await managers('admin')).toEqual(all);
    for (const m of all)
      expect(Object.keys(m).sort()).toEqual(['branchId', 'branchName', 'displayName', 'id']);
    // Neither a username (am.a01) nor a role name.
    expect(JSON.stringify(all)).not.toMatch(/am\.a01|account_manager/);
  });

  it('lists ids that filter GET /loans by manager', async () => {
    const [first] = await managers('officer.a');
    const res = await call(app, {
      url: `/api/v1/loans?managerId=${first!.id}`,
      cookie: cookies.get('officer.a'),
    });
    const loans = (res.json() as { items: { loanNo: string; managerId: string }[] }).items;
    expect(loans.map((l) => l.loanNo)).toEqual([bank.loans.a1.loanNo, bank.loans.a2.loanNo]);
    expect(loans.every((l) => l.managerId === first!.id)).toBe(true);
  });

  it('needs a session', async () => {
    const res = await call(app, { url: '/api/v1/account-managers' });
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe('unauthenticated');
  });
});
