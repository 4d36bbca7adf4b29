import { runEndOfDay } from '@daihou/batch';
import { addDays, type LocalDate, replayLoan, snapshot } from '@daihou/core';
import {
  approve,
  type Database,
  LOAN_WRITE_OFF_PERMISSION,
  loadLoanForUpdate,
  loadServicingSettings,
  saveLedger,
  setBusinessDate,
} from '@daihou/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@daihou/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bank, seedBank, type Username } from './support/bank-fixture';
import { buildTestApp, call, errorOf, login } from './support/test-app';

/**
 * Recovery over HTTP (RULES.md §11, §12): the role × endpoint × scope matrix of the recovery endpoints
 * (answers written out here, not derived from the permission table), then each flow — write-off through
 * maker–checker, end of day and the portfolio afterwards, recoveries against the write-off, litigation,
 * demands and the clocks, recovery plans and reviews, interest caps — and each bad input, with nothing
 * written on a refusal.
 */

const TODAY = '2026-09-15' as LocalDate;

const USERS: readonly { username: Username; seesA: boolean; seesB: boolean }[] = [
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
const READERS: readonly Username[] = [
  'risk.head',
  'auditor',
  'manager.a',
  'officer.a',
  'reviewer.a',
  'head.a',
  'collector.a',
  'manager.b',
  'officer.b01',
];
const WRITERS: readonly Username[] = ['officer.a', 'head.a', 'collector.a', 'officer.b01'];
const WRITE_OFF_MAKERS: readonly Username[] = ['officer.a', 'head.a', 'officer.b01'];

/** Ages a loan with no repayments to the end of `through`, as end of day would have left it. */
async function ageLoan(db: Database, loanId: string, through: LocalDate): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = (await loadLoanForUpdate(tx, loanId))!;
    const settings = await loadServicingSettings(tx, locked.loan.productCode);
    const { ledger } = replayLoan({ terms: locked.loan.terms, settings, repayments: [], asOf: through });
    const s = snapshot(ledger, through);
    await saveLedger(tx, loanId, ledger, {
      status: 'active',
      principalOwed: s.outstanding.principal,
      dpd: s.dpd,
      bucket: s.bucket,
      classification: s.classification,
      classRule: 'dpd>90',
    });
    await tx.query(
      `update loan set oldest_unpaid_due = '2026-02-10', next_check_date = $2, evaluated_on = $2 where id = $1`,
      [loanId, addDays(through, 1)],
    );
  });
}

const count = async (db: Database, table: string) =>
  Number((await db.query<{ n: string }>(`select count(*)::text as n from ${table}`))[0]!.n);

const WRITE_OFF_BODY = {
  cause: 'bankruptcy',
  evidence: ['(2026)京01破12号 民事裁定书', '破产管理人债权确认通知'],
  recoveryEfforts: '电话催收 6 次、上门 2 次、律师函 1 份，已向管理人申报债权',
  responsibility: {
    persons: ['manager.a'],
    finding: 'no_fault',
    conclusion: '经调查，贷前调查与贷后检查均已尽职，损失系借款人破产所致',
    measures: '',
  },
  reason: '借款人破产清算，财产分配后无可回收',
};

