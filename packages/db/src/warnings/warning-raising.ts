import {
  addDays,
  addMonthsClamped,
  type CollateralFacts,
  DEFAULT_WARNING_SETTINGS,
  evaluateSignals,
  findGuaranteeCircles,
  type GuarantorExposureFacts,
  type GuarantorFacts,
  type InstallmentFacts,
  LIMITATION_YEARS,
  type LoanSignalFacts,
  type LocalDate,
  type Signal,
  signalsToRaise,
  validateWarningSettings,
  type WarningSettings,
} from '@daihou/core';
import { loanClockFacts } from '../recovery/demand.repo';
import { groupBy } from '../shared/group-by';
import type { Sql } from '../sql-client';

export interface RaiseResult {
  readonly candidates: number;
  readonly raised: number;
  readonly circles: number;
}

/** Candidate loans are evaluated in chunks so memory stays bounded on a large day. */
const CHUNK = 5000;

/**
 * The days `from` with addMonthsClamped(from, months) = `target`: one, or up to four at a month's end
 * (2026-02-28 is 36 months after 2023-02-28 … 2023-02-31 does not exist, but 12 months after 2025-02-28
 * only). A clock's end reaches a window boundary today exactly when its start is one of them.
 */
export function startsEndingOn(target: LocalDate, months: number): LocalDate[] {
  const around = addMonthsClamped(target, -months);
  const out: LocalDate[] = [];
  for (let k = -3; k <= 3; k++) {
    const from = addDays(around, k);
    if (addMonthsClamped(from, months) === target) out.push(from);
  }
  return out;
}

/**
 * RULES.md §11 signals for the end of business date `date`, raised as warnings. Only loans whose state
 * could have changed are read (docs/domain/warnings-and-collection.md): loans end of day evaluated today
 * (money moved, a bucket or class boundary, a due date), loans crossing a configured DPD threshold today,
 * loans guaranteed by a customer with a loan evaluated overdue today, loans of guarantee-circle members
 * when a member is overdue, loans whose limitation period, guarantee period or collateral insurance /
 * registration is exactly its window away today (found by indexed dates, never by a pass over the book),
 * and the loans of guarantors with a guarantee written since the last run (exposure). Core decides; the partial unique index on open warnings plus
 * `on conflict do nothing` make a rerun add nothing.
 */
