import { addMonthsClamped, daysBetween } from '../calendar/local-date';
import { badInput } from '../errors/domain-error';
import { type Fen, fen } from '../money/fen';
import { divRoundHalfUp } from '../money/rounding';
import type { LoanTerms } from '../product/loan-terms';
import { checkPrincipalPerInstallment } from '../product/validate-terms';
import { amortize } from './amortize';
import type { ScheduledInstallment } from './installment';
import { periodRate } from './period-rate';

/**
 * Bullet (利随本清) interest: round(P × annual/dayBasis × actual days), annual in percent, as one quotient.
 */
export function bulletInterest(
  principal: number,
  annualN: bigint,
  annualD: bigint,
  days: number,
  dayBasis: number,
): Fen {
  return fen(
    Number(divRoundHalfUp(BigInt(principal) * annualN * BigInt(days), annualD * 100n * BigInt(dayBasis))),
  );
}

/** The repayment schedule of a new loan (RULES.md §2). */
export function generateSchedule(terms: LoanTerms, dayBasis: 360 | 365 = 360): ScheduledInstallment[] {
  checkPrincipalPerInstallment(terms);
  if (terms.method === 'bullet') {
    const dueDate = addMonthsClamped(terms.disbursementDate, terms.term);
    const days = daysBetween(terms.disbursementDate, dueDate);
    return [
      {
        period: 1,
        dueDate,
        principal: terms.principal,
        interest: bulletInterest(terms.principal, terms.annualRate.n, terms.annualRate.d, days, dayBasis),
      },
    ];
  }
  const schedule = amortize({
    balance: terms.principal,
    firstPeriod: 1,
    lastPeriod: terms.term,
    method: terms.method,
    rate: periodRate(terms.annualRate, terms.frequency),
    start: terms.disbursementDate,
    frequency: terms.frequency,
  });
  // A level rounded up (round(203.01 / 202) = 1.01) can repay everything before the last period: the
  // contract's term is fixed, and a silently shorter schedule would be a different loan.
  if (schedule.length !== terms.term) {
    throw badInput(
      'principal',
      `too small for the term: rounded installments would repay it in ${schedule.length} of ${terms.term} periods`,
    );
  }
  return schedule;
}

export const maturityDate = (schedule: readonly ScheduledInstallment[]) =>
  schedule[schedule.length - 1]!.dueDate;
