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
  readonly promisesKept: number;
  readonly promisesBroken: number;
}

/**
 * The loans whose case can open, close or move stage on `date`, or null before the first full scan. A
 * loan's DPD, status and arrears change only on days end of day evaluates it (money, a due date, a
 * bucket or class boundary: evaluated_on = the day) — except that DPD also reaches a stage boundary on
 * days nothing is evaluated, so the loans whose oldest unpaid due date lies exactly a boundary back
 * join them (loan_overdue_idx). The first run reads the whole book once, for arrears that came with an
 * import or an upgrade.
 */
async function candidateLoans(
  tx: Sql,
  date: LocalDate,
  stageFrom: readonly number[],
): Promise<string[] | null> {
  const [state] = await tx.query<{ scanned_on: string | null }>(
    'select scanned_on::text as scanned_on from collection_state where id = 1',
  );
  if (!state?.scanned_on) return null;
  const rows = await tx.query<{ id: string }>(
    `select id::text as id from loan where evaluated_on = $1::date
     union
     select id::text from loan where status = 'active' and oldest_unpaid_due = any($2::date[])`,
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
 * Collection cases at the end of business date `date` (RULES.md §12), set-based: opens a case for every
 * active loan at DPD ≥ 1 without an open one (an index range of loan.oldest_unpaid_due), assigns it
 * round-robin to the collectors of its branch (or of the nearest ancestor branch with any), the least loaded first, closes open cases whose loan is
 * current, settled or written off, moves open cases to the stage their DPD reached, creates the stage's
 * tasks once, refreshes the overdue amount of cases whose loan end of day evaluated today, and settles
 * open promises to pay (kept, or broken at the end of the promise date). Every statement is idempotent.
 */
export async function updateCollectionCases(
  tx: Sql,
  date: LocalDate,
  strategy: readonly StageRule[] = DEFAULT_COLLECTION_STRATEGY,
): Promise<CaseUpdateResult> {
  const p = strategyParams(strategy);
  const candidates = await candidateLoans(tx, date, p.from);
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
      `update collection_task set status = 'cancelled', done_on = $1::date where case_id = any($2::bigint[]) and status = 'open'`,
      [date, closed.map((r) => r.id)],
    );
  }
  const opened = await tx.query<{ id: string }>(
    `with due as (
       select l.id, l.customer_id, l.branch_id, lb.path, ${STAGE_OF('($1::date - l.oldest_unpaid_due)')} as stage,
              row_number() over (partition by l.branch_id order by l.id) - 1 as rn
         from loan l join branch lb on lb.id = l.branch_id
        where l.status = 'active' and l.oldest_unpaid_due < $1::date and ${only('l.id', 4)}
          -- offset 0: one probe of collection_case_open_idx per loan, whatever the table's statistics say.
          and not exists (select 1 from collection_case c where c.loan_id = l.id and c.status = 'open' offset 0)
     ), branches as (
       select distinct branch_id, path from due
     ), nearest as (
       -- The collectors of the loan's branch, else of its nearest ancestor that has any.
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
     insert into collection_case (loan_id, customer_id, branch_id, opened_on, stage, assignee_id, updated_on)
     select d.id, d.customer_id, d.branch_id, $1::date, d.stage, c.id, $1::date
       from due d left join collectors c on c.branch_id = d.branch_id and c.k = d.rn % c.n
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
  const changed = [...opened, ...restaged].map((r) => r.id);
  await tx.query(
    `update collection_case c set overdue_amount = coalesce((
        select sum(i.principal_due - i.principal_paid + i.interest_due - i.interest_paid + i.fee_due - i.fee_paid)
          from installment i where i.loan_id = c.loan_id and i.due_date < $1::date), 0)
      where c.status = 'open'
        and (c.id = any($2::bigint[]) or c.loan_id in (select id from loan where evaluated_on = $1::date))`,
    [date, changed],
  );
  if (candidates === null) await tx.query('update collection_state set scanned_on = $1 where id = 1', [date]);
  const tasks =
    changed.length === 0
      ? []
      : await tx.query<{ id: string }>(
          `insert into collection_task (case_id, stage, kind, created_on)
           select c.id, c.stage, k.kind, $1::date
             from collection_case c join unnest($3::text[], $4::text[]) with ordinality k(stage, kind, ord) on k.stage = c.stage
            where c.id = any($2::bigint[])
            order by c.id, k.ord
           on conflict do nothing
           returning id::text as id`,
          [date, changed, p.taskStage, p.taskKind],
        );
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
    opened: opened.length,
    closed: closed.length,
    restaged: restaged.length,
    tasks: tasks.length,
    promisesKept: promises.filter((r) => r.status === 'kept').length,
    promisesBroken: promises.filter((r) => r.status === 'broken').length,
  };
}
