import { DEFAULT_WARNING_SETTINGS, type LocalDate } from '@daihou/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBranch,
  decideWarning,
  findCollectionCase,
  findWarning,
  listCollectionCases,
  listWarnings,
  raiseWarnings,
  recordCollectionAction,
  runWarningsAndCollection,
} from '../src/index';
import { ALL_BRANCHES, branchSubtree } from '../src/repositories/access-scope';
import type { Database } from '../src/sql-client';
import { createTestDatabase, type TestDatabase, testEngines } from '../src/testing/test-databases';
import { onBusinessDate, type SeededLoan, seedLoan } from './fixtures';

const d = (s: string) => s as LocalDate;

/** What end of day leaves on a loan evaluated on `date` whose oldest unpaid installment is due `oldest`. */
async function evaluated(db: Database, loanId: string, date: string, oldest: string | null): Promise<void> {
  await db.query(`update loan set oldest_unpaid_due = $2, evaluated_on = $3 where id = $1`, [
    loanId,
    oldest,
    date,
  ]);
}

async function count(db: Database, table: string): Promise<number> {
  const [r] = await db.query<{ n: string }>(`select count(*)::text as n from ${table}`);
  return Number(r!.n);
}

async function warningCodes(db: Database, loanId: string): Promise<string[]> {
  const rows = await db.query<{ code: string }>(
    `select code from warning where loan_id = $1 and status in ('raised', 'confirmed') order by code`,
    [loanId],
  );
  return rows.map((r) => r.code);
}

