import {
  addDays,
  DEFAULT_COLLECTION_STRATEGY,
  type LocalDate,
  type StageRule,
  validateCollectionStrategy,
} from '@daihou/core';
import { integerArray } from '../bulk/array-literal';
import type { Sql } from '../sql-client';

export interface CaseUpdateResult {
  readonly opened: number;
  readonly closed: number;
  readonly restaged: number;
  readonly tasks: number;
  /** Cases opened today (by this call or by the partitions) that received a collector. */
  readonly assigned: number;
  readonly promisesKept: number;
  readonly promisesBroken: number;
}

/**
 * Which loans' cases end of day looks at.
 * - `all-changed` (on its own): the loans whose case can open, close or move stage on `date`. A loan's
 *   DPD, status and arrears change only on days end of day evaluates it (money, a due date, a bucket or
 *   class boundary: evaluated_on = the day), or a write-off marks it — except that DPD also reaches a
 *   stage boundary on days nothing is evaluated, so the loans whose oldest unpaid due date lies exactly a
 *   boundary back join them (loan_overdue_idx).
 * - `{ loanIds }` (an end-of-day partition): the active loans the partition evaluated, in its own
 *   transaction, next to the state it has just written. Their new cases are left unassigned for the run
 *   step, so assignment by workload does not depend on which partition commits first.
 * - `after-partitions` (end of day's run step): what the partitions did not do — loans marked today
 *   that end of day did not evaluate (a write-off) and loans reaching a stage boundary unevaluated — and
 *   then the assignment of every case opened today.
 * Before the first full scan every scope reads the whole book once, for arrears that came with an import
 * or an upgrade.
 */
export type CaseScope = 'all-changed' | 'after-partitions' | { readonly loanIds: readonly string[] };

async function candidateLoans(
  tx: Sql,
  date: LocalDate,
  stageFrom: readonly number[],
  scope: CaseScope,
): Promise<string[] | null> {
  if (typeof scope === 'object') return [...scope.loanIds];
  const [state] = await tx.query<{ scanned_on: string | null }>(
    'select scanned_on::text as scanned_on from collection_state where id = 1',
  );
  if (!state?.scanned_on) return null;
  const evaluated =
    scope === 'all-changed'
      ? 'select id::text as id from loan where evaluated_on = $1::date'
      : `select id::text as id from loan where evaluated_on = $1::date and status <> 'active'`;
  const unevaluated = scope === 'all-changed' ? '' : ' and evaluated_on is distinct from $1::date';
  const rows = await tx.query<{ id: string }>(
    `${evaluated}
     union
     select id::text from loan where status = 'active' and oldest_unpaid_due = any($2::date[])${unevaluated}`,
    [date, stageFrom.map((f) => addDays(date, -f))],
  );
  return rows.map((r) => r.id);
}

function strategyParams(rules: readonly StageRule[]) {
  const r = validateCollectionStrategy(rules);
  return {
    from: r.map((x) => x.fromDpd),
    stage: r.map((x) => x.stage),
    taskStage: r.flatMap((x) => x.tasks.map(() => x.stage)),
    taskKind: r.flatMap((x) => x.tasks),
  };
}

/** The stage of a DPD expression by the strategy's thresholds ($2 from-DPDs, $3 stage names). */
const STAGE_OF = (dpd: string) =>
  `(select st from unnest($2::int[], $3::text[]) x(f, st) where ${dpd} >= f order by f desc limit 1)`;

/**
 * Collection cases at the end of business date `date` (RULES.md §12), set-based over the loans of `scope`:
 * opens a case for every active loan at DPD ≥ 1 without an open one, closes open cases whose loan is
 * current, settled or written off, moves open cases to the stage their DPD reached, creates the stage's
 * tasks once, and refreshes the overdue amount of the cases it looked at. Outside a partition it then
 * assigns the cases opened today (assignOpenedCases) and settles open promises to pay (kept, or broken at
 * the end of the promise date). Every statement is idempotent.
 */
