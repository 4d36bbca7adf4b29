import { daysBetween, type LocalDate } from '../calendar/local-date';
import { DomainError } from '../errors/domain-error';
import {
  type ClockEvent,
  GUARANTEE_MONTHS_DEFAULT,
  guaranteeClock,
  limitationClock,
} from '../recovery/clocks';

/** Warning levels, most severe first (GLOSSARY.md). */
export const WARNING_LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

/**
 * Signal codes computable from the book today (RULES.md §11). DPD thresholds carry the threshold in the
 * code (`dpd_1`, `dpd_31` …) so crossing a higher one raises its own warning while the lower one is open.
 */
export type SignalCode =
  | `dpd_${number}`
  | 'partial_payments'
  | 'repeated_late'
  | 'guarantor_overdue'
  | 'guarantee_circle'
  | 'limitation_ending'
  | 'guarantee_period_ending'
  | 'collateral_expiring'
  | 'guarantor_exposure';

/** Evidence is plain JSON: what the rule saw, so a person can judge the warning without recomputing it. */
export type Evidence = {
  readonly [key: string]:
    | string
    | number
    | boolean
    | null
    | readonly (string | number)[]
    | Evidence
    | readonly Evidence[];
};

export interface Signal {
  readonly code: SignalCode;
  readonly level: WarningLevel;
  readonly evidence: Evidence;
}

export interface DpdThreshold {
  readonly dpd: number;
  readonly level: WarningLevel;
}

export interface WarningSettings {
  /** Ascending by dpd; the highest crossed is the one raised. */
  readonly dpdThresholds: readonly DpdThreshold[];
  readonly partialPaymentsLevel: WarningLevel;
  /** Late installments among the last `lateWindow` due that raise `repeated_late`. */
  readonly lateCount: number;
  readonly lateWindow: number;
  readonly repeatedLateLevel: WarningLevel;
  readonly guarantorOverdueLevel: WarningLevel;
  readonly guaranteeCircleLevel: WarningLevel;
  /** `limitation_ending`: the limitation period (诉讼时效) ends within this many days (0 … n). */
  readonly limitationWindowDays: number;
  readonly limitationLevel: WarningLevel;
  /** `guarantee_period_ending`: a guarantee period with no demand ends within this many days. */
  readonly guaranteePeriodWindowDays: number;
  /** The guarantee period (保证期间) in months after maturity (RULES.md §11: 6 by default). */
  readonly guaranteePeriodMonths: number;
  readonly guaranteePeriodLevel: WarningLevel;
  /** `collateral_expiring`: collateral insurance or registration expires within this many days. */
  readonly collateralExpiryWindowDays: number;
  readonly collateralExpiryLevel: WarningLevel;
  readonly guarantorExposureLevel: WarningLevel;
}

export const DEFAULT_WARNING_SETTINGS: WarningSettings = {
  dpdThresholds: [
    { dpd: 1, level: 'blue' },
    { dpd: 31, level: 'yellow' },
    { dpd: 61, level: 'orange' },
    { dpd: 91, level: 'red' },
  ],
  partialPaymentsLevel: 'yellow',
  lateCount: 3,
  lateWindow: 6,
  repeatedLateLevel: 'yellow',
  guarantorOverdueLevel: 'orange',
  guaranteeCircleLevel: 'orange',
  limitationWindowDays: 90,
  // Losing the limitation period loses the claim in court: the most severe of the clock signals.
  limitationLevel: 'red',
  guaranteePeriodWindowDays: 60,
  guaranteePeriodMonths: GUARANTEE_MONTHS_DEFAULT,
  guaranteePeriodLevel: 'orange',
  collateralExpiryWindowDays: 30,
  collateralExpiryLevel: 'yellow',
  guarantorExposureLevel: 'orange',
};

const LEVEL_FIELDS = [
  'partialPaymentsLevel',
  'repeatedLateLevel',
  'guarantorOverdueLevel',
  'guaranteeCircleLevel',
  'limitationLevel',
  'guaranteePeriodLevel',
  'collateralExpiryLevel',
  'guarantorExposureLevel',
] as const;

function wholeNumber(s: WarningSettings, field: keyof WarningSettings, min: number, max: number): void {
  const v = s[field];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new DomainError('bad_input', `${field}: a whole number from ${min} to ${max}`, field);
  }
}

