import { addDays, addMonthsClamped, type LocalDate, maxDate } from '../calendar/local-date';
import type { RestructureStatus } from '../classification/classify';
import { type Frequency, periodMonths } from '../product/loan-terms';
import { hasUnpaidDue, isInstallmentCleared, type LoanLedger } from '../servicing/ledger';

/**
 * What the classification needs to remember about a loan's last restructuring or extension (RULES.md
 * §5): when it took effect, whether it was for financial difficulty, and where its observation period
 * (重组观察期) now starts — the first repayment date after the change, moved to the due date of any
 * installment missed inside the period (the period restarts from a missed payment).
 */
export interface RestructureTrack {
  readonly effectiveDate: LocalDate;
  readonly forFinancialDifficulty: boolean;
  readonly observationStart: LocalDate;
  readonly frequency: Frequency;
}

/** The observation start of a change effective on `date`: the first due date after it. */
export function firstRepaymentDate(ledger: LoanLedger, date: LocalDate): LocalDate {
  let first: LocalDate | null = null;
  for (const i of ledger.installments) {
    if (i.dueDate > date && !isInstallmentCleared(i) && (first === null || i.dueDate < first))
      first = i.dueDate;
  }
  return first ?? date;
}

export function openTrack(
  ledger: LoanLedger,
  date: LocalDate,
  forFinancialDifficulty: boolean,
  frequency: Frequency,
): RestructureTrack {
  return {
    effectiveDate: date,
    forFinancialDifficulty,
    observationStart: firstRepaymentDate(ledger, date),
    frequency,
  };
}

/**
 * The last day of the observation period: at least 2 repayment periods and at least 1 year after its
 * start (RULES.md §5). The loan can move up at the end of the day after it.
 */
export const observationEnd = (t: RestructureTrack): LocalDate =>
  maxDate(
    addMonthsClamped(t.observationStart, 2 * periodMonths(t.frequency)),
    addMonthsClamped(t.observationStart, 12),
  );

/**
 * The restructuring facts for the class decision at the end of `day` (after the day's money), and the
 * track with the observation restarted when an installment of the period was missed: one due on or
 * before `day`, after the change, and not paid in full by the end of its due date (end of day looks at a
 * loan on every due date of its observation period, so a late payment cannot slip between two looks).
 * Null once the observation period is over or the loan is settled: the restructuring no longer holds
 * the class, and the loan moves up as any other would (RULES.md §5 "moving up from non-performing").
 */
export function restructureStatusOn(
  track: RestructureTrack,
  ledger: LoanLedger,
  day: LocalDate,
  dpd: number,
  settled: boolean,
): { status: RestructureStatus | null; track: RestructureTrack } {
  if (settled || day < track.effectiveDate) return { status: null, track };
  let t = track;
  const end = observationEnd(t);
  let missed: LocalDate | null = null;
  for (const i of ledger.installments) {
    if (i.dueDate > t.effectiveDate && i.dueDate <= day && i.dueDate <= end && hasUnpaidDue(i)) {
      if (missed === null || i.dueDate > missed) missed = i.dueDate;
    }
  }
  if (missed !== null && missed > t.observationStart) t = { ...t, observationStart: missed };
  if (day > observationEnd(t)) return { status: null, track: t };
  return {
    status: {
      forFinancialDifficulty: t.forFinancialDifficulty,
      overdueAfterRestructure: dpd > 0,
      inObservation: true,
    },
    track: t,
  };
}

/**
 * While the observation runs, the next day end of day must look at the loan after `day`: its next due
 * date inside the period (to see a missed payment on the day it is missed) or the day after the period
 * ends (when the loan may move up). Null once the period is over.
 */
export function observationWatchDate(
  track: RestructureTrack,
  ledger: LoanLedger,
  day: LocalDate,
): LocalDate | null {
  const end = observationEnd(track);
  if (day > end) return null;
  let next = addDays(end, 1);
  for (const i of ledger.installments) {
    if (i.dueDate > day && i.dueDate < next) next = i.dueDate;
  }
  return next;
}