export async function updateCollectionCases(
  tx: Sql,
  date: LocalDate,
  strategy: readonly StageRule[] = DEFAULT_COLLECTION_STRATEGY,
  scope: CaseScope = 'all-changed',
): Promise<CaseUpdateResult> {
  const p = strategyParams(strategy);
  const candidates = await candidateLoans(tx, date, p.from, scope);
  const inPartition = typeof scope === 'object';
  if (candidates !== null && candidates.length === 0 && inPartition) return NOTHING;
  // The loans whose case can open, close or change stage today (parameter $n); all of them on the first run.
  // A semi-join on the unnested list, hashed: `= any(array)` would test each row against the whole list.
  const only = (loan: string, n: number) =>
    candidates === null ? 'true' : `${loan} in (select unnest($${n}::bigint[]))`;
  const ids = integerArray(candidates ?? []);
  const closed = await tx.query<{ id: string }>(
    `update collection_case c
        set status = 'closed', closed_on = $1::date, updated_on = $1::date,
            close_reason = case l.status when 'settled' then 'settled' when 'written_off' then 'written_off'
                                else 'current' end
       from loan l
      where c.loan_id = l.id and c.status = 'open' and ${only('l.id', 2)}
        and (l.status <> 'active' or l.oldest_unpaid_due is null or l.oldest_unpaid_due >= $1::date)
     returning c.id::text as id`,
    candidates === null ? [date] : [date, ids],
  );
  if (closed.length > 0) {
    await tx.query(
      `update collection_task set status = 'cancelled', done_on = $1::date
        where case_id in (select unnest($2::bigint[])) and status = 'open'`,
      [date, integerArray(closed.map((r) => r.id))],
    );
  }
  // Opened unassigned: assignOpenedCases gives them collectors once every partition is done.
  const opened = await tx.query<{ id: string }>(
    `insert into collection_case (loan_id, customer_id, branch_id, opened_on, stage, updated_on)
     select l.id, l.customer_id, l.branch_id, $1::date, ${STAGE_OF('($1::date - l.oldest_unpaid_due)')}, $1::date
       from loan l
      where l.status = 'active' and l.oldest_unpaid_due < $1::date and ${only('l.id', 4)}
        -- offset 0: one probe of collection_case_open_idx per loan, whatever the table's statistics say.
        and not exists (select 1 from collection_case c where c.loan_id = l.id and c.status = 'open' offset 0)
      order by l.id
     on conflict do nothing
     returning id::text as id`,
    candidates === null ? [date, p.from, p.stage] : [date, p.from, p.stage, ids],
  );
  const restaged = await tx.query<{ id: string }>(
    `update collection_case c set stage = s.stage, updated_on = $1::date
       from (select c2.id, ${STAGE_OF('($1::date - l.oldest_unpaid_due)')} as stage
               from collection_case c2 join loan l on l.id = c2.loan_id
              where c2.status = 'open' and ${only('l.id', 4)}) s
      where s.id = c.id and s.stage is not null and s.stage <> c.stage
     returning c.id::text as id`,
    candidates === null ? [date, p.from, p.stage] : [date, p.from, p.stage, ids],
  );
  const changed = integerArray([...opened, ...restaged].map((r) => r.id));
  // Computed first, then written by key, and only the amounts that moved (most open cases of an evaluated
  // loan keep theirs): in one statement the planner hashed every case of the book to join a few hundred.
  const moved = await tx.query<{ id: string; amount: string }>(
    `select c2.id::text as id, x.amount::text as amount
       from collection_case c2
       cross join lateral (
         select coalesce(sum(i.principal_due - i.principal_paid + i.interest_due - i.interest_paid
                             + i.fee_due - i.fee_paid), 0) as amount
           from installment i where i.loan_id = c2.loan_id and i.due_date < $1::date) x
      where c2.status = 'open' and x.amount <> c2.overdue_amount
        -- A union, not an or: each half probes its index; an or of two semi-joins read every case.
        and c2.id in (select unnest($2::bigint[])
                      union all
                      select c3.id from collection_case c3 where c3.status = 'open' and ${only('c3.loan_id', 3)})`,
    candidates === null ? [date, changed] : [date, changed, ids],
  );
  if (moved.length > 0) {
    await tx.query(
      `update collection_case c set overdue_amount = v.amount
         from unnest($1::bigint[], $2::bigint[]) as v(id, amount) where c.id = v.id`,
      [integerArray(moved.map((m) => m.id)), integerArray(moved.map((m) => m.amount))],
    );
  }
  if (candidates === null) await tx.query('update collection_state set scanned_on = $1 where id = 1', [date]);
  const tasks =
    changed === '{}'
      ? []
      : await tx.query<{ id: string }>(
          `insert into collection_task (case_id, stage, kind, created_on)
           select c.id, c.stage, k.kind, $1::date
             from collection_case c join unnest($3::text[], $4::text[]) with ordinality k(stage, kind, ord) on k.stage = c.stage
            where c.id in (select unnest($2::bigint[]))
            order by c.id, k.ord
           on conflict do nothing
           returning id::text as id`,
          [date, changed, p.taskStage, p.taskKind],
        );
  const result = {
    opened: opened.length,
    closed: closed.length,
    restaged: restaged.length,
    tasks: tasks.length,
  };
  if (inPartition) return { ...result, assigned: 0, promisesKept: 0, promisesBroken: 0 };
  const assigned = await assignOpenedCases(tx, date);
  const promises = await tx.query<{ status: 'kept' | 'broken' }>(
    `update promise_to_pay p
        set status = case when x.repaid >= p.amount then 'kept' else 'broken' end, resolved_on = $1::date
       from (select p2.id, coalesce(sum(r.amount), 0) as repaid
               from promise_to_pay p2
               left join repayment r on r.loan_id = p2.loan_id and r.status = 'booked'
                                    and r.value_date >= p2.promised_on and r.value_date <= $1::date
              where p2.status = 'open'
              group by p2.id) x
      where x.id = p.id and (x.repaid >= p.amount or p.promise_date <= $1::date)
     returning p.status`,
    [date],
  );
  return {
    ...result,
    assigned,
    promisesKept: promises.filter((r) => r.status === 'kept').length,
    promisesBroken: promises.filter((r) => r.status === 'broken').length,
  };
}