export function validateWarningSettings(s: WarningSettings): WarningSettings {
  const t = s.dpdThresholds;
  if (t.length === 0)
    throw new DomainError('bad_input', 'dpdThresholds: at least one threshold', 'dpdThresholds');
  t.forEach((x, i) => {
    if (!Number.isInteger(x.dpd) || x.dpd < 1 || (i > 0 && x.dpd <= t[i - 1]!.dpd)) {
      throw new DomainError(
        'bad_input',
        `dpdThresholds[${i}].dpd: whole days from 1, ascending`,
        `dpdThresholds[${i}].dpd`,
      );
    }
  });
  if (!Number.isInteger(s.lateWindow) || s.lateWindow < 1) {
    throw new DomainError('bad_input', 'lateWindow: a whole number from 1', 'lateWindow');
  }
  if (!Number.isInteger(s.lateCount) || s.lateCount < 1 || s.lateCount > s.lateWindow) {
    throw new DomainError('bad_input', 'lateCount: a whole number from 1 to lateWindow', 'lateCount');
  }
  const levels: readonly string[] = WARNING_LEVELS;
  t.forEach((x, i) => {
    if (!levels.includes(x.level)) {
      throw new DomainError(
        'bad_input',
        `dpdThresholds[${i}].level: one of ${WARNING_LEVELS.join(', ')}`,
        `dpdThresholds[${i}].level`,
      );
    }
  });
  for (const f of LEVEL_FIELDS) {
    if (!levels.includes(s[f])) {
      throw new DomainError('bad_input', `${f}: one of ${WARNING_LEVELS.join(', ')}`, f);
    }
  }
  // A window longer than the period it watches would warn from the first day; a year is the sane bound.
  wholeNumber(s, 'limitationWindowDays', 1, 365);
  wholeNumber(s, 'guaranteePeriodWindowDays', 1, 365);
  wholeNumber(s, 'guaranteePeriodMonths', 1, 36);
  wholeNumber(s, 'collateralExpiryWindowDays', 1, 365);
  return s;
}

/** One installment as the signals see it: what was due, what is paid, and the day it was paid in full. */
export interface InstallmentFacts {
  readonly period: number;
  readonly dueDate: LocalDate;
  /** Principal + interest + fee due, fen. */
  readonly due: number;
  /** Of that, paid so far, fen. */
  readonly paid: number;
  /** The value date of the payment that completed it; null while anything is unpaid. */
  readonly paidOffOn: LocalDate | null;
}

export interface GuarantorFacts {
  readonly guarantorCustomerId: string;
  /** The guarantor's own active loans past due, elsewhere in the book. */
  readonly overdueLoans: readonly {
    readonly loanId: string;
    readonly dpd: number;
    readonly principalOwed: number;
  }[];
}

export interface LoanSignalFacts {
  readonly loanId: string;
  /** Days past due at the end of the business date. */
  readonly dpd: number;
  /** Scheduled installments in period order (prepayment rows left out). */
  readonly installments: readonly InstallmentFacts[];
  readonly guarantors: readonly GuarantorFacts[];
  /** The guarantee circle the borrower is in, when any member of it is overdue. */
  readonly circle: { readonly members: readonly string[]; readonly overdueMembers: readonly string[] } | null;
  /** The clocks' inputs; absent when the caller did not read them (no clock signal then). */
  readonly clocks?: ClockFacts;
  readonly collateral?: readonly CollateralFacts[];
  readonly guarantorExposures?: readonly GuarantorExposureFacts[];
}

/** What the limitation and guarantee clocks (packages/core/src/recovery/clocks.ts) are computed from. */
export interface ClockFacts {
  /** The last installment's due date: the limitation period starts there (民法典 art. 189). */
  readonly lastDueDate: LocalDate;
  /** The loan's maturity: the guarantee period runs from it. */
  readonly maturityDate: LocalDate;
  /** Demands on and acknowledgements by the borrower, litigation filings: they restart the period. */
  readonly borrowerEvents: readonly ClockEvent[];
  /** Each guarantee of the loan's contract with the dates of the demands made on that guarantor. */
  readonly guarantees: readonly {
    readonly guaranteeId: string;
    readonly guarantorName: string;
    readonly demands: readonly LocalDate[];
  }[];
}

export interface CollateralFacts {
  readonly collateralId: string;
  readonly collateralType: string;
  readonly description: string;
  readonly insuranceExpiry: LocalDate | null;
  readonly registrationExpiry: LocalDate | null;
}

export interface GuarantorExposureFacts {
  /** The loan's guarantee naming the guarantor. */
  readonly guaranteeId: string;
  readonly guarantorName: string;
  /** The guarantor's net worth as recorded on this guarantee, fen; null when none was recorded. */
  readonly netWorth: number | null;
  /** Everything the same guarantor (by identity document) guarantees on contracts with an active loan, fen. */
  readonly exposure: number;
  /** How many guarantees make up the exposure. */
  readonly guarantees: number;
}

/** The DPD threshold signal: the highest threshold crossed, or null at DPD 0. */
export function dpdSignal(dpd: number, settings: WarningSettings): Signal | null {
  let hit: DpdThreshold | null = null;
  for (const t of settings.dpdThresholds) if (dpd >= t.dpd) hit = t;
  if (hit === null) return null;
  return { code: `dpd_${hit.dpd}`, level: hit.level, evidence: { dpd, threshold: hit.dpd } };
}

