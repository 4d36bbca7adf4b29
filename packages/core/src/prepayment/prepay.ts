import { type Allocation, type AllocationLine, applyMoney } from '../allocation/waterfall';
import type { LocalDate } from '../calendar/local-date';
import { badInput } from '../errors/domain-error';
import { type Fen, fen, formatYuan } from '../money/fen';
import type { Component, LoanTerms, ServicingSettings } from '../product/loan-terms';
import type { ScheduledInstallment } from '../schedule/installment';
import { type InstallmentLedger, type LoanLedger, openLedger } from '../servicing/ledger';
import { isSettled, type LoanStatus } from '../servicing/snapshot';
import { brokenPeriodInterest } from './broken-period';
import { requireAccruedToEve, splitAtDate } from './ledger-view';
import { prepaymentFee } from './prepayment-fee';
import { type PrepaymentQuote, quoteFor } from './prepayment-quote';
import { PREPAYMENT_MODES, type PrepaymentMode, remainingSchedule } from './remaining-schedule';

/**
 * Prepayment installments are numbered 1001, 1002, … in booking order: scheduled periods stay 1…term
 * (at most MAX_TERM = 360) and keep their numbers through any number of prepayments, and the two
 * ranges never meet, so (loan_id, period) stays a key.
 */
export const PREPAYMENT_PERIOD_BASE = 1000;

/** What the prepayment installment of one prepayment carries. */
export interface PrepaymentCharge {
  readonly period: number;
  readonly date: LocalDate;
  readonly prepaidPrincipal: Fen;
  readonly brokenPeriodFrom: LocalDate;
  readonly brokenPeriodDays: number;
  readonly brokenPeriodInterest: Fen;
  readonly prepaymentFee: Fen;
}

/** The installments due after the prepayment date, before and after it (same dates, same periods). */
export interface ScheduleChange {
  readonly mode: PrepaymentMode;
  readonly before: readonly ScheduledInstallment[];
  readonly after: readonly ScheduledInstallment[];
}

export interface PrepaymentResult {
  readonly ledger: LoanLedger;
  /**
   * How the money was spent, as applyMoney reports it: the credit balance's allocation (key null) first,
   * then the payment's, each now including its share of the prepayment installment.
   */
  readonly allocations: readonly Allocation[];
  /** null when no principal was prepaid (a payoff on or after maturity). */
  readonly charge: PrepaymentCharge | null;
  readonly scheduleChange: ScheduleChange;
  readonly status: LoanStatus;
}

const toScheduled = (i: InstallmentLedger): ScheduledInstallment => ({
  period: i.period,
  dueDate: i.dueDate,
  principal: i.principalDue,
  interest: i.interestDue,
});

function nextPrepaymentPeriod(ledger: LoanLedger): number {
  let top = PREPAYMENT_PERIOD_BASE;
  for (const i of ledger.installments) if (i.kind === 'prepayment' && i.period > top) top = i.period;
  return top + 1;
}

/** ceil(n / 2) for a non-negative safe integer, without floats. */
const ceilHalf = (n: number): number => (n + 1 - ((n + 1) % 2)) / 2;

/**
 * The principal a partial prepayment pays off: the most principal x < all not-yet-due principal whose
 * x + broken-period interest(x) + fee(x) fits in what is left after everything due is settled. That
 * cost rises by at least a fen with each fen of x, so the fit is found by bisection; the 0–2 fen it
 * cannot place (the rounded interest and fee jump) stay as credit balance for the next due date.
 */
