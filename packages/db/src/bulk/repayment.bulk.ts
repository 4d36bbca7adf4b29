import type { Sql } from '../sql-client';
import { dateArray, integerArray, nullableIntegerArray, textArray } from './array-literal';

export interface RepaymentKeyRow {
  readonly repayment_no: string;
  readonly loan_no: string;
  readonly value_date: string;
  readonly amount: string;
}

/** Stored repayments among these 流水号, with what identifies them. */
export async function findRepaymentsByNo(
  sql: Sql,
  repaymentNos: readonly string[],
): Promise<RepaymentKeyRow[]> {
  if (repaymentNos.length === 0) return [];
  return sql.query<RepaymentKeyRow>(
    `select r.repayment_no, l.loan_no, r.value_date, r.amount
       from repayment r join loan l on l.id = r.loan_id
      where r.repayment_no = any($1::text[])`,
    [textArray(repaymentNos)],
  );
}

export interface BookedRepaymentRow {
  readonly id: string;
  readonly loan_id: string;
  readonly value_date: string;
  readonly amount: string;
}

/** Booked (not reversed) repayments of these loans in the order they were received. */
export async function loadBookedRepayments(
  sql: Sql,
  loanIds: readonly string[],
): Promise<BookedRepaymentRow[]> {
  if (loanIds.length === 0) return [];
  return sql.query<BookedRepaymentRow>(
    `select id::text as id, loan_id::text as loan_id, value_date, amount
       from repayment where loan_id = any($1::bigint[]) and status = 'booked'
      order by loan_id, value_date, id`,
    [integerArray(loanIds)],
  );
}

export interface NewRepaymentRow {
  readonly loanId: string;
  readonly repaymentNo: string;
  readonly valueDate: string;
  /** Fen. */
  readonly amount: number;
  /** Fen the repayment added to the credit balance. */
  readonly toCreditBalance: number;
  readonly source: string;
  readonly createdBy: string;
}

/** Inserts repayments and returns their ids by 流水号. */
export async function insertRepayments(
  sql: Sql,
  rows: readonly NewRepaymentRow[],
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const inserted = await sql.query<{ id: string; repayment_no: string }>(
    `insert into repayment (loan_id, repayment_no, value_date, amount, to_credit_balance, source, created_by)
     select * from unnest($1::bigint[], $2::text[], $3::date[], $4::bigint[], $5::bigint[], $6::text[],
                          $7::text[])
     returning id::text as id, repayment_no`,
    [
      integerArray(rows.map((r) => r.loanId)),
      textArray(rows.map((r) => r.repaymentNo)),
      dateArray(rows.map((r) => r.valueDate)),
      integerArray(rows.map((r) => r.amount)),
      integerArray(rows.map((r) => r.toCreditBalance)),
      textArray(rows.map((r) => r.source)),
      textArray(rows.map((r) => r.createdBy)),
    ],
  );
  return new Map(inserted.map((r) => [r.repayment_no, r.id]));
}

/** Rewrites what stored repayments added to the credit balance (after a replay). */
export async function updateRepaymentCredit(
  sql: Sql,
  rows: readonly { id: string; toCreditBalance: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql.query(
    `update repayment r set to_credit_balance = v.to_credit_balance
       from unnest($1::bigint[], $2::bigint[]) as v(id, to_credit_balance)
      where r.id = v.id and r.to_credit_balance <> v.to_credit_balance`,
    [integerArray(rows.map((r) => r.id)), integerArray(rows.map((r) => r.toCreditBalance))],
  );
}

/** Removes every allocation of these loans (a replay writes them all again). */
export async function deleteAllocations(sql: Sql, loanIds: readonly string[]): Promise<void> {
  if (loanIds.length === 0) return;
  await sql.query('delete from repayment_allocation where loan_id = any($1::bigint[])', [
    integerArray(loanIds),
  ]);
}

export interface AllocationColumns {
  readonly loanId: string[];
  /** null: the credit balance paid. */
  readonly repaymentId: (string | null)[];
  readonly valueDate: string[];
  readonly period: number[];
  readonly component: string[];
  readonly amount: number[];
}

export const emptyAllocationColumns = (): AllocationColumns => ({
  loanId: [],
  repaymentId: [],
  valueDate: [],
  period: [],
  component: [],
  amount: [],
});

export async function insertAllocationColumns(sql: Sql, c: AllocationColumns): Promise<void> {
  if (c.loanId.length === 0) return;
  await sql.query(
    `insert into repayment_allocation (loan_id, repayment_id, value_date, period, component, amount)
     select * from unnest($1::bigint[], $2::bigint[], $3::date[], $4::int[], $5::text[], $6::bigint[])`,
    [
      integerArray(c.loanId),
      nullableIntegerArray(c.repaymentId),
      dateArray(c.valueDate),
      integerArray(c.period),
      textArray(c.component),
      integerArray(c.amount),
    ],
  );
}
