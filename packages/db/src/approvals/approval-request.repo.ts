import { z } from 'zod';
import { parseOrBadInput } from '../audit/zod-errors';
import { SqlConditions } from '../repositories/access-scope';
import type { JsonValue } from '../repositories/loan-event.repo';
import type { Sql } from '../sql-client';

export type ApprovalStatus = 'pending' | 'approved' | 'rejected';
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected'] as const;

/** A maker–checker request as stored. Times are UTC ISO text (audit only, never business logic). */
export interface ApprovalRequest {
  readonly id: string;
  readonly kind: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly branchId: string;
  readonly payload: JsonValue;
  readonly basis: JsonValue;
  readonly reason: string;
  readonly status: ApprovalStatus;
  readonly maker: string;
  readonly requestedAt: string;
  readonly requestId: string | null;
  readonly checker: string | null;
  readonly decidedAt: string | null;
  /** Why it was rejected (a stale request: "stale: …"), or the checker's note on approval. */
  readonly decisionReason: string | null;
  /** What applying it did (approved requests). */
  readonly result: JsonValue | null;
}

interface ApprovalRow {
  id: string;
  kind: string;
  object_type: string;
  object_id: string;
  branch_id: string;
  payload: JsonValue;
  basis: JsonValue;
  reason: string;
  status: ApprovalStatus;
  maker: string;
  requested_at: string;
  request_id: string | null;
  checker: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  result: JsonValue | null;
}

