import { type AuditJson, appendAudit, type Database, type Sql } from '@daihou/db';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../shared/clock';

/**
 * The seam where writes record who did what. A route that changes data calls `request.audit(tx, …)` as
 * the **last** statement of the write's own transaction, so the entry commits exactly when the change
 * does (a crash between the two cannot lose it, a refused or rolled-back write leaves none). Given the
 * Database instead of a transaction it appends in a transaction of its own: for what writes nothing but
 * the entry (a view of unmasked personal data). By default entries go to the hash-chained audit trail
 * (packages/db/src/audit), which `daihou audit verify` checks.
 */
export interface AuditEvent {
  /** e.g. 'repayment.book', 'session.login'. */
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string | null;
  readonly branchId?: string | null | undefined;
  /** What the object looked like before the change (no unmasked personal data, no secrets). */
  readonly before?: unknown;
  /** What the object looks like after the change (no unmasked personal data, no secrets). */
  readonly after?: unknown;
  /** The actor when it is not the signed-in caller (a sign-in attempt names the username typed). */
  readonly actor?: string | undefined;
}

export interface AuditRecord extends AuditEvent {
  readonly actor: string;
  readonly occurredAt: Date;
  readonly requestId: string;
  readonly clientIp: string;
}

/** Appends one entry inside the transaction `tx` (or, given the Database, in a transaction of its own). */
export type Auditor = (sql: Sql | Database, event: AuditEvent) => Promise<void>;

export interface AuditSink {
  /**
   * Records one entry inside `tx`, the transaction of the write it describes: it commits and rolls back
   * with the write, and when it throws the write is rolled back too.
   */
  append(tx: Sql, record: AuditRecord): Promise<void>;
}

/** Audit images are JSON with integers only (the chain hashes them exactly): anything else becomes text. */
function toAuditJson(value: unknown): AuditJson | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'boolean' || typeof value === 'string' || typeof value === 'bigint')
    return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => toAuditJson(v) ?? null);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toAuditJson(v)]));
  }
  return String(value);
}

/** The default sink: one entry of the hash-chained audit trail per event, with the client address. */
export const databaseAuditSink = (): AuditSink => ({
  async append(tx, record) {
    await appendAudit(tx, {
      actor: record.actor,
      action: record.action,
      objectType: record.objectType,
      objectId: record.objectId,
      branchId: record.branchId ?? null,
      before: toAuditJson(record.before) ?? null,
      // The client address travels with the after-image: the entry has no other place for it.
      after: { clientIp: record.clientIp, state: toAuditJson(record.after) ?? null },
      requestId: record.requestId,
    });
  },
});

const isDatabase = (sql: Sql | Database): sql is Database => 'transaction' in sql;

/** Gives every request its `audit(tx, event)`, writing to `sink` (default: the hash-chained trail). */
export function registerAuditTrail(app: FastifyInstance, sink: AuditSink | undefined, clock: Clock): void {
  const target = sink ?? databaseAuditSink();
  app.decorateRequest('audit', null as unknown as Auditor);
  app.addHook('onRequest', async (request) => {
    request.audit = async (sql, event) => {
      const record: AuditRecord = {
        ...event,
        // An explicit actor names who acted when that is not the session's user (a sign-in attempt).
        actor: event.actor ?? request.caller?.username ?? 'anonymous',
        occurredAt: clock(),
        requestId: request.id,
        clientIp: request.ip,
      };
      if (isDatabase(sql)) await sql.transaction((tx) => target.append(tx, record));
      else await target.append(sql, record);
    };
  });
}
