import { addDays, type LocalDate } from '../calendar/local-date';
import { badInput } from '../errors/domain-error';
import type { InstallmentLedger, LoanLedger } from '../servicing/ledger';

/**
 * A prepayment or a quote on business date `date` happens during that day, after the end of day of
 * `date − 1` and before its own: the ledger must be accrued through exactly the day before.
 */
export function requireAccruedToEve(ledger: LoanLedger, date: LocalDate): void {
  const eve = addDays(date, -1);
  if (ledger.accruedThrough !== eve) {
    throw badInput(
      'date',
      `${date} needs the loan accrued through ${eve} (the day before), but it is accrued through ${ledger.accruedThrough}`,
    );
  }
}

export const isScheduled = (i: InstallmentLedger): boolean => i.kind !== 'prepayment';

/**
 * The installments due on or before `date` (what an ordinary repayment on `date` can pay) and those due
 * after it (what only a prepayment touches). The latter must be untouched: nothing paid, nothing accrued.
 */
export function splitAtDate(
  ledger: LoanLedger,
  date: LocalDate,
): { due: InstallmentLedger[]; notDue: InstallmentLedger[] } {
  const due: InstallmentLedger[] = [];
  const notDue: InstallmentLedger[] = [];
  for (const i of ledger.installments) (i.dueDate <= date ? due : notDue).push(i);
  for (const i of notDue) {
    const touched =
      i.principalPaid !== 0 ||
      i.interestPaid !== 0 ||
      i.feeDue !== 0 ||
      i.feePaid !== 0 ||
      i.penaltyMicro !== 0n ||
      i.compoundMicro !== 0n ||
      !isScheduled(i);
    if (touched) {
      throw badInput('ledger', `installment ${i.period} due ${i.dueDate}, after ${date}, is not a fresh one`);
    }
  }
  return { due, notDue };
}
