import {
  addDays,
  DEFAULT_INSPECTION_SETTINGS,
  DEFAULT_KEY_CUSTOMER_COUNT,
  type InspectionSettings,
  type LocalDate,
} from '@daihou/core';
import { appendAudit } from '../audit/audit-entry.repo';
import { integerArray } from '../bulk/array-literal';
import type { Sql } from '../sql-client';
import { IS_KEY_SQL, nextPeriodicSql, SETTINGS_CTE, settingsParams } from './inspection-settings.repo';

export interface PlanningResult {
  readonly first: number;
  readonly periodic: number;
  readonly adhoc: number;
  readonly spotCheck: number;
  readonly escalated: number;
}

const OPEN = `('open', 'submitted', 'returned')`;

const TASK_COLUMNS = `kind, loan_id, customer_id, branch_id, assignee_id, due_date, origin, reason, created_by, created_on`;

/**
 * Inspection planning for the end of business date `date` (RULES.md §9), set-based over indexed
 * candidates so it scales to a large book: new disbursements (first), loans whose periodic date comes
 * within the lead days (inspection_plan), overdue loans (ad-hoc), last month's new loans once a month
 * (spot checks), then the escalation of overdue tasks. Core's planLoanInspections is the reference the
 * tests compare it with. Idempotent: the unique indexes on unfinished tasks and `on conflict do nothing`
 * make a second run add nothing. Appends one audit entry when it created or escalated anything.
 */
export async function planInspections(
  tx: Sql,
  date: LocalDate,
  defaults: InspectionSettings = DEFAULT_INSPECTION_SETTINGS,
  requestId: string | null = null,
  options: { readonly adhoc?: AdhocScope } = {},
): Promise<PlanningResult> {
  const p = settingsParams(defaults);
  await addNewLoansToPlan(tx, date, p);

  const first = await tx.query<{ id: string }>(
    `with ${SETTINGS_CTE}, horizon as (
       select max(greatest(first_due_days, first_due_days_self_payment)) as days from s
     )
     insert into inspection_task (${TASK_COLUMNS})
     select 'first', l.id, l.customer_id, l.branch_id, coalesce(l.manager_id, c.manager_id),
            l.disbursement_date + f.days, 'rule',
            case when l.payment_mode = 'self' then 'first:self_payment' else 'first' end, 'system', $11::date
       from loan l
       cross join lateral (select c.manager_id from customer c where c.id = l.customer_id offset 0) c
       join s on s.product_code = l.product_code
       cross join lateral (select case when l.payment_mode = 'self' then s.first_due_days_self_payment
                                       else s.first_due_days end as days) f
      where l.disbursement_date > $11::date - (select days from horizon)
        and l.disbursement_date <= $11::date
        and $11::date - l.disbursement_date < f.days
        and l.status = 'active'
     on conflict do nothing
     returning id::text as id`,
    [...p, date],
  );

  const maxLead = `(select max(periodic_lead_days) from s)`;
  // The plan rows due within the lead days come first, and each loan and customer is looked up by its key
  // (lateral): with stale statistics the planner hashed the whole loan and customer tables for ~1,500 rows.
  const periodic = await tx.query<{ id: string }>(
    `with ${SETTINGS_CTE}, due as materialized (
       select pl.loan_id, pl.next_periodic_due from inspection_plan pl
        where pl.next_periodic_due is not null and pl.next_periodic_due <= $11::date + ${maxLead}
     )
     insert into inspection_task (${TASK_COLUMNS})
     select 'periodic', l.id, l.customer_id, l.branch_id, coalesce(l.manager_id, c.manager_id),
            pl.next_periodic_due, 'rule',
            case when ${IS_KEY_SQL('c')} then 'periodic:key_customer' else 'periodic:' || c.customer_type end,
            'system', $11::date
       from due pl
       -- offset 0 keeps the planner from flattening the lookups back into joins of whole tables.
       cross join lateral (select l.id, l.customer_id, l.branch_id, l.manager_id, l.product_code
                             from loan l where l.id = pl.loan_id and l.status = 'active' offset 0) l
       cross join lateral (select c.id, c.manager_id, c.customer_type from customer c
                            where c.id = l.customer_id offset 0) c
       join s on s.product_code = l.product_code
      where pl.next_periodic_due - s.periodic_lead_days <= $11::date
     on conflict do nothing
     returning id::text as id`,
    [...p, date],
  );
  // A loan with a periodic task open waits for its report (approval sets the next date); one that is no
  // longer active needs no plan.
  await tx.query(
    `with ${SETTINGS_CTE}
     update inspection_plan pl set next_periodic_due = null
      where pl.next_periodic_due is not null and pl.next_periodic_due <= $11::date + ${maxLead}
        and exists (select 1 from inspection_task t where t.loan_id = pl.loan_id and t.kind = 'periodic'
                       and t.status in ${OPEN})`,
    [...p, date],
  );
  // The plans due soon first, each loan looked up by key: a join let stale statistics scan the whole book.
  await tx.query(
    `with ${SETTINGS_CTE}
     delete from inspection_plan pl
      where pl.loan_id in (
        select d.loan_id from inspection_plan d
         cross join lateral (select 1 from loan l where l.id = d.loan_id and l.status <> 'active' offset 0) x
         where d.next_periodic_due is not null and d.next_periodic_due <= $11::date + ${maxLead})`,
    [...p, date],
  );

  const adhoc = await planAdhocInspections(tx, date, options.adhoc ?? 'recent', p);
  const spotCheck = await drawSpotChecks(tx, date, p);
  const escalated = await escalateOverdueTasks(tx, date);
  await tx.query('update inspection_planning_state set last_planned_on = $1 where id = 1', [date]);

  const result: PlanningResult = {
    first: first.length,
    periodic: periodic.length,
    adhoc,
    spotCheck,
    escalated,
  };
  if (result.first + result.periodic + result.adhoc + result.spotCheck + result.escalated > 0) {
    await appendAudit(tx, {
      actor: 'system',
      action: 'inspection.plan',
      objectType: 'inspection_planning',
      objectId: date,
      after: { businessDate: date, ...result },
      requestId,
    });
  }
  return result;
}

