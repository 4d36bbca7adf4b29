import {
  type AccrualFactor,
  accrualFactor,
  addDays,
  advanceLedger,
  compoundOwed,
  DEFAULT_SERVICING,
  daysBetween,
  type Fen,
  feeUnpaid,
  interestUnpaid,
  type LoanLedger,
  type LoanTerms,
  type LocalDate,
  maxDate,
  openLedger,
  penaltyOwed,
  principalUnpaid,
  type ScheduledInstallment,
} from '@daihou/core';
import type { SeededRandom } from './seeded-random';

/** How a borrower pays (every repayment is an ordinary one, RULES.md §3). */
export type Behaviour =
  /** The exact installment on each due date. */
  | { readonly kind: 'on_time' }
  /** Usually on the due date, sometimes a few days before, now and then two installments at once. */
  | { readonly kind: 'early' }
  /** Some installments a few days late, paying what is then owed with penalty, rounded up to the yuan. */
  | { readonly kind: 'late'; readonly share: number }
  /** Some installments partly paid, the rest caught up with the next one. */
  | { readonly kind: 'partial'; readonly share: number }
  /** On time until installment `firstUnpaid`, nothing after (but perhaps one small collected amount). */
  | { readonly kind: 'stopped'; readonly firstUnpaid: number; readonly tokenPayment: boolean };

export type BehaviourKind = Behaviour['kind'];

export interface DatedAmount {
  readonly date: LocalDate;
  readonly amount: Fen;
}

const total = (i: ScheduledInstallment): Fen => (i.principal + i.interest) as Fen;
const ceilYuan = (fen: number): Fen => (Math.ceil(fen / 100) * 100) as Fen;

/**
 * The loan's ledger as the import will see it, moved forward payment by payment, so a late payer can
 * be made to pay what the rules say is owed on the day (penalty and compound included).
 */
class LedgerCursor {
  private ledger: LoanLedger;
  private readonly factor: AccrualFactor;
  private paid = 0;

  constructor(terms: LoanTerms, schedule: readonly ScheduledInstallment[]) {
    this.ledger = openLedger(schedule, terms.disbursementDate);
    this.factor = accrualFactor(terms.annualRate, DEFAULT_SERVICING);
  }

  private moveTo(dayBefore: LocalDate): void {
    if (dayBefore <= this.ledger.accruedThrough) return;
    this.ledger = advanceLedger(this.ledger, [], dayBefore, this.factor, DEFAULT_SERVICING).ledger;
  }

  /** What is owed at the start of `date` on installments due by then: scheduled amounts and accruals. */
  owedAt(date: LocalDate, onlyPeriod?: number): { scheduled: number; accrued: number; credit: number } {
    this.moveTo(addDays(date, -1));
    let scheduled = 0;
    let accrued = 0;
    for (const i of this.ledger.installments) {
      if (i.dueDate > date) break;
      if (onlyPeriod !== undefined && i.period !== onlyPeriod) continue;
      scheduled += principalUnpaid(i) + interestUnpaid(i) + feeUnpaid(i);
      accrued += penaltyOwed(i) + compoundOwed(i);
    }
    return { scheduled, accrued, credit: this.ledger.creditBalance };
  }

  /** The amount a borrower clearing everything due on `date` pays: exact, or rounded up when penalty is in it. */
  clearingAmount(date: LocalDate): Fen {
    const o = this.owedAt(date);
    const need = o.scheduled + o.accrued - o.credit;
    if (need <= 0) return 0 as Fen;
    return o.accrued > 0 ? ceilYuan(need) : (need as Fen);
  }

  pay(date: LocalDate, amount: Fen): void {
    this.moveTo(addDays(date, -1));
    this.paid += 1;
    this.ledger = advanceLedger(
      this.ledger,
      [{ date, amount, key: String(this.paid) }],
      date,
      this.factor,
      DEFAULT_SERVICING,
    ).ledger;
  }
}

/** Days late for one late installment: mostly a few, sometimes weeks. */
function daysLate(rng: SeededRandom): number {
  return rng.weighted([
    [rng.int(1, 5), 50],
    [rng.int(6, 15), 35],
    [rng.int(16, 25), 15],
  ]);
}

/**
 * The repayments a borrower with `behaviour` made from disbursement through `lastDay` (the day before
 * the business date), in date order, at most one a day.
 */
