import { daysBetween, type LocalDate } from '../calendar/local-date';
import { badInput } from '../errors/domain-error';
import { type Fen, fen } from '../money/fen';
import { divRoundHalfUp } from '../money/rounding';
import type { LoanTerms, ServicingSettings } from '../product/loan-terms';

/**
 * Whether `date` lies in the fee-free window: the first `prepaymentFeeFreeDays` days after
 * disbursement, day N itself included (disbursed 01-10 with 30 free days: a prepayment up to and
 * including 02-09 is free, from 02-10 it is charged). "N 天内" in a contract is read the way the
 * borrower reads it, inclusive. 0 free days means no window at all.
 */
export function isInFeeFreeWindow(terms: LoanTerms, settings: ServicingSettings, date: LocalDate): boolean {
  const free = settings.prepaymentFeeFreeDays;
  return free > 0 && daysBetween(terms.disbursementDate, date) <= free;
}

/**
 * The prepayment fee (违约金, RULES.md §4): round-half-up(prepaid principal × prepaymentFeeRate) to
 * the fen, one exact quotient; 0 inside the fee-free window.
 */
export function prepaymentFee(
  prepaidPrincipal: number,
  terms: LoanTerms,
  settings: ServicingSettings,
  date: LocalDate,
): Fen {
  if (!Number.isSafeInteger(prepaidPrincipal) || prepaidPrincipal < 0) {
    throw badInput('prepaidPrincipal', `${prepaidPrincipal} must be a whole, non-negative number of fen`);
  }
  if (date < terms.disbursementDate) {
    throw badInput('date', `${date} is before the disbursement date ${terms.disbursementDate}`);
  }
  if (isInFeeFreeWindow(terms, settings, date)) return 0 as Fen;
  const rate = settings.prepaymentFeeRate;
  return fen(Number(divRoundHalfUp(BigInt(prepaidPrincipal) * rate.n, rate.d)));
}