const utc = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as ${column}`;

const SELECT = `select a.id::text as id, a.kind, a.object_type, a.object_id, a.branch_id, a.payload, a.basis,
    a.reason, a.status, a.maker, ${utc('requested_at')}, a.request_id, a.checker, ${utc('decided_at')},
    a.decision_reason, a.result
  from approval_request a`;

const toApproval = (r: ApprovalRow): ApprovalRequest => ({
  id: r.id,
  kind: r.kind,
  objectType: r.object_type,
  objectId: r.object_id,
  branchId: r.branch_id,
  payload: r.payload,
  basis: r.basis,
  reason: r.reason,
  status: r.status,
  maker: r.maker,
  requestedAt: r.requested_at,
  requestId: r.request_id,
  checker: r.checker,
  decidedAt: r.decided_at,
  decisionReason: r.decision_reason,
  result: r.result,
});

export interface NewApprovalRequest {
  readonly kind: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly branchId: string;
  readonly payload: JsonValue;
  readonly basis: JsonValue;
  readonly reason: string;
  readonly maker: string;
  readonly requestId: string | null;
}

export async function insertApprovalRequest(tx: Sql, r: NewApprovalRequest): Promise<ApprovalRequest> {
  const rows = await tx.query<{ id: string }>(
    `insert into approval_request (kind, object_type, object_id, branch_id, payload, basis, reason, maker,
       request_id)
     values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9) returning id::text as id`,
    [
      r.kind,
      r.objectType,
      r.objectId,
      r.branchId,
      JSON.stringify(r.payload),
      JSON.stringify(r.basis),
      r.reason,
      r.maker,
      r.requestId,
    ],
  );
  return (await findApproval(tx, rows[0]!.id))!;
}

export async function findApproval(sql: Sql, id: string): Promise<ApprovalRequest | null> {
  const rows = await sql.query<ApprovalRow>(`${SELECT} where a.id = $1`, [id]);
  return rows[0] ? toApproval(rows[0]) : null;
}

/** Locks the request (`for update`): two checkers deciding at once queue here, the second sees the first. */
export async function lockApproval(tx: Sql, id: string): Promise<ApprovalRequest | null> {
  const rows = await tx.query<ApprovalRow>(`${SELECT} where a.id = $1 for update`, [id]);
  return rows[0] ? toApproval(rows[0]) : null;
}

/** The open request of this kind on the object, if any. */
export async function findPendingApproval(
  sql: Sql,
  kind: string,
  objectType: string,
  objectId: string,
): Promise<ApprovalRequest | null> {
  const rows = await sql.query<ApprovalRow>(
    `${SELECT} where a.kind = $1 and a.object_type = $2 and a.object_id = $3 and a.status = 'pending'`,
    [kind, objectType, objectId],
  );
  return rows[0] ? toApproval(rows[0]) : null;
}

export interface ApprovalDecision {
  readonly status: 'approved' | 'rejected';
  readonly checker: string;
  readonly decisionReason: string | null;
  readonly result: JsonValue | null;
}

/** Records the decision on a pending request (locked by the caller). */
export async function decideApproval(tx: Sql, id: string, d: ApprovalDecision): Promise<ApprovalRequest> {
  const rows = await tx.query<{ id: string }>(
    `update approval_request set status = $2, checker = $3, decided_at = now(), decision_reason = $4,
       result = $5::jsonb
     where id = $1 and status = 'pending' returning id::text as id`,
    [id, d.status, d.checker, d.decisionReason, d.result === null ? null : JSON.stringify(d.result)],
  );
  if (rows.length !== 1) throw new Error(`approval ${id} is not pending`);
  return (await findApproval(tx, id))!;
}

const text = (max: number) => z.string().trim().min(1).max(max);

/** A materialised branch path ('/HQ/A/'), or '/' for every branch. */
export const branchPathSchema = z
  .string()
  .regex(/^\/(?:[A-Za-z0-9_-]{1,32}\/)*$/, "must be a branch path such as '/HQ/A/'");

/** Whether the branch lies inside the subtree `branchPath` names. */
export async function branchWithin(sql: Sql, branchId: string, branchPath: string): Promise<boolean> {
  const rows = await sql.query('select 1 from branch where id = $1 and starts_with(path, $2)', [
    branchId,
    branchPath,
  ]);
  return rows.length > 0;
}

const filterSchema = z.strictObject({
  status: z.enum(APPROVAL_STATUSES).optional(),
  kind: text(50).optional(),
  objectType: text(50).optional(),
  objectId: text(100).optional(),
  maker: text(100).optional(),
  checker: text(100).optional(),
  /** Requests on objects of this branch and every branch below it (the caller's scope). */
  withinBranch: text(50).optional(),
  /** Requests on objects whose branch path starts with this ('/HQ/A/'; '/' is every branch): a scope. */
  branchPath: branchPathSchema.optional(),
  /** Only requests this user could decide: not their own (maker–checker). */
  notMadeBy: text(100).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});

export type ApprovalFilters = z.input<typeof filterSchema>;

export interface ApprovalPage {
  readonly items: ApprovalRequest[];
  readonly total: number;
}

/** Requests matching every given filter, newest first. Bad filters are bad_input naming the filter. */
export async function listApprovals(sql: Sql, filters: ApprovalFilters = {}): Promise<ApprovalPage> {
  const f = parseOrBadInput(filterSchema, filters);
  const w = new SqlConditions();
  if (f.status !== undefined) w.add((p) => `a.status = ${p}`, f.status);
  if (f.kind !== undefined) w.add((p) => `a.kind = ${p}`, f.kind);
  if (f.objectType !== undefined) w.add((p) => `a.object_type = ${p}`, f.objectType);
  if (f.objectId !== undefined) w.add((p) => `a.object_id = ${p}`, f.objectId);
  if (f.maker !== undefined) w.add((p) => `a.maker = ${p}`, f.maker);
  if (f.checker !== undefined) w.add((p) => `a.checker = ${p}`, f.checker);
  if (f.notMadeBy !== undefined) w.add((p) => `a.maker <> ${p}`, f.notMadeBy);
  if (f.withinBranch !== undefined) {
    w.add(
      (p) =>
        `a.branch_id in (select b.id from branch b join branch root on root.id = ${p}
                          where starts_with(b.path, root.path))`,
      f.withinBranch,
    );
  }
  if (f.branchPath !== undefined) {
    w.add((p) => `a.branch_id in (select b.id from branch b where starts_with(b.path, ${p}))`, f.branchPath);
  }
  const whereSql = w.where ? ` ${w.where}` : '';
  const [count] = await sql.query<{ n: string }>(
    `select count(*) as n from approval_request a${whereSql}`,
    w.params,
  );
  const rows = await sql.query<ApprovalRow>(
    `${SELECT}${whereSql} order by a.id desc limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
    w.params,
  );
  return { items: rows.map(toApproval), total: Number(count?.n ?? 0) };
}
