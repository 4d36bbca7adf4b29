import { listAuditEntries, verifyAuditChain } from '@daihou/db';
import type { ServerContext } from '../../server-context';
import { withFieldNames } from '../../shared/api-error';
import type { AuditListQuery } from './schemas';

/**
 * The audit trail is read whole by the roles allowed to read it (auditor, admin, risk head — all global
 * roles), so there is no branch scope here; nothing in the API edits or deletes it.
 */
export async function listAudit(ctx: ServerContext, q: AuditListQuery) {
  const page = await withFieldNames({}, () =>
    listAuditEntries(ctx.db, {
      actor: q.actor,
      action: q.action,
      objectType: q.objectType,
      objectId: q.objectId,
      from: q.from,
      to: q.to,
      page: q.page,
      pageSize: q.pageSize,
    }),
  );
  return { items: page.items, total: page.total, page: q.page, pageSize: q.pageSize };
}

export async function verifyChain(ctx: ServerContext) {
  const report = await verifyAuditChain(ctx.db);
  return { ...report, firstBroken: report.ok ? null : report.firstBroken };
}
