import { daysBetween, type LocalDate } from '../calendar/local-date';
import type { Fen } from '../money/fen';
import type { LoanTerms, ServicingSettings } from '../product/loan-terms';
import { bulletInterest } from '../schedule/generate-schedule';
import type { LoanLedger } from '../servicing/ledger';
import { isScheduled } from './ledger-view';

/** The span of days a prepaid principal owes interest for, not yet charged by any installment. */
export interface BrokenPeriod {
  /** The last scheduled due date on or before the prepayment date, or the disbursement date. */
  readonly from: LocalDate;
  readonly days: number;
}

/**
 * RULES.md §4: days since the last due date on or before `date`, or since disbursement. Only scheduled
 * installments count: an earlier prepayment's own date does not restart the period, because the next
 * scheduled installment charges the remaining principal for its full period. A bullet loan has no due
 * date before maturity, so its broken period always starts at disbursement.
 */
export function brokenPeriod(ledger: LoanLedger, terms: LoanTerms, date: LocalDate): BrokenPeriod {
  let from = terms.disbursementDate;
  for (const i of ledger.installments) {
    if (isScheduled(i) && i.dueDate <= date && i.dueDate > from) from = i.dueDate;
  }
  return { from, days: daysBetween(from, date) };
}

/** round-half-up(principal × annual / dayBasis × days): one exact quotient, as for a bullet loan. */
export const brokenPeriodInterest = (
  principal: number,
  terms: LoanTerms,
  settings: ServicingSettings,
  days: number,
): Fen => bulletInterest(principal, terms.annualRate.n, terms.annualRate.d, days, settings.dayBasis);
