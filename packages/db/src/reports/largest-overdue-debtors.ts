import { type Fen, fen, type LocalDate } from '@daihou/core';
import { type AccessScope, scopePrefix } from '../repositories/access-scope';
import type { Sql } from '../sql-client';

/** A borrower ranked by the principal it is overdue on, inside a scope. */
export interface OverdueDebtor {
  readonly customerId: string;
  readonly customerNo: string;
  readonly name: string;
  readonly customerType: 'individual' | 'enterprise';
  readonly branchId: string;
  /** Its active loans in the scope with principal past due. */
  readonly overdueLoans: number;
  /** Unpaid principal of installments due before the business date, on its loans in the scope. */
  readonly overduePrincipal: Fen;
  /** Principal owed on those loans (not only the overdue part). */
  readonly principalOwed: Fen;
  readonly maxDpd: number;
}

/**
 * The `limit` borrowers with the most overdue principal (逾期本金) on active loans booked under
 * `branchPath` (inside `scope`) on `businessDate`: an installment is overdue the day after its due date,
 * so on the open business date D those due before D count. Only loans with something unpaid before D are
 * read (loan_overdue_idx), so the cost follows the overdue book, not the whole book. Ties go to the
 * lower customer number, so the order is total.
 */
export async function largestOverdueDebtors(
  sql: Sql,
  scope: AccessScope,
  branchPath: string | undefined,
  businessDate: LocalDate,
  limit: number,
): Promise<OverdueDebtor[]> {
  const rows = await sql.query<{
    customer_id: string;
    customer_no: string;
    name: string;
    customer_type: 'individual' | 'enterprise';
    branch_id: string;
    overdue_loans: string;
    overdue_principal: string;
    principal_owed: string;
    max_dpd: number;
  }>(
    `with overdue as (
       select l.customer_id, l.principal_owed, l.dpd,
              (select coalesce(sum(i.principal_due - i.principal_paid), 0)
                 from installment i where i.loan_id = l.id and i.due_date < $3::date) as overdue_principal
         from loan l join branch b on b.id = l.branch_id
        where l.status = 'active' and l.oldest_unpaid_due < $3::date
          and starts_with(b.path, $1) and starts_with(b.path, $2)
     )
     select c.id::text as customer_id, c.customer_no, c.name, c.customer_type, c.branch_id,
            count(*)::text as overdue_loans, sum(o.overdue_principal)::text as overdue_principal,
            sum(o.principal_owed)::text as principal_owed, max(o.dpd) as max_dpd
       from overdue o join customer c on c.id = o.customer_id
      where o.overdue_principal > 0
      group by c.id
      order by sum(o.overdue_principal) desc, c.customer_no
      limit $4`,
    [scopePrefix(scope), branchPath ?? '/', businessDate, limit],
  );
  return rows.map((r) => ({
    customerId: r.customer_id,
    customerNo: r.customer_no,
    name: r.name,
    customerType: r.customer_type,
    branchId: r.branch_id,
    overdueLoans: Number(r.overdue_loans),
    overduePrincipal: fen(Number(r.overdue_principal)),
    principalOwed: fen(Number(r.principal_owed)),
    maxDpd: Number(r.max_dpd),
  }));
}