describe.each(testEngines())('warnings and collection on %s', (engine) => {
  let t: TestDatabase;
  let db: Database;
  let a: SeededLoan;
  let b: SeededLoan;
  let caseId: string;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    db = t.db;
    await onBusinessDate(db, '2026-02-11');
    a = await seedLoan(db);
    b = await seedLoan(db);
    // b pays on time through April.
    await db.query(
      `update installment set principal_paid = principal_due, interest_paid = interest_due
        where loan_id = $1 and due_date < '2026-05-01'`,
      [b.loan.id],
    );
    await evaluated(db, b.loan.id, '2026-02-11', '2026-05-10');
    await db.query(
      `insert into app_user (username, display_name, branch_id, roles) values ('collector.hq', '催收员', 'HQ', '{collector}')`,
    );
  }, 60_000);
  afterAll(() => t.dispose());

  it('raises signals once and opens a case at DPD 1 with its stage task', async () => {
    await evaluated(db, a.loan.id, '2026-02-11', '2026-02-10');
    const first = await runWarningsAndCollection(db, d('2026-02-11'));
    expect(first).toMatchObject({ warningsRaised: 1, opened: 1, tasks: 1 });
    expect(await warningCodes(db, a.loan.id)).toEqual(['dpd_1']);
    const [c] = (await listCollectionCases(db, ALL_BRANCHES, { page: 1, pageSize: 10 })).items;
    expect(c).toMatchObject({ loanId: a.loan.id, stage: 'early', dpd: 1, status: 'open' });
    expect(c!.assigneeId).not.toBeNull();
    caseId = c!.id;
    const detail = await findCollectionCase(db, ALL_BRANCHES, caseId);
    expect(detail!.tasks.map((x) => x.kind)).toEqual(['reminder']);
    expect(detail!.overdueAmount).toBeGreaterThan(0);

    // Running the day again raises nothing new, opens nothing and audits nothing.
    const audits = await count(db, 'audit_entry');
    const again = await runWarningsAndCollection(db, d('2026-02-11'));
    expect(again).toMatchObject({ warningsRaised: 0, opened: 0, closed: 0, tasks: 0 });
    expect(await count(db, 'warning')).toBe(1);
    expect(await count(db, 'audit_entry')).toBe(audits);
  });

  it('moves the case to the next stage and raises the higher threshold', async () => {
    await onBusinessDate(db, '2026-03-13');
    // DPD 31 on 03-13: a threshold end of day evaluates the loan on.
    await evaluated(db, a.loan.id, '2026-03-13', '2026-02-10');
    const r = await runWarningsAndCollection(db, d('2026-03-13'));
    expect(r.restaged).toBe(1);
    expect(await warningCodes(db, a.loan.id)).toEqual(['dpd_1', 'dpd_31']);
    const detail = await findCollectionCase(db, ALL_BRANCHES, caseId);
    expect(detail!.stage).toBe('formal');
    expect(detail!.tasks.map((x) => x.kind)).toEqual(['reminder', 'letter', 'guarantor_demand']);
  });

  it('refuses a contact in quiet hours and writes nothing', async () => {
    const audits = await count(db, 'audit_entry');
    const attempt = {
      channel: 'phone',
      target: 'debtor',
      contactPoint: '13800000000',
      date: '2026-03-13',
      time: '22:00',
      outcome: 'answered',
    };
    await expect(
      recordCollectionAction(db, ALL_BRANCHES, caseId, attempt, 'collector.hq'),
    ).rejects.toMatchObject({
      code: 'rule_violation',
      field: 'time',
      message: expect.stringContaining('quiet_hours'),
    });
    expect(await count(db, 'collection_action')).toBe(0);
    expect(await count(db, 'audit_entry')).toBe(audits);
    // 21:59 is allowed; the 4th answered call of the day is refused.
    for (const time of ['21:57', '21:58', '21:59']) {
      await recordCollectionAction(db, ALL_BRANCHES, caseId, { ...attempt, time }, 'collector.hq');
    }
    await expect(
      recordCollectionAction(
        db,
        ALL_BRANCHES,
        caseId,
        { ...attempt, time: '10:00', contactPoint: 'other' },
        'c',
      ),
    ).rejects.toMatchObject({ code: 'rule_violation', message: expect.stringContaining('answered_cap') });
    expect(await count(db, 'collection_action')).toBe(3);
    expect(await count(db, 'audit_entry')).toBe(audits + 3);
  });

  it('refuses bad input naming the field, and a case out of scope as not found', async () => {
    const base = { channel: 'phone', target: 'debtor', contactPoint: 'x', date: '2026-03-14', time: '10:00' };
    await expect(
      recordCollectionAction(
        db,
        ALL_BRANCHES,
        caseId,
        { ...base, outcome: 'promise', promise: { amount: '10.00', date: '2026-03-01' } },
        'c',
      ),
    ).rejects.toMatchObject({ code: 'bad_input', field: 'promise.date' });
    await expect(
      recordCollectionAction(db, ALL_BRANCHES, caseId, { ...base, outcome: 'promise' }, 'c'),
    ).rejects.toMatchObject({ code: 'bad_input', field: 'promise' });
    await expect(
      recordCollectionAction(db, ALL_BRANCHES, caseId, { ...base, time: '25:00', outcome: 'answered' }, 'c'),
    ).rejects.toMatchObject({
      code: 'bad_input',
      field: 'time',
    });
    await expect(
      recordCollectionAction(
        db,
        ALL_BRANCHES,
        caseId,
        { ...base, date: '2026-03-15', outcome: 'answered' },
        'c',
      ),
    ).rejects.toMatchObject({ code: 'bad_input', field: 'date' });
    await expect(
      recordCollectionAction(db, branchSubtree('/HQ/ZZ/'), caseId, { ...base, outcome: 'answered' }, 'c'),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await count(db, 'collection_action')).toBe(3);
  });

  it('detects a broken promise at the end of its date', async () => {
    const r = await recordCollectionAction(
      db,
      ALL_BRANCHES,
      caseId,
      {
        channel: 'visit',
        target: 'debtor',
        contactPoint: '家访',
        date: '2026-03-14',
        time: '10:00',
        outcome: 'promise',
        promise: { amount: '500.00', date: '2026-03-15' },
      },
      'collector.hq',
    );
    expect(r.promise).toMatchObject({ amount: 50000, status: 'open', promisedOn: '2026-03-13' });
    await onBusinessDate(db, '2026-03-14');
    expect((await runWarningsAndCollection(db, d('2026-03-14'))).promisesBroken).toBe(0);
    await onBusinessDate(db, '2026-03-15');
    expect((await runWarningsAndCollection(db, d('2026-03-15'))).promisesBroken).toBe(1);
    const detail = await findCollectionCase(db, ALL_BRANCHES, caseId);
    expect(detail!.promises[0]).toMatchObject({ status: 'broken', resolvedOn: '2026-03-15' });
  });

  it('closes the case when the loan is current again', async () => {
    await db.query(
      `update installment set principal_paid = principal_due, interest_paid = interest_due where loan_id = $1 and due_date < '2026-03-16'`,
      [a.loan.id],
    );
    await onBusinessDate(db, '2026-03-16');
    await evaluated(db, a.loan.id, '2026-03-16', '2026-04-10');
    const r = await runWarningsAndCollection(db, d('2026-03-16'));
    expect(r.closed).toBe(1);
    const detail = await findCollectionCase(db, ALL_BRANCHES, caseId);
    expect(detail).toMatchObject({ status: 'closed', closedOn: '2026-03-16', closeReason: 'current' });
    expect(detail!.tasks.every((x) => x.status === 'cancelled')).toBe(true);
    await expect(
      recordCollectionAction(
        db,
        ALL_BRANCHES,
        caseId,
        {
          channel: 'sms',
          target: 'debtor',
          contactPoint: 'x',
          date: '2026-03-16',
          time: '10:00',
          outcome: 'delivered',
        },
        'c',
      ),
    ).rejects.toMatchObject({ code: 'rule_violation', field: 'id' });
  });

  it('takes a warning through its lifecycle; a lift needs a reason', async () => {
    const page = await listWarnings(db, ALL_BRANCHES, { code: 'dpd_31', page: 1, pageSize: 10 });
    expect(page.total).toBe(1);
    const id = page.items[0]!.id;
    expect(page.items[0]).toMatchObject({ level: 'yellow', status: 'raised', ageDays: 3 });
    await expect(
      decideWarning(db, ALL_BRANCHES, id, { decision: 'lift', reason: 'paid' }, 'risk'),
    ).rejects.toMatchObject({
      code: 'rule_violation',
    });
    await expect(decideWarning(db, ALL_BRANCHES, id, { decision: 'dismiss' }, 'risk')).rejects.toMatchObject({
      code: 'bad_input',
      field: 'reason',
    });
    // Confirming sends the loan's manager an ad-hoc inspection (RULES.md §9 "created by a warning"); the
    // loan's rule-made ad-hoc task is marked done first, since an open one would make a second needless.
    const loanId = page.items[0]!.loanId;
    await db.query(`update inspection_task set status = 'approved' where loan_id = $1 and kind = 'adhoc'`, [
      loanId,
    ]);
    await decideWarning(db, ALL_BRANCHES, id, { decision: 'confirm' }, 'risk');
    const adhoc = await db.query<{ reason: string; created_by: string; due: string; status: string }>(
      `select reason, created_by, to_char(due_date, 'YYYY-MM-DD') as due, status from inspection_task
        where loan_id = $1 and kind = 'adhoc' and status = 'open'`,
      [loanId],
    );
    const [today] = await db.query<{ d: string }>(
      `select to_char(business_date + 7, 'YYYY-MM-DD') as d from system_state where id = 1`,
    );
    expect(adhoc).toEqual([
      { reason: 'adhoc:warning:dpd_31', created_by: 'risk', due: today!.d, status: 'open' },
    ]);
    await decideWarning(
      db,
      ALL_BRANCHES,
      id,
      { decision: 'measure', description: '上门催收', deadline: '2026-03-31' },
      'risk',
    );
    await expect(
      decideWarning(
        db,
        ALL_BRANCHES,
        id,
        { decision: 'measure', description: 'x', deadline: '2026-03-01' },
        'risk',
      ),
    ).rejects.toMatchObject({ code: 'bad_input', field: 'deadline' });
    const audits = await count(db, 'audit_entry');
    await expect(decideWarning(db, ALL_BRANCHES, id, { decision: 'lift' }, 'risk')).rejects.toMatchObject({
      code: 'bad_input',
      field: 'reason',
    });
    await expect(
      decideWarning(db, ALL_BRANCHES, id, { decision: 'lift', reason: '  ' }, 'risk'),
    ).rejects.toMatchObject({
      code: 'bad_input',
      field: 'reason',
    });
    expect(await count(db, 'audit_entry')).toBe(audits);
    const lifted = await decideWarning(
      db,
      ALL_BRANCHES,
      id,
      { decision: 'lift', reason: '已结清逾期' },
      'risk',
    );
    expect(lifted).toMatchObject({ status: 'lifted', liftReason: '已结清逾期', liftedBy: 'risk' });
    expect(lifted.measures).toHaveLength(1);
    expect(await findWarning(db, branchSubtree('/HQ/ZZ/'), id)).toBeNull();
    expect(await count(db, 'audit_entry')).toBe(audits + 1);
  });

  it('raises guarantor_overdue and guarantee_circle when a circle member goes overdue', async () => {
    // a and b guarantee each other: a guarantee circle.
    for (const [contract, guarantor] of [
      [a.contract.id, b.customer.id],
      [b.contract.id, a.customer.id],
    ]) {
      await db.query(
        `insert into guarantee (contract_id, guarantor_customer_id, guarantor_name, guarantor_id_type, guarantor_id_number,
                                guarantee_type, amount, start_date, end_date)
         values ($1, $2, 'g', 'resident_id', $3, 'joint_several', 100000, '2026-01-10', '2027-12-31')`,
        [contract, guarantor, `G${guarantor}`],
      );
    }
    await onBusinessDate(db, '2026-04-12');
    await evaluated(db, a.loan.id, '2026-04-12', '2026-04-10');
    const r = await runWarningsAndCollection(db, d('2026-04-12'));
    expect(r.opened).toBe(1);
    expect(await warningCodes(db, a.loan.id)).toEqual(['dpd_1', 'guarantee_circle']);
    // b is current but its guarantor a is overdue, and it is in a's circle.
    expect(await warningCodes(db, b.loan.id)).toEqual(['guarantee_circle', 'guarantor_overdue']);
    const [w] = await db.query<{ evidence: string }>(
      `select evidence::text as evidence from warning where loan_id = $1 and code = 'guarantee_circle'`,
      [b.loan.id],
    );
    expect(JSON.parse(w!.evidence)).toEqual({
      memberCount: 2,
      members: [a.customer.id, b.customer.id],
      overdueCount: 1,
      overdueMembers: [a.customer.id],
    });
    expect((await runWarningsAndCollection(db, d('2026-04-12'))).warningsRaised).toBe(0);
  });

  it('closes a case as settled', async () => {
    await db.query(`update loan set status = 'settled', oldest_unpaid_due = null where id = $1`, [a.loan.id]);
    const r = await runWarningsAndCollection(db, d('2026-04-12'));
    expect(r.closed).toBe(1);
    const closed = await listCollectionCases(db, ALL_BRANCHES, { status: 'closed', page: 1, pageSize: 10 });
    expect(closed.items.map((c) => c.closeReason).sort()).toEqual(['current', 'settled']);
  });

  it('finds loans crossing a configured threshold on a day end of day did not evaluate them', async () => {
    // b's installment of 05-10 is unpaid; end of day last evaluated b long ago (15 days is no bucket boundary).
    await evaluated(db, b.loan.id, '2026-02-11', '2026-05-10');
    const settings = {
      ...DEFAULT_WARNING_SETTINGS,
      dpdThresholds: [
        { dpd: 1, level: 'blue' as const },
        { dpd: 15, level: 'yellow' as const },
      ],
    };
    const r = await db.transaction((tx) => raiseWarnings(tx, d('2026-05-25'), settings));
    expect(r.raised).toBe(1);
    expect(await warningCodes(db, b.loan.id)).toEqual(['dpd_15', 'guarantee_circle', 'guarantor_overdue']);
    // The day before, b is neither evaluated nor at a threshold: not a candidate.
    const before = await db.transaction((tx) => raiseWarnings(tx, d('2026-05-24'), settings));
    expect(before.raised).toBe(0);
  });

  it('shows a guarantee-circle warning only the members inside the caller’s scope, counting the others', async () => {
    await createBranch(db, { id: 'GA', parentId: 'HQ', name: '甲支行', level: 'sub_branch' });
    const inside = await seedLoan(db);
    await db.query(`update customer set branch_id = 'GA' where id = $1`, [inside.customer.id]);
    await db.query(`update loan set branch_id = 'GA' where id = $1`, [inside.loan.id]);
    const evidence = {
      memberCount: 2,
      members: [a.customer.id, inside.customer.id],
      overdueCount: 1,
      overdueMembers: [a.customer.id],
    };
    const [w] = await db.query<{ id: string }>(
      `insert into warning (loan_id, customer_id, branch_id, code, level, evidence, raised_on, raised_by)
       values ($1, $2, 'GA', 'guarantee_circle', 'orange', $3::jsonb, '2026-05-25', 'eod') returning id::text as id`,
      [inside.loan.id, inside.customer.id, JSON.stringify(evidence)],
    );
    const scoped = await findWarning(db, branchSubtree('/HQ/GA/'), w!.id);
    expect(JSON.parse(scoped!.evidence)).toEqual({
      memberCount: 2,
      members: [inside.customer.id],
      overdueCount: 1,
      overdueMembers: [],
      hiddenMembers: 1,
    });
    const board = await listWarnings(db, branchSubtree('/HQ/GA/'), {
      code: 'guarantee_circle',
      page: 1,
      pageSize: 10,
    });
    expect(board.items.map((x) => JSON.parse(x.evidence).members)).toEqual([[inside.customer.id]]);
    // Head office sees every member.
    expect(JSON.parse((await findWarning(db, ALL_BRANCHES, w!.id))!.evidence)).toMatchObject({
      members: [a.customer.id, inside.customer.id],
      hiddenMembers: 0,
    });
  });
});
