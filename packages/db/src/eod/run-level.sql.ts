import type { LocalDate } from '@daihou/core';
import type { Sql } from '../sql-client';

/**
 * RULES.md §5 enterprise debtors, set-based over the whole book after the partitions: an enterprise
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
         from loan l join customer c on c.id = l.customer_id
        where c.customer_type = 'enterprise' and l.status = 'active'
        group by l.customer_id
     ), flag as (
       select l.id, l.classification as old_class, l.class_rule as old_rule,
              coalesce(d.owed > 0 and coalesce(d.npl, 0) * $2::numeric > $1::numeric * d.owed, false) as floor_on,
              l.own_classification, l.own_class_rule
         from loan l left join debtor d on d.customer_id = l.customer_id
        where l.status = 'active' and (l.debtor_npl_floor or d.npl > 0)
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

/** The portfolio at the end of `date` by branch, bucket and class (dashboard trends). */
export async function snapshotPortfolio(tx: Sql, date: LocalDate): Promise<number> {
  await tx.query('delete from portfolio_daily where business_date = $1', [date]);
  const rows = await tx.query<{ n: string }>(
    `with ins as (
       insert into portfolio_daily (business_date, branch_id, bucket, classification, loans, principal_owed,
                                    specific_provision)
       select $1::date, branch_id, bucket, classification, count(*), sum(principal_owed), sum(specific_provision)
         from loan where status = 'active'
        group by branch_id, bucket, classification
       returning 1)
     select count(*)::text as n from ins`,
    [date],
  );
  return Number(rows[0]?.n ?? 0);
}