/**
 * Which loans ad-hoc planning reads. A loan earns its ad-hoc task on the day it first meets the rule, and
 * planning runs every business day, so after the first planning (which reads every overdue loan once,
 * for arrears that came with an import) only some loans can be new to it:
 * - `recent` (planning on its own): loans overdue by at most the ad-hoc DPD, a range of loan_overdue_idx;
 * - `{ loanIds }` (an end-of-day partition): the loans the partition evaluated — whether principal is
 *   overdue changes only on a day end of day evaluates the loan (money, a due date);
 * - `dpd-reached` (end of day's run step, after the partitions): loans whose DPD reached the ad-hoc DPD
 *   since the last planning, the only way to meet the rule without being evaluated.
 */
export type AdhocScope = 'recent' | 'dpd-reached' | { readonly loanIds: readonly string[] };

/**
 * RULES.md §9 ad-hoc tasks: DPD ≥ the ad-hoc DPD or any principal overdue, once per overdue episode (not
 * again after a rule-made ad-hoc task created since the episode began). The episode test comes first, in
 * its own materialised pass: most candidates have had their task, and then their installments are not read.
 */
export async function planAdhocInspections(
  tx: Sql,
  date: LocalDate,
  scope: AdhocScope,
  p: unknown[] = settingsParams(DEFAULT_INSPECTION_SETTINGS),
): Promise<number> {
  const [planned] = await tx.query<{ last: string | null }>(
    'select last_planned_on::text as last from inspection_planning_state where id = 1',
  );
  const params: unknown[] = [...p, date];
  let where = '';
  if (typeof scope === 'object') {
    if (scope.loanIds.length === 0) return 0;
    params.push(integerArray(scope.loanIds));
    where = '\n        and l.id in (select unnest($12::bigint[]))';
  } else if (planned?.last && scope === 'recent') {
    where = '\n        and l.oldest_unpaid_due >= $11::date - (select max(adhoc_dpd) from s)';
  } else if (planned?.last) {
    params.push(planned.last);
    where = `\n        and l.oldest_unpaid_due > $12::date - (select max(adhoc_dpd) from s)
        and l.oldest_unpaid_due <= $11::date - (select min(adhoc_dpd) from s)`;
  }
  const rows = await tx.query<{ id: string }>(
    `with ${SETTINGS_CTE}, cand as materialized (
       select l.id, l.customer_id, l.branch_id, l.manager_id, l.product_code, l.oldest_unpaid_due
         from loan l
        where l.status = 'active' and l.oldest_unpaid_due < $11::date${where}
          and not exists (select 1 from inspection_task t
                           where t.loan_id = l.id and t.kind = 'adhoc' and t.origin = 'rule'
                             and t.created_on >= l.oldest_unpaid_due)
     )
     insert into inspection_task (${TASK_COLUMNS})
     select 'adhoc', l.id, l.customer_id, l.branch_id, coalesce(l.manager_id, c.manager_id),
            $11::date + s.adhoc_due_days, 'rule',
            case when po.yes then 'adhoc:principal_overdue' else 'adhoc:dpd>=' || s.adhoc_dpd end,
            'system', $11::date
       from cand l
       join s on s.product_code = l.product_code
       cross join lateral (select exists (select 1 from installment i
                            where i.loan_id = l.id and i.due_date < $11::date
                              and i.principal_paid < i.principal_due) as yes) po
       cross join lateral (select c.manager_id from customer c where c.id = l.customer_id offset 0) c
      where $11::date - l.oldest_unpaid_due >= s.adhoc_dpd or po.yes
     on conflict do nothing
     returning id::text as id`,
    params,
  );
  return rows.length;
}

