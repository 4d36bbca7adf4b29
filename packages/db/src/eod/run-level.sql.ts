import type { LocalDate } from '@daihou/core';
import { integerArray, textArray } from '../bulk/array-literal';
import type { Sql } from '../sql-client';

/**
 * RULES.md §5 enterprise debtors, set-based over the enterprise loans after the partitions: an enterprise
 * whose non-performing share of principal owed (by the loans' own classes) is above `share` gets
 * debtor_npl_floor on all its active loans, which lifts each to at least substandard; a debtor back
 * under the share loses it. Returns the loans whose final class changed, with events and history.
 */
export async function applyDebtorRule(
  tx: Sql,
  date: LocalDate,
  share: { n: bigint; d: bigint },
  provisionRates: Record<string, { n: bigint; d: bigint }>,
): Promise<number> {
  const rate = (c: string) => provisionRates[c]!;
  const changed = await tx.query<{ id: string; old_class: string; new_class: string; new_rule: string }>(
    `with debtor as (
       select l.customer_id,
              sum(l.principal_owed) as owed,
              sum(l.principal_owed) filter (where l.own_classification in ('substandard', 'doubtful', 'loss')) as npl
         from customer c join loan l on l.customer_id = c.id
        where c.customer_type = 'enterprise' and l.status = 'active'
        group by l.customer_id
     ), affected as (
       -- Loans of debtors with something non-performing, and loans carrying the floor now: the only ones
       -- whose floor can turn on or off. Both come from indexes, not from a scan of the whole book.
       select l.id from debtor d join loan l on l.customer_id = d.customer_id
        where d.npl > 0 and l.status = 'active'
       union
       select l.id from loan l where l.debtor_npl_floor and l.status = 'active'
     ), flag as (
       select l.id, l.classification as old_class, l.class_rule as old_rule,
              coalesce(d.owed > 0 and coalesce(d.npl, 0) * $2::numeric > $1::numeric * d.owed, false) as floor_on,
              l.own_classification, l.own_class_rule
         from affected a join loan l on l.id = a.id left join debtor d on d.customer_id = l.customer_id
     ), decided as (
       select id, old_class, old_rule, floor_on,
              case when floor_on and own_classification in ('normal', 'special_mention') then 'substandard'
                   else own_classification end as new_class,
              case when floor_on and own_classification in ('normal', 'special_mention') then 'debtor>10%npl'
                   else own_class_rule end as new_rule
         from flag
     )
     update loan l set debtor_npl_floor = d.floor_on, classification = d.new_class, class_rule = d.new_rule,
            specific_provision = round(l.principal_owed * case d.new_class
              when 'normal' then $3::numeric when 'special_mention' then $4::numeric
              when 'substandard' then $5::numeric when 'doubtful' then $6::numeric else $7::numeric end)
       from decided d
      where l.id = d.id and (l.debtor_npl_floor <> d.floor_on or l.classification <> d.new_class)
      returning l.id::text as id, d.old_class, d.new_class, d.new_rule`,
    [
      share.n.toString(),
      share.d.toString(),
      ratioText(rate('normal')),
      ratioText(rate('special_mention')),
      ratioText(rate('substandard')),
      ratioText(rate('doubtful')),
      ratioText(rate('loss')),
    ],
  );
  const moved = changed.filter((c) => c.old_class !== c.new_class);
  if (moved.length === 0) return 0;
  await tx.query(
    `insert into loan_event (loan_id, business_date, event_type, old_value, new_value, rule, actor)
     select v.id::bigint, $1::date, 'classification', v.old_class, v.new_class, v.new_rule, 'eod'
       from unnest($2::text[], $3::text[], $4::text[], $5::text[]) as v(id, old_class, new_class, new_rule)
     on conflict do nothing`,
    [
      date,
      moved.map((m) => m.id),
      moved.map((m) => m.old_class),
      moved.map((m) => m.new_class),
      moved.map((m) => m.new_rule),
    ],
  );
  const ids = moved.map((m) => m.id);
  await tx.query(
    `update loan_state_history set valid_to = $1
      where loan_id = any($2::bigint[]) and valid_to = 'infinity' and valid_from < $1`,
    [date, ids],
  );
  await tx.query(
    `insert into loan_state_history (loan_id, valid_from, status, principal_owed, credit_balance,
                                     oldest_unpaid_due, classification, class_rule, specific_provision)
     select id, $1::date, status, principal_owed, credit_balance, oldest_unpaid_due, classification, class_rule,
            specific_provision
       from loan where id = any($2::bigint[])
     on conflict (loan_id, valid_from) do update set classification = excluded.classification,
       class_rule = excluded.class_rule, specific_provision = excluded.specific_provision`,
    [date, ids],
  );
  return moved.length;
}

/** The exact decimal text of a ratio whose denominator is a power of ten, for SQL numeric arithmetic. */
function ratioText(r: { n: bigint; d: bigint }): string {
  const digits = r.d.toString().length - 1;
  if (10n ** BigInt(digits) !== r.d) throw new RangeError(`provision rate ${r.n}/${r.d} is not a decimal`);
  if (digits === 0) return r.n.toString();
  const s = r.n.toString().padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/**
 * The portfolio at the end of `date` by branch, bucket and class (dashboard trends). The one step that
 * reads every loan: it is read with a plain select, which PostgreSQL may run as a parallel scan (an
 * insert … select never is), and the few dozen totals are written afterwards.
 */
export async function snapshotPortfolio(tx: Sql, date: LocalDate): Promise<number> {
  await tx.query('delete from portfolio_daily where business_date = $1', [date]);
  const totals = await tx.query<{
    branch_id: string;
    bucket: string;
    classification: string;
    loans: string;
    principal_owed: string;
    specific_provision: string;
  }>(
    `select branch_id, bucket, classification, count(*)::text as loans, sum(principal_owed)::text as principal_owed,
            sum(specific_provision)::text as specific_provision
       from loan where status = 'active'
      group by branch_id, bucket, classification`,
  );
  if (totals.length === 0) return 0;
  await tx.query(
    `insert into portfolio_daily (business_date, branch_id, bucket, classification, loans, principal_owed,
                                  specific_provision)
     select $1::date, * from unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::bigint[], $7::bigint[])`,
    [
      date,
      textArray(totals.map((t) => t.branch_id)),
      textArray(totals.map((t) => t.bucket)),
      textArray(totals.map((t) => t.classification)),
      integerArray(totals.map((t) => t.loans)),
      integerArray(totals.map((t) => t.principal_owed)),
      integerArray(totals.map((t) => t.specific_provision)),
    ],
  );
  return totals.length;
}
