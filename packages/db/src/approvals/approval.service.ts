import { badInput, DomainError } from '@daihou/core';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import type { JsonValue } from '../repositories/loan-event.repo';
import { isUniqueViolation } from '../services/sql-errors';
import type { Database, Sql } from '../sql-client';
import type { ApprovalKind, ApprovalRegistry } from './approval-kind';
import { DEFAULT_APPROVAL_KINDS } from './approval-registry';
import {
  type ApprovalRequest,
  branchPathSchema,
  branchWithin,
  decideApproval,
  findPendingApproval,
  insertApprovalRequest,
  lockApproval,
} from './approval-request.repo';

/** The user who decides: the server passes the permissions their roles grant. */
export interface ApprovalChecker {
  readonly username: string;
  readonly permissions: readonly string[];
}

export interface RequestApprovalInput {
  readonly kind: string;
  readonly objectType: string;
  readonly objectId: string;
  /** When given it must be the object's branch; the request always takes the object's branch. */
  readonly branchId?: string | undefined;
  readonly payload: unknown;
  /** Why the maker asks (kept with the request and in the audit trail). */
  readonly reason: string;
  /** Username of the maker. */
  readonly maker: string;
  readonly requestId?: string | null | undefined;
  /** The maker's scope ('/HQ/A/'): an object outside it is not_found, as if it did not exist. */
  readonly branchPath?: string | undefined;
}

export interface DecisionOptions {
  readonly requestId?: string | null | undefined;
  /** The checker's scope ('/HQ/A/'): a request outside it is not_found, as if it did not exist. */
  readonly branchPath?: string | undefined;
  readonly registry?: ApprovalRegistry | undefined;
}

export interface ApproveOptions extends DecisionOptions {
  /** The checker's note, kept as the decision reason. */
  readonly note?: string | undefined;
}

const username = z.string().trim().min(1, 'is required').max(100);
const reasonText = z.string().trim().min(1, 'is required').max(1000);
const requestIdText = z.string().trim().min(1).max(200).nullable().optional();

const requestSchema = z.strictObject({
  kind: z.string().min(1).max(50),
  objectType: z.string().min(1).max(50),
  objectId: z.string().regex(/^[1-9]\d{0,17}$/, 'must be an id (a positive whole number)'),
  branchId: z.string().min(1).max(50).optional(),
  payload: z.unknown(),
  reason: reasonText,
  maker: username,
  requestId: requestIdText,
  branchPath: branchPathSchema.optional(),
});

const approvalId = z.string().regex(/^[1-9]\d{0,17}$/, 'must be an approval id (a positive whole number)');
const checkerSchema = z.object({ username, permissions: z.array(z.string()) });

function kindOf(registry: ApprovalRegistry, kind: string): ApprovalKind {
  const k = registry.get(kind);
  if (!k) throw badInput('kind', `unknown kind "${kind}" (one of: ${[...registry.keys()].join(', ')})`);
  return k;
}

/**
 * Stores a maker's request; nothing changes on the object until a checker approves it. Runs in the
 * caller's transaction (or its own when given the Database), appending an `approval.request` audit entry
 * last.
 *
 * Order: the request itself (`kind`, `objectType`, `objectId`, `reason` …), then the object and its
 * scope (not_found — for an object outside `branchPath` too, before anything else about it), then the
 * payload and the kind's rules.
 *
 * Errors: bad_input naming the field (`kind`, `objectType`, `reason`, `payload.classification` …;
 * nothing written), not_found (the object), rule_violation (the change is not allowed now), conflict
 * (a request of this kind on the object is already pending).
 */
