import {
  accrualFactor,
  advanceLedger,
  compoundAccrued,
  type Fen,
  formatYuan,
  type LocalDate,
  penaltyAccrued,
  replayLoan,
} from '@daihou/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLoanWithLedger } from '../src/repositories/loan.repo';
import { listAllocations, listRepaymentTotals } from '../src/repositories/repayment.repo';
import { bookRepayment } from '../src/services/repayment-booking.service';
import type { Database } from '../src/sql-client';
import { createTestDatabase, type TestDatabase, testEngines } from '../src/testing/test-databases';
import { onBusinessDate, type SeededLoan, seedLoan } from './fixtures';

const d = (s: string) => s as LocalDate;

/**
 * RULES.md §7 after parallel bookings: nothing allocated beyond what was due, every repayment fully
 * accounted for, principal conserved, and the allocation rows agree with the installments' paid columns.
 */
async function expectInvariants(db: Database, seeded: SeededLoan) {
  const stored = (await loadLoanWithLedger(db, seeded.loan.id))!;
  const allocations = await listAllocations(db, seeded.loan.id);
  const repayments = await listRepaymentTotals(db, seeded.loan.id);

  for (const r of repayments) {
    const own = allocations.filter((a) => a.repaymentId === r.id).reduce((s, a) => s + a.amount, 0);
    expect(own + r.toCreditBalance).toBe(r.amount);
  }
  for (const i of stored.ledger.installments) {
    const paid = (component: string) =>
      allocations
        .filter((a) => a.period === i.period && a.component === component)
        .reduce((s, a) => s + a.amount, 0);
    expect([paid('principal'), paid('interest'), paid('penalty'), paid('compound'), paid('fee')]).toEqual([
      i.principalPaid,
      i.interestPaid,
      i.penaltyPaid,
      i.compoundPaid,
      i.feePaid,
    ]);
    expect(i.principalPaid).toBeLessThanOrEqual(i.principalDue);
    expect(i.interestPaid).toBeLessThanOrEqual(i.interestDue);
    expect(i.penaltyPaid).toBeLessThanOrEqual(penaltyAccrued(i));
    expect(i.compoundPaid).toBeLessThanOrEqual(compoundAccrued(i));
    expect(i.feePaid).toBeLessThanOrEqual(i.feeDue);
  }
  const principalPaid = stored.ledger.installments.reduce((s, i) => s + i.principalPaid, 0);
  expect(principalPaid + stored.loan.principalOwed).toBe(seeded.loan.terms.principal);
  const toCredit = repayments.reduce((s, r) => s + r.toCreditBalance, 0);
  const fromCredit = allocations.filter((a) => a.repaymentId === null).reduce((s, a) => s + a.amount, 0);
  expect(stored.loan.creditBalance).toBe(toCredit - fromCredit);
  return { stored, repayments };
}

