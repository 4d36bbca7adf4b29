import { addMonthsClamped, daysBetween, type LocalDate } from '../calendar/local-date';
import { badInput, DomainError } from '../errors/domain-error';
import { type Fen, fen } from '../money/fen';
import { requireAccruedToEve } from '../prepayment/ledger-view';
import type { LoanTerms, RepaymentMethod, ServicingSettings } from '../product/loan-terms';
import { periodMonths } from '../product/loan-terms';
import { MAX_TERM } from '../product/validate-terms';
import type { AnnualRate } from '../rate/ratio';
import { amortize } from '../schedule/amortize';
import { bulletInterest } from '../schedule/generate-schedule';
import type { ScheduledInstallment } from '../schedule/installment';
import { periodRate } from '../schedule/period-rate';
import {
  compoundOwed,
  feeUnpaid,
  type InstallmentLedger,
  interestUnpaid,
  isInstallmentCleared,
  type LoanLedger,
  penaltyOwed,
  principalUnpaid,
} from '../servicing/ledger';

/**
 * A new schedule on the same loan (RULES.md §12): an extension (展期) or a restructuring (重组). Both
 * happen during business date `date`, on the ledger as it stands at the start of that day (accrued
 * through `date − 1`, the day's money in), exactly like a prepayment (RULES.md §4). Due dates stay on the
 * loan's grid: period p is due p periods after disbursement (RULES.md §1), so the first new installment
 * charges a full period's interest, as every installment does.
 */
export interface Rescheduled {
  readonly ledger: LoanLedger;
  /** The loan's terms from now on: rate, method and term (the last period number; bullet: months). */
  readonly terms: LoanTerms;
  readonly maturityDate: LocalDate;
  /** The installments of the new schedule (due after `date`). */
  readonly schedule: readonly ScheduledInstallment[];
  /** Principal re-scheduled: what the new installments repay between them. */
  readonly principal: Fen;
  /** Arrears moved onto the first new installment (restructuring only; an extension leaves them). */
  readonly carried: Carried;
}

export interface Carried {
  readonly overduePrincipal: Fen;
  readonly interest: Fen;
  readonly fee: Fen;
  readonly penalty: Fen;
  readonly compound: Fen;
}

const NOTHING_CARRIED: Carried = {
  overduePrincipal: 0 as Fen,
  interest: 0 as Fen,
  fee: 0 as Fen,
  penalty: 0 as Fen,
  compound: 0 as Fen,
};

const MICRO = 1_000_000n;

const fresh = (s: ScheduledInstallment): InstallmentLedger => ({
  period: s.period,
  dueDate: s.dueDate,
  principalDue: s.principal,
  interestDue: s.interest,
  feeDue: 0 as Fen,
  principalPaid: 0 as Fen,
  interestPaid: 0 as Fen,
  feePaid: 0 as Fen,
  penaltyMicro: 0n,
  penaltyPaid: 0 as Fen,
  compoundMicro: 0n,
  compoundPaid: 0 as Fen,
});

const untouched = (i: InstallmentLedger): boolean =>
  i.principalPaid === 0 &&
  i.interestPaid === 0 &&
  i.feeDue === 0 &&
  i.feePaid === 0 &&
  i.penaltyMicro === 0n &&
  i.compoundMicro === 0n &&
  i.kind !== 'prepayment';

const requireEve = requireAccruedToEve;

/** The last period number of the schedule in force (prepayment installments aside). */
const lastPeriod = (ledger: LoanLedger): number => {
  let top = 0;
  for (const i of ledger.installments) if (i.kind !== 'prepayment' && i.period > top) top = i.period;
  return top;
};

const maturityOf = (ledger: LoanLedger): LocalDate => {
  let m = ledger.accruedThrough;
  for (const i of ledger.installments) if (i.kind !== 'prepayment' && i.dueDate > m) m = i.dueDate;
  return m;
};

/** The loan's maturity now: the due date of its last scheduled installment. */
export const currentMaturity = maturityOf;

function checkEnoughPrincipal(balance: number, count: number, method: RepaymentMethod, field: string) {
  if (method !== 'interest_only' && method !== 'bullet' && balance < 100 * count) {
    throw badInput(field, `a principal of less than 1.00 per installment over ${count} installments`);
  }
}

/**
 * 展期: the principal not yet due is spread to a maturity `months` later, same rate and method; the
 * installments due on or before `date` (paid or overdue) stay exactly as they are. Call checkExtension
 * first for the RULES.md §12 limits.
 */
