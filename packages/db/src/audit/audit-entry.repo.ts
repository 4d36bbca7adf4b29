import { badInput } from '@daihou/core';
import { z } from 'zod';
import { SqlConditions } from '../repositories/access-scope';
import type { Database, Sql } from '../sql-client';
import { type AuditContent, hashAuditEntry } from './audit-hash';
import { type AuditJson, canonicalJson, parseJsonExact } from './canonical-json';
import { parseOrBadInput } from './zod-errors';

/** What a caller records: who did what to which object, with the object before and after. */
export interface NewAuditEntry {
  /** A username, or 'system'. */
  readonly actor: string;
  /** Dotted verb, e.g. `loan.class_override`, `approval.approve`, `customer.view_unmasked`. */
  readonly action: string;
  readonly objectType: string;
  readonly objectId?: string | null | undefined;
  readonly branchId?: string | null | undefined;
  readonly before?: AuditJson | undefined;
  readonly after?: AuditJson | undefined;
  /** The HTTP request (or CLI run) that caused it, to group the entries of one request. */
  readonly requestId?: string | null | undefined;
}

/** A stored entry: its content, its place in the chain and its hash. */
export interface AuditEntry extends AuditContent {
  /** Position in the chain, 1, 2, 3 … (int8 as exact text). */
  readonly seq: string;
  readonly prevHash: string;
  readonly hash: string;
}

const text = (max: number) => z.string().trim().min(1).max(max);
const nullableText = (max: number) => text(max).nullable().optional();

const entrySchema = z.object({
  actor: text(100),
  action: z
    .string()
    .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/, 'must be a dotted lower-case verb')
    .max(100),
  objectType: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, 'must be a lower-case identifier')
    .max(50),
  objectId: nullableText(100),
  branchId: nullableText(50),
  requestId: nullableText(200),
});

function canonicalOrBadInput(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  try {
    return canonicalJson(value);
  } catch (err) {
    throw badInput(field, err instanceof Error ? err.message.replace(/^\$/, field) : String(err));
  }
}

const hasTransaction = (sql: Sql | Database): sql is Database => 'transaction' in sql;

/**
 * Appends one entry at the end of the hash chain. Call it inside the transaction of the write it records
 * (the entry then commits or rolls back with the write), and as that transaction's **last** statement:
 * the chain head stays locked until commit, so appends of concurrent transactions queue there, and
 * taking other row locks after it invites deadlocks. Given the Database itself, it opens its own
 * transaction. Bad entries are bad_input naming the field; nothing is written.
 */
export async function appendAudit(sql: Sql | Database, entry: NewAuditEntry): Promise<AuditEntry> {
  const valid = parseOrBadInput(entrySchema, entry);
  const before = canonicalOrBadInput(entry.before, 'before');
  const after = canonicalOrBadInput(entry.after, 'after');
  if (hasTransaction(sql)) return sql.transaction((tx) => appendLocked(tx, valid, before, after));
  return appendLocked(sql, valid, before, after);
}

async function appendLocked(
  tx: Sql,
  entry: z.infer<typeof entrySchema>,
  before: string | null,
  after: string | null,
): Promise<AuditEntry> {
  // The lock serialises appenders; the clock is read after it, so times follow the chain's order.
  const [head] = await tx.query<{ seq: string; hash: string; now: string }>(
    `with head as (select seq, hash from audit_chain_head where id = 1 for update)
     select seq::text as seq, hash,
            to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as now
       from head`,
  );
  if (!head) throw new Error('audit_chain_head is missing (migration 0006 not applied?)');
  const content: AuditContent = {
    occurredAt: head.now,
    actor: entry.actor,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    branchId: entry.branchId ?? null,
    // Hashed from the canonical text, exactly as verification will read it back from jsonb.
    before: before === null ? null : parseJsonExact(before),
    after: after === null ? null : parseJsonExact(after),
    requestId: entry.requestId ?? null,
  };
  const seq = (BigInt(head.seq) + 1n).toString();
  const hash = hashAuditEntry(head.hash, content);
  await tx.query(
    `insert into audit_entry (seq, occurred_at, actor, action, object_type, object_id, branch_id, before, after,
       request_id, prev_hash, hash)
     values ($1, $2::timestamptz, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, $12)`,
    [
      seq,
      content.occurredAt,
      content.actor,
      content.action,
      content.objectType,
      content.objectId,
      content.branchId,
      before,
      after,
      content.requestId,
      head.hash,
      hash,
    ],
  );
  return { ...content, seq, prevHash: head.hash, hash };
}