describe.each(testEngines())('recovery API on %s', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let bank: Bank;
  const cookies = new Map<Username, string>();

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    bank = await seedBank(t.db);
    for (const l of Object.values(bank.loans)) await ageLoan(t.db, l.id, addDays(TODAY, -1));
    await setBusinessDate(t.db, TODAY);
    app = (await buildTestApp(t.db)).app;
    for (const u of USERS) cookies.set(u.username, await login(app, u.username));
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  const get = (u: Username, url: string) => call(app, { url, cookie: cookies.get(u) });
  const post = (u: Username, url: string, body: unknown, headers?: Record<string, string>) =>
    call(app, { method: 'POST', url, cookie: cookies.get(u), body, ...(headers ? { headers } : {}) });

  it.each(USERS)('$username: the recovery file in and out of scope', async (u) => {
    const a = await get(u.username, `/api/v1/loans/${bank.loans.a1.id}/recovery`);
    const b = await get(u.username, `/api/v1/loans/${bank.loans.b1.id}/recovery`);
    if (!READERS.includes(u.username)) {
      expect([a.statusCode, b.statusCode]).toEqual([403, 403]);
      return;
    }
    expect(a.statusCode).toBe(u.seesA ? 200 : 404);
    expect(b.statusCode).toBe(u.seesB ? 200 : 404);
    expect((await get(u.username, '/api/v1/recovery-plans')).statusCode).toBe(200);
  });

  it.each(USERS)('$username: demands (recovery:write) in and out of scope', async (u) => {
    const body = {
      target: 'borrower',
      kind: 'demand',
      date: TODAY,
      channel: 'registered_mail',
      evidence: 'EMS1001',
    };
    const a = await post(u.username, `/api/v1/loans/${bank.loans.a2.id}/demands`, body);
    const b = await post(u.username, `/api/v1/loans/${bank.loans.b1.id}/demands`, body);
    if (!WRITERS.includes(u.username)) {
      expect([a.statusCode, b.statusCode]).toEqual([403, 403]);
      return;
    }
    expect(a.statusCode).toBe(u.seesA ? 201 : 404);
    expect(b.statusCode).toBe(u.seesB ? 201 : 404);
  });

  it.each(USERS)('$username: asking for a write-off in and out of scope', async (u) => {
    const b = await post(u.username, `/api/v1/loans/${bank.loans.b1.id}/write-off`, WRITE_OFF_BODY);
    if (!WRITE_OFF_MAKERS.includes(u.username)) {
      expect(b.statusCode).toBe(403);
      return;
    }
    // b1 has a demand recorded (above): B users may ask (202, then 409 pending); A users do not see it.
    if (u.seesB) expect([202, 409]).toContain(b.statusCode);
    else expect(b.statusCode).toBe(404);
  });

  it.each(USERS)('$username: interest caps', async (u) => {
    const check = await get(
      u.username,
      '/api/v1/interest-caps/check?annualRate=6.00&contractDate=2026-01-10',
    );
    expect(check.statusCode).toBe(200);
    const put = await call(app, {
      method: 'PUT',
      url: '/api/v1/interest-caps',
      cookie: cookies.get(u.username),
      body: { kind: 'fixed', annualCap: '24' },
    });
    expect(put.statusCode).toBe(u.username === 'admin' ? 200 : 403);
  });

  it('write-off: refusals write nothing; the maker never approves; approval takes the loan off balance', async () => {
    const a1 = bank.loans.a1.id;
    const url = `/api/v1/loans/${a1}/write-off`;
    const before = {
      approvals: await count(t.db, 'approval_request'),
      audit: await count(t.db, 'audit_entry'),
    };
    const noEvidence = await post('officer.a', url, { ...WRITE_OFF_BODY, evidence: [] });
    expect(noEvidence.statusCode).toBe(400);
    expect(errorOf(noEvidence).field).toBe('evidence');
    const noResponsibility = await post('officer.a', url, {
      ...WRITE_OFF_BODY,
      responsibility: { ...WRITE_OFF_BODY.responsibility, finding: 'fault', measures: '' },
    });
    expect(noResponsibility.statusCode).toBe(400);
    expect(errorOf(noResponsibility).field).toBe('responsibility.measures');
    const noEfforts = await post('officer.a', url, WRITE_OFF_BODY);
    expect(noEfforts.statusCode).toBe(422);
    expect(errorOf(noEfforts).field).toBe('recoveryEfforts');
    expect(await count(t.db, 'approval_request')).toBe(before.approvals);
    expect(await count(t.db, 'audit_entry')).toBe(before.audit);

    // A demand in the future is refused; one today is a documented recovery effort.
    const future = await post('officer.a', `/api/v1/loans/${a1}/demands`, {
      target: 'borrower',
      kind: 'demand',
      date: addDays(TODAY, 1),
      channel: 'lawyer_letter',
      evidence: '律师函',
    });
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).field).toBe('date');
    const demand = await post('officer.a', `/api/v1/loans/${a1}/demands`, {
      target: 'borrower',
      kind: 'demand',
      date: TODAY,
      channel: 'lawyer_letter',
      evidence: '律师函 (2026)京律函字第88号',
    });
    expect(demand.statusCode, demand.body).toBe(201);

    const ineligible = await post('officer.a', url, { ...WRITE_OFF_BODY, cause: 'enforcement_ended' });
    expect(ineligible.statusCode).toBe(422);
    expect(errorOf(ineligible).field).toBe('cause');
    const tooYoung = await post('officer.a', url, { ...WRITE_OFF_BODY, cause: 'small_balance' });
    expect(tooYoung.statusCode).toBe(422);
    expect(errorOf(tooYoung).field).toBe('cause');

    const asked = await post('officer.a', url, WRITE_OFF_BODY);
    expect(asked.statusCode, asked.body).toBe(202);
    const approval = asked.json() as { id: string; status: string; kind: string };
    expect(approval).toMatchObject({ status: 'pending', kind: 'loan_write_off' });
    expect((await post('officer.a', url, WRITE_OFF_BODY)).statusCode).toBe(409);

    // The maker can never approve, even holding the checker's permission; a department head may not.
    await expect(
      approve(t.db, approval.id, { username: 'officer.a', permissions: [LOAN_WRITE_OFF_PERMISSION] }),
    ).rejects.toMatchObject({ code: 'rule_violation' });
    const byHead = await post('head.a', `/api/v1/approvals/${approval.id}/approve`, {});
    expect(byHead.statusCode).toBe(403);
    expect(await count(t.db, 'write_off')).toBe(0);

    const [loanBefore] = await t.db.query<{ principal_owed: string }>(
      'select principal_owed::text as principal_owed from loan where id = $1',
      [a1],
    );
    // End of day has closed today for a1's partition while its run is still going (the night started
    // after the request was made): the write-off would rewrite a finished day, so approval is refused,
    // writes nothing and leaves the request pending to approve once the run is over.
    const [night] = await t.db.query<{ id: string }>(
      `insert into eod_run (business_date, status, partitions, loans) values ($1, 'running', 1, 3)
       returning id::text as id`,
      [TODAY],
    );
    await t.db.query(
      `insert into eod_partition (run_id, partition_no, lo_id, hi_id, status, attempts, finished_at)
       values ($1, 0, $2, $2, 'done', 1, now())`,
      [night!.id, a1],
    );
    const auditBefore = await count(t.db, 'audit_entry');
    const closed = await post('risk.head', `/api/v1/approvals/${approval.id}/approve`, {});
    expect(closed.statusCode, closed.body).toBe(422);
    expect(errorOf(closed)).toMatchObject({ code: 'rule_violation', field: 'id' });
    expect(errorOf(closed).message).toMatch(`end of day has closed ${TODAY} for loan ${a1}`);
    expect((await get('risk.head', `/api/v1/approvals/${approval.id}`)).json().status).toBe('pending');
    expect(await count(t.db, 'write_off')).toBe(0);
    expect(await count(t.db, 'audit_entry')).toBe(auditBefore);
    // The stand-in run goes, so the real one below can run on TODAY.
    await t.db.query('delete from eod_partition where run_id = $1', [night!.id]);
    await t.db.query('delete from eod_run where id = $1', [night!.id]);

    const ok = await post('risk.head', `/api/v1/approvals/${approval.id}/approve`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    const [loan] = await t.db.query<{ status: string; principal_owed: string; accrued_through: string }>(
      'select status, principal_owed::text as principal_owed, accrued_through::text as accrued_through from loan where id = $1',
      [a1],
    );
    expect(loan).toMatchObject({ status: 'written_off', principal_owed: '0' });
    const file = (await get('officer.a', `/api/v1/loans/${a1}/recovery`)).json();
    expect(file.status).toBe('written_off');
    expect(file.writeOff).toMatchObject({ cause: 'bankruptcy', maker: 'officer.a', approver: 'risk.head' });
    expect(file.writeOff.writtenOff.principal).toBe(
      `${(BigInt(loanBefore!.principal_owed) / 100n).toString()}.${String(BigInt(loanBefore!.principal_owed) % 100n).padStart(2, '0')}`,
    );
    const [closedCase] = await t.db.query<{ n: string }>(
      `select count(*)::text as n from collection_case where loan_id = $1 and status = 'open'`,
      [a1],
    );
    expect(closedCase!.n).toBe('0');
    const audit = await t.db.query<{ action: string }>(
      `select action from audit_entry where object_id = $1 and action = 'loan.write_off'`,
      [a1],
    );
    expect(audit).toHaveLength(1);

    // End of day leaves the written-off loan alone; the on-balance portfolio no longer counts it.
    const eod = await runEndOfDay(t.db, TODAY);
    expect(eod.status).toBe('completed');
    const [after] = await t.db.query<{ status: string; principal_owed: string; accrued_through: string }>(
      'select status, principal_owed::text as principal_owed, accrued_through::text as accrued_through from loan where id = $1',
      [a1],
    );
    expect(after).toEqual(loan);
    const portfolio = (await get('risk.head', '/api/v1/reports/portfolio')).json();
    expect(portfolio.loans).toBe(2); // a2 and b1: the written-off a1 is off balance
    const listed = (await get('risk.head', '/api/v1/loans?status=written_off')).json();
    expect(listed.items.map((l: { id: string }) => l.id)).toEqual([a1]);
    // A repayment on it is refused: money after the write-off is a recovery.
    const repay = await post(
      'officer.a',
      `/api/v1/loans/${a1}/repayments`,
      { date: addDays(TODAY, 1), amount: '100.00' },
      { 'idempotency-key': 'repay-wo-1' },
    );
    expect(repay.statusCode).toBe(422);
  });

  it('recoveries: booked against the write-off, idempotent, refused on a loan not written off', async () => {
    const a1 = bank.loans.a1.id;
    const today = addDays(TODAY, 1);
    const url = `/api/v1/loans/${a1}/recoveries`;
    const body = { date: today, amount: '1000.00', source: 'bankruptcy_distribution', note: '第一次分配' };
    const notWrittenOff = await post('officer.a', `/api/v1/loans/${bank.loans.a2.id}/recoveries`, body, {
      'idempotency-key': 'rec-a2',
    });
    expect(notWrittenOff.statusCode).toBe(422);
    const auditBefore = await count(t.db, 'audit_entry');
    const futureDate = await post(
      'officer.a',
      url,
      { ...body, date: addDays(today, 1) },
      { 'idempotency-key': 'rec-f' },
    );
    expect(futureDate.statusCode).toBe(400);
    expect(errorOf(futureDate).field).toBe('date');
    const tooMuch = await post(
      'officer.a',
      url,
      { ...body, amount: '999999.00' },
      { 'idempotency-key': 'rec-big' },
    );
    expect(tooMuch.statusCode).toBe(422);
    expect(errorOf(tooMuch).field).toBe('amount');
    expect(await count(t.db, 'write_off_recovery')).toBe(0);
    expect(await count(t.db, 'audit_entry')).toBe(auditBefore);

    const first = await post('officer.a', url, body, { 'idempotency-key': 'rec-1' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().allocated).toEqual({
      principal: '1000.00',
      interest: '0.00',
      fee: '0.00',
      penalty: '0.00',
      compound: '0.00',
    });
    const again = await post('officer.a', url, body, { 'idempotency-key': 'rec-1' });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    const other = await post('officer.a', url, { ...body, amount: '2.00' }, { 'idempotency-key': 'rec-1' });
    expect(other.statusCode).toBe(409);
    expect(await count(t.db, 'write_off_recovery')).toBe(1);

    // RULES.md §7: disbursed = principal paid + principal still written off + principal owed (0 on balance).
    const [r] = await t.db.query<{ paid: string; off: string; rec: string; owed: string; principal: string }>(
      `select (select sum(principal_paid) from installment where loan_id = l.id)::text as paid,
              w.principal::text as off, w.principal_recovered::text as rec, l.principal_owed::text as owed,
              l.principal::text as principal
         from loan l join write_off w on w.loan_id = l.id where l.id = $1`,
      [a1],
    );
    expect(BigInt(r!.paid) + BigInt(r!.rec) + (BigInt(r!.off) - BigInt(r!.rec)) + BigInt(r!.owed)).toBe(
      BigInt(r!.principal),
    );
    const file = (await get('officer.a', `/api/v1/loans/${a1}/recovery`)).json();
    expect(file.writeOff.recovered.principal).toBe('1000.00');
    expect(file.recoveries).toHaveLength(1);
  });

  it('litigation: stages in order, required facts per stage, costs and recoveries; filing restarts the clock', async () => {
    const a2 = bank.loans.a2.id;
    const opened = await post('officer.a', `/api/v1/loans/${a2}/litigation`, {
      lawyer: '北京某律师事务所 李律师',
      handedOverOn: TODAY,
      claimAmount: '50000.00',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id as string;
    expect(
      (
        await post('officer.a', `/api/v1/loans/${a2}/litigation`, {
          lawyer: 'x',
          handedOverOn: TODAY,
          claimAmount: '1.00',
        })
      ).statusCode,
    ).toBe(409);
    const steps = `/api/v1/litigation/${id}/steps`;
    const noCaseNo = await post('officer.a', steps, {
      stage: 'filing',
      date: TODAY,
      court: '朝阳区人民法院',
    });
    expect(noCaseNo.statusCode).toBe(400);
    expect(errorOf(noCaseNo).field).toBe('caseNo');
    const future = await post('officer.a', steps, {
      stage: 'filing',
      date: addDays(TODAY, 2),
      court: '朝阳区人民法院',
      caseNo: '(2026)京0105民初1号',
    });
    expect(future.statusCode).toBe(400);
    const filed = await post('officer.a', steps, {
      stage: 'filing',
      date: TODAY,
      court: '朝阳区人民法院',
      caseNo: '(2026)京0105民初1号',
      cost: '1200.00',
    });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json()).toMatchObject({ stage: 'filing', costs: '1200.00' });
    const back = await post('officer.a', steps, { stage: 'lawyer_handover', date: TODAY });
    expect(back.statusCode).toBe(422);
    expect(errorOf(back).field).toBe('stage');
    const noAmount = await post('officer.a', steps, { stage: 'judgment', date: TODAY });
    expect(noAmount.statusCode).toBe(400);
    expect(
      (await post('officer.a', steps, { stage: 'judgment', date: TODAY, judgmentAmount: '52000.00' }))
        .statusCode,
    ).toBe(200);
    const enforced = await post('officer.a', steps, {
      stage: 'enforcement',
      date: TODAY,
      recovered: '3000.00',
    });
    expect(enforced.json()).toMatchObject({
      stage: 'enforcement',
      recovered: '3000.00',
      judgmentAmount: '52000.00',
    });
    const file = (await get('officer.a', `/api/v1/loans/${a2}/recovery`)).json();
    expect(file.litigation[0].steps.map((s: { stage: string }) => s.stage)).toEqual([
      'lawyer_handover',
      'filing',
      'judgment',
      'enforcement',
    ]);
    // 民法典 art. 189: an installment debt's limitation runs from the last installment's due date (maturity
    // 2027-01-10), so the demand and the filing made before it do not restart it.
    expect(file.clocks.limitation).toMatchObject({
      startsOn: '2027-01-10',
      endsOn: '2030-01-10',
      restartedBy: null,
    });
    // Out of scope: 404.
    expect(
      (await post('officer.b01', steps, { stage: 'closed', date: TODAY, outcome: 'x' })).statusCode,
    ).toBe(404);
  });

  it('demands on a guarantor: the guarantee clock, and bad targets', async () => {
    const a2 = bank.loans.a2.id;
    const [g] = await t.db.query<{ id: string }>(
      `select g.id::text as id from guarantee g join loan l on l.contract_id = g.contract_id where l.id = $1 order by g.id limit 1`,
      [a2],
    );
    const noGuarantee = await post('officer.a', `/api/v1/loans/${a2}/demands`, {
      target: 'guarantor',
      kind: 'demand',
      date: TODAY,
      channel: 'notary',
      evidence: '公证书',
    });
    expect(noGuarantee.statusCode).toBe(400);
    expect(errorOf(noGuarantee).field).toBe('guaranteeId');
    const ackByGuarantor = await post('officer.a', `/api/v1/loans/${a2}/demands`, {
      target: 'guarantor',
      guaranteeId: g!.id,
      kind: 'acknowledgement',
      date: TODAY,
      channel: 'in_person',
      evidence: '签字确认',
    });
    expect(ackByGuarantor.statusCode).toBe(400);
    const ok = await post('officer.a', `/api/v1/loans/${a2}/demands`, {
      target: 'guarantor',
      guaranteeId: g!.id,
      kind: 'demand',
      date: TODAY,
      channel: 'notary',
      evidence: '(2026)京方圆证字第1号',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const clocks = (await get('officer.a', `/api/v1/loans/${a2}/recovery`)).json().clocks;
    // Maturity 2027-01-10: a demand before maturity does not yet preserve the guarantee (6 months after).
    expect(clocks.guarantees[0]).toMatchObject({
      endsOn: '2027-07-10',
      status: 'running',
      preservedOn: null,
    });
  });

  it('recovery plans: non-performing loans only, one active, dates not past, monthly review due', async () => {
    const a2 = bank.loans.a2.id;
    const body = {
      likelihood: 'hard',
      targetAmount: '30000.00',
      targetDate: '2027-03-31',
      summary: '借款人经营困难，拟通过保证人代偿与诉讼执行回收',
      measures: [
        {
          kind: 'guarantor_payment',
          description: '约谈保证人协商代偿',
          targetAmount: '20000.00',
          dueDate: '2026-10-31',
        },
        { kind: 'litigation', description: '申请强制执行', dueDate: '2026-12-31' },
      ],
    };
    const past = await post('officer.a', `/api/v1/loans/${a2}/recovery-plan`, {
      ...body,
      measures: [{ ...body.measures[0], dueDate: '2026-09-01' }],
    });
    expect(past.statusCode).toBe(400);
    expect(errorOf(past).field).toBe('measures[0].dueDate');
    // End of day (the write-off test) reclassified b1 by its DPD; make it performing again for the refusal.
    await t.db.query(`update loan set classification = 'special_mention' where id = $1`, [bank.loans.b1.id]);
    const performing = await post('officer.b01', `/api/v1/loans/${bank.loans.b1.id}/recovery-plan`, body);
    expect(performing.statusCode).toBe(422);
    const created = await post('officer.a', `/api/v1/loans/${a2}/recovery-plan`, body);
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json();
    expect(plan).toMatchObject({
      likelihood: 'hard',
      reviewOverdue: false,
      lastReviewedOn: addDays(TODAY, 1),
    });
    expect(plan.measures).toHaveLength(2);
    expect((await post('officer.a', `/api/v1/loans/${a2}/recovery-plan`, body)).statusCode).toBe(409);
    // A written-off loan stays pursued (账销案存): it may have a plan too.
    const wo = await post('officer.a', `/api/v1/loans/${bank.loans.a1.id}/recovery-plan`, body);
    expect(wo.statusCode).toBe(201);

    await t.db.query(`update recovery_plan set last_reviewed_on = '2026-07-15' where id = $1`, [plan.id]);
    const due = (await get('head.a', '/api/v1/recovery-plans?due=true')).json();
    expect(due.items.map((p: { id: string }) => p.id)).toEqual([plan.id]);
    expect(due.items[0].reviewOverdue).toBe(true);
    const noNotes = await post('collector.a', `/api/v1/recovery-plans/${plan.id}/reviews`, {
      likelihood: 'unlikely',
    });
    expect(noNotes.statusCode).toBe(400);
    const reviewed = await post('collector.a', `/api/v1/recovery-plans/${plan.id}/reviews`, {
      likelihood: 'unlikely',
      notes: '保证人拒绝代偿，转入诉讼',
      measures: [{ id: plan.measures[0].id, status: 'dropped' }],
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json()).toMatchObject({ likelihood: 'unlikely', reviewOverdue: false });
    expect(reviewed.json().reviews).toHaveLength(1);
    expect((await get('head.a', '/api/v1/recovery-plans?due=true')).json().total).toBe(0);
  });

  it('interest caps: a refusal names the field, the cap and the numbers; the cap kind is configurable', async () => {
    const above = (
      await get('officer.a', '/api/v1/interest-caps/check?annualRate=24.01&contractDate=2026-01-10')
    ).json();
    expect(above).toMatchObject({ ok: false, field: 'annualRate', reason: 'rate_above_cap' });
    const daily = (
      await get(
        'officer.a',
        '/api/v1/interest-caps/check?annualRate=6&penaltyDailyRate=0.5&contractDate=2026-01-10',
      )
    ).json();
    expect(daily).toMatchObject({ ok: false, field: 'penaltyDailyRate', figures: { penaltyRate: '180' } });
    const bad = await get('officer.a', '/api/v1/interest-caps/check?annualRate=abc&contractDate=2026-01-10');
    expect(bad.statusCode).toBe(400);
    const badSetting = await call(app, {
      method: 'PUT',
      url: '/api/v1/interest-caps',
      cookie: cookies.get('admin'),
      body: { kind: 'lpr_multiple' },
    });
    expect(badSetting.statusCode).toBe(400);
    expect(errorOf(badSetting).field).toBe('multiple');
    const set = await call(app, {
      method: 'PUT',
      url: '/api/v1/interest-caps',
      cookie: cookies.get('admin'),
      body: { kind: 'lpr_multiple', multiple: '4' },
    });
    expect(set.statusCode, set.body).toBe(200);
    const lpr = (
      await get('officer.a', '/api/v1/interest-caps/check?annualRate=10&contractDate=2024-01-15')
    ).json();
    expect(lpr).toMatchObject({
      ok: false,
      field: 'penaltyUplift',
      cap: { kind: 'lpr_multiple', limit: '13.8' },
    });
    expect(lpr.message).toContain('4 × one-year LPR 3.45 %');
    const early = await get('officer.a', '/api/v1/interest-caps/check?annualRate=10&contractDate=2019-01-15');
    expect(early.statusCode).toBe(400);
    expect(errorOf(early).field).toBe('contractDate');
    const added = await post('admin', '/api/v1/interest-caps/lpr', {
      effectiveFrom: '2026-06-22',
      oneYear: '2.90',
    });
    expect(added.statusCode, added.body).toBe(200);
    const caps = (await get('auditor', '/api/v1/interest-caps')).json();
    expect(caps.setting).toEqual({ kind: 'lpr_multiple', multiple: '4' });
    expect(caps.lpr.at(-1)).toEqual({ effectiveFrom: '2026-06-22', oneYear: '2.9', fiveYear: null });
    await call(app, {
      method: 'PUT',
      url: '/api/v1/interest-caps',
      cookie: cookies.get('admin'),
      body: { kind: 'fixed', annualCap: '24' },
    });
  });
});
