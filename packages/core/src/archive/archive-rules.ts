import { addDays, addMonthsClamped, type LocalDate } from '../calendar/index';
import { DomainError } from '../errors/domain-error';

/**
 * The credit archive (信贷档案): stages of a credit file, retention classes and the rules that decide
 * when a file may be destroyed and which stages a loan's file must have (docs/domain/credit-archive.md).
 */
export const ARCHIVE_STAGES = [
  'investigation',
  'approval',
  'contract',
  'disbursement',
  'inspection',
  'repayment',
  'write_off',
  'other',
] as const;
export type ArchiveStage = (typeof ARCHIVE_STAGES)[number];

/** What a retention period runs from: filing, the end of the loan (settled or written off), or nothing (permanent). */
export type RetentionAnchor = 'filed' | 'loan_end' | 'none';

export interface RetentionClass {
  readonly code: string;
  /** Whole years kept after the anchor; null for permanent. */
  readonly years: number | null;
  readonly anchor: RetentionAnchor;
}

/** What the retention end of one document depends on. */
export interface RetentionFacts {
  readonly filedOn: LocalDate;
  /**
   * The day the loan the document belongs to ended (settled or written off), or for a customer-level
   * document the day the customer's last loan ended; null while a loan is still active.
   */
  readonly loanEndedOn: LocalDate | null;
}

/**
 * The first day a document may be destroyed, or null when that day is not known yet (its loan is still
 * running) or never comes (permanent). Kept for `years` whole years after the anchor: the day after
 * the anniversary (clamped to a month's end: filed 2020-02-29, 5 years → 2025-03-01).
 */
export function retentionEnd(cls: RetentionClass, facts: RetentionFacts): LocalDate | null {
  if (cls.anchor === 'none' || cls.years === null) return null;
  const anchor = cls.anchor === 'filed' ? facts.filedOn : facts.loanEndedOn;
  if (anchor === null) return null;
  return addDays(addMonthsClamped(anchor, cls.years * 12), 1);
}

/**
 * Refuses a destruction before the retention period is over (rule_violation naming `objectId`):
 * permanent files never, running loans not yet, others not before their end date.
 */
export function checkDestructionAllowed(
  cls: RetentionClass,
  facts: RetentionFacts,
  businessDate: LocalDate,
): LocalDate {
  if (cls.anchor === 'none' || cls.years === null) {
    throw new DomainError(
      'rule_violation',
      `objectId: retention class ${cls.code} is permanent; the document is never destroyed`,
      'objectId',
    );
  }
  const end = retentionEnd(cls, facts);
  if (end === null) {
    throw new DomainError(
      'rule_violation',
      `objectId: retention (${cls.code}) runs from the end of the loan, which is still active`,
      'objectId',
    );
  }
  if (businessDate < end) {
    throw new DomainError(
      'rule_violation',
      `objectId: retention (${cls.code}) runs until ${end}; destruction is allowed from that day`,
      'objectId',
    );
  }
  return end;
}

/** What the yearly check needs to know about a loan to say which stages its file must hold. */
export interface LoanArchiveFacts {
  readonly status: 'active' | 'settled' | 'written_off';
  readonly disbursementDate: LocalDate;
}

/**
 * The stages a loan's file must have on `asOf`: investigation, approval, contract and disbursement
 * always; inspection once the first inspection is due (disbursement + `firstInspectionDays`);
 * repayment when settled; write_off when written off.
 */
export function requiredStages(
  loan: LoanArchiveFacts,
  asOf: LocalDate,
  firstInspectionDays = 7,
): ArchiveStage[] {
  const stages: ArchiveStage[] = ['investigation', 'approval', 'contract', 'disbursement'];
  if (addDays(loan.disbursementDate, firstInspectionDays) < asOf) stages.push('inspection');
  if (loan.status === 'settled') stages.push('repayment');
  if (loan.status === 'written_off') stages.push('write_off');
  return stages;
}

/** The stages of `required` not present in `present`, in the order of ARCHIVE_STAGES. */
export const missingStages = (
  required: readonly ArchiveStage[],
  present: ReadonlySet<ArchiveStage>,
): ArchiveStage[] => ARCHIVE_STAGES.filter((s) => required.includes(s) && !present.has(s));