export async function raiseWarnings(
  tx: Sql,
  date: LocalDate,
  settings: WarningSettings = DEFAULT_WARNING_SETTINGS,
): Promise<RaiseResult> {
  const s = validateWarningSettings(settings);
  // The loans whose DPD reaches a threshold today are those whose oldest unpaid due date is that far back.
  const thresholds = s.dpdThresholds.map((t) => t.dpd);
  const circles = await guaranteeCircles(tx, date);
  // Clock signals: the loans whose deadline is exactly the window away today. The limitation period starts
  // at the last due date (the maturity) or at the latest restart, the guarantee period at maturity, so
  // those dates find them by index (loan_maturity_idx, the demand and filing date indexes).
  const limitationStarts = startsEndingOn(addDays(date, s.limitationWindowDays), LIMITATION_YEARS * 12);
  const guaranteeStarts = startsEndingOn(addDays(date, s.guaranteePeriodWindowDays), s.guaranteePeriodMonths);
  const [state] = await tx.query<{ through: string; top: string | null }>(
    `select exposure_guarantees_through::text as through, (select max(id) from guarantee)::text as top
       from collection_state where id = 1`,
  );
  const exposureThrough = state?.through ?? '0';
  const rows = await tx.query<{ id: string }>(
    `select id::text as id from loan where evaluated_on = $1::date and status = 'active'
     union
     select id::text from loan
      where status = 'active' and oldest_unpaid_due = any($2::date[])
     union
     select l.id::text from loan l
       join guarantee g on g.contract_id = l.contract_id
      where l.status = 'active'
        and g.guarantor_customer_id in (select customer_id from loan
                                         where evaluated_on = $1::date and status = 'active'
                                           and oldest_unpaid_due < $1::date)
     union
     select l.id::text from loan l
      where l.status = 'active' and l.customer_id = any($3::bigint[])
        and not exists (select 1 from warning w where w.loan_id = l.id and w.code = 'guarantee_circle'
                                                   and w.status in ('raised', 'confirmed'))
     union
     -- The last installment falls due on the maturity (core's maturityDate; rescheduling moves both).
     select id::text from loan where status = 'active' and maturity_date = any($4::date[])
     union
     select d.loan_id::text from recovery_demand d join loan l on l.id = d.loan_id
      where d.target = 'borrower' and d.made_on = any($4::date[]) and l.status = 'active'
     union
     select s.loan_id::text from litigation_step s join loan l on l.id = s.loan_id
      where s.stage = 'filing' and s.step_on = any($4::date[]) and l.status = 'active'
     union
     select l.id::text from loan l
      where l.status = 'active' and l.maturity_date = any($5::date[])
        and exists (select 1 from guarantee g where g.contract_id = l.contract_id)
     union
     -- loan has no contract index: through the contract's customer (loan_customer_idx).
     select l.id::text from collateral k join contract c on c.id = k.contract_id
       join loan l on l.customer_id = c.customer_id and l.contract_id = c.id
      where (k.insurance_expiry = $6::date or k.registration_expiry = $6::date) and l.status = 'active'
     union
     -- Guarantees written since the last run change their guarantor's exposure: every loan that
     -- guarantor (same identity document) guarantees is weighed again. The first run weighs them all.
     select l.id::text from guarantee n
       join guarantee g on g.guarantor_id_type = n.guarantor_id_type
                       and g.guarantor_id_number = n.guarantor_id_number
       join contract c on c.id = g.contract_id
       join loan l on l.customer_id = c.customer_id and l.contract_id = c.id
      where n.id > $7::bigint and l.status = 'active'`,
    [
      date,
      thresholds.map((t) => addDays(date, -t)),
      [...circles.byCustomer.keys()],
      limitationStarts,
      guaranteeStarts,
      addDays(date, s.collateralExpiryWindowDays),
      exposureThrough,
    ],
  );
  if (state?.top != null && state.top !== exposureThrough) {
    await tx.query('update collection_state set exposure_guarantees_through = $1 where id = 1', [state.top]);
  }
  const ids = rows.map((r) => r.id).sort((a, b) => Number(a) - Number(b));
  let raised = 0;
  for (let i = 0; i < ids.length; i += CHUNK) {
    raised += await raiseChunk(tx, date, ids.slice(i, i + CHUNK), s, circles.byCustomer);
  }
  return { candidates: ids.length, raised, circles: circles.count };
}

interface CircleOfCustomer {
  readonly members: string[];
  readonly overdueMembers: string[];
}

/**
 * Guarantee circles across the book with at least one overdue member, by member customer id. The graph
 * is borrower → guarantor over guarantees of contracts with active loans where the guarantor is a
 * customer of the bank; core's iterative Tarjan finds its strongly connected components.
 */
export async function guaranteeCircles(
  tx: Sql,
  date: LocalDate,
): Promise<{ count: number; byCustomer: Map<string, CircleOfCustomer> }> {
  const edges = await tx.query<{ b: string; g: string }>(
    `select distinct c.customer_id::text as b, g.guarantor_customer_id::text as g
       from guarantee g join contract c on c.id = g.contract_id
      where g.guarantor_customer_id is not null
        and exists (select 1 from loan l where l.contract_id = c.id and l.status = 'active')`,
  );
  const index = new Map<string, number>();
  const names: string[] = [];
  const idOf = (c: string) => {
    let i = index.get(c);
    if (i === undefined) {
      i = names.length;
      index.set(c, i);
      names.push(c);
    }
    return i;
  };
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  edges.forEach((e, i) => {
    from[i] = idOf(e.b);
    to[i] = idOf(e.g);
  });
  const { circles } = findGuaranteeCircles({ nodes: names.length, from, to });
  const byCustomer = new Map<string, CircleOfCustomer>();
  if (circles.length === 0) return { count: 0, byCustomer };
  const memberIds = circles.flat().map((i) => names[i]!);
  const overdue = new Set(
    (
      await tx.query<{ id: string }>(
        `select distinct customer_id::text as id from loan
          where customer_id = any($1::bigint[]) and status = 'active' and oldest_unpaid_due < $2::date`,
        [memberIds, date],
      )
    ).map((r) => r.id),
  );
  let count = 0;
  for (const circle of circles) {
    const members = circle.map((i) => names[i]!).sort((a, b) => Number(a) - Number(b));
    const overdueMembers = members.filter((m) => overdue.has(m));
    count++;
    if (overdueMembers.length === 0) continue;
    for (const m of members) byCustomer.set(m, { members, overdueMembers });
  }
  return { count, byCustomer };
}

