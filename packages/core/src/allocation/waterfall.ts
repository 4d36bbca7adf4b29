import type { LocalDate } from '../calendar/local-date';
import type { Fen } from '../money/fen';
import type { Component } from '../product/loan-terms';
import {
  compoundOwed,
  feeUnpaid,
  type InstallmentLedger,
  interestUnpaid,
  type LoanLedger,
  penaltyOwed,
  principalUnpaid,
} from '../servicing/ledger';

export interface AllocationLine {
  readonly period: number;
  readonly component: Component;
  readonly amount: Fen;
}

export type ComponentTotals = Record<Component, Fen>;

/** How one payer (a repayment, or the credit balance) was spent. */
export interface Allocation {
  /** The repayment's key, or null when the credit balance paid. */
  readonly repaymentKey: string | null;
  readonly amount: Fen;
  readonly lines: readonly AllocationLine[];
  readonly totals: ComponentTotals;
  /** What this repayment added to the credit balance (0 for the credit balance itself). */
  readonly toCreditBalance: Fen;
}

export interface IncomingPayment {
  readonly key: string;
  readonly amount: Fen;
}

const zeroTotals = (): Record<Component, number> => ({
  penalty: 0,
  compound: 0,
  fee: 0,
  interest: 0,
  principal: 0,
});

function owedOf(inst: InstallmentLedger, component: Component): number {
  switch (component) {
    case 'penalty':
      return penaltyOwed(inst);
    case 'compound':
      return compoundOwed(inst);
    case 'fee':
      return feeUnpaid(inst);
    case 'interest':
      return interestUnpaid(inst);
    case 'principal':
      return principalUnpaid(inst);
  }
}

const PAID_FIELD = {
  penalty: 'penaltyPaid',
  compound: 'compoundPaid',
  fee: 'feePaid',
  interest: 'interestPaid',
  principal: 'principalPaid',
} as const satisfies Record<Component, keyof InstallmentLedger>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Spends `amount` on installments due on or before `date`, oldest first, components in `order`. */
function spend(
  installments: Mutable<InstallmentLedger>[],
  date: LocalDate,
  amount: number,
  order: readonly Component[],
): { left: number; lines: AllocationLine[]; totals: ComponentTotals } {
  let left = amount;
  const lines: AllocationLine[] = [];
  const totals = zeroTotals();
  for (const inst of installments) {
    if (left === 0) break;
    if (inst.dueDate > date) break;
    for (const component of order) {
      if (left === 0) break;
      const owed = owedOf(inst, component);
      if (owed <= 0) continue;
      const pay = owed < left ? owed : left;
      inst[PAID_FIELD[component]] = (inst[PAID_FIELD[component]] + pay) as Fen;
      left -= pay;
      totals[component] += pay;
      lines.push({ period: inst.period, component, amount: pay as Fen });
    }
  }
  return { left, lines, totals: totals as ComponentTotals };
}

/**
 * Money in on business date `date` (RULES.md §3.1): the credit balance first, then each payment in
 * the order received, each by the waterfall over installments due on or before `date`. Whatever a
 * payment cannot place adds to the credit balance. Installments must be ordered by due date.
 */
export function applyMoney(
  ledger: LoanLedger,
  date: LocalDate,
  payments: readonly IncomingPayment[],
  order: readonly Component[],
): { ledger: LoanLedger; allocations: Allocation[] } {
  const installments = ledger.installments.map((i) => ({ ...i }));
  const allocations: Allocation[] = [];
  let credit: number = ledger.creditBalance;
  if (credit > 0) {
    const used = spend(installments, date, credit, order);
    if (used.lines.length > 0) {
      allocations.push({
        repaymentKey: null,
        amount: (credit - used.left) as Fen,
        lines: used.lines,
        totals: used.totals,
        toCreditBalance: 0 as Fen,
      });
    }
    credit = used.left;
  }
  for (const p of payments) {
    if (p.amount <= 0) throw new RangeError('a payment must be positive');
    const used = spend(installments, date, p.amount, order);
    allocations.push({
      repaymentKey: p.key,
      amount: p.amount,
      lines: used.lines,
      totals: used.totals,
      toCreditBalance: used.left as Fen,
    });
    credit += used.left;
  }
  return { ledger: { ...ledger, installments, creditBalance: credit as Fen }, allocations };
}