const dueBy = (date: LocalDate) => (i: InstallmentFacts) => i.dueDate <= date;

/** Two consecutive due periods each paid in part: something paid, not all (RULES.md §11). */
export function partialPaymentsSignal(
  installments: readonly InstallmentFacts[],
  date: LocalDate,
  settings: WarningSettings,
): Signal | null {
  const due = installments.filter(dueBy(date));
  for (let i = due.length - 1; i >= 1; i--) {
    const a = due[i - 1]!;
    const b = due[i]!;
    const partial = (x: InstallmentFacts) => x.paid > 0 && x.paid < x.due;
    if (b.period === a.period + 1 && partial(a) && partial(b)) {
      return {
        code: 'partial_payments',
        level: settings.partialPaymentsLevel,
        evidence: {
          periods: [a, b].map((x) => ({ period: x.period, dueDate: x.dueDate, due: x.due, paid: x.paid })),
        },
      };
    }
  }
  return null;
}

/** Late: paid in full after its due date, or still unpaid after it. */
export function isLate(i: InstallmentFacts, date: LocalDate): boolean {
  return i.paidOffOn === null ? i.dueDate < date && i.paid < i.due : i.paidOffOn > i.dueDate;
}

/**
 * ≥ lateCount of the last lateWindow installments due were paid late (RULES.md §11). A loan that has
 * never received a payment is not paying late but not paying: the DPD signals speak for it, and end of
 * day need not read the installments of loans without repayments (docs/domain/warnings-and-collection.md).
 */
export function repeatedLateSignal(
  installments: readonly InstallmentFacts[],
  date: LocalDate,
  settings: WarningSettings,
): Signal | null {
  if (!installments.some((i) => i.paid > 0)) return null;
  const window = installments.filter(dueBy(date)).slice(-settings.lateWindow);
  const late = window.filter((i) => isLate(i, date));
  if (late.length < settings.lateCount) return null;
  return {
    code: 'repeated_late',
    level: settings.repeatedLateLevel,
    evidence: {
      window: window.length,
      late: late.map((i) => ({
        period: i.period,
        dueDate: i.dueDate,
        paidOffOn: i.paidOffOn,
        daysLate: daysBetween(i.dueDate, i.paidOffOn ?? date),
      })),
    },
  };
}

export function guarantorOverdueSignal(
  guarantors: readonly GuarantorFacts[],
  settings: WarningSettings,
): Signal | null {
  const hit = guarantors.filter((g) => g.overdueLoans.length > 0);
  if (hit.length === 0) return null;
  return {
    code: 'guarantor_overdue',
    level: settings.guarantorOverdueLevel,
    evidence: {
      guarantors: hit.map((g) => ({
        guarantorCustomerId: g.guarantorCustomerId,
        overdueLoans: g.overdueLoans.map((l) => ({
          loanId: l.loanId,
          dpd: l.dpd,
          principalOwed: l.principalOwed,
        })),
      })),
    },
  };
}

const EVIDENCE_MEMBERS = 100;

export function guaranteeCircleSignal(
  circle: LoanSignalFacts['circle'],
  settings: WarningSettings,
): Signal | null {
  if (circle === null || circle.overdueMembers.length === 0) return null;
  return {
    code: 'guarantee_circle',
    level: settings.guaranteeCircleLevel,
    // A circle across a large book can hold thousands of borrowers: the evidence keeps the count and the
    // first ones, the full membership is recomputed from the guarantees when shown.
    evidence: {
      memberCount: circle.members.length,
      members: circle.members.slice(0, EVIDENCE_MEMBERS),
      overdueCount: circle.overdueMembers.length,
      overdueMembers: circle.overdueMembers.slice(0, EVIDENCE_MEMBERS),
    },
  };
}

/** Days from `date` to `end` when that is within 0 … window, else null. */
function within(date: LocalDate, end: LocalDate, window: number): number | null {
  const left = daysBetween(date, end);
  return left >= 0 && left <= window ? left : null;
}

/**
 * The limitation period (诉讼时效) ends within the window (RULES.md §11): core's `limitationClock` from the
 * last due date, restarted by the borrower's demands, acknowledgements and filings. A period already over
 * is not raised: nothing can preserve it any more, and `GET /loans/{id}/recovery` shows it as lapsed.
 */
