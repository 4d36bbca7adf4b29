import { DomainError, type LocalDate, STOP_FLAGS, type StopFlag } from '@daihou/core';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-entry.repo';
import { parseOrBadInput } from '../audit/zod-errors';
import { type AccessScope, scopePrefix } from '../repositories/access-scope';
import { getBusinessDate } from '../repositories/system-state.repo';
import type { Database, Sql } from '../sql-client';

/**
 * A debtor's stop flags (RULES.md §10: complaint, dispute, deceased, litigation): while one is open, the
 * contact policy refuses automated contact. Set by the people who deal with the debtor, lifted by a head
 * with a reason and never by the person who set it (docs/domain/warnings-and-collection.md "Stop flags").
 */
export interface StopFlagRecord {
  readonly id: string;
  readonly customerId: string;
  readonly flag: StopFlag;
  readonly reason: string | null;
  readonly recordedOn: LocalDate;
  readonly recordedBy: string;
  readonly liftedOn: LocalDate | null;
  readonly liftedBy: string | null;
  readonly liftReason: string | null;
}

interface Row {
  id: string;
  customer_id: string;
  flag: StopFlag;
  reason: string | null;
  recorded_on: LocalDate;
  recorded_by: string;
  lifted_on: LocalDate | null;
  lifted_by: string | null;
  lift_reason: string | null;
}

const SELECT = `select f.id::text as id, f.customer_id::text as customer_id, f.flag, f.reason,
    f.recorded_on::text as recorded_on, f.recorded_by, f.lifted_on::text as lifted_on, f.lifted_by, f.lift_reason
  from customer_stop_flag f join customer cu on cu.id = f.customer_id join branch b on b.id = cu.branch_id`;

const toFlag = (r: Row): StopFlagRecord => ({
  id: r.id,
  customerId: r.customer_id,
  flag: r.flag,
  reason: r.reason,
  recordedOn: r.recorded_on,
  recordedBy: r.recorded_by,
  liftedOn: r.lifted_on,
  liftedBy: r.lifted_by,
  liftReason: r.lift_reason,
});

const isId = (id: string) => /^\d{1,18}$/.test(id);

async function customerInScope(sql: Sql, scope: AccessScope, customerId: string) {
  if (!isId(customerId)) return null;
  const [c] = await sql.query<{ id: string; branch_id: string }>(
    `select cu.id::text as id, cu.branch_id from customer cu join branch b on b.id = cu.branch_id
      where cu.id = $1 and starts_with(b.path, $2)`,
    [customerId, scopePrefix(scope)],
  );
  return c ?? null;
}

/** A customer's stop flags, open first then the lifted ones newest first; null when out of scope. */
export async function listStopFlags(
  sql: Sql,
  scope: AccessScope,
  customerId: string,
): Promise<StopFlagRecord[] | null> {
  if (!(await customerInScope(sql, scope, customerId))) return null;
  const rows = await sql.query<Row>(
    `${SELECT} where f.customer_id = $1 order by (f.lifted_on is null) desc, f.id desc`,
    [customerId],
  );
  return rows.map(toFlag);
}

const reason = z.string().trim().min(1, 'a reason is required').max(2000);
const setSchema = z.strictObject({ flag: z.enum(STOP_FLAGS), reason });
const liftSchema = z.strictObject({ reason });
export type StopFlagInput = z.input<typeof setSchema>;

/**
 * Sets a stop flag on a customer in scope: the flag and a reason. A flag of that kind already open is
 * rule_violation on `flag`. One transaction with its audit entry (`customer.stop_flag.set`).
 */
export async function setStopFlag(
  db: Database,
  scope: AccessScope,
  customerId: string,
  input: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<StopFlagRecord> {
  const s = parseOrBadInput(setSchema, input);
  return db.transaction(async (tx) => {
    const c = await customerInScope(tx, scope, customerId);
    if (!c) throw new DomainError('not_found', `id: no customer ${customerId}`, 'id');
    await tx.query('select id from customer where id = $1 for update', [customerId]);
    const [open] = await tx.query<{ id: string }>(
      `select id::text as id from customer_stop_flag where customer_id = $1 and flag = $2 and lifted_on is null`,
      [customerId, s.flag],
    );
    if (open) {
      throw new DomainError(
        'rule_violation',
        `flag: a ${s.flag} stop flag is already set (${open.id})`,
        'flag',
      );
    }
    const today = await getBusinessDate(tx);
    const [row] = await tx.query<{ id: string }>(
      `insert into customer_stop_flag (customer_id, flag, reason, recorded_on, recorded_by)
       values ($1, $2, $3, $4, $5) returning id::text as id`,
      [customerId, s.flag, s.reason, today, actor],
    );
    await appendAudit(tx, {
      actor,
      action: 'customer.stop_flag.set',
      objectType: 'customer',
      objectId: customerId,
      branchId: c.branch_id,
      after: { stopFlagId: row!.id, flag: s.flag, reason: s.reason },
      requestId,
    });
    const [r] = await tx.query<Row>(`${SELECT} where f.id = $1`, [row!.id]);
    return toFlag(r!);
  });
}

/**
 * Lifts an open stop flag with a reason. Not by the person who set it (rule_violation on `id`): clearing
 * a flag lets automated contact resume, so a second person decides. Audited as `customer.stop_flag.lift`.
 */
export async function liftStopFlag(
  db: Database,
  scope: AccessScope,
  customerId: string,
  flagId: string,
  input: unknown,
  actor: string,
  requestId: string | null = null,
): Promise<StopFlagRecord> {
  const l = parseOrBadInput(liftSchema, input);
  return db.transaction(async (tx) => {
    const c = await customerInScope(tx, scope, customerId);
    if (!c) throw new DomainError('not_found', `id: no customer ${customerId}`, 'id');
    const [f] = await tx.query<Row>(`${SELECT} where f.id = $1 and f.customer_id = $2 for update of f`, [
      isId(flagId) ? flagId : '0',
      customerId,
    ]);
    if (!f)
      throw new DomainError(
        'not_found',
        `flagId: no stop flag ${flagId} on customer ${customerId}`,
        'flagId',
      );
    if (f.lifted_on !== null) {
      throw new DomainError(
        'rule_violation',
        `flagId: stop flag ${flagId} was lifted on ${f.lifted_on}`,
        'flagId',
      );
    }
    if (f.recorded_by === actor) {
      throw new DomainError(
        'rule_violation',
        `flagId: ${actor} set this stop flag; another person must lift it`,
        'flagId',
      );
    }
    const today = await getBusinessDate(tx);
    await tx.query(
      `update customer_stop_flag set lifted_on = $2, lifted_by = $3, lift_reason = $4 where id = $1`,
      [flagId, today, actor, l.reason],
    );
    await appendAudit(tx, {
      actor,
      action: 'customer.stop_flag.lift',
      objectType: 'customer',
      objectId: customerId,
      branchId: c.branch_id,
      before: { stopFlagId: flagId, flag: f.flag, liftedOn: null },
      after: { stopFlagId: flagId, flag: f.flag, liftedOn: today, reason: l.reason },
      requestId,
    });
    const [r] = await tx.query<Row>(`${SELECT} where f.id = $1`, [flagId]);
    return toFlag(r!);
  });
}
