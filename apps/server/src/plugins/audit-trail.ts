import { type AuditJson, appendAudit, type Database } from '@daihou/db';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Clock } from '../shared/clock';

/**
 * The seam where writes record who did what. Every route that changes data (or signs someone in or out)
 * calls `request.audit(…)` after the change; the sink decides where it goes: by default the hash-chained
 * audit trail in the database (packages/db/src/audit), which `daihou audit verify` checks.
 */
export interface AuditEvent {
  /** e.g. 'repayment.book', 'session.login'. */
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string | null;
  readonly branchId?: string | null | undefined;
  /** What the object looks like after the change (no unmasked personal data). */
  readonly after?: unknown;
  /** The actor when no one is signed in yet (a sign-in attempt names the username typed). */
  readonly actor?: string | undefined;
}

export interface AuditRecord extends AuditEvent {
  readonly actor: string;
  readonly occurredAt: Date;
  readonly requestId: string;
  readonly clientIp: string;
}

export interface AuditSink {
  append(record: AuditRecord): Promise<void>;
}

/** Audit after-images are JSON with integers only (the chain hashes them exactly): anything else becomes text. */
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
export const databaseAuditSink = (db: Database): AuditSink => ({
  async append(record) {
    await appendAudit(db, {
      actor: record.actor,
      action: record.action,
      objectType: record.objectType,
      objectId: record.objectId,
      branchId: record.branchId ?? null,
      // The client address travels with the after-image: the entry has no other place for it.
      after: { clientIp: record.clientIp, state: toAuditJson(record.after) ?? null },
      requestId: record.requestId,
    });
  },
});

/** A sink that only logs: one `audit` log line per entry (for tools that run without the trail). */
export const logAuditSink = (log: FastifyBaseLogger): AuditSink => ({
  async append(record) {
    log.info({ audit: { ...record, occurredAt: record.occurredAt.toISOString() } }, 'audit');
  },
});

export function registerAuditTrail(
  app: FastifyInstance,
  db: Database,
  sink: AuditSink | undefined,
  clock: Clock,
): void {
  const target = sink ?? databaseAuditSink(db);
  app.decorateRequest('audit', null as unknown as (event: AuditEvent) => Promise<void>);
  app.addHook('onRequest', async (request) => {
    request.audit = (event) =>
      target.append({
        ...event,
        actor: request.caller?.username ?? event.actor ?? 'anonymous',
        occurredAt: clock(),
        requestId: request.id,
        clientIp: request.ip,
      });
  });
}