const NOTHING: CaseUpdateResult = {
  opened: 0,
  closed: 0,
  restaged: 0,
  tasks: 0,
  assigned: 0,
  promisesKept: 0,
  promisesBroken: 0,
};

/**
 * Gives the unassigned cases opened on `date` their collectors (RULES.md §12): round-robin in loan order
 * over the active collectors of the case's branch, or of its nearest ancestor branch that has any, the
 * least loaded first. Run once, after every case of the day is open, so the result does not depend on
 * the order partitions committed in. A case of a branch without collectors stays unassigned.
 */
export async function assignOpenedCases(tx: Sql, date: LocalDate): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    `with due as (
       select c.id, c.branch_id, b.path,
              row_number() over (partition by c.branch_id order by c.loan_id) - 1 as rn
         from collection_case c join branch b on b.id = c.branch_id
        where c.status = 'open' and c.assignee_id is null and c.opened_on = $1::date
     ), branches as (
       select distinct branch_id, path from due
     ), nearest as (
       -- The collectors of the case's branch, else of its nearest ancestor that has any.
       select x.branch_id, x.user_id from (
         select br.branch_id, u.id as user_id,
                rank() over (partition by br.branch_id order by length(ub.path) desc) as depth_rank
           from branches br
           join branch ub on starts_with(br.path, ub.path)
           join app_user u on u.branch_id = ub.id and u.active and 'collector' = any(u.roles)) x
        where x.depth_rank = 1
     ), collectors as (
       select n.branch_id, n.user_id as id,
              row_number() over (partition by n.branch_id order by coalesce(w.n, 0), n.user_id) - 1 as k,
              count(*) over (partition by n.branch_id) as n
         from nearest n
         left join (select assignee_id, count(*) as n from collection_case where status = 'open' group by assignee_id) w
           on w.assignee_id = n.user_id
     )
     update collection_case x set assignee_id = c.id
       from due d join collectors c on c.branch_id = d.branch_id and c.k = d.rn % c.n
      where x.id = d.id
     returning x.id::text as id`,
    [date],
  );
  return rows.length;
}