/**
 * Loans created since the last planning get their periodic plan, counted from disbursement. Loan ids only
 * grow, so the new ones are a primary-key range, not a search of the book.
 */
async function addNewLoansToPlan(tx: Sql, date: LocalDate, p: unknown[]): Promise<void> {
  const [state] = await tx.query<{ through: string }>(
    'select planned_loans_through::text as through from inspection_planning_state where id = 1 for update',
  );
  const through = state?.through ?? '0';
  const [max] = await tx.query<{ id: string | null }>('select max(id)::text as id from loan where id > $1', [
    through,
  ]);
  if (!max?.id) return;
  await tx.query(
    `with ${SETTINGS_CTE}
     insert into inspection_plan (loan_id, periodic_basis, next_periodic_due)
     select l.id, null, ${nextPeriodicSql('null::date', 'l', 'c', '$13::date')}
       from loan l join customer c on c.id = l.customer_id
      where l.id > $11::bigint and l.id <= $12::bigint and l.status = 'active'
     on conflict (loan_id) do nothing`,
    [...p, through, max.id, date],
  );
  await tx.query('update inspection_planning_state set planned_loans_through = $1 where id = 1', [max.id]);
}

/**
 * Once a month (the first planning of a month): at least the configured share of last month's new loans,
 * chosen by the md5 of the loan number so a rerun picks the same ones, get an on-site spot check due at
 * the end of this month.
 */
async function drawSpotChecks(tx: Sql, date: LocalDate, p: unknown[]): Promise<number> {
  const monthStart = `${date.slice(0, 7)}-01`;
  const [state] = await tx.query<{ month: string | null }>(
    `select to_char(spot_checked_month, 'YYYY-MM-DD') as month from inspection_planning_state where id = 1`,
  );
  if (state?.month && state.month >= monthStart) return 0;
  const rows = await tx.query<{ id: string }>(
    `with ${SETTINGS_CTE}, cand as (
       select l.id, l.customer_id, l.branch_id, coalesce(l.manager_id, c.manager_id) as assignee_id,
              row_number() over (partition by l.product_code order by md5(l.loan_no) collate "C", l.id) as rn,
              count(*) over (partition by l.product_code) as cnt, s.spot_check_share as share
         from loan l
         join customer c on c.id = l.customer_id
         join s on s.product_code = l.product_code
        where l.disbursement_date >= ($11::date - interval '1 month')::date and l.disbursement_date < $11::date
          and l.status = 'active'
     )
     insert into inspection_task (${TASK_COLUMNS})
     select 'spot_check', id, customer_id, branch_id, assignee_id,
            ($11::date + interval '1 month' - interval '1 day')::date, 'rule', 'spot_check', 'system', $12::date
       from cand where rn <= ceil(cnt * share)
     on conflict do nothing
     returning id::text as id`,
    [...p, monthStart, date],
  );
  await tx.query('update inspection_planning_state set spot_checked_month = $1 where id = 1', [monthStart]);
  return rows.length;
}

/**
 * Open or returned tasks past their due date are escalated: flagged (once) so the manager's department
 * head sees them in the branch's overdue list (RULES.md §9).
 */
export async function escalateOverdueTasks(tx: Sql, date: LocalDate): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    `update inspection_task set escalated = true, escalated_on = $1, updated_at = now()
      where status in ('open', 'returned') and not escalated and due_date < $1
      returning id::text as id`,
    [date],
  );
  return rows.length;
}