export function repaymentHistory(
  rng: SeededRandom,
  terms: LoanTerms,
  schedule: readonly ScheduledInstallment[],
  behaviour: Behaviour,
  lastDay: LocalDate,
): DatedAmount[] {
  const out: DatedAmount[] = [];
  const push = (date: LocalDate, amount: Fen) => {
    if (amount > 0) out.push({ date, amount });
  };
  switch (behaviour.kind) {
    case 'on_time':
      for (const i of schedule) if (i.dueDate <= lastDay) push(i.dueDate, total(i));
      return out;

    case 'early': {
      let prev = terms.disbursementDate;
      for (let k = 0; k < schedule.length; k++) {
        const inst = schedule[k]!;
        let date = inst.dueDate;
        if (rng.chance(0.35)) date = maxDate(addDays(date, -rng.int(1, 6)), addDays(prev, 1));
        if (date > lastDay) break;
        let amount = total(inst);
        const next = schedule[k + 1];
        if (next && rng.chance(0.1)) {
          amount = (amount + total(next)) as Fen;
          k++;
        }
        push(date, amount);
        prev = date;
      }
      return out;
    }

    case 'late': {
      const cursor = new LedgerCursor(terms, schedule);
      let prev = terms.disbursementDate;
      for (let k = 0; k < schedule.length; k++) {
        const inst = schedule[k]!;
        if (inst.dueDate > lastDay) break;
        let date = inst.dueDate;
        if (rng.chance(behaviour.share)) {
          date = addDays(inst.dueDate, daysLate(rng));
          const next = schedule[k + 1];
          if (next && date >= next.dueDate) date = addDays(next.dueDate, -1);
        }
        date = maxDate(date, addDays(prev, 1));
        if (date > lastDay) break; // still unpaid: the loan is overdue today
        const amount = cursor.clearingAmount(date);
        if (amount > 0) {
          cursor.pay(date, amount);
          push(date, amount);
          prev = date;
        }
      }
      return out;
    }

    case 'partial': {
      const cursor = new LedgerCursor(terms, schedule);
      let prev = terms.disbursementDate;
      let partialBefore = false;
      for (let k = 0; k < schedule.length; k++) {
        const inst = schedule[k]!;
        if (inst.dueDate <= prev) continue;
        if (inst.dueDate > lastDay) break;
        const full = cursor.clearingAmount(inst.dueDate);
        if (full <= 0) continue;
        // Two short payments in a row happen (a warning signal watches for them), but less often.
        const partNow: boolean =
          full > 20000 && rng.chance(partialBefore ? behaviour.share / 2 : behaviour.share);
        partialBefore = partNow;
        if (partNow) {
          // Part now (in whole hundreds of yuan), the rest with the next installment or a few weeks on.
          const part = (Math.max(1, Math.floor((full * (0.3 + rng.next() * 0.5)) / 10000)) * 10000) as Fen;
          const amount = Math.min(part, full) as Fen;
          cursor.pay(inst.dueDate, amount);
          push(inst.dueDate, amount);
          prev = inst.dueDate;
          if (k === schedule.length - 1) {
            const later = addDays(inst.dueDate, rng.int(10, 25));
            if (later <= lastDay) {
              const rest = cursor.clearingAmount(later);
              if (rest > 0) {
                cursor.pay(later, rest);
                push(later, rest);
              }
            }
          }
          continue;
        }
        cursor.pay(inst.dueDate, full);
        push(inst.dueDate, full);
        prev = inst.dueDate;
      }
      return out;
    }

    case 'stopped': {
      const cursor = behaviour.tokenPayment ? new LedgerCursor(terms, schedule) : null;
      for (const inst of schedule) {
        if (inst.period >= behaviour.firstUnpaid || inst.dueDate > lastDay) break;
        cursor?.pay(inst.dueDate, total(inst));
        push(inst.dueDate, total(inst));
      }
      const stop = schedule[behaviour.firstUnpaid - 1];
      if (cursor && stop) {
        const from = addDays(stop.dueDate, 10);
        if (from <= lastDay) {
          const date = addDays(from, rng.int(0, daysBetween(from, lastDay)));
          // A collected amount smaller than what the oldest installment owes leaves its DPD running.
          const o = cursor.owedAt(date, stop.period);
          const token = rng.int(5, 30) * 10000;
          if (o.scheduled + o.accrued - 10000 > token) push(date, token as Fen);
        }
      }
      return out;
    }
  }
}
