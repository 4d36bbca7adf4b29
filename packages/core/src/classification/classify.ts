import { type Classification, classRank, isNonPerforming } from './classification';
import { DEFAULT_DPD_FLOOR, type DpdFloorBands, dpdFloor, dpdFloorRule } from './dpd-floor';

/** Qualitative triggers that set at least special_mention when recorded (RULES.md §5). */
export const QUALITATIVE_TRIGGERS = [
  'fund_misuse',
  'new_loan_repays_old',
  'npl_elsewhere',
  'malicious_evasion',
] as const;
export type QualitativeTrigger = (typeof QUALITATIVE_TRIGGERS)[number];

export interface RestructureStatus {
  /** Restructured because the debtor was in financial difficulty (sets at least substandard). */
  readonly forFinancialDifficulty: boolean;
  /** Overdue again after the restructuring (sets at least doubtful). */
  readonly overdueAfterRestructure: boolean;
  /** Inside the observation period: no upgrade happens. */
  readonly inObservation: boolean;
}

export interface ClassificationSettings {
  readonly bands: DpdFloorBands;
  /** Hold a non-performing class until cured (RULES.md §5 "moving up from non-performing"). */
  readonly holdNonPerformingUntilCured: boolean;
  /** Consecutive installments paid in full by their due dates that cure a held loan. */
  readonly cureInstallments: number;
  /** Share of a debtor's principal owed that, when non-performing, makes all its loans substandard. */
  readonly debtorNplShare: { readonly n: bigint; readonly d: bigint };
}

export const DEFAULT_CLASSIFICATION_SETTINGS: ClassificationSettings = {
  bands: DEFAULT_DPD_FLOOR,
  holdNonPerformingUntilCured: true,
  cureInstallments: 2,
  debtorNplShare: { n: 1n, d: 10n },
};

export interface LoanClassificationInput {
  readonly dpd: number;
  readonly triggers: readonly QualitativeTrigger[];
  readonly restructure: RestructureStatus | null;
  /** A manual class approved through maker–checker; it can only make the loan worse. */
  readonly manual: Classification | null;
  /** The loan's class before this decision (null for a new loan). */
  readonly previous: Classification | null;
  /** No overdue principal or interest is left. */
  readonly overdueCleared: boolean;
  /** Installments paid in full by their due dates since the overdue was cleared. */
  readonly onTimeStreak: number;
  readonly settled: boolean;
}

export interface ClassDecision {
  readonly classification: Classification;
  /** The rule that set it, stored so any class on any date can be explained (RULES.md §5). */
  readonly rule: string;
}

const candidate = (c: Classification, rule: string): ClassDecision => ({ classification: c, rule });

/** The worse of two decisions; on equal class the first keeps its rule (the more basic reason). */
const worse = (a: ClassDecision, b: ClassDecision): ClassDecision =>
  classRank(b.classification) > classRank(a.classification) ? b : a;

/**
 * One loan's class at the end of a business date (RULES.md §5), without the debtor-level rule (see
 * applyDebtorRule): the DPD floor, qualitative triggers, restructuring, the cure hold that keeps a
 * non-performing class until the loan is cured, and manual downgrades. Never better than the floor.
 */
export function classifyLoan(
  input: LoanClassificationInput,
  settings: ClassificationSettings = DEFAULT_CLASSIFICATION_SETTINGS,
): ClassDecision {
  let decision = candidate(dpdFloor(input.dpd, settings.bands), dpdFloorRule(input.dpd, settings.bands));
  for (const t of input.triggers) decision = worse(decision, candidate('special_mention', `trigger:${t}`));
  const r = input.restructure;
  if (r?.forFinancialDifficulty) {
    decision = worse(decision, candidate('substandard', 'restructured'));
    if (r.overdueAfterRestructure) decision = worse(decision, candidate('doubtful', 'restructured+overdue'));
  }
  const prev = input.previous;
  if (prev && classRank(prev) > classRank(decision.classification)) {
    if (r?.inObservation) {
      decision = candidate(prev, 'restructured:observation');
    } else if (settings.holdNonPerformingUntilCured && isNonPerforming(prev) && !input.settled) {
      const cured = input.overdueCleared && input.onTimeStreak >= settings.cureInstallments;
      if (!cured) decision = candidate(prev, 'npl:awaiting-cure');
    }
  }
  if (input.manual) decision = worse(decision, candidate(input.manual, 'manual'));
  return decision;
}

/**
 * The on-time streak after an installment falls due: one more when it was paid in full by its due
 * date with nothing else overdue, otherwise back to zero (a missed payment restarts the cure).
 */
export function nextOnTimeStreak(
  streak: number,
  paidInFullByDueDate: boolean,
  otherOverdue: boolean,
): number {
  return paidInFullByDueDate && !otherOverdue ? streak + 1 : 0;
}

export interface DebtorLoanClass {
  readonly principalOwed: number;
  readonly decision: ClassDecision;
}

/**
 * Enterprise (non-retail) debtors: when more than the configured share (10 %) of the debtor's principal
 * owed is non-performing, every loan of the debtor is at least substandard. Individuals are classified
 * loan by loan, so callers apply this only to enterprise customers.
 */
export function applyDebtorRule(
  loans: readonly DebtorLoanClass[],
  settings: ClassificationSettings = DEFAULT_CLASSIFICATION_SETTINGS,
): ClassDecision[] {
  let total = 0n;
  let npl = 0n;
  for (const l of loans) {
    total += BigInt(l.principalOwed);
    if (isNonPerforming(l.decision.classification)) npl += BigInt(l.principalOwed);
  }
  const share = settings.debtorNplShare;
  const triggered = total > 0n && npl * share.d > share.n * total;
  return loans.map((l) =>
    triggered ? worse(l.decision, candidate('substandard', 'debtor>10%npl')) : l.decision,
  );
}
