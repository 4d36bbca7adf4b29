import {
  accrualFactor,
  addDays,
  advanceLedger,
  type LoanLedger,
  type LocalDate,
  type ServicingSettings,
} from '@daihou/core';
import type { Loan } from '../repositories/loan.repo';
import type { AllocationRecord } from '../repositories/repayment.repo';

/**
 * The ledger as it stands at the start of `date`: accrued through the day before, with the credit
 * balance applied on any due date in between — exactly what end of day would have done. A prepayment or
 * a quote happens during `date` (RULES.md §4) and needs that state; a loan end of day has not reached
 * yet (or a quote for a later date) is brought there in memory. The credit balance's allocations are
 * returned for a booking to store.
 */
export function ledgerOnEve(
  loan: Loan,
  ledger: LoanLedger,
  settings: ServicingSettings,
  date: LocalDate,
): { ledger: LoanLedger; creditAllocations: AllocationRecord[]; caughtUp: boolean } {
  const eve = addDays(date, -1);
  if (ledger.accruedThrough >= eve) return { ledger, creditAllocations: [], caughtUp: false };
  const advanced = advanceLedger(ledger, [], eve, accrualFactor(loan.terms.annualRate, settings), settings);
  return {
    ledger: advanced.ledger,
    creditAllocations: advanced.allocations.flatMap((a) =>
      a.lines.map((l) => ({
        repaymentId: null,
        valueDate: a.date,
        period: l.period,
        component: l.component,
        amount: l.amount,
      })),
    ),
    caughtUp: true,
  };
}
