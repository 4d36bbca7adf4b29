import { addDays, daysBetween, type LocalDate, maxDate } from '../calendar/local-date';
import type { ServicingSettings } from '../product/loan-terms';
import type { AnnualRate } from '../rate/ratio';
import type { InstallmentLedger, LoanLedger } from '../servicing/ledger';

/**
 * The daily penalty/compound factor annual × (1 + uplift) / dayBasis per fen, expressed in micro-fen
 * as the exact fraction num/den, so one day's accrual on a base is round-half-up(base × num / den).
 */
export interface AccrualFactor {
  readonly num: bigint;
  readonly den: bigint;
}

export function accrualFactor(annual: AnnualRate, settings: ServicingSettings): AccrualFactor {
  const u = settings.penaltyUplift;
  return {
    num: annual.n * (u.d + u.n) * 1_000_000n,
    den: annual.d * u.d * 100n * BigInt(settings.dayBasis),
  };
}

/** One day's accrual in micro-fen on `base` fen, rounded half up to the micro-fen (RULES.md §3). */
export function dailyAccrualMicro(base: number, factor: AccrualFactor): bigint {
  if (base <= 0) return 0n;
  const num = BigInt(base) * factor.num;
  return (num * 2n + factor.den) / (factor.den * 2n);
}

/**
 * Accrues penalty and compound for every day after `ledger.accruedThrough` up to and including
 * `through`, assuming no money moved in that span (callers apply money first, day by day). Within
 * such a span the bases are constant, so each day's rounded amount is the same and the span costs one
 * multiplication per overdue installment, not one per day: replaying a year takes as long as a day.
 * An installment accrues on day d when d > dueDate + graceDays.
 */
export function accrueThrough(
  ledger: LoanLedger,
  through: LocalDate,
  factor: AccrualFactor,
  graceDays: number,
): LoanLedger {
  if (through <= ledger.accruedThrough) return ledger;
  const firstDay = addDays(ledger.accruedThrough, 1);
  let changed = false;
  const installments = ledger.installments.map((inst): InstallmentLedger => {
    if (inst.dueDate >= through) return inst;
    const principalBase = inst.principalDue - inst.principalPaid;
    const interestBase = inst.interestDue - inst.interestPaid;
    if (principalBase <= 0 && interestBase <= 0) return inst;
    const start = maxDate(firstDay, addDays(inst.dueDate, graceDays + 1));
    const days = daysBetween(start, through) + 1;
    if (days <= 0) return inst;
    changed = true;
    const n = BigInt(days);
    return {
      ...inst,
      penaltyMicro: inst.penaltyMicro + dailyAccrualMicro(principalBase, factor) * n,
      compoundMicro: inst.compoundMicro + dailyAccrualMicro(interestBase, factor) * n,
    };
  });
  return { ...ledger, installments: changed ? installments : ledger.installments, accruedThrough: through };
}