function partialPrincipal(
  pool: number,
  quote: PrepaymentQuote,
  terms: LoanTerms,
  settings: ServicingSettings,
  date: LocalDate,
): number {
  const owedToday = quote.duePrincipal + quote.dueInterest + quote.penalty + quote.compound + quote.dueFee;
  const notDue = quote.notDuePrincipal;
  if (notDue === 0) {
    throw badInput('amount', `no principal falls due after ${date}: there is nothing to prepay, use payoff`);
  }
  if (pool === 0) {
    throw badInput(
      'amount',
      `with the credit balance it does not cover more than the ${formatYuan(owedToday)} due on ${date}: nothing is left to prepay`,
    );
  }
  const cost = (x: number): number =>
    x +
    brokenPeriodInterest(x, terms, settings, quote.brokenPeriodDays) +
    prepaymentFee(x, terms, settings, date);
  if (cost(notDue) <= pool) {
    throw badInput(
      'amount',
      `it would prepay all ${formatYuan(notDue)} principal not yet due: use mode payoff (it needs ${formatYuan(quote.netAmount)})`,
    );
  }
  let lo = 0;
  let hi = notDue - 1;
  while (lo < hi) {
    const mid = lo + ceilHalf(hi - lo);
    if (cost(mid) <= pool) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) {
    throw badInput(
      'amount',
      `the ${formatYuan(pool)} left after what is due cannot prepay even 0.01 of principal with its interest and fee`,
    );
  }
  return lo;
}

interface Charge {
  readonly component: Component;
  left: number;
}

/** Spends up to `budget` on the charges in order; returns the lines and what was used. */
function payCharges(
  budget: number,
  charges: Charge[],
  period: number,
): { used: number; lines: AllocationLine[] } {
  let used = 0;
  const lines: AllocationLine[] = [];
  for (const c of charges) {
    const pay = c.left < budget - used ? c.left : budget - used;
    if (pay <= 0) continue;
    c.left -= pay;
    used += pay;
    lines.push({ period, component: c.component, amount: pay as Fen });
  }
  return { used, lines };
}

function withLines(
  a: Allocation,
  lines: readonly AllocationLine[],
  used: number,
  fromCredit: boolean,
): Allocation {
  const totals = { ...a.totals };
  for (const l of lines) totals[l.component] = (totals[l.component] + l.amount) as Fen;
  return {
    ...a,
    amount: (fromCredit ? a.amount + used : a.amount) as Fen,
    lines: [...a.lines, ...lines],
    totals,
    toCreditBalance: (fromCredit ? 0 : a.toCreditBalance - used) as Fen,
  };
}

const EMPTY_CREDIT_ALLOCATION: Allocation = {
  repaymentKey: null,
  amount: 0 as Fen,
  lines: [],
  totals: { penalty: 0 as Fen, compound: 0 as Fen, fee: 0 as Fen, interest: 0 as Fen, principal: 0 as Fen },
  toCreditBalance: 0 as Fen,
};

/**
 * A prepayment (提前还款) or payoff (提前结清) of `amount` fen on business date `date` (RULES.md §4); the
 * ledger must be accrued through `date − 1`. The credit balance and then the money first settle
 * everything due on or before `date` by the ordinary waterfall; what is left pays, in this order, the
 * broken-period interest on the prepaid principal, the prepayment fee, and the prepaid principal.
 *
 * In the ledger the installments due after `date` are replaced by one installment of kind 'prepayment'
 * dated `date` (period 1001, 1002, …), paid in full on booking, and — for a partial prepayment — the
 * remaining schedule for the reduced principal on the same due dates and period numbers
 * (remainingSchedule). A partial prepayment prepays as much principal as the money allows and must leave
 * some owed; a payoff needs at least payoffQuote(…).netAmount, settles the loan and leaves any excess
 * as credit balance. `key` names the payment in the allocations, as a repayment's key does.
 */