export function limitationSignal(
  clocks: ClockFacts | undefined,
  date: LocalDate,
  settings: WarningSettings,
): Signal | null {
  if (clocks === undefined) return null;
  const c = limitationClock(
    clocks.lastDueDate,
    clocks.borrowerEvents.filter((e) => e.date <= date),
  );
  const daysLeft = within(date, c.endsOn, settings.limitationWindowDays);
  if (daysLeft === null) return null;
  return {
    code: 'limitation_ending',
    level: settings.limitationLevel,
    evidence: {
      lastDueDate: clocks.lastDueDate,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      daysLeft,
      restartedBy: c.restartedBy === null ? null : { date: c.restartedBy.date, kind: c.restartedBy.kind },
    },
  };
}

/**
 * A guarantee period (保证期间, `guaranteeClock`: months after maturity) ends within the window and no demand
 * has been made on that guarantor in it (RULES.md §11). One warning per loan lists every such guarantee.
 */
export function guaranteePeriodSignal(
  clocks: ClockFacts | undefined,
  date: LocalDate,
  settings: WarningSettings,
): Signal | null {
  if (clocks === undefined) return null;
  const hit: Evidence[] = [];
  for (const g of clocks.guarantees) {
    const c = guaranteeClock(
      clocks.maturityDate,
      g.demands.filter((x) => x <= date),
      date,
      settings.guaranteePeriodMonths,
    );
    if (c.status !== 'running') continue;
    const daysLeft = within(date, c.endsOn, settings.guaranteePeriodWindowDays);
    if (daysLeft === null) continue;
    hit.push({ guaranteeId: g.guaranteeId, guarantorName: g.guarantorName, endsOn: c.endsOn, daysLeft });
  }
  if (hit.length === 0) return null;
  return {
    code: 'guarantee_period_ending',
    level: settings.guaranteePeriodLevel,
    evidence: { maturityDate: clocks.maturityDate, months: settings.guaranteePeriodMonths, guarantees: hit },
  };
}

/** Collateral insurance or registration expires within the window (RULES.md §11); already expired is left out. */
export function collateralExpirySignal(
  collateral: readonly CollateralFacts[] | undefined,
  date: LocalDate,
  settings: WarningSettings,
): Signal | null {
  if (collateral === undefined) return null;
  const items: Evidence[] = [];
  for (const k of collateral) {
    for (const [kind, on] of [
      ['insurance', k.insuranceExpiry],
      ['registration', k.registrationExpiry],
    ] as const) {
      if (on === null) continue;
      const daysLeft = within(date, on, settings.collateralExpiryWindowDays);
      if (daysLeft === null) continue;
      items.push({
        collateralId: k.collateralId,
        collateralType: k.collateralType,
        description: k.description,
        kind,
        expiresOn: on,
        daysLeft,
      });
    }
  }
  if (items.length === 0) return null;
  return { code: 'collateral_expiring', level: settings.collateralExpiryLevel, evidence: { items } };
}

/** A guarantor's total guaranteed exposure is above the net worth recorded for them (RULES.md §11). */
export function guarantorExposureSignal(
  exposures: readonly GuarantorExposureFacts[] | undefined,
  settings: WarningSettings,
): Signal | null {
  if (exposures === undefined) return null;
  const hit = exposures.filter((g) => g.netWorth !== null && g.exposure > g.netWorth);
  if (hit.length === 0) return null;
  return {
    code: 'guarantor_exposure',
    level: settings.guarantorExposureLevel,
    evidence: {
      guarantors: hit.map((g) => ({
        guaranteeId: g.guaranteeId,
        guarantorName: g.guarantorName,
        netWorth: g.netWorth,
        exposure: g.exposure,
        guarantees: g.guarantees,
      })),
    },
  };
}

/** Every signal the loan shows at the end of `date`, at most one per code. */
export function evaluateSignals(
  facts: LoanSignalFacts,
  date: LocalDate,
  settings: WarningSettings = DEFAULT_WARNING_SETTINGS,
): Signal[] {
  const s = validateWarningSettings(settings);
  const out: Signal[] = [];
  for (const sig of [
    dpdSignal(facts.dpd, s),
    partialPaymentsSignal(facts.installments, date, s),
    repeatedLateSignal(facts.installments, date, s),
    guarantorOverdueSignal(facts.guarantors, s),
    guaranteeCircleSignal(facts.circle, s),
    limitationSignal(facts.clocks, date, s),
    guaranteePeriodSignal(facts.clocks, date, s),
    collateralExpirySignal(facts.collateral, date, s),
    guarantorExposureSignal(facts.guarantorExposures, s),
  ]) {
    if (sig !== null) out.push(sig);
  }
  return out;
}

/** The signals to raise: those whose code has no open warning on the loan (RULES.md §11, no duplicates). */
export function signalsToRaise(signals: readonly Signal[], openCodes: ReadonlySet<string>): Signal[] {
  const seen = new Set(openCodes);
  const out: Signal[] = [];
  for (const s of signals) {
    if (seen.has(s.code)) continue;
    seen.add(s.code);
    out.push(s);
  }
  return out;
}