export function extendSchedule(
  ledger: LoanLedger,
  terms: LoanTerms,
  settings: ServicingSettings,
  date: LocalDate,
  months: number,
): Rescheduled {
  requireEve(ledger, date);
  const kept: InstallmentLedger[] = [];
  const notDue: InstallmentLedger[] = [];
  for (const i of ledger.installments) (i.dueDate > date ? notDue : kept).push(i);
  for (const i of notDue) {
    if (!untouched(i))
      throw badInput('ledger', `installment ${i.period} due ${i.dueDate} is not a fresh one`);
  }
  const first = notDue[0];
  if (!first) {
    throw new DomainError(
      'rule_violation',
      `date: no principal falls due after ${date}: nothing to extend`,
      'date',
    );
  }
  const balance = notDue.reduce((s, i) => s + i.principalDue, 0);
  let schedule: ScheduledInstallment[];
  let term: number;
  if (terms.method === 'bullet') {
    term = terms.term + months;
    const dueDate = addMonthsClamped(terms.disbursementDate, term);
    const days = daysBetween(terms.disbursementDate, dueDate);
    schedule = [
      {
        period: first.period,
        dueDate,
        principal: fen(balance),
        interest: bulletInterest(balance, terms.annualRate.n, terms.annualRate.d, days, settings.dayBasis),
      },
    ];
  } else {
    const pm = periodMonths(terms.frequency);
    term = lastPeriod(ledger) + months / pm;
    if (term > MAX_TERM) {
      throw new DomainError(
        'rule_violation',
        `months: the schedule would run to period ${term}, beyond ${MAX_TERM}`,
        'months',
      );
    }
    checkEnoughPrincipal(balance, term - first.period + 1, terms.method, 'months');
    schedule = amortize({
      balance,
      firstPeriod: first.period,
      lastPeriod: term,
      method: terms.method,
      rate: periodRate(terms.annualRate, terms.frequency),
      start: terms.disbursementDate,
      frequency: terms.frequency,
    });
  }
  const newLedger: LoanLedger = { ...ledger, installments: [...kept, ...schedule.map(fresh)] };
  return {
    ledger: newLedger,
    terms: { ...terms, term },
    maturityDate: schedule[schedule.length - 1]!.dueDate,
    schedule,
    principal: fen(balance),
    carried: NOTHING_CARRIED,
  };
}

/** The new terms of a restructuring (重组). */
export interface RestructureTerms {
  readonly annualRate: AnnualRate;
  readonly method: Exclude<RepaymentMethod, 'bullet'>;
  /** Number of new installments, counted from the first due date after the restructuring. */
  readonly periods: number;
}

/**
 * 重组: every installment with anything unpaid closes at what was paid on it (its paid amounts stay, so
 * the allocations of past repayments keep pointing at them), and all unpaid principal — overdue and not
 * yet due — is re-scheduled over `periods` installments at the new rate and method, from the first due
 * date after `date`. Interest of installments not yet due is dropped (not earned); overdue interest,
 * unpaid fees, penalty and compound owed are neither capitalised nor forgiven: they are carried onto the
 * first new installment, due on its due date. Principal is never created: disbursed = paid + owed holds.
 */
export function restructureSchedule(
  ledger: LoanLedger,
  terms: LoanTerms,
  date: LocalDate,
  next: RestructureTerms,
): Rescheduled {
  requireEve(ledger, date);
  if (!Number.isInteger(next.periods) || next.periods < 1 || next.periods > MAX_TERM) {
    throw badInput('periods', `must be a whole number of installments from 1 to ${MAX_TERM}`);
  }
  const kept: InstallmentLedger[] = [];
  let overduePrincipal = 0;
  let notDuePrincipal = 0;
  let interest = 0;
  let fee = 0;
  let penalty = 0;
  let compound = 0;
  for (const i of ledger.installments) {
    if (isInstallmentCleared(i)) {
      kept.push(i);
      continue;
    }
    if (i.dueDate > date) {
      if (!untouched(i))
        throw badInput('ledger', `installment ${i.period} due ${i.dueDate} is not a fresh one`);
      notDuePrincipal += i.principalDue;
      continue;
    }
    overduePrincipal += principalUnpaid(i);
    interest += interestUnpaid(i);
    fee += feeUnpaid(i);
    penalty += penaltyOwed(i);
    compound += compoundOwed(i);
    // Closed at what was paid: nothing more is owed on it, nothing is lost from it.
    kept.push({
      ...i,
      principalDue: i.principalPaid,
      interestDue: i.interestPaid,
      feeDue: i.feePaid,
      penaltyMicro: BigInt(i.penaltyPaid) * MICRO,
      compoundMicro: BigInt(i.compoundPaid) * MICRO,
    });
  }
  const balance = overduePrincipal + notDuePrincipal;
  if (balance === 0) {
    throw new DomainError(
      'rule_violation',
      'id: no principal is owed: there is nothing to restructure',
      'id',
    );
  }
  const pm = periodMonths(terms.frequency);
  let f = 1;
  while (addMonthsClamped(terms.disbursementDate, f * pm) <= date) f++;
  const last = f + next.periods - 1;
  if (last > MAX_TERM) {
    throw badInput(
      'periods',
      `the schedule would run to period ${last}, beyond ${MAX_TERM}: at most ${MAX_TERM - f + 1}`,
    );
  }
  checkEnoughPrincipal(balance, next.periods, next.method, 'periods');
  const schedule = amortize({
    balance,
    firstPeriod: f,
    lastPeriod: last,
    method: next.method,
    rate: periodRate(next.annualRate, terms.frequency),
    start: terms.disbursementDate,
    frequency: terms.frequency,
  });
  const added = schedule.map(fresh);
  const head = added[0]!;
  added[0] = {
    ...head,
    interestDue: (head.interestDue + interest) as Fen,
    feeDue: fen(fee),
    penaltyMicro: BigInt(penalty) * MICRO,
    compoundMicro: BigInt(compound) * MICRO,
  };
  return {
    ledger: { ...ledger, installments: [...kept, ...added] },
    terms: { ...terms, annualRate: next.annualRate, method: next.method, term: last },
    maturityDate: schedule[schedule.length - 1]!.dueDate,
    schedule,
    principal: fen(balance),
    carried: {
      overduePrincipal: fen(overduePrincipal),
      interest: fen(interest),
      fee: fen(fee),
      penalty: fen(penalty),
      compound: fen(compound),
    },
  };
}
