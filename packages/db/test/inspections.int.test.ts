import { createHash } from 'node:crypto';
import {
  addDays,
  type InspectionKind,
  type LoanInspectionFacts,
  type LocalDate,
  planLoanInspections,
  DEFAULT_INSPECTION_SETTINGS as S,
  selectSpotChecks,
} from '@daihou/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approve, requestApproval } from '../src/approvals/approval.service';
import { listAuditEntries } from '../src/audit/audit-entry.repo';
import { verifyAuditChain } from '../src/audit/audit-verify';
import {
  createAdhocTask,
  findInspectionTask,
  INSPECTION_REVIEW_PERMISSION,
  KEY_CUSTOMER_FLAG_PERMISSION,
  listInspectionTasks,
  listKeyCustomers,
  planInspections,
  recomputeKeyCustomers,
  reviewInspectionReport,
  submitInspectionReport,
} from '../src/inspections/index';
import type { Database } from '../src/sql-client';
import { createTestDatabase, type TestDatabase, testEngines } from '../src/testing/test-databases';
import { onBusinessDate, seedLoan } from './fixtures';

const REVIEWER = { username: 'reviewer.hq', permissions: [INSPECTION_REVIEW_PERMISSION] };
const AUTHOR = 'officer.hq';
const ALL = '/';

/** Paid up to `date`: every installment due before it paid in full, DPD 0 (as end of day would leave it). */
async function makeCurrent(db: Database, loanId: string, date: LocalDate): Promise<void> {
  await db.query(
    `update installment set principal_paid = principal_due, interest_paid = interest_due
      where loan_id = $1 and due_date < $2`,
    [loanId, date],
  );
  await db.query(
    `update loan set oldest_unpaid_due = (select min(due_date) from installment
                                           where loan_id = $1 and principal_paid < principal_due)
      where id = $1`,
    [loanId],
  );
}

/** Core's facts for every loan, read from the database as planning would see it on `date`. */
async function factsOf(db: Database, date: LocalDate): Promise<Map<string, LoanInspectionFacts>> {
  const rows = await db.query<{
    id: string;
    status: LoanInspectionFacts['status'];
    disb: LocalDate;
    maturity: LocalDate;
    payment_mode: 'entrusted' | 'self';
    customer_type: 'individual' | 'enterprise';
    is_key: boolean;
    last_first: LocalDate | null;
    last_periodic: LocalDate | null;
    first_exists: boolean;
    open_kinds: InspectionKind[];
    oldest: LocalDate | null;
    overdue_principal: string;
    last_adhoc: LocalDate | null;
  }>(
    `select l.id::text as id, l.status, to_char(l.disbursement_date, 'YYYY-MM-DD') as disb,
            to_char(l.maturity_date, 'YYYY-MM-DD') as maturity, l.payment_mode, c.customer_type,
            exists (select 1 from key_customer k where k.customer_id = c.id and k.valid_to is null) as is_key,
            (select to_char(max(completed_on), 'YYYY-MM-DD') from inspection_task t
              where t.loan_id = l.id and t.kind = 'first' and t.status = 'approved') as last_first,
            (select to_char(max(completed_on), 'YYYY-MM-DD') from inspection_task t
              where t.loan_id = l.id and t.kind = 'periodic' and t.status = 'approved') as last_periodic,
            exists (select 1 from inspection_task t where t.loan_id = l.id and t.kind = 'first'
                      and t.status <> 'cancelled') as first_exists,
            array(select distinct kind from inspection_task t where t.loan_id = l.id
                    and t.status in ('open', 'submitted', 'returned') order by kind) as open_kinds,
            to_char(l.oldest_unpaid_due, 'YYYY-MM-DD') as oldest,
            (select coalesce(sum(principal_due - principal_paid), 0) from installment i
              where i.loan_id = l.id and i.due_date < $1)::text as overdue_principal,
            (select to_char(max(created_on), 'YYYY-MM-DD') from inspection_task t
              where t.loan_id = l.id and t.kind = 'adhoc' and t.origin = 'rule') as last_adhoc
       from loan l join customer c on c.id = l.customer_id order by l.id`,
    [date],
  );
  return new Map(
    rows.map((r) => {
      const overdue = r.oldest !== null && r.oldest < date;
      const dpd = overdue ? (Date.parse(date) - Date.parse(r.oldest!)) / 86_400_000 : 0;
      return [
        r.id,
        {
          status: r.status,
          disbursementDate: r.disb,
          maturityDate: r.maturity,
          paymentMode: r.payment_mode,
          customerType: r.customer_type,
          isKeyCustomer: r.is_key,
          lastCompleted: { first: r.last_first, periodic: r.last_periodic },
          firstTaskExists: r.first_exists,
          openKinds: r.open_kinds,
          dpd,
          overduePrincipal: Number(r.overdue_principal),
          overdueSince: overdue ? r.oldest : null,
          lastRuleAdhocOn: r.last_adhoc,
        },
      ];
    }),
  );
}

