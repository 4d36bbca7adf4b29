import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approve, requestApproval } from '../src/approvals/approval.service';
import { findApproval } from '../src/approvals/approval-request.repo';
import { REPAYMENT_REVERSAL_PERMISSION } from '../src/approvals/kinds/repayment-reversal.kind';
import { listAuditEntries } from '../src/audit/audit-entry.repo';
import { verifyAuditChain } from '../src/audit/audit-verify';
import { loadLoanWithLedger } from '../src/repositories/loan.repo';
import { listLoanEvents } from '../src/repositories/loan-event.repo';
import { listAllocations, listRepaymentTotals } from '../src/repositories/repayment.repo';
import { bookRepayment } from '../src/services/repayment-booking.service';
import type { Database } from '../src/sql-client';
import { createTestDatabase, type TestDatabase, testEngines } from '../src/testing/test-databases';
import { onBusinessDate, seedLoan } from './fixtures';

const CHECKER = { username: 'dept.head', permissions: [REPAYMENT_REVERSAL_PERMISSION] };

const reversalRequest = (repaymentId: string, payload: unknown = { evidence: '冲正单 CZ-0001' }) => ({
  kind: 'repayment_reversal',
  objectType: 'repayment',
  objectId: repaymentId,
  payload,
  reason: '柜员重复入账',
  maker: 'officer.a',
});

let keys = 0;
const book = (db: Database, loanId: string, date: string, amount: string) =>
  bookRepayment(db, { loanId, date, amount, idempotencyKey: `k-${++keys}`, actor: 'officer.a' });

/** A loan's servicing state with repayment ids replaced by their booking order, so two loans compare. */
async function state(db: Database, loanId: string) {
  const stored = (await loadLoanWithLedger(db, loanId))!;
  const repayments = (await listRepaymentTotals(db, loanId)).filter((r) => r.status === 'booked');
  const order = new Map(repayments.map((r, i) => [r.id, i]));
  return {
    ledger: stored.ledger,
    status: stored.loan.status,
    principalOwed: stored.loan.principalOwed,
    repayments: repayments.map((r) => ({
      date: r.valueDate,
      amount: r.amount,
      toCreditBalance: r.toCreditBalance,
      allocated: r.allocated,
    })),
    allocations: (await listAllocations(db, loanId))
      .map((a) => ({ ...a, repaymentId: a.repaymentId === null ? null : order.get(a.repaymentId) }))
      .sort((a, b) =>
        `${a.valueDate}|${a.repaymentId}|${a.period}|${a.component}`.localeCompare(
          `${b.valueDate}|${b.repaymentId}|${b.period}|${b.component}`,
        ),
      ),
  };
}

const auditCount = async (db: Database) => (await listAuditEntries(db, { pageSize: 1 })).total;
const requestCount = async (db: Database) =>
  Number((await db.query<{ n: string }>('select count(*) as n from approval_request'))[0]!.n);

async function reverse(db: Database, repaymentId: string) {
  const made = await requestApproval(db, reversalRequest(repaymentId));
  return approve(db, made.id, CHECKER);
}

