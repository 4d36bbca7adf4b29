import { daysBetween, type LocalDate } from '../calendar/local-date';
import { hasUnpaidDue, type LoanLedger } from '../servicing/ledger';

/**
 * Days past due at the end of `asOf` (RULES.md §3.3): from the due date of the oldest installment due
 * before `asOf` that still has unpaid principal or interest; 0 when there is none.
 */
export function daysPastDue(ledger: LoanLedger, asOf: LocalDate): number {
  for (const inst of ledger.installments) {
    if (inst.dueDate >= asOf) return 0;
    if (hasUnpaidDue(inst)) return daysBetween(inst.dueDate, asOf);
  }
  return 0;
}
