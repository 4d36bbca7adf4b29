import { addMonthsClamped, type LocalDate } from '../calendar/local-date';
import { badInput } from '../errors/domain-error';
import { type Fen, fen } from '../money/fen';
import { divRoundHalfUp } from '../money/rounding';
import { type Frequency, periodMonths, type RepaymentMethod } from '../product/loan-terms';
import type { ScheduledInstallment } from './installment';
import { type PeriodRate, periodInterest } from './period-rate';

/**
 * The level installment M = round(P·r·(1+r)^n / ((1+r)^n − 1)) computed as one exact quotient of
 * bigints (r = rn/rd): M = P·rn·(rn+rd)^n / (rd·((rn+rd)^n − rd^n)).
 */
export function levelInstallment(balance: number, n: number, r: PeriodRate): number {
  if (r.rn === 0) return Number(divRoundHalfUp(BigInt(balance), BigInt(n)));
  const rn = BigInt(r.rn);
  const rd = BigInt(r.rd);
  const grown = (rn + rd) ** BigInt(n);
  const num = BigInt(balance) * rn * grown;
  const den = rd * (grown - rd ** BigInt(n));
  return Number(divRoundHalfUp(num, den));
}

export interface AmortizeInput {
  /** Principal still owed before the first generated period. */
  readonly balance: number;
  /** Period number of the first generated installment (1 for a new loan). */
  readonly firstPeriod: number;
  /** Period number of the last installment. */
  readonly lastPeriod: number;
  readonly method: Exclude<RepaymentMethod, 'bullet'>;
  readonly rate: PeriodRate;
  /** Due dates are counted from this date (the disbursement date), never from a previous due date. */
  readonly start: LocalDate;
  readonly frequency: Frequency;
  /**
   * Keep this level installment (equal_installment) or level principal (equal_principal) instead of
   * recomputing it for the remaining periods: used by a prepayment that keeps the installment, which
   * shortens the term. The schedule then ends as soon as the balance is repaid.
   */
  readonly keepLevel?: number | undefined;
}

/** Generates installments firstPeriod..lastPeriod of an amortising schedule (RULES.md §2). */
export function amortize(input: AmortizeInput): ScheduledInstallment[] {
  const { rate, method, start, frequency, firstPeriod, lastPeriod } = input;
  const months = periodMonths(frequency);
  const count = lastPeriod - firstPeriod + 1;
  const out: ScheduledInstallment[] = [];
  let balance = input.balance;
  const level =
    input.keepLevel ??
    (method === 'equal_installment'
      ? levelInstallment(balance, count, rate)
      : method === 'equal_principal'
        ? Number(divRoundHalfUp(BigInt(balance), BigInt(count)))
        : 0);
  for (let period = firstPeriod; period <= lastPeriod && balance > 0; period++) {
    const interest = periodInterest(balance, rate);
    const isLast = period === lastPeriod;
    let principal: number;
    if (method === 'interest_only') principal = isLast ? balance : 0;
    else if (method === 'equal_installment') principal = isLast ? balance : level - interest;
    else principal = isLast ? balance : level;
    if (principal > balance) principal = balance;
    if (principal < 0) {
      throw badInput('principal', 'too small for the term: an installment would repay negative principal');
    }
    out.push({
      period,
      dueDate: addMonthsClamped(start, period * months),
      principal: principal as Fen,
      interest: interest as Fen,
    });
    balance -= principal;
  }
  if (out.length === 0 || balance !== 0) throw badInput('principal', 'could not be amortised over the term');
  const last = out[out.length - 1]!;
  if (last.principal <= 0 && method !== 'interest_only') {
    throw badInput('principal', 'too small for the term: the last installment would repay no principal');
  }
  fen(balance);
  return out;
}
