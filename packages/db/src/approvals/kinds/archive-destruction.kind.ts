import { checkDestructionAllowed, DomainError, type LocalDate, type RetentionAnchor } from '@daihou/core';
import { z } from 'zod';
import { LOAN_ENDED_SQL, retentionFactsOf } from '../../archive/archive-document.repo';
import { getBusinessDate } from '../../repositories/system-state.repo';
import type { Sql } from '../../sql-client';
import { defineApprovalKind, locateBy } from '../approval-kind';

/** The checker of a destruction (档案销毁): a department head or the risk head. */
export const ARCHIVE_DESTRUCTION_PERMISSION = 'archive.destruction.approve';

const archiveDestructionPayload = z.strictObject({});
export type ArchiveDestructionPayload = z.infer<typeof archiveDestructionPayload>;

interface DestructionRow {
  id: string;
  branch_id: string;
  status: 'active' | 'destroyed';
  retention_class: string;
  years: number | null;
  anchor: RetentionAnchor;
  created_on: LocalDate;
  loan_ended_on: LocalDate | null;
  out: boolean;
}

async function loadDocument(tx: Sql, id: string, lock: boolean): Promise<DestructionRow | null> {
  if (!/^[1-9]\d{0,17}$/.test(id)) return null;
  if (lock) await tx.query('select 1 from archive_document where id = $1 for update', [id]);
  const rows = await tx.query<DestructionRow>(
    `select d.id::text as id, d.branch_id, d.status, d.retention_class, r.years, r.anchor,
            to_char(d.created_on, 'YYYY-MM-DD') as created_on,
            ${LOAN_ENDED_SQL} as loan_ended_on,
            exists (select 1 from archive_checkout k where k.document_id = d.id and k.returned_on is null) as out
       from archive_document d join archive_retention_class r on r.code = d.retention_class
      where d.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** Refuses unless the document may be destroyed today; returns the retention end it was decided on. */
async function allowed(tx: Sql, row: DestructionRow): Promise<string> {
  if (row.status !== 'active') {
    throw new DomainError(
      'conflict',
      `objectId: archive document ${row.id} is already destroyed`,
      'objectId',
    );
  }
  if (row.out) {
    throw new DomainError(
      'conflict',
      `objectId: the paper file of archive document ${row.id} is checked out; it must be back first`,
      'objectId',
    );
  }
  return checkDestructionAllowed(
    { code: row.retention_class, years: row.years, anchor: row.anchor },
    retentionFactsOf(row),
    await getBusinessDate(tx),
  );
}

/**
 * Destruction of an archive document after its retention period (maker–checker). The maker asks with
 * the reason (before the retention end: rule_violation, nothing written); a checker with
 * archive.destruction.approve, never the maker, approves. Applying removes the content (every version's
 * blob no other live document names) and keeps the record: who asked, who approved, when.
 */
export const archiveDestructionKind = defineApprovalKind<ArchiveDestructionPayload>({
  kind: 'archive_destruction',
  objectType: 'archive_document',
  permission: ARCHIVE_DESTRUCTION_PERMISSION,
  payloadSchema: archiveDestructionPayload,
  locate: locateBy('select branch_id from archive_document where id = $1'),

  async prepare(tx, documentId) {
    const row = await loadDocument(tx, documentId, false);
    if (!row) throw new DomainError('not_found', `objectId: no archive document ${documentId}`, 'objectId');
    const retentionEndsOn = await allowed(tx, row);
    return { branchId: row.branch_id, basis: { status: row.status, retentionEndsOn } };
  },

  async apply(tx, ctx) {
    const row = await loadDocument(tx, ctx.objectId, true);
    if (!row) return { stale: `archive document ${ctx.objectId} no longer exists` };
    let retentionEndsOn: string;
    try {
      retentionEndsOn = await allowed(tx, row);
    } catch (err) {
      if (err instanceof DomainError) return { stale: err.message.replace(/^objectId: /, '') };
      throw err;
    }
    const businessDate = await getBusinessDate(tx);
    await tx.query(
      `update archive_document set status = 'destroyed', destroyed_on = $2, destroyed_by = $3,
              destruction_approved_by = $4, destruction_approval_id = $5
        where id = $1`,
      [row.id, businessDate, ctx.maker, ctx.checker, ctx.approvalId],
    );
    const blobs = await tx.query<{ sha256: string }>(
      `update archive_blob b set content = null, destroyed_at = now()
        where b.content is not null
          and b.sha256 in (select v.sha256 from archive_version v where v.document_id = $1)
          and not exists (select 1 from archive_version v join archive_document d on d.id = v.document_id
                           where v.sha256 = b.sha256 and d.status = 'active')
        returning b.sha256`,
      [row.id],
    );
    return {
      result: { documentId: row.id, destroyedOn: businessDate, contentsRemoved: blobs.length },
      audit: {
        action: 'archive.document_destroyed',
        before: { status: 'active', retentionClass: row.retention_class, retentionEndsOn },
        after: {
          status: 'destroyed',
          destroyedOn: businessDate,
          destroyedBy: ctx.maker,
          approvedBy: ctx.checker,
          approvalId: ctx.approvalId,
          reason: ctx.reason,
          contentsRemoved: blobs.map((b) => b.sha256),
        },
      },
    };
  },
});