/** An audit_entry row as AUDIT_SELECT reads it: jsonb as text, so integers stay exact. */
export interface AuditEntryRow {
  seq: string;
  occurred_at: string;
  actor: string;
  action: string;
  object_type: string;
  object_id: string | null;
  branch_id: string | null;
  before: string | null;
  after: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

/** Selects `seq` as text: order by `audit_entry.seq` (the column), not by `seq` (the text alias). */
export const AUDIT_SELECT = `select seq::text as seq,
    to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at,
    actor, action, object_type, object_id, branch_id, before::text as before, after::text as after,
    request_id, prev_hash, hash
  from audit_entry`;

export const toAuditEntry = (r: AuditEntryRow): AuditEntry => ({
  seq: r.seq,
  occurredAt: r.occurred_at,
  actor: r.actor,
  action: r.action,
  objectType: r.object_type,
  objectId: r.object_id,
  branchId: r.branch_id,
  before: r.before === null ? null : parseJsonExact(r.before),
  after: r.after === null ? null : parseJsonExact(r.after),
  requestId: r.request_id,
  prevHash: r.prev_hash,
  hash: r.hash,
});

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const isoTime = () =>
  z
    .string()
    .regex(ISO_TIME, 'must be an ISO 8601 time such as 2026-02-10T08:00:00Z')
    .refine((t) => !Number.isNaN(Date.parse(t)), 'is not a real time');

const filterSchema = z.strictObject({
  actor: text(100).optional(),
  action: text(100).optional(),
  objectType: text(50).optional(),
  objectId: text(100).optional(),
  branchId: text(50).optional(),
  requestId: text(200).optional(),
  /** Entries at or after this time (ISO 8601; a bare date is midnight UTC). */
  from: isoTime().optional(),
  /** Entries before this time. */
  to: isoTime().optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
  /** Newest first by default. */
  order: z.enum(['asc', 'desc']).default('desc'),
});

export type AuditEntryFilters = z.input<typeof filterSchema>;

export interface AuditEntryPage {
  readonly items: AuditEntry[];
  readonly total: number;
}

/** What auditors read: the entries matching every given filter, one page, in chain order. */
export async function listAuditEntries(sql: Sql, filters: AuditEntryFilters = {}): Promise<AuditEntryPage> {
  const f = parseOrBadInput(filterSchema, filters);
  const w = new SqlConditions();
  if (f.actor !== undefined) w.add((p) => `actor = ${p}`, f.actor);
  if (f.action !== undefined) w.add((p) => `action = ${p}`, f.action);
  if (f.objectType !== undefined) w.add((p) => `object_type = ${p}`, f.objectType);
  if (f.objectId !== undefined) w.add((p) => `object_id = ${p}`, f.objectId);
  if (f.branchId !== undefined) w.add((p) => `branch_id = ${p}`, f.branchId);
  if (f.requestId !== undefined) w.add((p) => `request_id = ${p}`, f.requestId);
  if (f.from !== undefined) w.add((p) => `occurred_at >= ${p}::timestamptz`, f.from);
  if (f.to !== undefined) w.add((p) => `occurred_at < ${p}::timestamptz`, f.to);
  const whereSql = w.where ? ` ${w.where}` : '';
  const [count] = await sql.query<{ n: string }>(
    `select count(*) as n from audit_entry${whereSql}`,
    w.params,
  );
  const rows = await sql.query<AuditEntryRow>(
    `${AUDIT_SELECT}${whereSql} order by audit_entry.seq ${f.order === 'asc' ? 'asc' : 'desc'}
     limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
    w.params,
  );
  return { items: rows.map(toAuditEntry), total: Number(count?.n ?? 0) };
}
