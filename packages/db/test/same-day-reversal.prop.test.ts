import {
  accrualFactor,
  addDays,
  advanceLedger,
  applyMoney,
  DEFAULT_SERVICING,
  type Fen,
  generateSchedule,
  type LoanLedger,
  type LocalDate,
  openLedger,
  parseLoanTerms,
} from '@daihou/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DayMoney, ledgerBeforeDay, reverseSameDay } from '../src/approvals/kinds/same-day-reversal';
import type { AllocationRecord } from '../src/repositories/repayment.repo';

const terms = parseLoanTerms({
  principal: '120000.00',
  annualRate: '6.00',
  term: 12,
  method: 'equal_installment',
  disbursementDate: '2026-01-10',
});
const factor = accrualFactor(terms.annualRate, DEFAULT_SERVICING);
const order = DEFAULT_SERVICING.waterfallOrder;

/** The ledger at the start of `day` after `earlier` money (dated payments before it), accrued to the day before. */
function startOf(day: LocalDate, earlier: readonly { date: LocalDate; amount: Fen }[]): LoanLedger {
  const open = openLedger(generateSchedule(terms), terms.disbursementDate);
  const payments = earlier.map((p, i) => ({ ...p, key: `e${i}` }));
  return advanceLedger(open, payments, addDays(day, -1), factor, DEFAULT_SERVICING).ledger;
}

/** Books repayments one by one as bookRepayment does, recording what the allocation rows would hold. */
function bookAll(start: LoanLedger, day: LocalDate, amounts: readonly Fen[]) {
  let ledger = start;
  const money: {
    allocations: AllocationRecord[];
    repayments: { id: string; amount: Fen; toCreditBalance: Fen }[];
  } = { allocations: [], repayments: [] };
  amounts.forEach((amount, i) => {
    const id = String(i + 1);
    const applied = applyMoney(ledger, day, [{ key: id, amount }], order);
    ledger = applied.ledger;
    for (const a of applied.allocations) {
      for (const l of a.lines) money.allocations.push({ repaymentId: a.repaymentKey, valueDate: day, ...l });
    }
    const ours = applied.allocations.find((a) => a.repaymentKey === id)!;
    money.repayments.push({ id, amount, toCreditBalance: ours.toCreditBalance });
  });
  return { ledger, money: money as DayMoney };
}

const arbDay = fc.constantFrom<LocalDate[]>(
  ...(['2026-02-10', '2026-02-20', '2026-03-10', '2026-05-11', '2026-09-30'] as LocalDate[]),
);
const arbAmount = fc.integer({ min: 1, max: 3_000_000 }).map((n) => n as Fen);

describe('same-day reversal', () => {
  it('ledgerBeforeDay undoes exactly the money of the day', () => {
    fc.assert(
      fc.property(
        arbDay,
        fc.array(arbAmount, { maxLength: 2 }),
        fc.array(arbAmount, { minLength: 1, maxLength: 5 }),
        (day, early, today) => {
          const start = startOf(
            day,
            early.map((amount, i) => ({ date: addDays(terms.disbursementDate, 5 + i) as LocalDate, amount })),
          );
          const { ledger, money } = bookAll(start, day, today);
          expect(ledgerBeforeDay(ledger, day, money)).toEqual(start);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reversing any one of the day’s repayments equals never having booked it', () => {
    fc.assert(
      fc.property(
        arbDay,
        fc.array(arbAmount, { maxLength: 2 }),
        fc.array(arbAmount, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        (day, early, today, pick) => {
          const start = startOf(
            day,
            early.map((amount, i) => ({ date: addDays(terms.disbursementDate, 5 + i) as LocalDate, amount })),
          );
          const booked = bookAll(start, day, today);
          const index = pick % today.length;
          const reversed = reverseSameDay(booked.ledger, day, booked.money, String(index + 1), order);
          const without = bookAll(
            start,
            day,
            today.filter((_, i) => i !== index),
          );
          expect(reversed.ledger).toEqual(without.ledger);
          // Same allocation rows, with the remaining repayments' ids renumbered as booked without it.
          const renumber = (id: string | null) =>
            id === null ? null : String(Number(id) - (Number(id) > index + 1 ? 1 : 0));
          expect(reversed.allocations.map((a) => ({ ...a, repaymentId: renumber(a.repaymentId) }))).toEqual(
            without.money.allocations,
          );
          expect(reversed.reapplied.map((r) => r.toCreditBalance)).toEqual(
            without.money.repayments.map((r) => r.toCreditBalance),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a ledger that already includes the day, or money that does not add up', () => {
    const day = '2026-02-10' as LocalDate;
    const start = startOf(day, []);
    const { ledger, money } = bookAll(start, day, [500_000 as Fen]);
    expect(() => ledgerBeforeDay({ ...ledger, accruedThrough: day }, day, money)).toThrow(/already includes/);
    const doubled = { ...money, allocations: [...money.allocations, ...money.allocations] };
    expect(() => ledgerBeforeDay(ledger, day, doubled)).toThrow(/would become/);
    expect(() => reverseSameDay(ledger, day, money, '99', order)).toThrow(/not a booked repayment/);
  });
});
