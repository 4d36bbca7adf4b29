import {
  type AllocationLine,
  type Component,
  type ComponentTotals,
  type Fen,
  fen,
  formatYuan,
  type LocalDate,
} from '@daihou/core';
import type { Sql } from '../sql-client';

export type RepaymentStatus = 'booked' | 'reversed';

/** A stored repayment (还款) row. */
export interface Repayment {
  readonly id: string;
  readonly loanId: string;
  /** 流水号 of the paying system, when it sent one. */
  readonly repaymentNo: string | null;
  readonly idempotencyKey: string | null;
  /** Fingerprint of the request that booked it: the same key with another body is a conflict. */
  readonly requestHash: string | null;
  readonly valueDate: LocalDate;
  readonly amount: Fen;
  readonly toCreditBalance: Fen;
  readonly status: RepaymentStatus;
  readonly source: string;
  readonly createdBy: string | null;
}

/** A repayment with what it paid, per component, summed over installments. */
export interface RepaymentTotals extends Repayment {
  readonly allocated: ComponentTotals;
}

/** The CONTRACT.md `repayments[]` shape: amounts as yuan strings. */
export interface RepaymentView {
  readonly id: string;
  readonly date: LocalDate;
  readonly amount: string;
  readonly allocated: {
    readonly penalty: string;
    readonly compound: string;
    readonly interest: string;
    readonly principal: string;
    readonly fee: string;
  };
  readonly toCreditBalance: string;
}

export interface NewRepayment {
  readonly loanId: string;
  readonly repaymentNo?: string | null | undefined;
  readonly idempotencyKey?: string | null | undefined;
  readonly requestHash?: string | null | undefined;
  readonly valueDate: LocalDate;
  readonly amount: Fen;
  readonly toCreditBalance: Fen;
  readonly source?: string | undefined;
  readonly createdBy?: string | null | undefined;
}

/** One row of repayment_allocation: where one amount went. repaymentId null = paid by the credit balance. */
export interface AllocationRecord {
  readonly repaymentId: string | null;
  readonly valueDate: LocalDate;
  readonly period: number;
  readonly component: Component;
  readonly amount: Fen;
}

interface RepaymentRow {
  id: string;
  loan_id: string;
  repayment_no: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  value_date: string;
  amount: string;
  to_credit_balance: string;
  status: RepaymentStatus;
  source: string;
  created_by: string | null;
}

interface TotalsRow extends RepaymentRow {
  penalty: string;
  compound: string;
  fee: string;
  interest: string;
  principal: string;
}

const COLUMNS = `r.id, r.loan_id, r.repayment_no, r.idempotency_key, r.request_hash, r.value_date, r.amount,
  r.to_credit_balance, r.status, r.source, r.created_by`;

// Sums per component in one pass; coalesce so a repayment that went wholly to credit balance shows zeros.
const TOTALS_SELECT = `select ${COLUMNS},
    coalesce(sum(a.amount) filter (where a.component = 'penalty'), 0) as penalty,
    coalesce(sum(a.amount) filter (where a.component = 'compound'), 0) as compound,
    coalesce(sum(a.amount) filter (where a.component = 'fee'), 0) as fee,
    coalesce(sum(a.amount) filter (where a.component = 'interest'), 0) as interest,
    coalesce(sum(a.amount) filter (where a.component = 'principal'), 0) as principal
  from repayment r left join repayment_allocation a on a.repayment_id = r.id`;

const toFen = (text: string): Fen => fen(Number(text));

const toRepayment = (r: RepaymentRow): Repayment => ({
  id: r.id,
  loanId: r.loan_id,
  repaymentNo: r.repayment_no,
  idempotencyKey: r.idempotency_key,
  requestHash: r.request_hash,
  valueDate: r.value_date as LocalDate,
  amount: toFen(r.amount),
  toCreditBalance: toFen(r.to_credit_balance),
  status: r.status,
  source: r.source,
  createdBy: r.created_by,
});

const toTotals = (r: TotalsRow): RepaymentTotals => ({
  ...toRepayment(r),
  allocated: {
    penalty: toFen(r.penalty),
    compound: toFen(r.compound),
    fee: toFen(r.fee),
    interest: toFen(r.interest),
    principal: toFen(r.principal),
  },
});

/** The CONTRACT.md `repayments[]` view of a repayment. */
export const toRepaymentView = (r: RepaymentTotals): RepaymentView => ({
  id: r.id,
  date: r.valueDate,
  amount: formatYuan(r.amount),
  allocated: {
    penalty: formatYuan(r.allocated.penalty),
    compound: formatYuan(r.allocated.compound),
    interest: formatYuan(r.allocated.interest),
    principal: formatYuan(r.allocated.principal),
    fee: formatYuan(r.allocated.fee),
  },
  toCreditBalance: formatYuan(r.toCreditBalance),
});