/**
 * After a first or periodic inspection is approved on `completedOn`, the loan's periodic rhythm restarts
 * from it (from the later of it and an earlier completion). With `completedOn` null (a periodic task
 * cancelled) the next date is recomputed from what is on record, rolled forward from `date`.
 */
export async function restartPeriodicPlan(
  tx: Sql,
  loanId: string,
  completedOn: LocalDate | null,
  date: LocalDate,
  defaults: InspectionSettings = DEFAULT_INSPECTION_SETTINGS,
): Promise<void> {
  await tx.query(
    `with ${SETTINGS_CTE}, b as (
       select l.id, case when pl.periodic_basis is null then $12::date
                         else greatest(pl.periodic_basis, coalesce($12::date, pl.periodic_basis)) end as basis
         from loan l left join inspection_plan pl on pl.loan_id = l.id where l.id = $11::bigint
     )
     insert into inspection_plan (loan_id, periodic_basis, next_periodic_due)
     select l.id, b.basis, ${nextPeriodicSql('b.basis', 'l', 'c', '$13::date')}
       from b join loan l on l.id = b.id join customer c on c.id = l.customer_id
     on conflict (loan_id) do update set periodic_basis = excluded.periodic_basis,
       next_periodic_due = excluded.next_periodic_due`,
    [...settingsParams(defaults), loanId, completedOn, date],
  );
}

/**
 * Key customers by size at month end (RULES.md §9): the `count` largest debtors by principal owed become
 * key customers from the next day; those that drop out stop being ones at the end of `date`. Manual
 * flags are untouched. Loans of customers whose status changed get their periodic date recomputed.
 * Idempotent for a date. Returns how many customers were added and removed.
 */
export async function recomputeKeyCustomers(
  tx: Sql,
  date: LocalDate,
  count: number = DEFAULT_KEY_CUSTOMER_COUNT,
  defaults: InspectionSettings = DEFAULT_INSPECTION_SETTINGS,
  requestId: string | null = null,
): Promise<{ added: string[]; removed: string[] }> {
  const from = addDays(date, 1);
  const top = await tx.query<{ customer_id: string; owed: string }>(
    `select l.customer_id::text as customer_id, sum(l.principal_owed)::text as owed
       from loan l where l.status = 'active'
      group by l.customer_id having sum(l.principal_owed) > 0
      order by sum(l.principal_owed) desc, l.customer_id limit $1`,
    [count],
  );
  const ids = top.map((t) => t.customer_id);
  const ended = await tx.query<{ customer_id: string }>(
    `update key_customer set valid_to = $1
      where source = 'monthly_top' and valid_to is null and valid_from <= $1
        and not (customer_id = any($2::bigint[]))
      returning customer_id::text as customer_id`,
    [date, ids],
  );
  // Chosen by an earlier run for the same date (another count) and never in force: gone without a trace.
  const withdrawn = await tx.query<{ customer_id: string }>(
    `delete from key_customer
      where source = 'monthly_top' and valid_to is null and valid_from > $1
        and not (customer_id = any($2::bigint[]))
      returning customer_id::text as customer_id`,
    [date, ids],
  );
  const removed = [...ended, ...withdrawn];
  const added = await tx.query<{ customer_id: string }>(
    `insert into key_customer (customer_id, reason, source, valid_from)
     select v.id, 'principal owed ' || v.owed || ' fen: among the ' || $3::text || ' largest debtors', 'monthly_top', $1
       from unnest($2::bigint[], $4::text[]) as v(id, owed)
     on conflict do nothing
     returning customer_id::text as customer_id`,
    [from, ids, String(count), top.map((t) => t.owed)],
  );
  const changed = [...added, ...removed].map((r) => r.customer_id);
  if (changed.length > 0) {
    await tx.query(
      `with ${SETTINGS_CTE}
       update inspection_plan pl set next_periodic_due = ${nextPeriodicSql('pl.periodic_basis', 'l', 'c', '$12::date')}
         from loan l join customer c on c.id = l.customer_id
        where pl.loan_id = l.id and l.customer_id = any($11::bigint[]) and pl.next_periodic_due is not null`,
      [...settingsParams(defaults), changed, from],
    );
    await appendAudit(tx, {
      actor: 'system',
      action: 'key_customer.recompute',
      objectType: 'key_customer',
      objectId: date,
      after: {
        businessDate: date,
        added: added.map((a) => a.customer_id),
        removed: removed.map((r) => r.customer_id),
      },
      requestId,
    });
  }
  return { added: added.map((a) => a.customer_id), removed: removed.map((r) => r.customer_id) };
}
