import type { LocalDate } from '../calendar/local-date';
import { badInput } from '../errors/domain-error';
import { type Fen, fen, formatYuan } from '../money/fen';
import type { LoanTerms, ServicingSettings } from '../product/loan-terms';
import {
  compoundOwed,
  feeUnpaid,
  type InstallmentLedger,
  interestUnpaid,
  type LoanLedger,
  penaltyOwed,
  principalUnpaid,
} from '../servicing/ledger';
import { brokenPeriod, brokenPeriodInterest } from './broken-period';
import { requireAccruedToEve, splitAtDate } from './ledger-view';
import { prepaymentFee } from './prepayment-fee';

/**
 * What a prepayment on `date` costs (提前还款试算 / 结清试算), in fen. Everything due by `date` comes
 * first (the waterfall settles it), then the prepaid principal with its broken-period interest and fee.
 */
export interface PrepaymentQuote {
  readonly date: LocalDate;
  /** Unpaid principal of installments due on or before `date`. */
  readonly duePrincipal: Fen;
  /** Unpaid scheduled interest of installments due on or before `date`. */
  readonly dueInterest: Fen;
  /** Penalty (罚息) accrued through `date − 1` and not paid. */
  readonly penalty: Fen;
  /** Compound (复利) accrued through `date − 1` and not paid. */
  readonly compound: Fen;
  /** Fees charged earlier and not paid. */
  readonly dueFee: Fen;
  /** All principal of installments due after `date`. */
  readonly notDuePrincipal: Fen;
  /** The part of notDuePrincipal this quote prepays (all of it for a payoff). */
  readonly prepaidPrincipal: Fen;
  /** Principal still owed after the prepayment (0 for a payoff). */
  readonly principalAfter: Fen;
  readonly brokenPeriodFrom: LocalDate;
  readonly brokenPeriodDays: number;
  /** Interest on the prepaid principal for the broken period. */
  readonly brokenPeriodInterest: Fen;
  /** The prepayment fee (违约金) on the prepaid principal. */
  readonly prepaymentFee: Fen;
  /** Everything above added up. */
  readonly grossAmount: Fen;
  /** The part of the credit balance (溢缴款) that goes towards grossAmount. */
  readonly creditBalanceApplied: Fen;
  /** What the borrower has to bring: grossAmount − creditBalanceApplied. */
  readonly netAmount: Fen;
}

/** Everything due on or before `date`, as the waterfall would see it on that day. */
function dueTotals(due: readonly InstallmentLedger[]) {
  let principal = 0;
  let interest = 0;
  let penalty = 0;
  let compound = 0;
  let fee = 0;
  for (const i of due) {
    principal += principalUnpaid(i);
    interest += interestUnpaid(i);
    penalty += penaltyOwed(i);
    compound += compoundOwed(i);
    fee += feeUnpaid(i);
  }
  return { principal, interest, penalty, compound, fee };
}

/**
 * The quote for prepaying `prepaidPrincipal` (at most all principal not yet due) on `date`. Shared by
 * payoffQuote, prepaymentQuote and prepay so a quote and the booking can never disagree.
 */
export function quoteFor(
  ledger: LoanLedger,
  terms: LoanTerms,
  settings: ServicingSettings,
  date: LocalDate,
  prepaidPrincipal: number | 'all',
): PrepaymentQuote {
  requireAccruedToEve(ledger, date);
  const { due, notDue } = splitAtDate(ledger, date);
  const d = dueTotals(due);
  let notDuePrincipal = 0;
  for (const i of notDue) notDuePrincipal += i.principalDue;
  const prepaid = prepaidPrincipal === 'all' ? notDuePrincipal : prepaidPrincipal;
  const period = brokenPeriod(ledger, terms, date);
  const broken = brokenPeriodInterest(prepaid, terms, settings, period.days);
  const fee = prepaymentFee(prepaid, terms, settings, date);
  const gross = d.principal + d.interest + d.penalty + d.compound + d.fee + prepaid + broken + fee;
  const credit = ledger.creditBalance < gross ? ledger.creditBalance : gross;
  return {
    date,
    duePrincipal: fen(d.principal),
    dueInterest: fen(d.interest),
    penalty: fen(d.penalty),
    compound: fen(d.compound),
    dueFee: fen(d.fee),
    notDuePrincipal: fen(notDuePrincipal),
    prepaidPrincipal: fen(prepaid),
    principalAfter: fen(notDuePrincipal - prepaid),
    brokenPeriodFrom: period.from,
    brokenPeriodDays: period.days,
    brokenPeriodInterest: broken,
    prepaymentFee: fee,
    grossAmount: fen(gross),
    creditBalanceApplied: fen(credit),
    netAmount: fen(gross - credit),
  };
}

/**
 * The payoff quote (结清试算, RULES.md §4) on business date `date`; the ledger must be accrued through
 * `date − 1`. Paying exactly `netAmount` with prepay(…, 'payoff') settles the loan with no credit
 * balance left (or with what the credit balance had beyond grossAmount).
 */
export function payoffQuote(
  ledger: LoanLedger,
  terms: LoanTerms,
  settings: ServicingSettings,
  date: LocalDate,
): PrepaymentQuote {
  return quoteFor(ledger, terms, settings, date, 'all');
}

/**
 * The quote for a partial prepayment of `prepaidPrincipal` on `date` (提前还款试算): paying `netAmount`
 * with prepay(…, 'keep_term' | 'keep_installment') prepays exactly that principal. It must leave some
 * principal owed; prepaying all of it is a payoff.
 */
export function prepaymentQuote(
  ledger: LoanLedger,
  terms: LoanTerms,
  settings: ServicingSettings,
  date: LocalDate,
  prepaidPrincipal: Fen,
): PrepaymentQuote {
  if (!Number.isSafeInteger(prepaidPrincipal) || prepaidPrincipal <= 0) {
    throw badInput('prepaidPrincipal', 'must be more than 0.00');
  }
  const payoff = quoteFor(ledger, terms, settings, date, 'all');
  if (prepaidPrincipal >= payoff.notDuePrincipal) {
    throw badInput(
      'prepaidPrincipal',
      `${formatYuan(prepaidPrincipal)} is not less than the ${formatYuan(payoff.notDuePrincipal)} not yet due: that is a payoff`,
    );
  }
  return quoteFor(ledger, terms, settings, date, prepaidPrincipal);
}
