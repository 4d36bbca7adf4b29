import { BUCKETS, CLASSIFICATIONS, classRank, parseClassification, parseLocalDate } from '@daihou/core';
import { initBusinessDate, verifyPassword } from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoLoadResult, loadDemo } from '../src/demo/demo-loader';
import { DEMO_BRANCHES, DEMO_PASSWORD } from '../src/demo/demo-organisation';
import { hasCustomers } from '../src/demo/demo-settings';

const REQUIRED_USERS: [string, string, string[]][] = [
  ['admin', 'HQ', ['admin']],
  ['manager.a', 'A', ['account_manager']],
  ['manager.b', 'B', ['account_manager']],
  ['officer.a', 'A', ['post_loan_officer']],
  ['reviewer.a', 'A', ['credit_reviewer']],
  ['collector.a', 'A', ['collector']],
  ['collector.b', 'B', ['collector']],
  ['risk.head', 'HQ', ['risk_head']],
  ['auditor', 'HQ', ['auditor']],
];

describe.each(testEngines())('daihou demo on %s', (engine) => {
  let t: TestDatabase;
  let result: DemoLoadResult;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    const businessDate = await initBusinessDate(t.db, parseLocalDate('2026-11-22'));
    expect(await hasCustomers(t.db)).toBe(false);
    result = await loadDemo(t.db, { customers: 300, seed: 5, businessDate, progress: (l) => lines.push(l) });
  });
  afterAll(() => t.dispose());

  it('creates the branch tree and reports progress', async () => {
    const rows = await t.db.query<{
      id: string;
      parent_id: string | null;
      name: string;
      level: string;
      path: string;
    }>('select id, parent_id, name, level, path from branch order by path');
    expect(
      rows.map((r) => ({ id: r.id, parentId: r.parent_id, name: r.name, level: r.level, path: r.path })),
    ).toEqual([...DEMO_BRANCHES].sort((a, b) => (a.path < b.path ? -1 : 1)));
    expect(lines.some((l) => l.includes('imported 300 customers'))).toBe(true);
    expect(await hasCustomers(t.db)).toBe(true);
  });

  it('creates every required user with its role, branch and the demo password', async () => {
    const rows = await t.db.query<{
      username: string;
      branch_id: string;
      roles: string[];
      password_hash: string;
      display_name: string;
    }>('select username, branch_id, roles, password_hash, display_name from app_user');
    const byName = new Map(rows.map((r) => [r.username, r]));
    for (const [username, branch, roles] of REQUIRED_USERS) {
      const u = byName.get(username);
      expect(u, username).toBeDefined();
      expect(u!.branch_id).toBe(branch);
      expect(u!.roles).toEqual(roles);
      expect(await verifyPassword(DEMO_PASSWORD, u!.password_hash)).toBe(true);
    }
    expect(await verifyPassword('wrong-password', byName.get('admin')!.password_hash)).toBe(false);
    const roles = new Set(rows.flatMap((r) => r.roles));
    for (const role of ['department_head', 'account_manager', 'post_loan_officer', 'credit_reviewer']) {
      expect(roles.has(role)).toBe(true);
    }
    for (const r of rows) expect(r.display_name).toMatch(/[\u4e00-\u9fff]/);
    const managers = rows.filter((r) => r.roles.includes('account_manager')).map((r) => r.branch_id);
    expect(new Set(managers)).toEqual(new Set(['A', 'B', 'A01', 'A02', 'B01', 'B02']));
  });

  it('loads every customer, loan and repayment through the import', async () => {
    const [c] = await t.db.query<{ customers: string; loans: string; repayments: string; paid: string }>(
      `select (select count(*) from customer) as customers, (select count(*) from loan) as loans,
              (select count(*) from repayment) as repayments, (select sum(amount) from repayment) as paid`,
    );
    expect(Number(c!.customers)).toBe(300);
    expect(Number(c!.loans)).toBe(result.portfolio.loans.length);
    expect(Number(c!.repayments)).toBe(result.portfolio.repayments.length);
    expect(Number(c!.paid)).toBe(result.portfolio.repayments.reduce((s, r) => s + r.amount, 0));
  });

  it('ends every loan in the state core predicted, with every bucket and every class populated', async () => {
    const rows = await t.db.query<{
      loan_no: string;
      status: string;
      dpd: number;
      bucket: string;
      classification: string;
      principal_owed: string;
    }>('select loan_no, status, dpd, bucket, classification, principal_owed from loan');
    const expected = new Map(result.portfolio.loans.map((l) => [l.loanNo, l.expected]));
    const mismatches = rows.filter((r) => {
      const e = expected.get(r.loan_no)!;
      return (
        e.status !== r.status ||
        e.dpd !== r.dpd ||
        e.bucket !== r.bucket ||
        e.principalOwed !== Number(r.principal_owed) ||
        // The stored class may be worse than the DPD floor (RULES.md §5), never better.
        classRank(parseClassification(r.classification)) < classRank(e.floor)
      );
    });
    expect(mismatches).toEqual([]);
    const active = rows.filter((r) => r.status === 'active');
    for (const b of BUCKETS) expect(active.filter((r) => r.bucket === b).length, b).toBeGreaterThan(0);
    for (const c of CLASSIFICATIONS)
      expect(active.filter((r) => r.classification === c).length, c).toBeGreaterThan(0);
    expect(rows.some((r) => r.status === 'settled')).toBe(true);
  });

  it('keeps the money invariant: disbursed = principal paid + principal owed', async () => {
    const broken = await t.db.query(
      `select l.loan_no from loan l
         left join (select loan_id, sum(amount) as paid from repayment_allocation
                     where component = 'principal' group by loan_id) a on a.loan_id = l.id
        where l.principal <> l.principal_owed + coalesce(a.paid, 0)`,
    );
    expect(broken).toEqual([]);
  });

  it('attaches guarantees and collateral to the imported contracts, with mutual-guarantee circles', async () => {
    const [g] = await t.db.query<{
      guarantees: string;
      insiders: string;
      collateral: string;
      unsecured: string;
    }>(
      `select (select count(*) from guarantee) as guarantees,
              (select count(*) from guarantee where guarantor_customer_id is not null) as insiders,
              (select count(*) from collateral) as collateral,
              (select count(*) from loan l where l.security_type in ('mortgage', 'pledge')
                  and not exists (select 1 from collateral k where k.contract_id = l.contract_id)) as unsecured`,
    );
    expect(Number(g!.guarantees)).toBe(result.portfolio.guarantees.length);
    expect(Number(g!.guarantees)).toBeGreaterThan(0);
    expect(Number(g!.insiders)).toBeGreaterThan(0);
    expect(Number(g!.collateral)).toBe(result.portfolio.collateral.length);
    expect(Number(g!.unsecured)).toBe(0);
    // Borrower → guarantor edges between customers; each circle closes on itself.
    const edges = await t.db.query<{ borrower: string; guarantor: string }>(
      `select b.customer_no as borrower, gc.customer_no as guarantor
         from guarantee g join contract c on c.id = g.contract_id
         join customer b on b.id = c.customer_id join customer gc on gc.id = g.guarantor_customer_id`,
    );
    const has = new Set(edges.map((e) => `${e.borrower}>${e.guarantor}`));
    expect(result.portfolio.guaranteeCircles.length).toBeGreaterThanOrEqual(2);
    for (const circle of result.portfolio.guaranteeCircles) {
      circle.forEach((member, i) => {
        expect(has.has(`${member}>${circle[(i + 1) % circle.length]}`)).toBe(true);
      });
    }
  });
});
