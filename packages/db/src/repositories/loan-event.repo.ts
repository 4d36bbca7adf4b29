import type { LocalDate } from '@daihou/core';
import type { Sql } from '../sql-client';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * One change of a loan's state (DESIGN.md: repayment, accrual, bucket, class, status …) with the business
 * date it belongs to, the old and new value, the rule that decided it and who caused it.
 */
export interface LoanEvent {
  readonly id: string;
  readonly loanId: string;
  readonly businessDate: LocalDate;
  readonly eventType: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
  readonly rule: string | null;
  readonly actor: string;
  readonly payload: JsonValue | null;
  /** When it was written (wall-clock, ISO text): for audit only, never for business logic. */
  readonly createdAt: string;
}

export interface NewLoanEvent {
  readonly loanId: string;
  readonly businessDate: LocalDate;
  readonly eventType: string;
  readonly oldValue?: string | null | undefined;
  readonly newValue?: string | null | undefined;
  readonly rule?: string | null | undefined;
  /** A username, or 'system' for end of day. */
  readonly actor: string;
  readonly payload?: JsonValue | undefined;
}

interface LoanEventRow {
  id: string;
  loan_id: string;
  business_date: string;
  event_type: string;
  old_value: string | null;
  new_value: string | null;
  rule: string | null;
  actor: string;
  payload: JsonValue | null;
  created_at: string;
}

export async function appendLoanEvent(sql: Sql, event: NewLoanEvent): Promise<string> {
  const rows = await sql.query<{ id: string }>(
    `insert into loan_event (loan_id, business_date, event_type, old_value, new_value, rule, actor, payload)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) returning id`,
    [
      event.loanId,
      event.businessDate,
      event.eventType,
      event.oldValue ?? null,
      event.newValue ?? null,
      event.rule ?? null,
      event.actor,
      event.payload === undefined ? null : JSON.stringify(event.payload),
    ],
  );
  return rows[0]!.id;
}

/** A loan's events in the order they happened. */
export async function listLoanEvents(sql: Sql, loanId: string): Promise<LoanEvent[]> {
  const rows = await sql.query<LoanEventRow>(
    `select id, loan_id, business_date, event_type, old_value, new_value, rule, actor, payload,
       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at
     from loan_event where loan_id = $1 order by business_date, id`,
    [loanId],
  );
  return rows.map((r) => ({
    id: r.id,
    loanId: r.loan_id,
    businessDate: r.business_date as LocalDate,
    eventType: r.event_type,
    oldValue: r.old_value,
    newValue: r.new_value,
    rule: r.rule,
    actor: r.actor,
    payload: r.payload,
    createdAt: r.created_at,
  }));
}