export function prepay(
  ledger: LoanLedger,
  terms: LoanTerms,
  settings: ServicingSettings,
  date: LocalDate,
  amount: Fen,
  mode: PrepaymentMode,
  key = 'prepayment',
): PrepaymentResult {
  if (!(PREPAYMENT_MODES as readonly string[]).includes(mode)) {
    throw badInput('mode', `unknown prepayment mode "${mode}" (one of ${PREPAYMENT_MODES.join(', ')})`);
  }
  requireAccruedToEve(ledger, date);
  if (isSettled(ledger)) throw badInput('loan', 'is already settled: there is nothing to prepay');
  if (!Number.isSafeInteger(amount) || amount < 0 || (amount === 0 && mode !== 'payoff')) {
    throw badInput('amount', 'must be more than 0.00');
  }
  const payoff = quoteFor(ledger, terms, settings, date, 'all');
  if (mode === 'payoff' && amount < payoff.netAmount) {
    throw badInput(
      'amount',
      `${formatYuan(amount)} is less than the ${formatYuan(payoff.netAmount)} a payoff on ${date} needs`,
    );
  }
  const { notDue } = splitAtDate(ledger, date);
  const applied = applyMoney(ledger, date, amount > 0 ? [{ key, amount }] : [], settings.waterfallOrder);
  const pool: number = applied.ledger.creditBalance;
  const prepaid =
    mode === 'payoff' ? payoff.notDuePrincipal : partialPrincipal(pool, payoff, terms, settings, date);
  const interest = brokenPeriodInterest(prepaid, terms, settings, payoff.brokenPeriodDays);
  const fee = prepaymentFee(prepaid, terms, settings, date);
  const period = nextPrepaymentPeriod(ledger);
  const after =
    mode === 'payoff'
      ? []
      : remainingSchedule(notDue, payoff.notDuePrincipal - prepaid, terms, settings, mode);

  const booked: InstallmentLedger[] = [];
  if (prepaid > 0) {
    booked.push({
      period,
      kind: 'prepayment',
      dueDate: date,
      principalDue: fen(prepaid),
      interestDue: interest,
      feeDue: fee,
      principalPaid: fen(prepaid),
      interestPaid: interest,
      feePaid: fee,
      penaltyMicro: 0n,
      penaltyPaid: 0 as Fen,
      compoundMicro: 0n,
      compoundPaid: 0 as Fen,
    });
  }
  const installments = [
    ...applied.ledger.installments.filter((i) => i.dueDate <= date),
    ...booked,
    ...openLedger(after, terms.disbursementDate).installments,
  ];

  // Same attribution as a day's money (RULES.md §3.1): the credit balance pays first, then the payment.
  const charges: Charge[] = [
    { component: 'interest', left: interest },
    { component: 'fee', left: fee },
    { component: 'principal', left: prepaid },
  ];
  const creditAllocation = applied.allocations.find((a) => a.repaymentKey === null);
  const paymentAllocation = applied.allocations.find((a) => a.repaymentKey !== null);
  const creditLeft = ledger.creditBalance - (creditAllocation?.amount ?? 0);
  const fromCredit = payCharges(creditLeft, charges, period);
  const fromPayment = payCharges(paymentAllocation?.toCreditBalance ?? 0, charges, period);
  const allocations: Allocation[] = [];
  if (creditAllocation !== undefined || fromCredit.used > 0) {
    allocations.push(
      withLines(creditAllocation ?? EMPTY_CREDIT_ALLOCATION, fromCredit.lines, fromCredit.used, true),
    );
  }
  if (paymentAllocation !== undefined) {
    allocations.push(withLines(paymentAllocation, fromPayment.lines, fromPayment.used, false));
  }

  const result: LoanLedger = {
    ...applied.ledger,
    installments,
    creditBalance: fen(pool - fromCredit.used - fromPayment.used),
  };
  const status: LoanStatus = isSettled(result) ? 'settled' : 'active';
  if (mode === 'payoff' && status !== 'settled') throw new Error('a payoff left the loan unsettled');
  return {
    ledger: result,
    allocations,
    charge:
      prepaid > 0
        ? {
            period,
            date,
            prepaidPrincipal: fen(prepaid),
            brokenPeriodFrom: payoff.brokenPeriodFrom,
            brokenPeriodDays: payoff.brokenPeriodDays,
            brokenPeriodInterest: interest,
            prepaymentFee: fee,
          }
        : null,
    scheduleChange: { mode, before: notDue.map(toScheduled), after },
    status,
  };
}
