import type { LocalDate } from '../calendar/local-date';
import type { Fen } from '../money/fen';
import type { ScheduledInstallment } from '../schedule/installment';

/**
 * `scheduled`: an installment of the repayment schedule (RULES.md §2). `prepayment`: the installment a
 * prepayment books on its own date for the principal it prepays, the broken-period interest and the
 * fee (RULES.md §4). Mirrors the `installment.kind` column.
 */
export type InstallmentKind = 'scheduled' | 'prepayment';

/**
 * What one installment has due, has been paid and has accrued. Penalty (罚息) and compound (复利)
 * accrue in micro-fen (10⁻⁶ fen) and are owed as round-half-up(micro / 10⁶) minus what was paid
 * (RULES.md §3).
 */
export interface InstallmentLedger {
  readonly period: number;
  /** Absent means 'scheduled'. */
  readonly kind?: InstallmentKind;
  readonly dueDate: LocalDate;
  readonly principalDue: Fen;
  readonly interestDue: Fen;
  /** A prepayment fee (违约金) charged on this installment; 0 for ordinary installments. */
  readonly feeDue: Fen;
  readonly principalPaid: Fen;
  readonly interestPaid: Fen;
  readonly feePaid: Fen;
  readonly penaltyMicro: bigint;
  readonly penaltyPaid: Fen;
  readonly compoundMicro: bigint;
  readonly compoundPaid: Fen;
}

/** The servicing state of one loan at the end of `accruedThrough`. */
export interface LoanLedger {
  readonly installments: readonly InstallmentLedger[];
  readonly creditBalance: Fen;
  /** The last business date whose end-of-day accrual is included (the disbursement date at first). */
  readonly accruedThrough: LocalDate;
}

export function openLedger(
  schedule: readonly ScheduledInstallment[],
  disbursementDate: LocalDate,
): LoanLedger {
  return {
    installments: schedule.map((s) => ({
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
    })),
    creditBalance: 0 as Fen,
    accruedThrough: disbursementDate,
  };
}

const MICRO = 1_000_000n;

const SAFE_MICRO = BigInt(Number.MAX_SAFE_INTEGER - 1_000_000);

/** round-half-up(micro / 10⁶): the fen accrued from a micro-fen sum. */
export function microToFen(micro: bigint): Fen {
  if (micro === 0n) return 0 as Fen;
  // Every installment's penalty and compound pass through here on every evaluated day; below 2^53 the
  // remainder and the division of what is left are exact on integer-valued numbers.
  if (micro > 0n && micro <= SAFE_MICRO) {
    const m = Number(micro);
    const r = m % 1_000_000;
    const q = (m - r) / 1_000_000;
    return (r * 2 >= 1_000_000 ? q + 1 : q) as Fen;
  }
  return Number((micro * 2n + MICRO) / (MICRO * 2n)) as Fen;
}

export const penaltyAccrued = (i: InstallmentLedger): Fen => microToFen(i.penaltyMicro);
export const compoundAccrued = (i: InstallmentLedger): Fen => microToFen(i.compoundMicro);

export const principalUnpaid = (i: InstallmentLedger): Fen => (i.principalDue - i.principalPaid) as Fen;
export const interestUnpaid = (i: InstallmentLedger): Fen => (i.interestDue - i.interestPaid) as Fen;
export const feeUnpaid = (i: InstallmentLedger): Fen => (i.feeDue - i.feePaid) as Fen;
export const penaltyOwed = (i: InstallmentLedger): Fen => (penaltyAccrued(i) - i.penaltyPaid) as Fen;
export const compoundOwed = (i: InstallmentLedger): Fen => (compoundAccrued(i) - i.compoundPaid) as Fen;

/** Principal or scheduled interest still unpaid: what makes an installment count for days past due. */
export const hasUnpaidDue = (i: InstallmentLedger): boolean =>
  i.principalPaid < i.principalDue || i.interestPaid < i.interestDue;

/** Everything of the installment is paid: principal, interest, fee, penalty and compound. */
export const isInstallmentCleared = (i: InstallmentLedger): boolean =>
  !hasUnpaidDue(i) && feeUnpaid(i) === 0 && penaltyOwed(i) === 0 && compoundOwed(i) === 0;
