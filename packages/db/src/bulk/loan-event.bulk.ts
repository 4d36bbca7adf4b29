import type { Sql } from '../sql-client';
import { dateArray, integerArray, textArray } from './array-literal';
import { copyField, copyLines } from './copy-text';

export interface BulkLoanEvent {
  readonly loanId: string;
  readonly businessDate: string;
  readonly eventType: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
  readonly rule: string | null;
  readonly actor: string;
  /** JSON text, or null. */
  readonly payload: string | null;
}

const LOAN_EVENT_COLUMNS = [
  'loan_id',
  'business_date',
  'event_type',
  'old_value',
  'new_value',
  'rule',
  'actor',
  'payload',
] as const;

export async function insertLoanEvents(sql: Sql, rows: readonly BulkLoanEvent[]): Promise<void> {
  if (rows.length === 0) return;
  if (sql.copyFrom) {
    await sql.copyFrom(
      'loan_event',
      LOAN_EVENT_COLUMNS,
      copyLines(rows.length, (i) => {
        const r = rows[i]!;
        return `${r.loanId}\t${r.businessDate}\t${copyField(r.eventType)}\t${copyField(r.oldValue)}\t${copyField(r.newValue)}\t${copyField(r.rule)}\t${copyField(r.actor)}\t${copyField(r.payload)}\n`;
      }),
    );
    return;
  }
  await sql.query(
    `insert into loan_event (${LOAN_EVENT_COLUMNS.join(', ')})
     select * from unnest($1::bigint[], $2::date[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                          $8::jsonb[])`,
    [
      integerArray(rows.map((r) => r.loanId)),
      dateArray(rows.map((r) => r.businessDate)),
      textArray(rows.map((r) => r.eventType)),
      textArray(rows.map((r) => r.oldValue)),
      textArray(rows.map((r) => r.newValue)),
      textArray(rows.map((r) => r.rule)),
      textArray(rows.map((r) => r.actor)),
      textArray(rows.map((r) => r.payload)),
    ],
  );
}
