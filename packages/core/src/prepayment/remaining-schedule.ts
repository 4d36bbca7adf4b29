import { daysBetween } from '../calendar/local-date';
import { fen } from '../money/fen';
import type { LoanTerms, ServicingSettings } from '../product/loan-terms';
import { amortize } from '../schedule/amortize';
import { bulletInterest } from '../schedule/generate-schedule';
import type { ScheduledInstallment } from '../schedule/installment';
import { periodRate } from '../schedule/period-rate';
import type { InstallmentLedger } from '../servicing/ledger';

export const PREPAYMENT_MODES = ['keep_term', 'keep_installment', 'payoff'] as const;
/**
 * keep_term: same last due date, a smaller installment (缩减月供). keep_installment: same installment,
 * an earlier last due date (缩短期限). payoff: everything (提前结清).
 */
export type PrepaymentMode = (typeof PREPAYMENT_MODES)[number];

/**
 * The level the remaining installments keep under keep_installment: the whole installment for
 * equal_installment, the principal part for equal_principal (its interest falls with the balance
 * anyway). Read from the next installment, so an earlier keep_term prepayment's new level is the one
 * kept. interest_only has no level to keep: keep_installment is keep_term for it.
 */
function levelToKeep(next: InstallmentLedger, terms: LoanTerms): number | undefined {
  if (terms.method === 'equal_installment') return next.principalDue + next.interestDue;
  if (terms.method === 'equal_principal') return next.principalDue;
  return undefined;
}

/**
 * The schedule replacing `notDue` (the installments due after the prepayment date) once principal
 * `balance` is left, on the same due dates and period numbers (RULES.md §4). The first of them charges
 * round(balance × r) for its full period: the prepaid part's interest up to the prepayment date was
 * charged as broken-period interest, the remaining principal's is charged by the installment as usual.
 * Bullet: the one installment's interest is recomputed on `balance` for the full days from disbursement
 * to maturity; term and installment are the same thing there, so both modes give the same result.
 */
export function remainingSchedule(
  notDue: readonly InstallmentLedger[],
  balance: number,
  terms: LoanTerms,
  settings: ServicingSettings,
  mode: Exclude<PrepaymentMode, 'payoff'>,
): ScheduledInstallment[] {
  const first = notDue[0];
  const last = notDue[notDue.length - 1];
  if (balance === 0 || first === undefined || last === undefined) return [];
  if (terms.method === 'bullet') {
    const days = daysBetween(terms.disbursementDate, last.dueDate);
    return [
      {
        period: last.period,
        dueDate: last.dueDate,
        principal: fen(balance),
        interest: bulletInterest(balance, terms.annualRate.n, terms.annualRate.d, days, settings.dayBasis),
      },
    ];
  }
  const keepLevel = mode === 'keep_installment' && notDue.length > 1 ? levelToKeep(first, terms) : undefined;
  return amortize({
    balance,
    firstPeriod: first.period,
    lastPeriod: last.period,
    method: terms.method,
    rate: periodRate(terms.annualRate, terms.frequency),
    start: terms.disbursementDate,
    frequency: terms.frequency,
    keepLevel,
  });
}
