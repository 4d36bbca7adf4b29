import { CLASSIFICATIONS, type Classification, classRank, DomainError, type LocalDate } from '@daihou/core';
import { z } from 'zod';
import { appendLoanEvent } from '../../repositories/loan-event.repo';
import { getBusinessDate } from '../../repositories/system-state.repo';
import type { Sql } from '../../sql-client';
import { defineApprovalKind, locateLoan } from '../approval-kind';

export const CLASS_OVERRIDE_PERMISSION = 'classification.override.approve';

const classOverridePayload = z.strictObject({
  /** The manual class asked for: worse than the loan's class now (RULES.md §5). */
  classification: z.enum(CLASSIFICATIONS),
  /** What supports it (a document reference, findings), kept in the loan's classification history. */
  evidence: z.string().trim().min(1).max(2000).optional(),
});

export type ClassOverridePayload = z.infer<typeof classOverridePayload>;

interface LoanClassRow {
  id: string;
  branch_id: string;
  status: string;
  classification: Classification;
  manual_classification: Classification | null;
}

/** The loan's class state a request is decided on (the request's basis). */
interface ClassBasis {
  readonly status: string;
  readonly classification: Classification;
  readonly manualClassification: Classification | null;
}

async function loadClassState(tx: Sql, loanId: string, lock: boolean): Promise<LoanClassRow | null> {
  const rows = await tx.query<LoanClassRow>(
    `select id::text as id, branch_id, status, classification, manual_classification from loan where id = $1
     ${lock ? 'for update' : ''}`,
    [loanId],
  );
  return rows[0] ?? null;
}

const basisOf = (row: LoanClassRow): ClassBasis => ({
  status: row.status,
  classification: row.classification,
  manualClassification: row.manual_classification,
});

/**
 * The class a manual override must be worse than: the loan's class, or an approved manual class that
 * end of day has not applied yet (asking for less than that would be an upgrade).
 */
function currentFloor(row: LoanClassRow): Classification {
  const manual = row.manual_classification;
  return manual && classRank(manual) > classRank(row.classification) ? manual : row.classification;
}

/** RULES.md §5: a person may move a loan to a worse class, never to a better one. */
function checkOverride(row: LoanClassRow, wanted: Classification): void {
  if (row.status !== 'active') {
    throw new DomainError(
      'rule_violation',
      `objectId: loan ${row.id} is ${row.status}; its class is final`,
      'objectId',
    );
  }
  const floor = currentFloor(row);
  if (classRank(wanted) <= classRank(floor)) {
    const worse = CLASSIFICATIONS.filter((c) => classRank(c) > classRank(floor));
    throw new DomainError(
      'rule_violation',
      `payload.classification: a manual class may only make a loan worse; loan ${row.id} is ${floor}` +
        (worse.length ? `, so ${worse.join(' or ')} can be asked for` : ', the worst class'),
      'payload.classification',
    );
  }
}

function describeChange(before: ClassBasis, now: ClassBasis): string {
  const parts: string[] = [];
  if (before.status !== now.status) parts.push(`status ${before.status} → ${now.status}`);
  if (before.classification !== now.classification) {
    parts.push(`classification ${before.classification} → ${now.classification}`);
  }
  if (before.manualClassification !== now.manualClassification) {
    parts.push(
      `manual class ${before.manualClassification ?? 'none'} → ${now.manualClassification ?? 'none'}`,
    );
  }
  return parts.join(', ');
}

/**
 * 五级分类 manual override (RULES.md §5). Approval stores the manual class on the loan and leaves the
 * class itself to tonight's end of day, which applies it through core's classifyLoan (the worse of the
 * automatic decision and the manual class, rule `manual`) and records the class event, the state history
 * interval and the provision — the same path every other class change takes.
 */
export const classOverrideKind = defineApprovalKind<ClassOverridePayload>({
  kind: 'class_override',
  objectType: 'loan',
  permission: CLASS_OVERRIDE_PERMISSION,
  payloadSchema: classOverridePayload,
  locate: locateLoan,

  async prepare(tx, loanId, payload) {
    const row = await loadClassState(tx, loanId, false);
    if (!row) throw new DomainError('not_found', `objectId: no loan ${loanId}`, 'objectId');
    checkOverride(row, payload.classification);
    return { branchId: row.branch_id, basis: { ...basisOf(row) } };
  },

  async apply(tx, ctx) {
    const row = await loadClassState(tx, ctx.objectId, true);
    if (!row) return { stale: `loan ${ctx.objectId} no longer exists` };
    const was = ctx.basis as unknown as ClassBasis;
    const now = basisOf(row);
    const change = describeChange(was, now);
    if (change) return { stale: `loan ${ctx.objectId} changed since the request (${change})` };
    const businessDate: LocalDate = await getBusinessDate(tx);
    // next_check_date: tonight's end of day must look at this loan even if nothing else is due.
    await tx.query(
      `update loan set manual_classification = $2,
         next_check_date = least(coalesce(next_check_date, $3::date), $3::date), updated_at = now()
       where id = $1`,
      [row.id, ctx.payload.classification, businessDate],
    );
    await appendLoanEvent(tx, {
      loanId: row.id,
      businessDate,
      eventType: 'class_override',
      oldValue: row.manual_classification,
      newValue: ctx.payload.classification,
      rule: 'manual',
      actor: ctx.checker,
      payload: {
        approvalId: ctx.approvalId,
        maker: ctx.maker,
        checker: ctx.checker,
        reason: ctx.reason,
        evidence: ctx.payload.evidence ?? null,
      },
    });
    return {
      result: {
        loanId: row.id,
        manualClassification: ctx.payload.classification,
        appliedByEndOfDay: businessDate,
      },
      audit: {
        action: 'loan.class_override',
        before: { classification: row.classification, manualClassification: row.manual_classification },
        after: {
          manualClassification: ctx.payload.classification,
          approvalId: ctx.approvalId,
          maker: ctx.maker,
          reason: ctx.reason,
          evidence: ctx.payload.evidence ?? null,
          appliedByEndOfDay: businessDate,
        },
      },
    };
  },
});