describe.each(testEngines())('repayment reversal (maker–checker) on %s', (engine) => {
  // One database per engine: each test books on loans of its own and sets the business date it needs.
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.dispose());

  it('reversing the middle of three same-day repayments leaves the loan as if it was never booked', async () => {
    const a = await seedLoan(t.db);
    const b = await seedLoan(t.db);
    await onBusinessDate(t.db, '2026-02-10');
    // Installment 1 (10,327.97) falls due today: 5000 + 4000 pay it partly, the third pays the rest.
    await book(t.db, a.loan.id, '2026-02-10', '5000.00');
    const middle = await book(t.db, a.loan.id, '2026-02-10', '4000.00');
    const third = await book(t.db, a.loan.id, '2026-02-10', '3000.00');
    expect(third.toCreditBalance).toBe('1672.03');
    await book(t.db, b.loan.id, '2026-02-10', '5000.00');
    await book(t.db, b.loan.id, '2026-02-10', '3000.00');

    const made = await requestApproval(t.db, reversalRequest(middle.id));
    expect(made).toMatchObject({
      objectType: 'repayment',
      branchId: 'HQ',
      basis: { loanId: a.loan.id, status: 'booked', valueDate: '2026-02-10', amount: '4000.00' },
    });
    // Nothing moves before approval.
    expect((await listRepaymentTotals(t.db, a.loan.id)).map((r) => r.status)).toEqual([
      'booked',
      'booked',
      'booked',
    ]);

    const mark = await auditCount(t.db);
    const approved = await approve(t.db, made.id, CHECKER);
    expect(approved.result).toMatchObject({
      repaymentId: middle.id,
      status: 'reversed',
      loan: { status: 'active', creditBalance: '0.00' },
      reallocated: [
        { toCreditBalance: '0.00', allocated: { principal: '4400.00', interest: '600.00' } },
        {
          repaymentId: third.id,
          toCreditBalance: '0.00',
          allocated: { principal: '3000.00', interest: '0.00' },
        },
      ],
    });
    expect(await state(t.db, a.loan.id)).toEqual(await state(t.db, b.loan.id));
    const reversed = (await listRepaymentTotals(t.db, a.loan.id)).find((r) => r.id === middle.id)!;
    expect(reversed).toMatchObject({ status: 'reversed', amount: 400000, toCreditBalance: 0 });
    expect(Object.values(reversed.allocated).every((v) => v === 0)).toBe(true);

    const [event] = (await listLoanEvents(t.db, a.loan.id)).filter(
      (e) => e.eventType === 'repayment_reversal',
    );
    expect(event).toMatchObject({
      oldValue: '4000.00',
      actor: 'dept.head',
      payload: { repaymentId: middle.id, approvalId: made.id, allocated: { principal: '4000.00' } },
    });
    const audit = (await listAuditEntries(t.db, { order: 'asc', pageSize: 500 })).items.slice(mark);
    expect(audit.map((e) => e.action)).toEqual(['repayment.reverse', 'approval.approve']);
    expect(audit[0]).toMatchObject({
      objectType: 'repayment',
      objectId: middle.id,
      before: { repayment: { status: 'booked', amount: '4000.00' }, loan: { creditBalance: '1672.03' } },
      after: { repayment: { status: 'reversed' }, loan: { creditBalance: '0.00' } },
    });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('keeps credit balance from an earlier day and a catch-up accrual, and equals never booking it', async () => {
    const a = await seedLoan(t.db);
    const b = await seedLoan(t.db);
    await onBusinessDate(t.db, '2026-02-05');
    for (const loan of [a, b]) await book(t.db, loan.loan.id, '2026-02-05', '3000.00');
    // No end of day ran since: the first booking of 03-20 catches up (credit pays installment 1 on its
    // due date, then penalty accrues on the rest) before today's money.
    await onBusinessDate(t.db, '2026-03-20');
    const first = await book(t.db, a.loan.id, '2026-03-20', '9000.00');
    await book(t.db, a.loan.id, '2026-03-20', '6000.00');
    await book(t.db, b.loan.id, '2026-03-20', '6000.00');
    await reverse(t.db, first.id);
    const after = await state(t.db, a.loan.id);
    expect(after).toEqual(await state(t.db, b.loan.id));
    expect(after.ledger.accruedThrough).toBe('2026-03-19');
    expect(after.ledger.installments[0]!.penaltyMicro).toBeGreaterThan(0n);
  });

  it('reversing the repayment that settled a loan makes it active again', async () => {
    const a = await seedLoan(t.db, {
      principal: '1000.00',
      annualRate: '6.00',
      term: 1,
      method: 'bullet',
      disbursementDate: '2026-01-10',
    });
    await onBusinessDate(t.db, '2026-02-10');
    const payoff = await book(t.db, a.loan.id, '2026-02-10', '1006.00');
    expect((await loadLoanWithLedger(t.db, a.loan.id))!.loan.status).toBe('settled');
    await reverse(t.db, payoff.id);
    const after = (await loadLoanWithLedger(t.db, a.loan.id))!;
    expect(after.loan).toMatchObject({ status: 'active', principalOwed: 100000, creditBalance: 0 });
    const status = (await listLoanEvents(t.db, a.loan.id)).filter((e) => e.eventType === 'status');
    expect(status.map((e) => [e.oldValue, e.newValue, e.rule])).toEqual([
      ['active', 'settled', 'all-paid'],
      ['settled', 'active', 'reversal'],
    ]);
  });

  it('a repayment of a day already closed cannot be reversed (rule_violation), nothing written', async () => {
    const a = await seedLoan(t.db);
    await onBusinessDate(t.db, '2026-02-10');
    const paid = await book(t.db, a.loan.id, '2026-02-10', '10327.97');
    await onBusinessDate(t.db, '2026-02-11');
    const before = await auditCount(t.db);
    await expect(requestApproval(t.db, reversalRequest(paid.id))).rejects.toMatchObject({
      code: 'rule_violation',
      field: 'objectId',
      message: expect.stringMatching(
        /dated 2026-02-10 and that day is closed .* only a repayment of the current business date/,
      ),
    });
    expect(await auditCount(t.db)).toBe(before);
  });

  it('a request whose day closes before approval is stale: closed as rejected, the repayment stays', async () => {
    const a = await seedLoan(t.db);
    await onBusinessDate(t.db, '2026-02-10');
    const paid = await book(t.db, a.loan.id, '2026-02-10', '10327.97');
    const made = await requestApproval(t.db, reversalRequest(paid.id));
    await onBusinessDate(t.db, '2026-02-11');
    await expect(approve(t.db, made.id, CHECKER)).rejects.toMatchObject({
      code: 'conflict',
      message: /stale: /,
    });
    expect((await findApproval(t.db, made.id))!).toMatchObject({
      status: 'rejected',
      decisionReason: /^stale: repayment/,
    });
    expect((await listRepaymentTotals(t.db, a.loan.id))[0]!.status).toBe('booked');
  });

  it('a reversed repayment cannot be reversed again (conflict); its key still answers with it, never rebooks', async () => {
    const a = await seedLoan(t.db);
    await onBusinessDate(t.db, '2026-02-10');
    const paid = await bookRepayment(t.db, {
      loanId: a.loan.id,
      date: '2026-02-10',
      amount: '10327.97',
      idempotencyKey: 'once',
      actor: 'officer.a',
    });
    await reverse(t.db, paid.id);
    await expect(requestApproval(t.db, reversalRequest(paid.id))).rejects.toMatchObject({
      code: 'conflict',
      message: /already reversed/,
    });
    const retry = await bookRepayment(t.db, {
      loanId: a.loan.id,
      date: '2026-02-10',
      amount: '10327.97',
      idempotencyKey: 'once',
      actor: 'officer.a',
    });
    expect(retry).toMatchObject({ id: paid.id, toCreditBalance: '0.00', allocated: { principal: '0.00' } });
    expect(await listRepaymentTotals(t.db, a.loan.id)).toHaveLength(1);
  });

  it.each([
    [{ payload: { evidence: '' } }, 'payload.evidence'],
    [{ payload: { amount: '1.00' } }, 'payload.amount'],
    [{ objectType: 'loan' }, 'objectType'],
  ])('refuses %j naming the field, writing nothing', async (change, field) => {
    const a = await seedLoan(t.db);
    await onBusinessDate(t.db, '2026-02-10');
    const paid = await book(t.db, a.loan.id, '2026-02-10', '100.00');
    const before = await requestCount(t.db);
    await expect(
      requestApproval(t.db, { ...reversalRequest(paid.id), ...change } as never),
    ).rejects.toMatchObject({
      code: 'bad_input',
      field,
    });
    expect(await requestCount(t.db)).toBe(before);
  });

  it('an unknown repayment is not_found', async () => {
    await onBusinessDate(t.db, '2026-02-10');
    await expect(requestApproval(t.db, reversalRequest('98765'))).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
