import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { type Bank, BUSINESS_DATE, CHEAP_SCRYPT, seedBank, type Username } from './support/bank-fixture';
import { call, errorOf, login, TestClock } from './support/test-app';

/**
 * The endpoints behind the console's operations pages (issue #5): end-of-day runs, branches, the
 * portfolio trend, the largest overdue debtors, the customer view's contacts and the register export.
 * Expected figures are computed here from the stored rows, not by the server's code.
 */

const OVERDUE_SINCE = '2026-02-10';

/** num / den with four decimals, half up, in integers. */
function ratio(num: number, den: number): string | null {
  if (den === 0) return null;
  const v = (BigInt(num) * 20000n + BigInt(den)) / (2n * BigInt(den));
  const s = v.toString().padStart(5, '0');
  return `${s.slice(0, -4)}.${s.slice(-4)}`;
}

describe.each(testEngines())('operations pages API on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  const cookies = new Map<Username, string>();
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    // A1 has missed its first installment (due 2026-02-10): overdue principal = that installment's.
    await t.db.query(`update loan set oldest_unpaid_due = $2, dpd = 20, bucket = 'M1' where id = $1`, [
      bank.loans.a1.id,
      OVERDUE_SINCE,
    ]);
    await t.db.query(
      `insert into collection_case (loan_id, customer_id, branch_id, opened_on, stage, updated_on)
       values ($1, $2, 'A01', '2026-02-11', 'early', '2026-02-11')`,
      [bank.loans.a1.id, bank.loans.a1.customerId],
    );
    await t.db.query(
      `insert into collection_action (case_id, loan_id, channel, target, contact_point, action_date,
                                      action_minute, outcome, actor)
       select id, loan_id, 'phone', 'debtor', '13812345678', '2026-02-12', 615, 'promised', 'collector.a'
         from collection_case where loan_id = $1`,
      [bank.loans.a1.id],
    );
    const config = loadConfig({ PORT: '3000', HOST: '127.0.0.1', DAIHOU_EXPORT_ROW_LIMIT: '2' });
    app = await buildApp({
      db: t.db,
      config,
      clock: new TestClock().read,
      passwordHashParams: CHEAP_SCRYPT,
    });
    await app.ready();
    for (const u of ['admin', 'risk.head', 'auditor', 'manager.a', 'officer.a', 'manager.b'] as const) {
      cookies.set(u, await login(app, u));
    }
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const get = (user: Username, url: string) => call(app, { url, cookie: cookies.get(user) });
  const ok = async (user: Username, url: string) => {
    const res = await get(user, url);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json();
  };
  const refused = async (user: Username, url: string, status: number, field: string | null) => {
    const res = await get(user, url);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(status);
    expect(errorOf(res).field).toBe(field);
  };

  describe('branches', () => {
    it('lists the tree of the caller’s scope, parents first, roots without a parent', async () => {
      const all = (await ok('admin', '/api/v1/branches')).items as { id: string; parentId: string | null }[];
      expect(all.map((b) => b.id)).toEqual(['HQ', 'A', 'A01', 'A02', 'B', 'B01']);
      expect(all[0]?.parentId).toBeNull();
      const a = (await ok('manager.a', '/api/v1/branches')).items as {
        id: string;
        parentId: string | null;
      }[];
      expect(a).toEqual([
        expect.objectContaining({ id: 'A', parentId: null, level: 'branch', path: '/HQ/A/' }),
        expect.objectContaining({ id: 'A01', parentId: 'A' }),
        expect.objectContaining({ id: 'A02', parentId: 'A' }),
      ]);
    });
    it('needs a session', async () => {
      expect((await call(app, { url: '/api/v1/branches' })).statusCode).toBe(401);
    });
  });

  describe('largest overdue debtors', () => {
    const expectedOverdue = async (loanId: string) => {
      const [r] = await t.db.query<{ fen: string }>(
        `select sum(principal_due - principal_paid)::text as fen from installment
          where loan_id = $1 and due_date < $2`,
        [loanId, BUSINESS_DATE],
      );
      return (Number(r?.fen) / 100).toFixed(2);
    };
    it('ranks borrowers by unpaid principal past due, inside the scope', async () => {
      const body = await ok('risk.head', '/api/v1/reports/largest-overdue-debtors');
      expect(body.asOf).toBe(BUSINESS_DATE);
      expect(body.items).toEqual([
        {
          customerId: bank.loans.a1.customerId,
          customerNo: expect.any(String),
          name: '张建华',
          customerType: 'individual',
          branchId: 'A01',
          overdueLoans: 1,
          overduePrincipal: await expectedOverdue(bank.loans.a1.id),
          principalOwed: '120000.00',
          maxDpd: 20,
        },
        // A2's first installment (due 2026-02-10) is unpaid too; B1 owes only interest so far.
        expect.objectContaining({
          customerId: bank.loans.a2.customerId,
          overduePrincipal: await expectedOverdue(bank.loans.a2.id),
        }),
      ]);
      const a01 = await ok('manager.a', '/api/v1/reports/largest-overdue-debtors?branchId=A01');
      expect(a01.items.map((d: { name: string }) => d.name)).toEqual(['张建华']);
      const top1 = await ok('manager.a', '/api/v1/reports/largest-overdue-debtors?limit=1');
      expect(top1.items.map((d: { name: string }) => d.name)).toEqual(['张建华']);
      expect((await ok('manager.b', '/api/v1/reports/largest-overdue-debtors')).items).toEqual([]);
    });
    it('refuses bad input and a branch outside the scope (404)', async () => {
      await refused('risk.head', '/api/v1/reports/largest-overdue-debtors?limit=0', 400, 'limit');
      await refused('risk.head', '/api/v1/reports/largest-overdue-debtors?limit=51', 400, 'limit');
      await refused('risk.head', '/api/v1/reports/largest-overdue-debtors?limit=1e1', 400, 'limit');
      await refused('risk.head', '/api/v1/reports/largest-overdue-debtors?branchId=A%2F', 400, 'branchId');
      await refused('risk.head', '/api/v1/reports/largest-overdue-debtors?sort=x', 400, 'sort');
      await refused('manager.a', '/api/v1/reports/largest-overdue-debtors?branchId=B', 404, 'branchId');
      await refused('risk.head', '/api/v1/reports/largest-overdue-debtors?branchId=ZZ', 404, 'branchId');
    });
  });

  describe('customer view', () => {
    it('lists the contacts recorded on the customer’s loans, contact point masked', async () => {
      const body = await ok('officer.a', `/api/v1/customers/${bank.loans.a1.customerId}`);
      expect(body.contacts).toEqual([
        expect.objectContaining({
          loanId: bank.loans.a1.id,
          loanNo: bank.loans.a1.loanNo,
          date: '2026-02-12',
          time: '10:15',
          channel: 'phone',
          target: 'debtor',
          contactPoint: '138****5678',
          outcome: 'promised',
        }),
      ]);
      expect(JSON.stringify(body)).not.toContain('13812345678');
      await refused('manager.b', `/api/v1/customers/${bank.loans.a1.customerId}`, 404, 'id');
    });
  });

  describe('register export', () => {
    const workbookOf = async (body: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(body as unknown as ArrayBuffer);
      return wb;
    };
    it('exports the loans of a filter inside the scope: masked, Chinese headers, frozen, audited', async () => {
      const res = await get('officer.a', '/api/v1/loans/export.xlsx?branchId=A01');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="loan-register-${BUSINESS_DATE}.xlsx"`,
      );
      expect(res.headers['x-total-count']).toBe('1');
      const wb = await workbookOf(res.rawPayload);
      const sheet = wb.getWorksheet('贷款台账')!;
      expect(sheet.getRow(1).getCell(1).value).toBe('借据号');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.rowCount).toBe(2);
      const row = sheet.getRow(2);
      expect(row.getCell(1).value).toBe(bank.loans.a1.loanNo);
      expect(row.getCell(8).value).toBe(120000);
      expect(row.getCell(8).numFmt).toBe('#,##0.00');
      expect(row.getCell(25).value).toBe('1101**********1234');
      expect(row.getCell(26).value).toBe('138****5678');
      const summary = wb.getWorksheet('汇总')!;
      expect(summary.getRow(3).getCell(1).value).toBe('筛选条件：branchId=A01');

      const [entry] = await t.db.query<{ actor: string; after: unknown }>(
        `select actor, after from audit_entry where action = 'loans.export' order by seq desc limit 1`,
      );
      expect(entry?.actor).toBe('officer.a');
      expect((entry!.after as { state: unknown }).state).toEqual({
        filter: { branchId: 'A01' },
        loans: 1,
        businessDate: BUSINESS_DATE,
      });
    });

    it('has the row count of GET /loans for the same filter, and never rows outside the scope', async () => {
      const list = await ok('manager.a', '/api/v1/loans?status=active');
      const res = await get('manager.a', '/api/v1/loans/export.xlsx?status=active');
      expect(res.statusCode, res.body).toBe(200);
      const sheet = (await workbookOf(res.rawPayload)).getWorksheet('贷款台账')!;
      expect(sheet.rowCount - 1).toBe(list.total);
      const loanNos = sheet.getColumn(1).values.slice(2);
      expect(loanNos.sort()).toEqual([bank.loans.a1.loanNo, bank.loans.a2.loanNo].sort());
    });

    it('filters by account manager like GET /loans, inside the scope, and records the manager', async () => {
      const managerB = bank.userIds['manager.b'];
      const list = await ok('admin', `/api/v1/loans?managerId=${managerB}`);
      expect(list.items.map((l: { loanNo: string }) => l.loanNo)).toEqual([bank.loans.b1.loanNo]);
      const res = await get('admin', `/api/v1/loans/export.xlsx?managerId=${managerB}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['x-total-count']).toBe('1');
      const wb = await workbookOf(res.rawPayload);
      expect(wb.getWorksheet('贷款台账')!.getColumn(1).values.slice(2)).toEqual([bank.loans.b1.loanNo]);
      expect(wb.getWorksheet('汇总')!.getRow(3).getCell(1).value).toBe(`筛选条件：managerId=${managerB}`);
      const [entry] = await t.db.query<{ after: { state: { filter: unknown } } }>(
        `select after from audit_entry where action = 'loans.export' order by seq desc limit 1`,
      );
      expect(entry?.after.state.filter).toEqual({ managerId: managerB });
      // manager.a's own loans are in A: asking for B's manager gives an empty register, not B's loans.
      const outside = await get('manager.a', `/api/v1/loans/export.xlsx?managerId=${managerB}`);
      expect(outside.statusCode, outside.body).toBe(200);
      expect(outside.headers['x-total-count']).toBe('0');
      await refused('manager.a', '/api/v1/loans/export.xlsx?managerId=x1', 400, 'managerId');
    });

    it('refuses bad filters, a branch outside the scope, paging, and more rows than the limit (422)', async () => {
      await refused('officer.a', '/api/v1/loans/export.xlsx?bucket=M9', 400, 'bucket');
      await refused('officer.a', '/api/v1/loans/export.xlsx?amountMin=abc', 400, 'amountMin');
      await refused('officer.a', '/api/v1/loans/export.xlsx?page=2', 400, 'page');
      await refused('officer.a', '/api/v1/loans/export.xlsx?branchId=B01', 404, 'branchId');
      // The limit is 2 in this app: risk.head sees 3 loans.
      await refused('risk.head', '/api/v1/loans/export.xlsx', 422, 'filter');
      const [n] = await t.db.query<{ n: string }>(
        `select count(*)::text as n from audit_entry where action = 'loans.export' and actor = 'risk.head'`,
      );
      expect(n?.n).toBe('0');
    });

    it('is refused to a collector (403) and without a session (401)', async () => {
      const collector = await login(app, 'collector.a');
      const res = await call(app, { url: '/api/v1/loans/export.xlsx', cookie: collector });
      expect(res.statusCode).toBe(403);
      expect((await call(app, { url: '/api/v1/loans/export.xlsx' })).statusCode).toBe(401);
    });
  });

  describe('end of day runs and the trend', () => {
    it('lists no run before the first, with the business date', async () => {
      expect(await ok('auditor', '/api/v1/eod/runs')).toEqual({
        businessDate: BUSINESS_DATE,
        running: false,
        items: [],
        total: 0,
        page: 1,
        pageSize: 50,
      });
      await refused('auditor', '/api/v1/eod/runs?page=0', 400, 'page');
      await refused('auditor', '/api/v1/eod/runs?pageSize=201', 400, 'pageSize');
      await refused('auditor', '/api/v1/eod/runs?status=x', 400, 'status');
      expect((await get('manager.a', '/api/v1/eod/runs')).statusCode).toBe(403);
    });

    it('after a run: the list, its partitions and steps, and a trend point equal to the portfolio report', async () => {
      const start = await call(app, {
        method: 'POST',
        url: '/api/v1/eod/runs',
        cookie: cookies.get('admin'),
        body: { date: BUSINESS_DATE },
      });
      expect(start.statusCode, start.body).toBe(202);
      let run: Record<string, unknown> = {};
      for (let i = 0; i < 200; i++) {
        run = await ok('auditor', `/api/v1/eod/runs/${BUSINESS_DATE}`);
        if (run.status !== 'running') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(run.status).toBe('completed');
      const partitions = run.partitionList as { status: string; loansEvaluated: number }[];
      expect(partitions.length).toBe((run.partitions as { total: number }).total);
      expect(partitions.every((p) => p.status === 'done')).toBe(true);
      expect(partitions.reduce((s, p) => s + p.loansEvaluated, 0)).toBe(run.loansEvaluated);
      const steps = (run.steps as { step: string }[]).map((s) => s.step);
      expect(steps).toEqual([...steps].sort());
      expect(steps.length).toBeGreaterThan(0);

      const list = await ok('risk.head', '/api/v1/eod/runs');
      expect(list.businessDate).toBe('2026-03-03');
      expect(list.total).toBe(1);
      expect(list.items[0]).toMatchObject({
        runId: run.runId,
        date: BUSINESS_DATE,
        status: 'completed',
        loansEvaluated: run.loansEvaluated,
        partitionsDone: partitions.length,
        partitionsFailed: 0,
        error: null,
      });
      expect(list.items[0].finishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      for (const [user, branch] of [
        ['risk.head', ''],
        ['manager.a', ''],
        ['risk.head', 'B'],
      ] as const) {
        const q = branch ? `branchId=${branch}` : '';
        const trend = await ok(user, `/api/v1/reports/portfolio-trend?${q}`);
        expect(trend.to).toBe(BUSINESS_DATE);
        expect(trend.from).toBe('2026-02-01');
        expect(trend.points).toHaveLength(1);
        const report = await ok(user, `/api/v1/reports/portfolio?asOf=${BUSINESS_DATE}&${q}`);
        const overdue = (report.byBucket as { bucket: string; principalOwed: string }[])
          .filter((b) => b.bucket !== 'M0')
          .reduce((s, b) => s + Math.round(Number(b.principalOwed) * 100), 0);
        expect(trend.points[0]).toEqual({
          date: BUSINESS_DATE,
          loans: report.loans,
          principalOwed: report.principalOwed,
          nplPrincipal: report.nplPrincipal,
          nplRatio: report.nplRatio,
          overduePrincipal: (overdue / 100).toFixed(2),
          overdueRate: ratio(overdue, Math.round(Number(report.principalOwed) * 100)),
        });
      }
    });

    it('refuses bad trend input and a branch outside the scope', async () => {
      await refused('admin', '/api/v1/reports/portfolio-trend?from=2026-03-02&to=2026-03-01', 400, 'from');
      await refused('admin', '/api/v1/reports/portfolio-trend?to=2026-03-03', 400, 'to');
      await refused('admin', '/api/v1/reports/portfolio-trend?to=2026-02-30', 400, 'to');
      await refused('admin', '/api/v1/reports/portfolio-trend?from=2024-01-01&to=2026-03-01', 400, 'from');
      await refused('admin', '/api/v1/reports/portfolio-trend?from=yesterday', 400, 'from');
      await refused('manager.b', '/api/v1/reports/portfolio-trend?branchId=A', 404, 'branchId');
      const none = await ok('admin', '/api/v1/reports/portfolio-trend?from=2026-01-01&to=2026-02-28');
      expect(none.points).toEqual([]);
    });
  });
});
