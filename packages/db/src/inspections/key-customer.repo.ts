import { DEFAULT_INSPECTION_SETTINGS, DomainError, type LocalDate } from '@daihou/core';
import { z } from 'zod';
import { defineApprovalKind, locateBy } from '../approvals/approval-kind';
import { parseOrBadInput } from '../audit/zod-errors';
import { limitOffset, type Page } from '../repositories/access-scope';
import { getBusinessDate } from '../repositories/system-state.repo';
import type { Sql } from '../sql-client';
import { nextPeriodicSql, SETTINGS_CTE, settingsParams } from './inspection-settings.repo';

export interface KeyCustomer {
  readonly customerId: string;
  readonly customerNo: string;
  readonly name: string;
  readonly customerType: 'individual' | 'enterprise';
  readonly branchId: string;
  /** Why: every source in force (by size, by hand). */
  readonly sources: ('monthly_top' | 'manual')[];
  readonly reasons: string[];
  readonly since: LocalDate;
  /** Principal owed on active loans, fen. */
  readonly principalOwed: number;
}

const listSchema = z.strictObject({
  branchPath: z.string().regex(/^\/(?:[A-Za-z0-9_-]{1,32}\/)*$/, 'must be a branch path'),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1).max(500),
});

/** The key customers in force inside the scope, largest principal owed first. */
export async function listKeyCustomers(
  sql: Sql,
  filters: z.input<typeof listSchema>,
): Promise<Page<KeyCustomer>> {
  const f = parseOrBadInput(listSchema, filters);
  const { limit, offset } = limitOffset(f);
  const rows = await sql.query<{
    customer_id: string;
    customer_no: string;
    name: string;
    customer_type: 'individual' | 'enterprise';
    branch_id: string;
    sources: ('monthly_top' | 'manual')[];
    reasons: string[];
    since: LocalDate;
    owed: string;
    total: string;
  }>(
    `with k as (
       select customer_id, array_agg(source order by source) as sources, array_agg(reason order by source) as reasons,
              to_char(min(valid_from), 'YYYY-MM-DD') as since
         from key_customer where valid_to is null group by customer_id
     )
     select c.id::text as customer_id, c.customer_no, c.name, c.customer_type, c.branch_id, k.sources, k.reasons,
            k.since, o.owed::text as owed, count(*) over ()::text as total
       from k join customer c on c.id = k.customer_id join branch b on b.id = c.branch_id
       cross join lateral (select coalesce(sum(l.principal_owed), 0) as owed from loan l
                            where l.customer_id = c.id and l.status = 'active') o
      where starts_with(b.path, $1)
      order by o.owed desc, c.id limit ${limit} offset ${offset}`,
    [f.branchPath],
  );
  return {
    items: rows.map((r) => ({
      customerId: r.customer_id,
      customerNo: r.customer_no,
      name: r.name,
      customerType: r.customer_type,
      branchId: r.branch_id,
      sources: r.sources,
      reasons: r.reasons,
      since: r.since,
      principalOwed: Number(r.owed),
    })),
    total: rows[0] ? Number(rows[0].total) : 0,
  };
}

/**
 * Which of `customerIds` are key customers today (any row in force): for the 重点 badge on the loan and
 * customer lists, one query per page (key_customer_current_idx).
 */
export async function keyCustomerIdsAmong(
  sql: Sql,
  customerIds: readonly string[],
): Promise<ReadonlySet<string>> {
  const ids = [...new Set(customerIds)].filter((id) => /^[1-9]\d{0,17}$/.test(id));
  if (ids.length === 0) return new Set();
  const rows = await sql.query<{ customer_id: string }>(
    `select distinct customer_id::text as customer_id from key_customer
      where customer_id = any($1::bigint[]) and valid_to is null`,
    [ids],
  );
  return new Set(rows.map((r) => r.customer_id));
}

export const KEY_CUSTOMER_FLAG_PERMISSION = 'key_customer.flag.approve';

/** Nothing beyond the request's reason: the flag itself is the change. */
const keyCustomerFlagPayload = z.strictObject({});
export type KeyCustomerFlagPayload = z.infer<typeof keyCustomerFlagPayload>;

/**
 * A customer flagged as a key customer by hand (RULES.md §9: board-approved, industry leaders), with the
 * request's reason: maker–checker. Approval puts the flag in force from the business date and moves the
 * customer's loans to the key customers' periodic rhythm.
 */
export const keyCustomerFlagKind = defineApprovalKind<KeyCustomerFlagPayload>({
  kind: 'key_customer_flag',
  objectType: 'customer',
  permission: KEY_CUSTOMER_FLAG_PERMISSION,
  payloadSchema: keyCustomerFlagPayload,
  locate: locateBy('select branch_id from customer where id = $1'),

  async prepare(tx, customerId) {
    const rows = /^[1-9]\d{0,17}$/.test(customerId)
      ? await tx.query<{ branch_id: string; manual: boolean }>(
          `select c.branch_id, exists (select 1 from key_customer k where k.customer_id = c.id and k.source = 'manual'
                                          and k.valid_to is null) as manual
             from customer c where c.id = $1`,
          [customerId],
        )
      : [];
    const row = rows[0];
    if (!row) throw new DomainError('not_found', `objectId: no customer ${customerId}`, 'objectId');
    if (row.manual) {
      throw new DomainError(
        'conflict',
        `objectId: customer ${customerId} is already flagged as a key customer`,
        'objectId',
      );
    }
    return { branchId: row.branch_id, basis: { manualKeyCustomer: false } };
  },

  async apply(tx, ctx) {
    const [row] = await tx.query<{ manual: boolean }>(
      `select exists (select 1 from key_customer k where k.customer_id = c.id and k.source = 'manual'
                         and k.valid_to is null) as manual
         from customer c where c.id = $1 for update`,
      [ctx.objectId],
    );
    if (!row) return { stale: `customer ${ctx.objectId} no longer exists` };
    if (row.manual) return { stale: `customer ${ctx.objectId} was flagged since the request` };
    const businessDate = await getBusinessDate(tx);
    await tx.query(
      `insert into key_customer (customer_id, reason, source, valid_from, approved_by, requested_by, approval_id)
       values ($1, $2, 'manual', $3, $4, $5, $6)`,
      [ctx.objectId, ctx.reason, businessDate, ctx.checker, ctx.maker, ctx.approvalId],
    );
    await tx.query(
      `with ${SETTINGS_CTE}
       update inspection_plan pl set next_periodic_due = ${nextPeriodicSql('pl.periodic_basis', 'l', 'c', '$12::date')}
         from loan l join customer c on c.id = l.customer_id
        where pl.loan_id = l.id and l.customer_id = $11::bigint and pl.next_periodic_due is not null`,
      [...settingsParams(DEFAULT_INSPECTION_SETTINGS), ctx.objectId, businessDate],
    );
    return {
      result: { customerId: ctx.objectId, keyCustomer: true, since: businessDate },
      audit: {
        action: 'key_customer.flag',
        before: { manualKeyCustomer: false },
        after: {
          manualKeyCustomer: true,
          reason: ctx.reason,
          since: businessDate,
          approvalId: ctx.approvalId,
        },
      },
    };
  },
});