async function tasksCreatedOn(db: Database, date: LocalDate) {
  return db.query<{ loan_id: string; kind: InspectionKind; due_date: string; reason: string }>(
    `select loan_id::text as loan_id, kind, to_char(due_date, 'YYYY-MM-DD') as due_date, reason
       from inspection_task where created_on = $1 and origin = 'rule' and kind <> 'spot_check'
      order by loan_id::bigint, kind`,
    [date],
  );
}

const taskCount = async (db: Database) =>
  Number((await db.query<{ n: string }>('select count(*) as n from inspection_task'))[0]!.n);

describe.each(testEngines())('inspections on %s', (engine) => {
  let t: TestDatabase;
  let db: Database;
  const start = '2026-03-01' as LocalDate;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    db = t.db;
    await onBusinessDate(db, start);
    await db.query(
      `insert into branch (id, parent_id, name, level, path) values ('B', null, '他行', 'head_office', '/B/')`,
    );
  }, 60_000);
  afterAll(() => t?.dispose());

  it('set-based planning equals core planLoanInspections loan by loan, day after day, and reruns add nothing', async () => {
    // A random book: disbursement dates around the start, customer types, payment modes, some loans paid up.
    const specs = fc.sample(
      fc.record({
        offset: fc.integer({ min: -400, max: 20 }),
        enterprise: fc.boolean(),
        self: fc.boolean(),
        current: fc.boolean(),
        key: fc.integer({ min: 0, max: 5 }),
      }),
      { numRuns: 36, seed: 20261122 },
    );
    for (const s of specs) {
      const { loan, customer } = await seedLoan(db, {
        principal: '60000.00',
        annualRate: '6.00',
        term: 24,
        method: 'equal_installment',
        disbursementDate: addDays(start, s.offset),
      });
      await db.query(`update customer set customer_type = $2 where id = $1`, [
        customer.id,
        s.enterprise ? 'enterprise' : 'individual',
      ]);
      await db.query(`update loan set payment_mode = $2 where id = $1`, [
        loan.id,
        s.self ? 'self' : 'entrusted',
      ]);
      if (s.current) await makeCurrent(db, loan.id, addDays(start, 40));
      if (s.key === 0) {
        await db.query(
          `insert into key_customer (customer_id, reason, source, valid_from, approved_by) values ($1, '行业龙头', 'manual', $2, 'head')`,
          [customer.id, start],
        );
      }
    }
    // One settled loan disbursed today gets nothing.
    const settled = await seedLoan(db, {
      ...{ principal: '1000.00', annualRate: '6.00', term: 3, method: 'bullet' },
      disbursementDate: start,
    });
    await db.query(`update loan set status = 'settled' where id = $1`, [settled.loan.id]);

    for (let i = 0; i < 40; i++) {
      const date = addDays(start, i);
      await onBusinessDate(db, date);
      const facts = await factsOf(db, date);
      const expected = [...facts.entries()]
        .flatMap(([loanId, f]) => planLoanInspections(f, date, S).map((p) => ({ loan_id: loanId, ...p })))
        .map((p) => ({ loan_id: p.loan_id, kind: p.kind, due_date: p.dueDate, reason: p.reason }))
        .sort((a, b) => Number(a.loan_id) - Number(b.loan_id) || a.kind.localeCompare(b.kind));
      await db.transaction((tx) => planInspections(tx, date));
      expect(await tasksCreatedOn(db, date), `planning on ${date}`).toEqual(expected);
      const before = await taskCount(db);
      const again = await db.transaction((tx) => planInspections(tx, date));
      expect(again).toEqual({ first: 0, periodic: 0, adhoc: 0, spotCheck: 0, escalated: 0 });
      expect(await taskCount(db)).toBe(before);
      // Now and then an inspection is done: approval restarts the periodic rhythm, which core must follow.
      if (i % 7 === 3) {
        const open = await db.query<{ id: string }>(
          `select id::text as id from inspection_task where status = 'open' and kind in ('first', 'periodic')
            order by id limit 2`,
        );
        for (const o of open) {
          const r = await submitInspectionReport(db, {
            taskId: o.id,
            author: AUTHOR,
            branchPath: ALL,
            mode: 'onsite',
            inspectedOn: date,
            findings: {
              useOfFunds: { assessment: 'normal', note: '资金用于购货' },
              operations: { assessment: 'normal', note: '经营正常' },
              finances: { assessment: 'normal', note: '报表正常' },
            },
            figures: { totalAssets: 100, totalLiabilities: 50, currentAssets: 30, currentLiabilities: 20 },
            riskOpinion: '风险可控',
          });
          await reviewInspectionReport(db, {
            reportId: r.id,
            reviewer: REVIEWER,
            branchPath: ALL,
            decision: 'approve',
          });
        }
      }
    }
    expect(await taskCount(db)).toBeGreaterThan(20);
    const kinds = await db.query<{ kind: string }>('select distinct kind from inspection_task order by kind');
    expect(kinds.map((k) => k.kind)).toEqual(
      expect.arrayContaining(['adhoc', 'first', 'periodic', 'spot_check']),
    );
    const none = await db.query('select 1 from inspection_task where loan_id = $1', [settled.loan.id]);
    expect(none).toEqual([]);
  }, 180_000);

  it('the monthly spot-check sample is core selectSpotChecks over md5(loan number), drawn once', async () => {
    const rows = await db.query<{ loan_id: string; loan_no: string; picked: boolean }>(
      `select l.id::text as loan_id, l.loan_no,
              exists (select 1 from inspection_task t where t.loan_id = l.id and t.kind = 'spot_check') as picked
         from loan l where l.status = 'active' and l.disbursement_date >= '2026-03-01' and l.disbursement_date < '2026-04-01'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const expected = selectSpotChecks(
      rows.map((r) => ({ loanId: r.loan_id, key: createHash('md5').update(r.loan_no).digest('hex') })),
      S.spotCheckShare,
    ).sort();
    expect(
      rows
        .filter((r) => r.picked)
        .map((r) => r.loan_id)
        .sort(),
    ).toEqual(expected);
    const due = await db.query<{ d: string }>(
      `select distinct to_char(due_date, 'YYYY-MM-DD') as d from inspection_task where kind = 'spot_check' and created_on >= '2026-04-01'`,
    );
    expect(due).toEqual([{ d: '2026-04-30' }]);
  });

  it('overdue open tasks are escalated once, for the department head to see', async () => {
    const date = '2026-05-20' as LocalDate;
    await onBusinessDate(db, date);
    const r = await db.transaction((tx) => planInspections(tx, date));
    expect(r.escalated).toBeGreaterThan(0);
    const page = await listInspectionTasks(db, { branchPath: ALL, escalated: true, page: 1, pageSize: 500 });
    expect(page.total).toBe(
      r.escalated +
        (await db.query(`select 1 from inspection_task where escalated and escalated_on < $1`, [date]))
          .length,
    );
    for (const task of page.items) expect(task.dueDate < date || task.status !== 'open').toBe(true);
    expect((await db.transaction((tx) => planInspections(tx, date))).escalated).toBe(0);
  });

  it('submit and review: required findings, the author cannot review, returns need comments, triggers recorded and lifted', async () => {
    const date = '2026-05-20' as LocalDate;
    const { loan } = await seedLoan(db, {
      principal: '50000.00',
      annualRate: '5.00',
      term: 12,
      method: 'equal_installment',
      disbursementDate: date,
    });
    await db.transaction((tx) => planInspections(tx, date));
    const [task] = (
      await listInspectionTasks(db, {
        branchPath: ALL,
        loanId: loan.id,
        kind: ['first'],
        page: 1,
        pageSize: 5,
      })
    ).items;
    expect(task).toMatchObject({
      kind: 'first',
      dueDate: '2026-05-23',
      status: 'open',
      reason: 'first:self_payment',
    });
    const base = {
      taskId: task!.id,
      author: AUTHOR,
      branchPath: ALL,
      mode: 'onsite' as const,
      inspectedOn: date,
      riskOpinion: '资金被挪用于股市',
    };
    const auditBefore = (await listAuditEntries(db, { pageSize: 500 })).total;
    await expect(
      submitInspectionReport(db, { ...base, findings: { operations: { assessment: 'normal', note: 'x' } } }),
    ).rejects.toMatchObject({
      code: 'bad_input',
      field: 'findings.useOfFunds',
    });
    await expect(
      submitInspectionReport(db, {
        ...base,
        findings: { useOfFunds: { assessment: 'odd', note: 'x' } } as never,
      }),
    ).rejects.toMatchObject({ code: 'bad_input', field: 'findings.useOfFunds.assessment' });
    await expect(
      submitInspectionReport(db, { ...base, taskId: '999999', findings: {} }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      submitInspectionReport(db, {
        ...base,
        branchPath: '/B/',
        findings: { useOfFunds: { assessment: 'adverse', note: 'x' } },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      submitInspectionReport(db, {
        ...base,
        inspectedOn: '2026-05-21',
        findings: { useOfFunds: { assessment: 'adverse', note: 'x' } },
      }),
    ).rejects.toMatchObject({ code: 'bad_input', field: 'inspectedOn' });
    expect((await listAuditEntries(db, { pageSize: 500 })).total).toBe(auditBefore);

    await db.query('update loan set next_check_date = $2 where id = $1', [loan.id, '2026-06-20']);
    const report = await submitInspectionReport(db, {
      ...base,
      findings: { useOfFunds: { assessment: 'adverse', note: '贷款资金转入证券账户' } },
      flags: ['fund_misuse', 'business_deterioration'],
    });
    expect(report).toMatchObject({ status: 'submitted', triggers: ['fund_misuse'] });
    const triggers = await db.query<{ trigger: string; recorded_on: string; lifted_on: string | null }>(
      `select trigger, to_char(recorded_on, 'YYYY-MM-DD') as recorded_on, lifted_on from loan_class_trigger where loan_id = $1`,
      [loan.id],
    );
    expect(triggers).toEqual([{ trigger: 'fund_misuse', recorded_on: date, lifted_on: null }]);
    const [next] = await db.query<{ d: string }>(
      `select to_char(next_check_date, 'YYYY-MM-DD') as d from loan where id = $1`,
      [loan.id],
    );
    expect(next!.d).toBe(date);
    await expect(
      submitInspectionReport(db, { ...base, findings: { useOfFunds: { assessment: 'normal', note: 'x' } } }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });

    await expect(
      reviewInspectionReport(db, {
        reportId: report.id,
        reviewer: { username: AUTHOR, permissions: [INSPECTION_REVIEW_PERMISSION] },
        branchPath: ALL,
        decision: 'approve',
      }),
    ).rejects.toMatchObject({ code: 'rule_violation' });
    await expect(
      reviewInspectionReport(db, {
        reportId: report.id,
        reviewer: { username: 'manager', permissions: [] },
        branchPath: ALL,
        decision: 'approve',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      reviewInspectionReport(db, {
        reportId: report.id,
        reviewer: REVIEWER,
        branchPath: ALL,
        decision: 'return',
      }),
    ).rejects.toMatchObject({ code: 'bad_input', field: 'comments' });
    await expect(
      reviewInspectionReport(db, {
        reportId: report.id,
        reviewer: REVIEWER,
        branchPath: '/B/',
        decision: 'approve',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });

    const returned = await reviewInspectionReport(db, {
      reportId: report.id,
      reviewer: REVIEWER,
      branchPath: ALL,
      decision: 'return',
      comments: '请补充资金流向凭证',
    });
    expect(returned).toMatchObject({ status: 'returned', reviewer: REVIEWER.username, signedAt: null });
    const lifted = await db.query<{ lifted_on: string }>(
      `select to_char(lifted_on, 'YYYY-MM-DD') as lifted_on from loan_class_trigger where loan_id = $1`,
      [loan.id],
    );
    expect(lifted).toEqual([{ lifted_on: date }]);
    expect((await findInspectionTask(db, task!.id, ALL))!.status).toBe('returned');

    const again = await submitInspectionReport(db, {
      ...base,
      mode: 'offsite',
      findings: { useOfFunds: { assessment: 'normal', note: '凭证齐全，用于购货' } },
    });
    const signed = await reviewInspectionReport(db, {
      reportId: again.id,
      reviewer: REVIEWER,
      branchPath: ALL,
      decision: 'approve',
    });
    expect(signed.status).toBe('approved');
    expect(signed.signedAt).not.toBeNull();
    expect(await findInspectionTask(db, task!.id, ALL)).toMatchObject({
      status: 'approved',
      completedOn: date,
    });
    await expect(
      reviewInspectionReport(db, {
        reportId: again.id,
        reviewer: REVIEWER,
        branchPath: ALL,
        decision: 'approve',
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    // The returned report's flags raised nothing; the signed one had none.
    expect(await db.query('select id from warning where loan_id = $1', [loan.id])).toEqual([]);
    const actions = (await listAuditEntries(db, { objectType: 'inspection_report', pageSize: 50 })).items.map(
      (e) => e.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'inspection.report_submit',
        'inspection.report_return',
        'inspection.report_approve',
      ]),
    );
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('an approved report raises the §11 warnings of its findings on the task’s loans, once while open', async () => {
    const date = '2026-05-20' as LocalDate;
    const { loan } = await seedLoan(db, {
      principal: '80000.00',
      annualRate: '5.00',
      term: 12,
      method: 'equal_installment',
      disbursementDate: '2026-01-20',
    });
    await onBusinessDate(db, date);
    const report = async (reason: string, flags: ('lost_contact' | 'business_deterioration')[]) => {
      const task = await createAdhocTask(db, {
        loanId: loan.id,
        dueDate: '2026-05-30',
        reason,
        createdBy: 'manager.hq',
        branchPath: ALL,
      });
      const submitted = await submitInspectionReport(db, {
        taskId: task.id,
        author: AUTHOR,
        branchPath: ALL,
        mode: 'onsite',
        inspectedOn: date,
        riskOpinion: '借款人失联，经营场所关闭',
        findings: {
          useOfFunds: { assessment: 'normal', note: '用于购货' },
          operations: { assessment: 'adverse', note: '门店停业' },
        },
        flags,
      });
      return reviewInspectionReport(db, {
        reportId: submitted.id,
        reviewer: REVIEWER,
        branchPath: ALL,
        decision: 'approve',
      });
    };
    const first = await report('舆情：门店停业', ['lost_contact', 'business_deterioration']);
    const warnings = await db.query<{ code: string; level: string; raised_by: string; evidence: unknown }>(
      'select code, level, raised_by, evidence from warning where loan_id = $1 order by code',
      [loan.id],
    );
    expect(warnings).toEqual([
      {
        code: 'inspection_business_deterioration',
        level: 'yellow',
        raised_by: REVIEWER.username,
        evidence: { flag: 'business_deterioration', reportId: first.id, previousReportId: null },
      },
      {
        code: 'inspection_lost_contact',
        level: 'red',
        raised_by: REVIEWER.username,
        evidence: { flag: 'lost_contact', reportId: first.id, previousReportId: null },
      },
    ]);
    // A second report with the same finding while the warning is open raises no second one.
    await report('复查：仍失联', ['lost_contact']);
    expect((await db.query('select id from warning where loan_id = $1', [loan.id])).length).toBe(2);
  });

  it('an ad-hoc task by hand: once while open, in scope only, not before the business date', async () => {
    const { loan } = await seedLoan(db);
    const input = {
      loanId: loan.id,
      dueDate: '2026-05-30',
      reason: '舆情：借款人涉诉',
      createdBy: 'manager.hq',
      branchPath: ALL,
    };
    const task = await createAdhocTask(db, input);
    expect(task).toMatchObject({ kind: 'adhoc', origin: 'user', status: 'open', loanId: loan.id });
    await expect(createAdhocTask(db, input)).rejects.toMatchObject({ code: 'conflict' });
    await expect(createAdhocTask(db, { ...input, branchPath: '/B/' })).rejects.toMatchObject({
      code: 'not_found',
      field: 'loanId',
    });
    await expect(createAdhocTask(db, { ...input, dueDate: '2026-05-01' })).rejects.toMatchObject({
      code: 'bad_input',
      field: 'dueDate',
    });
    await expect(createAdhocTask(db, { ...input, customerId: '1' })).rejects.toMatchObject({
      code: 'bad_input',
      field: 'loanId',
    });
  });

  it('key customers: the N largest debtors at month end, idempotent, plus manual flags through maker–checker', async () => {
    const date = '2026-05-31' as LocalDate;
    await onBusinessDate(db, date);
    const first = await db.transaction((tx) => recomputeKeyCustomers(tx, date, 3));
    expect(first.added).toHaveLength(3);
    const top = await db.query<{ id: string }>(
      `select customer_id::text as id from loan where status = 'active' group by customer_id
        order by sum(principal_owed) desc, customer_id limit 3`,
    );
    expect([...first.added].sort()).toEqual(top.map((r) => r.id).sort());
    expect(await db.transaction((tx) => recomputeKeyCustomers(tx, date, 3))).toEqual({
      added: [],
      removed: [],
    });
    const fewer = await db.transaction((tx) => recomputeKeyCustomers(tx, date, 1));
    expect(fewer.removed).toHaveLength(2);

    const someone = (
      await db.query<{ id: string }>(
        `select c.id::text as id from customer c where not exists (select 1 from key_customer k where k.customer_id = c.id and k.valid_to is null) order by c.id limit 1`,
      )
    )[0]!.id;
    const req = await requestApproval(db, {
      kind: 'key_customer_flag',
      objectType: 'customer',
      objectId: someone,
      payload: {},
      reason: '董事会认定的行业龙头',
      maker: 'manager.hq',
    });
    await expect(
      requestApproval(db, {
        kind: 'key_customer_flag',
        objectType: 'customer',
        objectId: '999999',
        payload: {},
        reason: 'x',
        maker: 'manager.hq',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await approve(db, req.id, { username: 'head.hq', permissions: [KEY_CUSTOMER_FLAG_PERMISSION] });
    const list = await listKeyCustomers(db, { branchPath: ALL, page: 1, pageSize: 50 });
    expect(list.items.find((k) => k.customerId === someone)).toMatchObject({
      sources: ['manual'],
      reasons: ['董事会认定的行业龙头'],
    });
    expect((await listKeyCustomers(db, { branchPath: '/B/', page: 1, pageSize: 50 })).total).toBe(0);
    await expect(
      requestApproval(db, {
        kind: 'key_customer_flag',
        objectType: 'customer',
        objectId: someone,
        payload: {},
        reason: 'x',
        maker: 'manager.hq',
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });
});
