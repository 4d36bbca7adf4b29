import {
  type ApprovalRequest,
  approve,
  branchWithin,
  findApproval,
  listApprovals,
  reject,
  requestApproval,
  scopePrefix,
} from '@daihou/db';
import type { ServerContext } from '../../server-context';
import { notFound, withFieldNames } from '../../shared/api-error';
import type { Caller } from '../../shared/caller';
import type { ApprovalListQuery } from './schemas';

/**
 * Maker–checker over HTTP: the db layer (packages/db/src/approvals) does the checks — scope, pending
 * once, maker ≠ checker, the checker's per-kind permission, staleness — and writes the audit entries.
 */

export const approvalJson = (a: ApprovalRequest) => ({
  id: a.id,
  kind: a.kind,
  objectType: a.objectType,
  objectId: a.objectId,
  branchId: a.branchId,
  payload: a.payload,
  basis: a.basis,
  reason: a.reason,
  status: a.status,
  maker: a.maker,
  requestedAt: a.requestedAt,
  checker: a.checker,
  decidedAt: a.decidedAt,
  decisionReason: a.decisionReason,
  result: a.result,
});

/** The edge calls the object `id` (the path) and the payload's fields by their body names. */
const REQUEST_FIELDS = {
  objectId: 'id',
  'payload.classification': 'classification',
  'payload.evidence': 'evidence',
  'payload.roles': 'roles',
};

export interface MakerRequest {
  readonly kind: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly payload: unknown;
  readonly reason: string;
  readonly requestId: string;
}

export async function makeRequest(ctx: ServerContext, caller: Caller, r: MakerRequest) {
  const created = await withFieldNames(REQUEST_FIELDS, () =>
    requestApproval(ctx.db, {
      kind: r.kind,
      objectType: r.objectType,
      objectId: r.objectId,
      payload: r.payload,
      reason: r.reason,
      maker: caller.username,
      requestId: r.requestId,
      branchPath: scopePrefix(caller.scope),
    }),
  );
  return approvalJson(created);
}

export async function listApprovalsInScope(ctx: ServerContext, caller: Caller, q: ApprovalListQuery) {
  const page = await listApprovals(ctx.db, {
    status: q.status,
    kind: q.kind,
    branchPath: scopePrefix(caller.scope),
    page: q.page,
    pageSize: q.pageSize,
  });
  return { items: page.items.map(approvalJson), total: page.total, page: q.page, pageSize: q.pageSize };
}

/** One request with its payload, basis and decision; outside the caller's scope it does not exist (404). */
export async function approvalInScope(ctx: ServerContext, caller: Caller, id: string) {
  const found = await findApproval(ctx.db, id);
  if (!found || !(await branchWithin(ctx.db, found.branchId, scopePrefix(caller.scope)))) {
    throw notFound(`approval ${id}`, 'id');
  }
  return approvalJson(found);
}

const checkerOf = (caller: Caller) => ({ username: caller.username, permissions: [...caller.permissions] });

export async function approveInScope(
  ctx: ServerContext,
  caller: Caller,
  id: string,
  note: string | undefined,
  requestId: string,
) {
  const decided = await withFieldNames({}, () =>
    approve(ctx.db, id, checkerOf(caller), { note, requestId, branchPath: scopePrefix(caller.scope) }),
  );
  return approvalJson(decided);
}

export async function rejectInScope(
  ctx: ServerContext,
  caller: Caller,
  id: string,
  reason: string,
  requestId: string,
) {
  const decided = await withFieldNames({}, () =>
    reject(ctx.db, id, checkerOf(caller), reason, { requestId, branchPath: scopePrefix(caller.scope) }),
  );
  return approvalJson(decided);
}
