import { type Allocation, applyMoney, type IncomingPayment } from '../allocation/waterfall';
import { addDays, type LocalDate } from '../calendar/local-date';
import { badInput } from '../errors/domain-error';
import { type AccrualFactor, accrualFactor, accrueThrough } from '../interest/accrual';
import type { Fen } from '../money/fen';
import type { LoanTerms, ServicingSettings } from '../product/loan-terms';
import { generateSchedule } from '../schedule/generate-schedule';
import { hasUnpaidDue, isInstallmentCleared, type LoanLedger, openLedger } from './ledger';

export interface DatedPayment extends IncomingPayment {
  readonly date: LocalDate;
}

/**
 * Moves a ledger forward from its `accruedThrough` to the end of `through`, applying the dated payments
 * (all after accruedThrough, in date order, same-day ones in the order received) and the credit balance
 * on the due dates it meets, with each day's money applied before that day's accrual (RULES.md §3).
 * Cost grows with the number of payments and due dates crossed, not with days.
 */
export function advanceLedger(
  start: LoanLedger,
  payments: readonly DatedPayment[],
  through: LocalDate,
  factor: AccrualFactor,
  settings: ServicingSettings,
): { ledger: LoanLedger; allocations: (Allocation & { date: LocalDate })[] } {
  let ledger = start;
  const allocations: (Allocation & { date: LocalDate })[] = [];
  let i = 0;
  for (;;) {
    const payDate = i < payments.length ? payments[i]!.date : null;
    const creditDate = nextCreditDate(ledger);
    let day: LocalDate | null = payDate;
    if (creditDate !== null && (day === null || creditDate < day)) day = creditDate;
    if (day === null || day > through) break;
    if (day <= ledger.accruedThrough) {
      throw badInput('date', `${day} is on or before ${ledger.accruedThrough}, a day already closed`);
    }
    ledger = accrueThrough(ledger, addDays(day, -1), factor, settings.graceDays);
    const todays: IncomingPayment[] = [];
    while (i < payments.length && payments[i]!.date === day) todays.push(payments[i++]!);
    const applied = applyMoney(ledger, day, todays, settings.waterfallOrder);
    ledger = applied.ledger;
    for (const a of applied.allocations) allocations.push({ ...a, date: day });
    // Money of `day` is in; the day's own accrual follows in the next accrueThrough.
  }
  ledger = accrueThrough(ledger, through, factor, settings.graceDays);
  return { ledger, allocations };
}

/** The next day the credit balance can do anything: the next due date with something still owed. */
function nextCreditDate(ledger: LoanLedger): LocalDate | null {
  if (ledger.creditBalance <= 0) return null;
  for (const inst of ledger.installments) {
    if (inst.dueDate > ledger.accruedThrough && !isInstallmentCleared(inst)) return inst.dueDate;
  }
  return null;
}

export interface ReplayInput {
  readonly terms: LoanTerms;
  readonly settings: ServicingSettings;
  readonly repayments: readonly { date: LocalDate; amount: Fen; key?: string }[];
  readonly asOf: LocalDate;
}

/** Replays a loan from disbursement to the end of `asOf` (the engine behind `daihou simulate` and imports). */
export function replayLoan(input: ReplayInput): {
  ledger: LoanLedger;
  allocations: (Allocation & { date: LocalDate })[];
} {
  const { terms, settings, asOf } = input;
  if (asOf < terms.disbursementDate) throw badInput('asOf', `${asOf} is before the disbursement date`);
  const payments: DatedPayment[] = input.repayments.map((r, idx) => {
    const field = `repayments[${idx}]`;
    if (r.date <= terms.disbursementDate) {
      throw badInput(
        `${field}.date`,
        `${r.date} is on or before the disbursement date ${terms.disbursementDate}`,
      );
    }
    if (r.date > asOf) throw badInput(`${field}.date`, `${r.date} is after asOf ${asOf}`);
    if (r.amount <= 0) throw badInput(`${field}.amount`, 'must be more than 0.00');
    return { date: r.date, amount: r.amount, key: r.key ?? `${idx + 1}` };
  });
  // Stable sort keeps same-day repayments in the order received.
  payments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const schedule = generateSchedule(terms, settings.dayBasis);
  const ledger = openLedger(schedule, terms.disbursementDate);
  return advanceLedger(ledger, payments, asOf, accrualFactor(terms.annualRate, settings), settings);
}

export const hasOverdue = (ledger: LoanLedger, asOf: LocalDate): boolean =>
  ledger.installments.some((i) => i.dueDate < asOf && hasUnpaidDue(i));
