import type { Sql } from '../sql-client';
import { dateArray, integerArray } from './array-literal';
import { copyLines } from './copy-text';

/**
 * Installments of new loans, column by column (a batch holds tens of thousands of them: one array per
 * column, not one object per installment). Nothing is paid yet; overdue ones may have accrued.
 */
export interface NewInstallmentColumns {
  readonly loanId: string[];
  readonly period: number[];
  readonly dueDate: string[];
  readonly principalDue: number[];
  readonly interestDue: number[];
  readonly penaltyMicro: bigint[];
  readonly compoundMicro: bigint[];
}

export const emptyInstallmentColumns = (): NewInstallmentColumns => ({
  loanId: [],
  period: [],
  dueDate: [],
  principalDue: [],
  interestDue: [],
  penaltyMicro: [],
  compoundMicro: [],
});

/** Paid columns keep their default 0: listing them would only make the statement bigger. */
const NEW_INSTALLMENT_COLUMNS = [
  'loan_id',
  'period',
  'due_date',
  'principal_due',
  'interest_due',
  'penalty_micro',
  'compound_micro',
] as const;

export async function insertNewInstallments(sql: Sql, c: NewInstallmentColumns): Promise<void> {
  if (c.loanId.length === 0) return;
  if (sql.copyFrom) {
    // Every value is an integer or an ISO date: nothing to escape.
    await sql.copyFrom(
      'installment',
      NEW_INSTALLMENT_COLUMNS,
      copyLines(
        c.loanId.length,
        (i) =>
          `${c.loanId[i]}\t${c.period[i]}\t${c.dueDate[i]}\t${c.principalDue[i]}\t${c.interestDue[i]}\t${c.penaltyMicro[i]}\t${c.compoundMicro[i]}\n`,
      ),
    );
    return;
  }
  await sql.query(
    `insert into installment (${NEW_INSTALLMENT_COLUMNS.join(', ')})
     select * from unnest($1::bigint[], $2::int[], $3::date[], $4::bigint[], $5::bigint[], $6::bigint[],
                          $7::bigint[])`,
    [
      integerArray(c.loanId),
      integerArray(c.period),
      dateArray(c.dueDate),
      integerArray(c.principalDue),
      integerArray(c.interestDue),
      integerArray(c.penaltyMicro),
      integerArray(c.compoundMicro),
    ],
  );
}

export interface StoredInstallmentRow {
  readonly loan_id: string;
  readonly period: number;
  readonly kind: string;
  readonly due_date: string;
  readonly principal_due: string;
  readonly interest_due: string;
  readonly fee_due: string;
}

/** The schedules (due amounts only) of these loans, ordered by loan, due date and period. */
export async function loadSchedules(sql: Sql, loanIds: readonly string[]): Promise<StoredInstallmentRow[]> {
  if (loanIds.length === 0) return [];
  return sql.query<StoredInstallmentRow>(
    `select loan_id::text as loan_id, period, kind, due_date, principal_due, interest_due, fee_due
       from installment where loan_id = any($1::bigint[]) order by loan_id, due_date, period`,
    [integerArray(loanIds)],
  );
}

/** What a replay rewrites on each installment. */
export interface InstallmentStateColumns {
  readonly loanId: string[];
  readonly period: number[];
  readonly principalPaid: number[];
  readonly interestPaid: number[];
  readonly feePaid: number[];
  readonly penaltyMicro: bigint[];
  readonly penaltyPaid: number[];
  readonly compoundMicro: bigint[];
  readonly compoundPaid: number[];
}

export const emptyInstallmentStateColumns = (): InstallmentStateColumns => ({
  loanId: [],
  period: [],
  principalPaid: [],
  interestPaid: [],
  feePaid: [],
  penaltyMicro: [],
  penaltyPaid: [],
  compoundMicro: [],
  compoundPaid: [],
});

/** Rewrites paid amounts and accruals; returns how many installments it updated. */
export async function updateInstallmentStates(sql: Sql, c: InstallmentStateColumns): Promise<number> {
  if (c.loanId.length === 0) return 0;
  const rows = await sql.query<{ n: number }>(
    `with v as (
       select * from unnest($1::bigint[], $2::int[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[],
                            $7::bigint[], $8::bigint[], $9::bigint[])
         as v(loan_id, period, principal_paid, interest_paid, fee_paid, penalty_micro, penalty_paid,
              compound_micro, compound_paid)
     ), u as (
       update installment i set principal_paid = v.principal_paid, interest_paid = v.interest_paid,
              fee_paid = v.fee_paid, penalty_micro = v.penalty_micro, penalty_paid = v.penalty_paid,
              compound_micro = v.compound_micro, compound_paid = v.compound_paid
         from v where i.loan_id = v.loan_id and i.period = v.period
       returning 1
     ) select count(*)::int as n from u`,
    [
      integerArray(c.loanId),
      integerArray(c.period),
      integerArray(c.principalPaid),
      integerArray(c.interestPaid),
      integerArray(c.feePaid),
      integerArray(c.penaltyMicro),
      integerArray(c.penaltyPaid),
      integerArray(c.compoundMicro),
      integerArray(c.compoundPaid),
    ],
  );
  return rows[0]?.n ?? 0;
}
