import { type LocalDate, toEpochDay } from '../calendar/local-date';
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

/** The factor in lowest terms, and as plain integers when they are small enough for exact float-free arithmetic. */
interface ReducedFactor extends AccrualFactor {
  readonly smallNum: number;
  readonly smallDen: number;
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

// Up to here products and sums of integers are exact in a double (2^53 − 1).
const SAFE = Number.MAX_SAFE_INTEGER;

export function accrualFactor(annual: AnnualRate, settings: ServicingSettings): AccrualFactor {
  const u = settings.penaltyUplift;
  const num = annual.n * (u.d + u.n) * 1_000_000n;
  const den = annual.d * u.d * 100n * BigInt(settings.dayBasis);
  // Lowest terms change nothing in the result (the same rational) and keep the numbers small: a
  // 4.35 % rate with a 50 % uplift is 1305/146 micro-fen per fen and day.
  const g = gcd(num, den);
  const n = num / g;
  const d = den / g;
  const factor: ReducedFactor = {
    num: n,
    den: d,
    smallNum: n <= BigInt(SAFE) ? Number(n) : 0,
    smallDen: d <= BigInt(SAFE) ? Number(d) : 0,
  };
  return factor;
}

/** floor(a / b) for non-negative safe integers: the remainder is exact, so is the division of what is left. */
const floorDivSafe = (a: number, b: number): number => (a - (a % b)) / b;

/** One day's accrual in micro-fen on `base` fen, rounded half up to the micro-fen (RULES.md §3). */
export function dailyAccrualMicro(base: number, factor: AccrualFactor): bigint {
  if (base <= 0) return 0n;
  return BigInt(dailyMicro(base, factor));
}

/**
 * The same as a number when it is exact in one (the usual case, a loan's factor in lowest terms being
 * a few thousand), else through BigInt. Always an integer.
 */
function dailyMicro(base: number, factor: AccrualFactor): number | bigint {
  const { smallNum, smallDen } = factor as Partial<ReducedFactor>;
  if (smallNum && smallDen) {
    const twice = base * smallNum * 2;
    if (twice <= SAFE - smallDen * 3) return floorDivSafe(twice + smallDen, smallDen * 2);
  }
  const num = BigInt(base) * factor.num;
  return (num * 2n + factor.den) / (factor.den * 2n);
}

/** `days` days of accrual on `base`, added to `micro`. */
function addDaysOfAccrual(micro: bigint, base: number, days: number, factor: AccrualFactor): bigint {
  if (base <= 0) return micro;
  const daily = dailyMicro(base, factor);
  if (typeof daily === 'number') {
    const span = daily * days;
    if (span <= SAFE) return micro + BigInt(span);
    return micro + BigInt(daily) * BigInt(days);
  }
  return micro + daily * BigInt(days);
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
  // Epoch days, not date text, inside the loop: this runs for every overdue installment of every loan
  // an import replays or end of day evaluates.
  const throughDay = toEpochDay(through);
  const firstDay = toEpochDay(ledger.accruedThrough) + 1;
  const before = ledger.installments;
  let after: InstallmentLedger[] | null = null;
  for (let k = 0; k < before.length; k++) {
    const inst = before[k]!;
    if (inst.dueDate >= through) continue;
    const principalBase = inst.principalDue - inst.principalPaid;
    const interestBase = inst.interestDue - inst.interestPaid;
    if (principalBase <= 0 && interestBase <= 0) continue;
    const accruesFrom = toEpochDay(inst.dueDate) + graceDays + 1;
    const days = throughDay - (accruesFrom > firstDay ? accruesFrom : firstDay) + 1;
    if (days <= 0) continue;
    after ??= before.slice();
    after[k] = withAccrual(
      inst,
      addDaysOfAccrual(inst.penaltyMicro, principalBase, days, factor),
      addDaysOfAccrual(inst.compoundMicro, interestBase, days, factor),
    );
  }
  return { ...ledger, installments: after ?? before, accruedThrough: through };
}

/** The installment with new accrual, written out field by field: far cheaper than a spread in this loop. */
function withAccrual(
  inst: InstallmentLedger,
  penaltyMicro: bigint,
  compoundMicro: bigint,
): InstallmentLedger {
  const next = {
    period: inst.period,
    dueDate: inst.dueDate,
    principalDue: inst.principalDue,
    interestDue: inst.interestDue,
    feeDue: inst.feeDue,
    principalPaid: inst.principalPaid,
    interestPaid: inst.interestPaid,
    feePaid: inst.feePaid,
    penaltyMicro,
    penaltyPaid: inst.penaltyPaid,
    compoundMicro,
    compoundPaid: inst.compoundPaid,
  };
  return inst.kind === undefined ? next : { kind: inst.kind, ...next };
}
