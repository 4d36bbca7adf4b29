import type { Fen } from '@daihou/core';
import { type AccessScope, scopePrefix } from '../repositories/access-scope';
import type { Sql } from '../sql-client';
import { UNFINISHED_TASK } from './handover-book';

export const ORPHAN_KINDS = ['customer', 'loan', 'inspection_task', 'collection_case'] as const;
export type OrphanKind = (typeof ORPHAN_KINDS)[number];

/**
 * Something nobody active holds: a customer or an active loan whose manager is missing or deactivated,
 * an unfinished inspection task or an open collection case with no assignee or a deactivated one.
 */
export interface Orphan {
  readonly kind: OrphanKind;
  readonly id: string;
  /** Customer number, loan number, or the task's / case's loan number (else the customer number). */
  readonly label: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly branchId: string;
  readonly holderId: string | null;
  readonly holderName: string | null;
  /** Principal owed: the customer's active loans, or the loan's. */
  readonly balance: Fen;
}

export interface OrphanReport {
  readonly counts: Readonly<Record<OrphanKind, number>>;
  /** At most `limit` of each kind, largest balance first. */
  readonly items: Orphan[];
}

const ORPHAN_SQL: Record<OrphanKind, string> = {
  customer: `
    select 'customer' as kind, c.id::text as id, c.customer_no as label, c.id::text as customer_id,
           c.name as customer_name, c.branch_id, c.manager_id::text as holder_id, u.display_name as holder_name,
           (select coalesce(sum(l.principal_owed), 0) from loan l where l.customer_id = c.id and l.status = 'active')
             as balance
      from customer c join branch b on b.id = c.branch_id left join app_user u on u.id = c.manager_id
     where starts_with(b.path, $1) and (c.manager_id is null or not u.active)`,
  loan: `
    select 'loan' as kind, l.id::text as id, l.loan_no as label, c.id::text as customer_id, c.name as customer_name,
           l.branch_id, l.manager_id::text as holder_id, u.display_name as holder_name, l.principal_owed as balance
      from loan l join branch b on b.id = l.branch_id join customer c on c.id = l.customer_id
      left join app_user u on u.id = l.manager_id
     where l.status = 'active' and starts_with(b.path, $1) and (l.manager_id is null or not u.active)`,
  inspection_task: `
    select 'inspection_task' as kind, t.id::text as id, coalesce(l.loan_no, c.customer_no) as label,
           c.id::text as customer_id, c.name as customer_name, t.branch_id, t.assignee_id::text as holder_id,
           u.display_name as holder_name, coalesce(l.principal_owed, 0) as balance
      from inspection_task t join branch b on b.id = t.branch_id join customer c on c.id = t.customer_id
      left join loan l on l.id = t.loan_id left join app_user u on u.id = t.assignee_id
     where t.status in ${UNFINISHED_TASK} and starts_with(b.path, $1) and (t.assignee_id is null or not u.active)`,
  collection_case: `
    select 'collection_case' as kind, k.id::text as id, l.loan_no as label, c.id::text as customer_id,
           c.name as customer_name, k.branch_id, k.assignee_id::text as holder_id, u.display_name as holder_name,
           l.principal_owed as balance
      from collection_case k join branch b on b.id = k.branch_id join customer c on c.id = k.customer_id
      join loan l on l.id = k.loan_id left join app_user u on u.id = k.assignee_id
     where k.status = 'open' and starts_with(b.path, $1) and (k.assignee_id is null or not u.active)`,
};

interface OrphanRow {
  kind: OrphanKind;
  id: string;
  label: string;
  customer_id: string;
  customer_name: string;
  branch_id: string;
  holder_id: string | null;
  holder_name: string | null;
  balance: string;
  total: string;
}

/**
 * The orphan check (docs/domain/handover.md): everything in the caller's scope that no active user holds.
 * A complete handover of a departing user leaves none of theirs behind.
 */
export async function findOrphans(sql: Sql, scope: AccessScope, limit = 200): Promise<OrphanReport> {
  const counts = {} as Record<OrphanKind, number>;
  const items: Orphan[] = [];
  for (const kind of ORPHAN_KINDS) {
    const rows = await sql.query<OrphanRow>(
      `select o.kind, o.id, o.label, o.customer_id, o.customer_name, o.branch_id, o.holder_id, o.holder_name,
              o.balance::text as balance, count(*) over ()::text as total
         from (${ORPHAN_SQL[kind]}) o
        order by o.balance desc, o.id::bigint limit $2`,
      [scopePrefix(scope), limit],
    );
    counts[kind] = rows.length ? Number(rows[0]!.total) : 0;
    for (const r of rows) {
      items.push({
        kind: r.kind,
        id: r.id,
        label: r.label,
        customerId: r.customer_id,
        customerName: r.customer_name,
        branchId: r.branch_id,
        holderId: r.holder_id,
        holderName: r.holder_name,
        balance: Number(r.balance) as Fen,
      });
    }
  }
  return { counts, items };
}
