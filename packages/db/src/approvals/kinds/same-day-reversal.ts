import {
  type Allocation,
  type AllocationLine,
  applyMoney,
  type Component,
  type Fen,
  type InstallmentLedger,
  type LoanLedger,
  type LocalDate,
} from '@daihou/core';
import type { AllocationRecord } from '../../repositories/repayment.repo';

/** A repayment booked on the day, in the order it was booked. */
export interface DayRepayment {
  readonly id: string;
  readonly amount: Fen;
  readonly toCreditBalance: Fen;
}

/** All the money that moved on a loan on one day, as the allocation rows and repayments record it. */
export interface DayMoney {
  /** Every allocation row of the loan dated `day` (repayments' and the credit balance's). */
  readonly allocations: readonly AllocationRecord[];
  /** Every booked repayment of the loan dated `day`, in booking order. */
  readonly repayments: readonly DayRepayment[];
}

/** A repayment re-applied after the reversal: where it goes now. */
export interface Reapplied {
  readonly repaymentId: string;
  readonly lines: readonly AllocationLine[];
  readonly toCreditBalance: Fen;
}

const PAID: Record<Component, keyof InstallmentLedger> = {
  penalty: 'penaltyPaid',
  compound: 'compoundPaid',
  fee: 'feePaid',
  interest: 'interestPaid',
  principal: 'principalPaid',
};

/**
 * The ledger as it was before any money of `day` was applied: every allocation of the day taken back
 * off its installment, and the credit balance given back what the day spent of it and relieved of what
 * the day's repayments added to it. Accrual is untouched: the day's own accrual has not run (its end of
 * day is still to come) and a catch-up accrual a booking did is owed whatever happens to the money.
 */
export function ledgerBeforeDay(ledger: LoanLedger, day: LocalDate, money: DayMoney): LoanLedger {
  if (ledger.accruedThrough >= day) throw new Error(`the ledger already includes the end of ${day}`);
  const taken = new Map<number, Record<string, number>>();
  for (const a of money.allocations) {
    if (a.valueDate !== day) throw new Error(`allocation dated ${a.valueDate} is not money of ${day}`);
    const t = taken.get(a.period) ?? {};
    t[PAID[a.component]] = (t[PAID[a.component]] ?? 0) + a.amount;
    taken.set(a.period, t);
  }
  const installments = ledger.installments.map((i) => {
    const t = taken.get(i.period);
    if (!t) return i;
    taken.delete(i.period);
    const next: Record<string, unknown> = { ...i };
    for (const [field, amount] of Object.entries(t)) {
      const left = (i[field as keyof InstallmentLedger] as number) - amount;
      if (left < 0) throw new Error(`installment ${i.period}: ${field} would become ${left}`);
      next[field] = left;
    }
    return next as unknown as InstallmentLedger;
  });
  if (taken.size > 0) throw new Error(`allocations on unknown installments ${[...taken.keys()].join(', ')}`);
  const fromCredit = money.allocations
    .filter((a) => a.repaymentId === null)
    .reduce((s, a) => s + a.amount, 0);
  const toCredit = money.repayments.reduce((s, r) => s + r.toCreditBalance, 0);
  const creditBalance = ledger.creditBalance + fromCredit - toCredit;
  if (creditBalance < 0) throw new Error(`credit balance before ${day} would be ${creditBalance}`);
  return { ...ledger, installments, creditBalance: creditBalance as Fen };
}

const creditRecords = (allocations: readonly Allocation[], day: LocalDate): AllocationRecord[] =>
  allocations
    .filter((a) => a.repaymentKey === null)
    .flatMap((a) =>
      a.lines.map((l) => ({
        repaymentId: null,
        valueDate: day,
        period: l.period,
        component: l.component,
        amount: l.amount,
      })),
    );

/**
 * Reverses one repayment of `day` (not yet closed by end of day): back to the ledger before the day's
 * money, then the day's other repayments applied again one by one in booking order, exactly as booking
 * applied them (credit balance first, then the repayment, by the waterfall). The result is the ledger
 * and allocation rows the loan would have had if the reversed repayment had never been booked.
 */
export function reverseSameDay(
  ledger: LoanLedger,
  day: LocalDate,
  money: DayMoney,
  reversedId: string,
  order: readonly Component[],
): { ledger: LoanLedger; reapplied: Reapplied[]; allocations: AllocationRecord[] } {
  if (!money.repayments.some((r) => r.id === reversedId)) {
    throw new Error(`repayment ${reversedId} is not a booked repayment of ${day}`);
  }
  let current = ledgerBeforeDay(ledger, day, money);
  const reapplied: Reapplied[] = [];
  const allocations: AllocationRecord[] = [];
  for (const r of money.repayments) {
    if (r.id === reversedId) continue;
    const applied = applyMoney(current, day, [{ key: r.id, amount: r.amount }], order);
    current = applied.ledger;
    const ours = applied.allocations.find((a) => a.repaymentKey === r.id)!;
    allocations.push(...creditRecords(applied.allocations, day));
    allocations.push(
      ...ours.lines.map((l) => ({
        repaymentId: r.id,
        valueDate: day,
        period: l.period,
        component: l.component,
        amount: l.amount,
      })),
    );
    reapplied.push({ repaymentId: r.id, lines: ours.lines, toCreditBalance: ours.toCreditBalance });
  }
  return { ledger: current, reapplied, allocations };
}
