import type { AccessScope } from '../repositories/access-scope';
import { type LoanListFilter, loanConditions } from '../repositories/loan-query.repo';
import type { Sql } from '../sql-client';

/** One line of the loan register (台账): the loan, its parties and its outstanding amounts in fen. */
export interface RegisterRow {
  readonly id: string;
  readonly loan_no: string;
  readonly contract_no: string;
  readonly customer_no: string;
  readonly customer_name: string;
  readonly customer_type: string;
  readonly id_type: string;
  readonly id_number: string;
  readonly phone: string | null;
  readonly branch_id: string;
  readonly branch_name: string;
  readonly manager_username: string | null;
  readonly manager_name: string | null;
  readonly principal: string;
  readonly annual_rate: string;
  readonly method: string;
  readonly term: number;
  readonly frequency: string;
  readonly disbursement_date: string;
  readonly maturity_date: string;
  readonly security_type: string;
  readonly status: string;
  readonly accrued_through: string;
  readonly principal_owed: string;
  readonly credit_balance: string;
  readonly dpd: number;
  readonly bucket: string;
  readonly classification: string;
  readonly overdue_principal: string;
  readonly overdue_interest: string;
  readonly penalty: string;
  readonly compound: string;
}

/**
 * Makes the transaction an export runs in a consistent snapshot (every page sees the same state even
 * if end of day commits meanwhile) and turns JIT off for it: right after a bulk import the planner's
 * row estimates are far off and it would JIT-compile every page query, which costs more than the page.
 * Must be the first statement of the transaction.
 */
export async function beginRegisterSnapshot(tx: Sql): Promise<void> {
  await tx.exec('set transaction isolation level repeatable read, read only; set local jit = off');
}

/** The register's columns and joins; callers add the WHERE, the order and the limit. */
const REGISTER_SELECT = `select l.id::text as id, l.loan_no, ct.contract_no, c.customer_no, c.name as customer_name,
            c.customer_type, c.id_type, c.id_number, c.phone, l.branch_id, b.name as branch_name,
            u.username as manager_username, u.display_name as manager_name,
            l.principal, l.annual_rate::text as annual_rate, l.method, l.term, l.frequency,
            l.disbursement_date, l.maturity_date, l.security_type, l.status, l.accrued_through,
            l.principal_owed, l.credit_balance, l.dpd, l.bucket, l.classification,
            s.overdue_principal, s.overdue_interest, s.penalty, s.compound
       from loan l
       join customer c on c.id = l.customer_id
       join contract ct on ct.id = l.contract_id
       join branch b on b.id = l.branch_id
       left join app_user u on u.id = l.manager_id
       cross join lateral (
         select coalesce(sum(i.principal_due - i.principal_paid) filter (where i.due_date < l.accrued_through), 0)
                  as overdue_principal,
                coalesce(sum(i.interest_due - i.interest_paid) filter (where i.due_date < l.accrued_through), 0)
                  as overdue_interest,
                coalesce(sum((i.penalty_micro * 2 + 1000000) / 2000000 - i.penalty_paid), 0) as penalty,
                coalesce(sum((i.compound_micro * 2 + 1000000) / 2000000 - i.compound_paid), 0) as compound
           from installment i where i.loan_id = l.id
       ) s`;

/**
 * A page of the register in loan id order, after `afterId` (keyset paging, so 100,000 loans stream in
 * constant memory). Overdue amounts count installments due before the loan's accrued-through date, the
 * date its state describes; penalty and compound owed are round-half-up(micro / 10⁶) minus paid per
 * installment (RULES.md §3), computed in integer SQL.
 */
export async function readRegisterPage(sql: Sql, afterId: string, limit: number): Promise<RegisterRow[]> {
  return sql.query<RegisterRow>(
    `${REGISTER_SELECT}
      where l.id > $1::bigint
      order by l.id
      limit $2`,
    [afterId, limit],
  );
}

/**
 * The register's loans inside `scope` matching a loan-list filter (the same conditions as GET /loans), a
 * page after `afterId` in loan id order. Its sort is ignored: keyset paging needs the id order.
 */
export async function readRegisterPageInScope(
  sql: Sql,
  scope: AccessScope,
  filter: LoanListFilter,
  afterId: string,
  limit: number,
): Promise<RegisterRow[]> {
  const w = loanConditions(scope, filter);
  w.add((p) => `l.id > ${p}::bigint`, afterId);
  return sql.query<RegisterRow>(
    `${REGISTER_SELECT}
      ${w.where}
      order by l.id
      limit ${w.param(limit)}`,
    w.params,
  );
}

/** How many loans a filtered register export would hold. */
export async function countRegisterInScope(
  sql: Sql,
  scope: AccessScope,
  filter: LoanListFilter,
): Promise<number> {
  const w = loanConditions(scope, filter);
  const [row] = await sql.query<{ n: string }>(
    `select count(*)::text as n from loan l
       join branch b on b.id = l.branch_id
       join customer c on c.id = l.customer_id
       join contract ct on ct.id = l.contract_id
      ${w.where}`,
    w.params,
  );
  return Number(row?.n ?? 0);
}