async function raiseChunk(
  tx: Sql,
  date: LocalDate,
  ids: string[],
  settings: WarningSettings,
  circles: Map<string, CircleOfCustomer>,
): Promise<number> {
  const loans = await tx.query<{
    id: string;
    customer_id: string;
    branch_id: string;
    dpd: number;
    contract_id: string;
    maturity_date: LocalDate;
  }>(
    `select id::text as id, customer_id::text as customer_id, branch_id,
            case when oldest_unpaid_due < $2::date then $2::date - oldest_unpaid_due else 0 end as dpd,
            contract_id::text as contract_id, maturity_date::text as maturity_date
       from loan where id = any($1::bigint[])`,
    [ids, date],
  );
  const clocks = await loanClockFacts(
    tx,
    loans.map((l) => ({ id: l.id, contractId: l.contract_id, maturityDate: l.maturity_date })),
  );
  const coll = await tx.query<{
    contract_id: string;
    id: string;
    collateral_type: string;
    description: string;
    insurance_expiry: LocalDate | null;
    registration_expiry: LocalDate | null;
  }>(
    `select contract_id::text as contract_id, id::text as id, collateral_type, description,
            insurance_expiry::text as insurance_expiry, registration_expiry::text as registration_expiry
       from collateral where contract_id = any($1::bigint[])
        and (insurance_expiry is not null or registration_expiry is not null)
      order by id`,
    [[...new Set(loans.map((l) => l.contract_id))]],
  );
  // Exposure of each guarantor with a recorded net worth: everything guaranteed under the same identity
  // document on contracts with an active loan (guarantee_identity_idx).
  const expo = await tx.query<{
    loan_id: string;
    guarantee_id: string;
    guarantor_name: string;
    net_worth: string;
    exposure: string;
    n: number;
  }>(
    `select l.id::text as loan_id, g.id::text as guarantee_id, g.guarantor_name, g.net_worth::text as net_worth,
            x.exposure::text as exposure, x.n
       from loan l
       join guarantee g on g.contract_id = l.contract_id and g.net_worth is not null
       cross join lateral (
         select coalesce(sum(h.amount), 0) as exposure, count(*)::int as n
           from guarantee h join contract c on c.id = h.contract_id
          where h.guarantor_id_type = g.guarantor_id_type and h.guarantor_id_number = g.guarantor_id_number
            and exists (select 1 from loan m where m.customer_id = c.customer_id and m.contract_id = c.id
                                               and m.status = 'active')) x
      where l.id = any($1::bigint[])
      order by l.id, g.id`,
    [ids],
  );
  const inst = await tx.query<{
    loan_id: string;
    period: number;
    due_date: LocalDate;
    due: string;
    paid: string;
    paid_off_on: LocalDate | null;
  }>(
    `select i.loan_id::text as loan_id, i.period, i.due_date::text as due_date,
            (i.principal_due + i.interest_due + i.fee_due)::text as due,
            (i.principal_paid + i.interest_paid + i.fee_paid)::text as paid,
            case when i.principal_paid + i.interest_paid + i.fee_paid = i.principal_due + i.interest_due + i.fee_due
                 then (select max(a.value_date) from repayment_allocation a
                        where a.loan_id = i.loan_id and a.period = i.period
                          and a.component in ('principal', 'interest', 'fee'))::text end as paid_off_on
       from installment i
      where i.loan_id = any($1::bigint[]) and i.kind = 'scheduled' and i.due_date <= $2::date
        -- Installment signals need money paid (partial, paid late): a loan without any repayment has
        -- none, and most of a day's candidates are loans falling due that never paid (core agrees).
        and i.loan_id in (select r.loan_id from repayment r where r.loan_id = any($1::bigint[]))
      order by i.loan_id, i.period`,
    [ids, date],
  );
  const guar = await tx.query<{
    loan_id: string;
    guarantor: string;
    overdue_loan: string | null;
    dpd: number | null;
    owed: string | null;
  }>(
    `select distinct l.id::text as loan_id, g.guarantor_customer_id::text as guarantor, o.id::text as overdue_loan,
            ($2::date - o.oldest_unpaid_due) as dpd, o.principal_owed::text as owed
       from loan l
       join guarantee g on g.contract_id = l.contract_id and g.guarantor_customer_id is not null
       left join loan o on o.customer_id = g.guarantor_customer_id and o.status = 'active'
                       and o.oldest_unpaid_due < $2::date
      where l.id = any($1::bigint[])
      order by 1, 2, 3`,
    [ids, date],
  );
  const open = await tx.query<{ loan_id: string; code: string }>(
    `select loan_id::text as loan_id, code from warning
      where loan_id = any($1::bigint[]) and status in ('raised', 'confirmed')`,
    [ids],
  );

  const installments = groupBy(inst, (r) => r.loan_id);
  const guarantors = groupBy(guar, (r) => r.loan_id);
  const openCodes = groupBy(open, (r) => r.loan_id);
  const collateral = groupBy(coll, (r) => r.contract_id);
  const exposures = groupBy(expo, (r) => r.loan_id);
  const out: { loanId: string; customerId: string; branchId: string; signal: Signal }[] = [];
  for (const l of loans) {
    const facts: LoanSignalFacts = {
      loanId: l.id,
      dpd: Number(l.dpd),
      installments: (installments.get(l.id) ?? []).map(
        (r): InstallmentFacts => ({
          period: r.period,
          dueDate: r.due_date,
          due: Number(r.due),
          paid: Number(r.paid),
          paidOffOn: r.paid_off_on,
        }),
      ),
      guarantors: guarantorFacts(guarantors.get(l.id) ?? []),
      circle: circles.get(l.customer_id) ?? null,
      clocks: clocks.get(l.id),
      collateral: (collateral.get(l.contract_id) ?? []).map(
        (r): CollateralFacts => ({
          collateralId: r.id,
          collateralType: r.collateral_type,
          description: r.description,
          insuranceExpiry: r.insurance_expiry,
          registrationExpiry: r.registration_expiry,
        }),
      ),
      guarantorExposures: (exposures.get(l.id) ?? []).map(
        (r): GuarantorExposureFacts => ({
          guaranteeId: r.guarantee_id,
          guarantorName: r.guarantor_name,
          netWorth: Number(r.net_worth),
          exposure: Number(r.exposure),
          guarantees: Number(r.n),
        }),
      ),
    };
    const codes = new Set((openCodes.get(l.id) ?? []).map((r) => r.code));
    for (const signal of signalsToRaise(evaluateSignals(facts, date, settings), codes)) {
      out.push({ loanId: l.id, customerId: l.customer_id, branchId: l.branch_id, signal });
    }
  }
  if (out.length === 0) return 0;
  const inserted = await tx.query<{ id: string }>(
    `insert into warning (loan_id, customer_id, branch_id, code, level, evidence, raised_on, raised_by)
     select v.loan_id, v.customer_id, v.branch_id, v.code, v.level, v.evidence::jsonb, $1::date, 'eod'
       from unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[])
         as v(loan_id, customer_id, branch_id, code, level, evidence)
     on conflict do nothing
     returning id::text as id`,
    [
      date,
      out.map((o) => o.loanId),
      out.map((o) => o.customerId),
      out.map((o) => o.branchId),
      out.map((o) => o.signal.code),
      out.map((o) => o.signal.level),
      out.map((o) => JSON.stringify(o.signal.evidence)),
    ],
  );
  return inserted.length;
}

function guarantorFacts(
  rows: readonly {
    guarantor: string;
    overdue_loan: string | null;
    dpd: number | null;
    owed: string | null;
  }[],
): GuarantorFacts[] {
  const by = groupBy(rows, (r) => r.guarantor);
  return [...by].map(([guarantorCustomerId, rs]) => ({
    guarantorCustomerId,
    overdueLoans: rs
      .filter((r) => r.overdue_loan !== null)
      .map((r) => ({ loanId: r.overdue_loan!, dpd: Number(r.dpd), principalOwed: Number(r.owed) })),
  }));
}
