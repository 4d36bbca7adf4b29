import { DomainError, type LocalDate } from '@daihou/core';
import { type AccessScope, scopePrefix } from '../repositories/access-scope';
import type { Sql } from '../sql-client';

/** The loan facts the recovery functions need, read inside the caller's scope. */
export interface RecoveryLoan {
  readonly id: string;
  readonly loanNo: string;
  readonly branchId: string;
  readonly customerId: string;
  readonly contractId: string;
  readonly status: 'active' | 'settled' | 'written_off';
  readonly classification: string;
  readonly maturityDate: LocalDate;
  readonly oldestUnpaidDue: LocalDate | null;
}

export const isId = (id: string): boolean => /^[1-9]\d{0,17}$/.test(id);

/**
 * The loan `loanId` when it lies inside `scope`, else not_found (404: outside the caller's branch scope
 * a loan does not exist). `lock` takes the loan row for update, so writers of one loan's recovery
 * records queue on it.
 */
export async function recoveryLoanInScope(
  sql: Sql,
  scope: AccessScope,
  loanId: string,
  lock = false,
  field = 'id',
): Promise<RecoveryLoan> {
  const rows = await sql.query<{
    id: string;
    loan_no: string;
    branch_id: string;
    customer_id: string;
    contract_id: string;
    status: RecoveryLoan['status'];
    classification: string;
    maturity_date: LocalDate;
    oldest_unpaid_due: LocalDate | null;
  }>(
    `select l.id::text as id, l.loan_no, l.branch_id, l.customer_id::text as customer_id,
            l.contract_id::text as contract_id, l.status, l.classification, l.maturity_date::text as maturity_date,
            l.oldest_unpaid_due::text as oldest_unpaid_due
       from loan l join branch b on b.id = l.branch_id
      where l.id = $1 and starts_with(b.path, $2) ${lock ? 'for update of l' : ''}`,
    [isId(loanId) ? loanId : '0', scopePrefix(scope)],
  );
  const r = rows[0];
  if (!r) throw new DomainError('not_found', `${field}: no loan ${loanId}`, field);
  return {
    id: r.id,
    loanNo: r.loan_no,
    branchId: r.branch_id,
    customerId: r.customer_id,
    contractId: r.contract_id,
    status: r.status,
    classification: r.classification,
    maturityDate: r.maturity_date,
    oldestUnpaidDue: r.oldest_unpaid_due,
  };
}

/** Collection actions, demands and litigation steps recorded on the loan: its documented recovery efforts. */
export async function countRecoveryEfforts(sql: Sql, loanId: string): Promise<number> {
  const [r] = await sql.query<{ n: string }>(
    `select ((select count(*) from collection_action where loan_id = $1)
           + (select count(*) from recovery_demand where loan_id = $1)
           + (select count(*) from litigation_step where loan_id = $1))::text as n`,
    [loanId],
  );
  return Number(r?.n ?? 0);
}

/** Every stage the loan's litigation cases reached. */
export async function litigationStagesOf(sql: Sql, loanId: string): Promise<string[]> {
  const rows = await sql.query<{ stage: string }>(
    'select distinct stage from litigation_step where loan_id = $1',
    [loanId],
  );
  return rows.map((r) => r.stage);
}