export async function requestApproval(
  sql: Sql | Database,
  input: RequestApprovalInput,
  registry: ApprovalRegistry = DEFAULT_APPROVAL_KINDS,
): Promise<ApprovalRequest> {
  // Given the Database itself, the request and its audit entry still commit together.
  if ('transaction' in sql) return sql.transaction((tx) => requestApproval(tx, input, registry));
  const tx = sql;
  const r = parseOrBadInput(requestSchema, input);
  const kind = kindOf(registry, r.kind);
  if (r.objectType !== kind.objectType) {
    throw badInput(
      'objectType',
      `a ${kind.kind} request is about a ${kind.objectType}, not "${r.objectType}"`,
    );
  }
  // Scope first: outside the maker's branch the object does not exist, so nothing after this — the
  // payload, the kind's rules on the object's state — may answer them with something it knows.
  const branchId = await kind.locate(tx, r.objectId);
  if (
    branchId === null ||
    (r.branchPath !== undefined && !(await branchWithin(tx, branchId, r.branchPath)))
  ) {
    throw new DomainError('not_found', `objectId: no ${kind.objectType} ${r.objectId}`, 'objectId');
  }
  if (r.branchId !== undefined && r.branchId !== branchId) {
    throw badInput('branchId', `${kind.objectType} ${r.objectId} belongs to branch ${branchId}`);
  }
  const payload = parseOrBadInput(kind.payloadSchema, r.payload, 'payload');
  const target = await kind.prepare(tx, r.objectId, payload);
  const pending = await findPendingApproval(tx, kind.kind, kind.objectType, r.objectId);
  if (pending) throw pendingConflict(kind, r.objectId, pending.id);
  let created: ApprovalRequest;
  try {
    created = await insertApprovalRequest(tx, {
      kind: kind.kind,
      objectType: kind.objectType,
      objectId: r.objectId,
      branchId: target.branchId,
      payload: payload as JsonValue,
      basis: target.basis,
      reason: r.reason,
      maker: r.maker,
      requestId: r.requestId ?? null,
    });
  } catch (err) {
    // Another maker's request for the same object committed between the check and the insert.
    if (isUniqueViolation(err, 'approval_request_pending_once_idx')) throw pendingConflict(kind, r.objectId);
    throw err;
  }
  await appendAudit(tx, {
    actor: created.maker,
    action: 'approval.request',
    objectType: 'approval_request',
    objectId: created.id,
    branchId: created.branchId,
    before: null,
    after: {
      status: 'pending',
      kind: created.kind,
      objectType: created.objectType,
      objectId: created.objectId,
      payload: created.payload,
      basis: created.basis,
      reason: created.reason,
    },
    requestId: created.requestId,
  });
  return created;
}

const pendingConflict = (kind: ApprovalKind, objectId: string, id?: string): DomainError =>
  new DomainError(
    'conflict',
    `objectId: a ${kind.kind} request for ${kind.objectType} ${objectId} is already pending${id ? ` (approval ${id})` : ''}`,
    'objectId',
  );

/**
 * Locks a pending request and checks the checker may decide it: not_found, conflict when it is no
 * longer pending, forbidden without the kind's permission, rule_violation when the checker is the maker.
 */
async function lockForDecision(
  tx: Sql,
  id: string,
  checker: ApprovalChecker,
  options: DecisionOptions,
): Promise<{ request: ApprovalRequest; kind: ApprovalKind }> {
  const request = await lockApproval(tx, id);
  const visible =
    request !== null &&
    (options.branchPath === undefined || (await branchWithin(tx, request.branchId, options.branchPath)));
  if (!request || !visible) throw new DomainError('not_found', `id: no approval ${id}`, 'id');
  if (request.status !== 'pending') {
    throw new DomainError(
      'conflict',
      `id: approval ${id} was already ${request.status} by ${request.checker} at ${request.decidedAt}`,
      'id',
    );
  }
  const kind = (options.registry ?? DEFAULT_APPROVAL_KINDS).get(request.kind);
  if (!kind) throw new Error(`approval ${id} has kind ${request.kind}, which this version does not know`);
  if (!checker.permissions.includes(kind.permission)) {
    throw new DomainError(
      'forbidden',
      `${checker.username} may not decide ${kind.kind} requests (needs permission ${kind.permission})`,
    );
  }
  if (checker.username === request.maker) {
    throw new DomainError(
      'rule_violation',
      `id: ${checker.username} made approval ${id} and cannot decide it; a second person must (maker–checker)`,
      'id',
    );
  }
  return { request, kind };
}