/** Writes allocation rows of one loan (a repayment's, or the credit balance's with repaymentId null). */
export async function insertAllocations(
  tx: Sql,
  loanId: string,
  allocations: readonly AllocationRecord[],
): Promise<void> {
  if (allocations.length === 0) return;
  await tx.query(
    `insert into repayment_allocation (loan_id, repayment_id, value_date, period, component, amount)
     select $1::bigint, v.repayment_id, v.value_date, v.period, v.component, v.amount
     from unnest($2::bigint[], $3::date[], $4::integer[], $5::text[], $6::bigint[])
       as v(repayment_id, value_date, period, component, amount)`,
    [
      loanId,
      allocations.map((a) => a.repaymentId),
      allocations.map((a) => a.valueDate),
      allocations.map((a) => a.period),
      allocations.map((a) => a.component),
      allocations.map((a) => String(a.amount)),
    ],
  );
}

/**
 * Inserts a repayment and the allocation lines it paid; returns the new id. A repeated idempotency key
 * or repayment number fails on the unique index (the caller decides what that means).
 */
export async function insertRepayment(
  tx: Sql,
  repayment: NewRepayment,
  lines: readonly AllocationLine[],
): Promise<string> {
  const rows = await tx.query<{ id: string }>(
    `insert into repayment (loan_id, repayment_no, idempotency_key, request_hash, value_date, amount,
       to_credit_balance, source, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, coalesce($8, 'manual'), $9) returning id`,
    [
      repayment.loanId,
      repayment.repaymentNo ?? null,
      repayment.idempotencyKey ?? null,
      repayment.requestHash ?? null,
      repayment.valueDate,
      String(repayment.amount),
      String(repayment.toCreditBalance),
      repayment.source ?? null,
      repayment.createdBy ?? null,
    ],
  );
  const id = rows[0]!.id;
  await insertAllocations(
    tx,
    repayment.loanId,
    lines.map((l) => ({
      repaymentId: id,
      valueDate: repayment.valueDate,
      period: l.period,
      component: l.component,
      amount: l.amount,
    })),
  );
  return id;
}

export async function findRepayment(sql: Sql, id: string): Promise<RepaymentTotals | null> {
  const rows = await sql.query<TotalsRow>(`${TOTALS_SELECT} where r.id = $1 group by r.id`, [id]);
  return rows[0] ? toTotals(rows[0]) : null;
}

export async function findRepaymentByIdempotencyKey(sql: Sql, key: string): Promise<RepaymentTotals | null> {
  const rows = await sql.query<TotalsRow>(`${TOTALS_SELECT} where r.idempotency_key = $1 group by r.id`, [
    key,
  ]);
  return rows[0] ? toTotals(rows[0]) : null;
}

export async function findRepaymentByNo(sql: Sql, repaymentNo: string): Promise<RepaymentTotals | null> {
  const rows = await sql.query<TotalsRow>(`${TOTALS_SELECT} where r.repayment_no = $1 group by r.id`, [
    repaymentNo,
  ]);
  return rows[0] ? toTotals(rows[0]) : null;
}

/** A loan's repayments with their allocation totals, oldest first. */
export async function listRepaymentTotals(sql: Sql, loanId: string): Promise<RepaymentTotals[]> {
  const rows = await sql.query<TotalsRow>(
    `${TOTALS_SELECT} where r.loan_id = $1 group by r.id order by r.value_date, r.id`,
    [loanId],
  );
  return rows.map(toTotals);
}

/** A loan's repayments in the CONTRACT.md `repayments[]` shape, oldest first. */
export async function listRepaymentsByLoan(sql: Sql, loanId: string): Promise<RepaymentView[]> {
  return (await listRepaymentTotals(sql, loanId)).map(toRepaymentView);
}

/** Every allocation row of a loan, in the order written. */
export async function listAllocations(sql: Sql, loanId: string): Promise<AllocationRecord[]> {
  const rows = await sql.query<{
    repayment_id: string | null;
    value_date: string;
    period: number;
    component: Component;
    amount: string;
  }>(
    `select repayment_id, value_date, period, component, amount from repayment_allocation
     where loan_id = $1 order by id`,
    [loanId],
  );
  return rows.map((r) => ({
    repaymentId: r.repayment_id,
    valueDate: r.value_date as LocalDate,
    period: r.period,
    component: r.component,
    amount: toFen(r.amount),
  }));
}
