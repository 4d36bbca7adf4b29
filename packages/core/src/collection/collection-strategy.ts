import type { LocalDate } from '../calendar/local-date';
import { DomainError } from '../errors/domain-error';

/** Collection stages by DPD (RULES.md §12). */
export const COLLECTION_STAGES = ['early', 'contact', 'formal', 'legal'] as const;
export type CollectionStage = (typeof COLLECTION_STAGES)[number];

/** Tasks the strategy creates (issue #7): reminder, call, visit, letter, guarantor demand, reviews. */
export const COLLECTION_TASK_KINDS = [
  'reminder',
  'call',
  'visit',
  'letter',
  'guarantor_demand',
  'acceleration_review',
  'litigation_review',
] as const;
export type CollectionTaskKind = (typeof COLLECTION_TASK_KINDS)[number];

export interface StageRule {
  readonly stage: CollectionStage;
  /** First DPD of the stage; a stage runs to the next one's fromDpd − 1. */
  readonly fromDpd: number;
  readonly tasks: readonly CollectionTaskKind[];
}

/** RULES.md §12 defaults: 1–7 reminders, 8–30 phone and visit, 31–90 letter and guarantor demand, 90+ reviews. */
export const DEFAULT_COLLECTION_STRATEGY: readonly StageRule[] = [
  { stage: 'early', fromDpd: 1, tasks: ['reminder'] },
  { stage: 'contact', fromDpd: 8, tasks: ['call', 'visit'] },
  { stage: 'formal', fromDpd: 31, tasks: ['letter', 'guarantor_demand'] },
  { stage: 'legal', fromDpd: 91, tasks: ['acceleration_review', 'litigation_review'] },
];

export function validateCollectionStrategy(rules: readonly StageRule[]): readonly StageRule[] {
  if (rules.length === 0 || rules[0]!.fromDpd !== 1) {
    throw new DomainError(
      'bad_input',
      'strategy[0].fromDpd: the first stage starts at DPD 1',
      'strategy[0].fromDpd',
    );
  }
  rules.forEach((r, i) => {
    if (!Number.isInteger(r.fromDpd) || (i > 0 && r.fromDpd <= rules[i - 1]!.fromDpd)) {
      throw new DomainError(
        'bad_input',
        `strategy[${i}].fromDpd: whole days, ascending`,
        `strategy[${i}].fromDpd`,
      );
    }
  });
  return rules;
}

/** The stage at a DPD, or null at DPD 0 (no case). */
export function stageOf(
  dpd: number,
  rules: readonly StageRule[] = DEFAULT_COLLECTION_STRATEGY,
): StageRule | null {
  let hit: StageRule | null = null;
  for (const r of rules) if (dpd >= r.fromDpd) hit = r;
  return hit;
}

/**
 * The stage tasks a case should have at `dpd` that it does not have yet. Tasks of earlier stages a
 * loan skipped (an imported loan at DPD 120) are not created: what is due is what the current stage needs.
 */
export function tasksToCreate(
  dpd: number,
  existing: readonly { readonly stage: CollectionStage; readonly kind: CollectionTaskKind }[],
  rules: readonly StageRule[] = DEFAULT_COLLECTION_STRATEGY,
): { stage: CollectionStage; kind: CollectionTaskKind }[] {
  const rule = stageOf(dpd, rules);
  if (rule === null) return [];
  return rule.tasks
    .filter((kind) => !existing.some((e) => e.stage === rule.stage && e.kind === kind))
    .map((kind) => ({ stage: rule.stage, kind }));
}

/**
 * A promise to pay is broken at the end of its promise date (the day closed is `businessDate`) when less than
 * the promised amount came in since it was made.
 */
export function isPromiseBroken(
  promise: { readonly promisedOn: LocalDate; readonly promiseDate: LocalDate; readonly amount: number },
  repaidSincePromise: number,
  businessDate: LocalDate,
): boolean {
  return businessDate >= promise.promiseDate && repaidSincePromise < promise.amount;
}

/** Queue priority: higher DPD first, then the larger amount overdue. Negative when a comes first. */
export function compareCasePriority(
  a: { readonly dpd: number; readonly overdueAmount: number },
  b: { readonly dpd: number; readonly overdueAmount: number },
): number {
  return b.dpd - a.dpd || b.overdueAmount - a.overdueAmount;
}
