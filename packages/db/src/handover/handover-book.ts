import { compareIds, type Fen, fen } from '@daihou/core';
import { type AccessScope, scopePrefix } from '../repositories/access-scope';
import type { Sql } from '../sql-client';

/** Inspection task statuses a handover moves: unfinished work (a submitted report may come back). */
export const UNFINISHED_TASK = `('open', 'submitted', 'returned')`;

/**
 * One customer of a user's book (what the user holds for it): the customer itself as its manager, its
 * contracts and loans as their manager, unfinished inspection tasks and open collection cases as their
 * assignee. Files of the credit archive belong to the customer and follow it.
 */
export interface BookCustomer {
  readonly customerId: string;
  readonly customerNo: string;
  readonly customerName: string;
  readonly branchId: string;
  readonly branchPath: string;
  /** Principal owed on the customer's active loans (all of them, whoever manages them). */
  readonly balance: Fen;
  readonly holdsCustomer: boolean;
  readonly contracts: number;
  readonly loans: number;
  readonly inspectionTasks: number;
  readonly collectionCases: number;
}

/** What moving this customer needs of a successor: an account manager, a collector, or both. */
export const rolesNeeded = (c: BookCustomer): ('account_manager' | 'collector')[] => [
  ...(c.holdsCustomer || c.contracts > 0 || c.loans > 0 || c.inspectionTasks > 0
    ? (['account_manager'] as const)
    : []),
  ...(c.collectionCases > 0 ? (['collector'] as const) : []),
];

interface BookRow {
  customer_id: string;
  customer_no: string;
  customer_name: string;
  branch_id: string;
  branch_path: string;
  balance: string;
  holds_customer: boolean;
  contracts: number;
  loans: number;
  inspection_tasks: number;
  collection_cases: number;
}

/** Everything `userId` holds, by customer, in customer id order. */
export async function readBook(sql: Sql, userId: string): Promise<BookCustomer[]> {
  const rows = await sql.query<BookRow>(
    `with book as (
       select id as customer_id from customer where manager_id = $1
       union select customer_id from contract where manager_id = $1
       union select customer_id from loan where manager_id = $1
       union select customer_id from inspection_task where assignee_id = $1 and status in ${UNFINISHED_TASK}
       union select customer_id from collection_case where assignee_id = $1 and status = 'open'
     )
     select c.id::text as customer_id, c.customer_no, c.name as customer_name, c.branch_id, b.path as branch_path,
            (select coalesce(sum(l.principal_owed), 0) from loan l
              where l.customer_id = c.id and l.status = 'active')::text as balance,
            coalesce(c.manager_id = $1, false) as holds_customer,
            (select count(*) from contract k where k.customer_id = c.id and k.manager_id = $1)::int as contracts,
            (select count(*) from loan l where l.customer_id = c.id and l.manager_id = $1)::int as loans,
            (select count(*) from inspection_task t where t.customer_id = c.id and t.assignee_id = $1
                and t.status in ${UNFINISHED_TASK})::int as inspection_tasks,
            (select count(*) from collection_case k where k.customer_id = c.id and k.assignee_id = $1
                and k.status = 'open')::int as collection_cases
       from book join customer c on c.id = book.customer_id join branch b on b.id = c.branch_id`,
    [userId],
  );
  return rows
    .map((r) => ({
      customerId: r.customer_id,
      customerNo: r.customer_no,
      customerName: r.customer_name,
      branchId: r.branch_id,
      branchPath: r.branch_path,
      balance: fen(Number(r.balance)),
      holdsCustomer: r.holds_customer,
      contracts: r.contracts,
      loans: r.loans,
      inspectionTasks: r.inspection_tasks,
      collectionCases: r.collection_cases,
    }))
    .sort((a, b) => compareIds(a.customerId, b.customerId));
}

/** How much work a user still holds (the deactivation answer points to the orphan check with it). */
export interface OpenWork {
  readonly customers: number;
  readonly loans: number;
  readonly inspectionTasks: number;
  readonly collectionCases: number;
}

export async function openWorkOf(sql: Sql, userId: string): Promise<OpenWork> {
  const [r] = await sql.query<OpenWork>(
    `select (select count(*) from customer where manager_id = $1)::int as "customers",
            (select count(*) from loan where manager_id = $1 and status = 'active')::int as "loans",
            (select count(*) from inspection_task where assignee_id = $1
                and status in ${UNFINISHED_TASK})::int as "inspectionTasks",
            (select count(*) from collection_case where assignee_id = $1 and status = 'open')::int
              as "collectionCases"`,
    [userId],
  );
  return r!;
}

/** A user in scope as the handover console lists them: who can leave, who can take over. */
export interface HandoverCandidate extends OpenWork {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly branchId: string;
  readonly roles: string[];
  readonly active: boolean;
}

/** The users of the caller's scope with the work each holds, by branch then username. */
export async function listHandoverCandidates(sql: Sql, scope: AccessScope): Promise<HandoverCandidate[]> {
  return sql.query<HandoverCandidate>(
    `select u.id::text as "userId", u.username, u.display_name as "displayName", u.branch_id as "branchId",
            u.roles, u.active,
            (select count(*) from customer c where c.manager_id = u.id)::int as "customers",
            (select count(*) from loan l where l.manager_id = u.id and l.status = 'active')::int as "loans",
            (select count(*) from inspection_task t where t.assignee_id = u.id
                and t.status in ${UNFINISHED_TASK})::int as "inspectionTasks",
            (select count(*) from collection_case k where k.assignee_id = u.id and k.status = 'open')::int
              as "collectionCases"
       from app_user u join branch b on b.id = u.branch_id
      where starts_with(b.path, $1)
      order by u.branch_id, u.username
      limit 2000`,
    [scopePrefix(scope)],
  );
}

/** The book of a user inside the caller's scope (what a manual plan assigns); null when out of scope. */
export async function findBook(sql: Sql, scope: AccessScope, userId: string): Promise<BookCustomer[] | null> {
  const [u] = await sql.query<{ id: string }>(
    `select u.id::text as id from app_user u join branch b on b.id = u.branch_id
      where u.id = $1 and starts_with(b.path, $2)`,
    [/^\d{1,18}$/.test(userId) ? userId : '0', scopePrefix(scope)],
  );
  return u ? readBook(sql, u.id) : null;
}