/**
 * Approves a pending request: in one transaction the request is locked and checked, the kind applies the
 * change, and the audit trail gets the object's entry and an `approval.approve` entry. The change takes
 * effect exactly when this commits.
 *
 * A stale request (its object changed since it was made) is closed as rejected with the reason
 * "stale: …" and the call fails with conflict; nothing else is written.
 */
export async function approve(
  db: Database,
  id: string,
  checker: ApprovalChecker,
  options: ApproveOptions = {},
): Promise<ApprovalRequest> {
  parseOrBadInput(approvalId, id, 'id');
  const who = parseOrBadInput(checkerSchema, checker, 'checker');
  const note = options.note === undefined ? null : parseOrBadInput(reasonText, options.note, 'note');
  const requestId = parseOrBadInput(requestIdText, options.requestId, 'requestId') ?? null;
  parseOrBadInput(branchPathSchema.optional(), options.branchPath, 'branchPath');
  const outcome = await db.transaction(async (tx) => {
    const { request, kind } = await lockForDecision(tx, id, who, options);
    const payload = parseOrBadInput(kind.payloadSchema, request.payload, 'payload');
    const applied = await kind.apply(tx, {
      approvalId: request.id,
      objectId: request.objectId,
      branchId: request.branchId,
      payload,
      basis: request.basis,
      reason: request.reason,
      maker: request.maker,
      checker: who.username,
    });
    if ('stale' in applied) {
      const reason = `stale: ${applied.stale}`;
      await decideApproval(tx, id, {
        status: 'rejected',
        checker: who.username,
        decisionReason: reason,
        result: null,
      });
      await auditDecision(tx, request, who.username, 'rejected', { reason, stale: true }, requestId);
      return { stale: reason };
    }
    const decided = await decideApproval(tx, id, {
      status: 'approved',
      checker: who.username,
      decisionReason: note,
      result: applied.result,
    });
    await appendAudit(tx, {
      actor: who.username,
      action: applied.audit.action,
      objectType: request.objectType,
      objectId: request.objectId,
      branchId: request.branchId,
      before: applied.audit.before,
      after: applied.audit.after,
      requestId,
    });
    await auditDecision(tx, request, who.username, 'approved', { note, result: applied.result }, requestId);
    return { decided };
  });
  if ('stale' in outcome) {
    throw new DomainError('conflict', `id: approval ${id} was closed as ${outcome.stale}; ask again`, 'id');
  }
  return outcome.decided;
}

/** Rejects a pending request, keeping the reason (required). Same checks as approve. */
export async function reject(
  db: Database,
  id: string,
  checker: ApprovalChecker,
  reason: string,
  options: DecisionOptions = {},
): Promise<ApprovalRequest> {
  parseOrBadInput(approvalId, id, 'id');
  const who = parseOrBadInput(checkerSchema, checker, 'checker');
  const why = parseOrBadInput(reasonText, reason, 'reason');
  const requestId = parseOrBadInput(requestIdText, options.requestId, 'requestId') ?? null;
  parseOrBadInput(branchPathSchema.optional(), options.branchPath, 'branchPath');
  return db.transaction(async (tx) => {
    const { request } = await lockForDecision(tx, id, who, options);
    const decided = await decideApproval(tx, id, {
      status: 'rejected',
      checker: who.username,
      decisionReason: why,
      result: null,
    });
    await auditDecision(tx, request, who.username, 'rejected', { reason: why }, requestId);
    return decided;
  });
}

function auditDecision(
  tx: Sql,
  request: ApprovalRequest,
  checker: string,
  status: 'approved' | 'rejected',
  details: Record<string, JsonValue>,
  requestId: string | null,
) {
  return appendAudit(tx, {
    actor: checker,
    action: status === 'approved' ? 'approval.approve' : 'approval.reject',
    objectType: 'approval_request',
    objectId: request.id,
    branchId: request.branchId,
    before: { status: 'pending' },
    after: { status, kind: request.kind, objectId: request.objectId, maker: request.maker, ...details },
    requestId,
  });
}
