import { DomainError } from '@daihou/core';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import { type AccessScope, scopePrefix } from '../repositories/access-scope';
import type { Database } from '../sql-client';

const assignSchema = z.strictObject({
  assigneeId: z.string().regex(/^[1-9]\d{0,17}$/, 'must be a user id'),
  reason: z.string().trim().min(1, 'a reason is required').max(2000),
});
export type CaseAssignmentInput = z.input<typeof assignSchema>;

/**
 * Reassigns an open case by hand (RULES.md §12: handover, workload). The new assignee must be an active
 * collector whose branch scope covers the case's branch, so the case stays in their queue; otherwise
 * rule_violation on `assigneeId`. A reason is required. One transaction with its audit entry.
 */
export async function assignCollectionCase(
  db: Database,
  scope: AccessScope,
  caseId: string,
  input: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<{ id: string; assigneeId: string }> {
  const a = parseOrBadInput(assignSchema, input);
  return db.transaction(async (tx) => {
    const [c] = await tx.query<{
      status: string;
      branch_id: string;
      path: string;
      assignee_id: string | null;
    }>(
      `select c.status, c.branch_id, b.path, c.assignee_id::text as assignee_id
         from collection_case c join branch b on b.id = c.branch_id
        where c.id = $1 and starts_with(b.path, $2) for update of c`,
      [/^\d{1,18}$/.test(caseId) ? caseId : '0', scopePrefix(scope)],
    );
    if (!c) throw new DomainError('not_found', `id: no collection case ${caseId}`, 'id');
    if (c.status !== 'open')
      throw new DomainError('rule_violation', `id: collection case ${caseId} is closed`, 'id');
    const [u] = await tx.query<{ ok: boolean }>(
      `select (u.active and 'collector' = any(u.roles) and starts_with($2, b.path)) as ok
         from app_user u join branch b on b.id = u.branch_id where u.id = $1`,
      [a.assigneeId, c.path],
    );
    if (!u) throw new DomainError('bad_input', `assigneeId: no user ${a.assigneeId}`, 'assigneeId');
    if (!u.ok) {
      throw new DomainError(
        'rule_violation',
        `assigneeId: user ${a.assigneeId} is not an active collector whose branch covers ${c.branch_id}`,
        'assigneeId',
      );
    }
    await tx.query(`update collection_case set assignee_id = $2 where id = $1`, [caseId, a.assigneeId]);
    await appendAudit(tx, {
      actor,
      action: 'collection.assign',
      objectType: 'collection_case',
      objectId: caseId,
      branchId: c.branch_id,
      before: { assigneeId: c.assignee_id },
      after: { assigneeId: a.assigneeId, reason: a.reason },
      requestId,
    });
    return { id: caseId, assigneeId: a.assigneeId };
  });
}