// Real parallel transactions exist on PostgreSQL (a pool of connections); PGlite runs transactions one
// at a time, so there these tests check that Promise.all over one embedded database is safe too.
describe.each(testEngines())('parallel bookings on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.dispose());

  it('two bookings racing for the same due amount: one pays it, the other waits as credit', async () => {
    const seeded = await seedLoan(t.db);
    await onBusinessDate(t.db, '2026-02-10');
    const results = await Promise.all(
      ['race-a', 'race-b'].map((key) =>
        bookRepayment(t.db, {
          loanId: seeded.loan.id,
          date: '2026-02-10',
          amount: '10327.97',
          idempotencyKey: key,
          actor: 'officer.hq',
        }),
      ),
    );
    expect(results.map((r) => r.toCreditBalance).sort()).toEqual(['0.00', '10327.97']);
    const { stored } = await expectInvariants(t.db, seeded);
    expect(stored.loan.creditBalance).toBe(1_032_797);
  });

  it('20 parallel bookings on one loan equal a sequential replay in commit order', async () => {
    const seeded = await seedLoan(t.db);
    // Installments 1–4 overdue with penalty and compound by 2026-05-20; the 20 payments (about
    // 46,000.00) pay them and leave some credit balance.
    const date = d('2026-05-20');
    await onBusinessDate(t.db, date);
    const amounts = Array.from({ length: 20 }, (_, k) => (100_000 + k * 13_731) as Fen);
    const results = await Promise.all(
      amounts.map((amount, k) =>
        bookRepayment(t.db, {
          loanId: seeded.loan.id,
          date,
          amount: formatYuan(amount),
          idempotencyKey: `par-${k}`,
          actor: 'officer.hq',
        }),
      ),
    );
    const { stored, repayments } = await expectInvariants(t.db, seeded);
    expect(repayments).toHaveLength(20);
    expect(results.map((r) => r.id).sort()).toEqual(repayments.map((r) => r.id).sort());
    expect(repayments.reduce((s, r) => s + r.amount, 0)).toBe(amounts.reduce((s, a) => s + a, 0));

    // Ids are taken under the loan lock, so id order is commit order.
    const inCommitOrder = [...repayments].sort((a, b) => Number(a.id) - Number(b.id));
    const replay = replayLoan({
      terms: seeded.loan.terms,
      settings: seeded.settings,
      repayments: inCommitOrder.map((r) => ({ date, amount: r.amount, key: r.id })),
      asOf: date,
    });
    const factor = accrualFactor(seeded.loan.terms.annualRate, seeded.settings);
    expect(advanceLedger(stored.ledger, [], date, factor, seeded.settings).ledger).toEqual(replay.ledger);
    for (const r of repayments) {
      const a = replay.allocations.find((x) => x.repaymentKey === r.id)!;
      expect([r.allocated, r.toCreditBalance]).toEqual([a.totals, a.toCreditBalance]);
    }
    expect(stored.loan.creditBalance).toBeGreaterThan(0);
    expect(repayments.filter((r) => r.toCreditBalance === 0).length).toBeGreaterThan(0);
  });

  it('10 parallel requests with one idempotency key book exactly one repayment', async () => {
    const seeded = await seedLoan(t.db);
    await onBusinessDate(t.db, '2026-02-10');
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        bookRepayment(t.db, {
          loanId: seeded.loan.id,
          date: '2026-02-10',
          amount: '500.00',
          idempotencyKey: 'same-key',
          actor: 'officer.hq',
        }),
      ),
    );
    const rows = await t.db.query<{ n: string }>(
      "select count(*) as n from repayment where idempotency_key = 'same-key'",
    );
    expect(rows[0]?.n).toBe('1');
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    const { repayments } = await expectInvariants(t.db, seeded);
    expect(repayments).toHaveLength(1);
  });

  it('one idempotency key raced across two loans: one booking, the other body a conflict', async () => {
    const a = await seedLoan(t.db);
    const b = await seedLoan(t.db);
    await onBusinessDate(t.db, '2026-02-10');
    const settled = await Promise.allSettled(
      Array.from({ length: 10 }, (_, k) =>
        bookRepayment(t.db, {
          loanId: (k % 2 === 0 ? a : b).loan.id,
          date: '2026-02-10',
          amount: '300.00',
          idempotencyKey: 'cross-loan-key',
          actor: 'officer.hq',
        }).then((view) => ({ view, loanId: (k % 2 === 0 ? a : b).loan.id })),
      ),
    );
    const rows = await t.db.query<{ loan_id: string }>(
      "select loan_id from repayment where idempotency_key = 'cross-loan-key'",
    );
    expect(rows).toHaveLength(1);
    const winner = rows[0]!.loan_id;
    for (const [k, s] of settled.entries()) {
      const loanId = (k % 2 === 0 ? a : b).loan.id;
      if (loanId === winner) {
        expect(s.status).toBe('fulfilled');
      } else {
        expect(s).toMatchObject({
          status: 'rejected',
          reason: { code: 'conflict', field: 'idempotencyKey' },
        });
      }
    }
    await expectInvariants(t.db, a);
    await expectInvariants(t.db, b);
  });
});
