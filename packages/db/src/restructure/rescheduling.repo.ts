import {
  type Fen,
  type Frequency,
  fen,
  type InstallmentLedger,
  type LocalDate,
  type RestructureTrack,
} from '@daihou/core';
import { dateArray, integerArray } from '../bulk/array-literal';
import { INSTALLMENT_COLUMNS, type InstallmentRow, toInstallment } from '../repositories/loan.repo';
import type { JsonValue } from '../repositories/loan-event.repo';
import type { Sql } from '../sql-client';

export type ReschedulingKind = 'extension' | 'restructure';

/** A guarantor's consent to a change of the guaranteed loan (RULES.md §12). */
export interface GuarantorConsentRecord {
  readonly guaranteeId: string;
  readonly guarantorName: string;
  readonly consentDate: LocalDate;
  /** Where the written consent is kept (a document number, an archive reference). */
  readonly evidence: string;
}

export interface ReschedulingRecord {
  readonly id: string;
  readonly loanId: string;
  readonly kind: ReschedulingKind;
  readonly approvalId: string;
  readonly effectiveDate: LocalDate;
  readonly scheduleVersion: number;
  readonly reason: string;
  readonly forFinancialDifficulty: boolean;
  readonly months: number | null;
  readonly oldAnnualRate: string;
  readonly oldMethod: string;
  readonly oldTerm: number;
  readonly oldMaturityDate: LocalDate;
  readonly annualRate: string;
  readonly method: string;
  readonly term: number;
  readonly maturityDate: LocalDate;
  readonly principal: Fen;
  readonly carried: { [key: string]: JsonValue };
  readonly guarantorConsents: readonly GuarantorConsentRecord[];
  readonly observationStart: LocalDate;
  readonly maker: string;
  readonly checker: string;
}

interface ReschedulingRow {
  id: string;
  loan_id: string;
  kind: ReschedulingKind;
  approval_id: string;
  effective_date: string;
  schedule_version: number;
  reason: string;
  for_financial_difficulty: boolean;
  months: number | null;
  old_annual_rate: string;
  old_method: string;
  old_term: number;
  old_maturity_date: string;
  annual_rate: string;
  method: string;
  term: number;
  maturity_date: string;
  principal: string;
  carried: { [key: string]: JsonValue };
  guarantor_consents: GuarantorConsentRecord[];
  observation_start: string;
  maker: string;
  checker: string;
}

const COLUMNS = `id::text as id, loan_id::text as loan_id, kind, approval_id::text as approval_id, effective_date,
  schedule_version, reason, for_financial_difficulty, months, old_annual_rate::text as old_annual_rate, old_method,
  old_term, old_maturity_date, annual_rate::text as annual_rate, method, term, maturity_date, principal, carried,
  guarantor_consents, observation_start, maker, checker`;

/** numeric(12, 8) text → the rate as people write it ("4.35000000" → "4.35"). */
const rateText = (t: string): string => t.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

const toRecord = (r: ReschedulingRow): ReschedulingRecord => ({
  id: r.id,
  loanId: r.loan_id,
  kind: r.kind,
  approvalId: r.approval_id,
  effectiveDate: r.effective_date as LocalDate,
  scheduleVersion: r.schedule_version,
  reason: r.reason,
  forFinancialDifficulty: r.for_financial_difficulty,
  months: r.months,
  oldAnnualRate: rateText(r.old_annual_rate),
  oldMethod: r.old_method,
  oldTerm: r.old_term,
  oldMaturityDate: r.old_maturity_date as LocalDate,
  annualRate: rateText(r.annual_rate),
  method: r.method,
  term: r.term,
  maturityDate: r.maturity_date as LocalDate,
  principal: fen(Number(r.principal)),
  carried: r.carried,
  guarantorConsents: r.guarantor_consents,
  observationStart: r.observation_start as LocalDate,
  maker: r.maker,
  checker: r.checker,
});

export type NewRescheduling = Omit<ReschedulingRecord, 'id'>;

export async function insertRescheduling(tx: Sql, r: NewRescheduling): Promise<ReschedulingRecord> {
  const rows = await tx.query<ReschedulingRow>(
    `insert into loan_rescheduling (loan_id, kind, approval_id, effective_date, schedule_version, reason,
       for_financial_difficulty, months, old_annual_rate, old_method, old_term, old_maturity_date, annual_rate,
       method, term, maturity_date, principal, carried, guarantor_consents, observation_start, maker, checker)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb, $19::jsonb,
             $20, $21, $22)
     returning ${COLUMNS}`,
    [
      r.loanId,
      r.kind,
      r.approvalId,
      r.effectiveDate,
      r.scheduleVersion,
      r.reason,
      r.forFinancialDifficulty,
      r.months,
      r.oldAnnualRate,
      r.oldMethod,
      r.oldTerm,
      r.oldMaturityDate,
      r.annualRate,
      r.method,
      r.term,
      r.maturityDate,
      String(r.principal),
      JSON.stringify(r.carried),
      JSON.stringify(r.guarantorConsents),
      r.observationStart,
      r.maker,
      r.checker,
    ],
  );
  return toRecord(rows[0]!);
}

/** A loan's extensions and restructurings, oldest first. */
export async function listReschedulings(sql: Sql, loanId: string): Promise<ReschedulingRecord[]> {
  const rows = await sql.query<ReschedulingRow>(
    `select ${COLUMNS} from loan_rescheduling where loan_id = $1 order by id`,
    [loanId],
  );
  return rows.map(toRecord);
}

/** Keeps the schedule a change replaces: the installments as they stood, under their version number. */
export async function archiveSchedule(
  tx: Sql,
  loanId: string,
  version: number,
  installments: readonly InstallmentLedger[],
): Promise<void> {
  const is = installments;
  await tx.query(
    `insert into superseded_installment (loan_id, schedule_version, period, kind, due_date, principal_due,
       interest_due, fee_due, principal_paid, interest_paid, fee_paid, penalty_micro, penalty_paid,
       compound_micro, compound_paid)
     select $1::bigint, $2::integer, v.* from unnest($3::integer[], $4::text[], $5::date[], $6::bigint[],
       $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[],
       $14::bigint[], $15::bigint[])
       as v(period, kind, due_date, principal_due, interest_due, fee_due, principal_paid, interest_paid,
            fee_paid, penalty_micro, penalty_paid, compound_micro, compound_paid)`,
    [
      loanId,
      version,
      is.map((i) => i.period),
      is.map((i) => i.kind ?? 'scheduled'),
      is.map((i) => i.dueDate),
      is.map((i) => String(i.principalDue)),
      is.map((i) => String(i.interestDue)),
      is.map((i) => String(i.feeDue)),
      is.map((i) => String(i.principalPaid)),
      is.map((i) => String(i.interestPaid)),
      is.map((i) => String(i.feePaid)),
      is.map((i) => i.penaltyMicro.toString()),
      is.map((i) => String(i.penaltyPaid)),
      is.map((i) => i.compoundMicro.toString()),
      is.map((i) => String(i.compoundPaid)),
    ],
  );
}

/** The superseded schedules of a loan, by version (oldest first); the current one is in `installment`. */
export async function listSupersededSchedules(
  sql: Sql,
  loanId: string,
): Promise<{ version: number; installments: InstallmentLedger[] }[]> {
  const rows = await sql.query<InstallmentRow & { schedule_version: number }>(
    `select schedule_version, ${INSTALLMENT_COLUMNS} from superseded_installment
      where loan_id = $1 order by schedule_version, due_date, period`,
    [loanId],
  );
  const out: { version: number; installments: InstallmentLedger[] }[] = [];
  for (const r of rows) {
    let v = out[out.length - 1];
    if (!v || v.version !== r.schedule_version) {
      v = { version: r.schedule_version, installments: [] };
      out.push(v);
    }
    v.installments.push(toInstallment(r));
  }
  return out;
}

/** The schedule state of the loan row a change depends on. */
export interface LoanScheduleState {
  readonly scheduleVersion: number;
  readonly originalTerm: number | null;
}

export async function loanScheduleState(sql: Sql, loanId: string): Promise<LoanScheduleState | null> {
  const rows = await sql.query<{ schedule_version: number; original_term: number | null }>(
    'select schedule_version, original_term from loan where id = $1',
    [loanId],
  );
  const r = rows[0];
  return r ? { scheduleVersion: r.schedule_version, originalTerm: r.original_term } : null;
}

/** The loan row after a change: its terms from now on and the new schedule version. */
export async function saveRescheduledTerms(
  tx: Sql,
  loanId: string,
  t: { annualRate: string; method: string; term: number; maturityDate: LocalDate; version: number },
): Promise<void> {
  await tx.query(
    `update loan set annual_rate = $2::numeric, method = $3, original_term = coalesce(original_term, term),
       term = $4, maturity_date = $5, schedule_version = $6, updated_at = now()
     where id = $1`,
    [loanId, t.annualRate, t.method, t.term, t.maturityDate, t.version],
  );
}

/** The original contract terms (before any change) and the months of extension granted so far. */
export async function extensionHistory(
  sql: Sql,
  loanId: string,
): Promise<{ extendedMonths: number; first: { oldTerm: number; oldMethod: string } | null }> {
  const rows = await sql.query<{
    kind: ReschedulingKind;
    months: number | null;
    old_term: number;
    old_method: string;
  }>('select kind, months, old_term, old_method from loan_rescheduling where loan_id = $1 order by id', [
    loanId,
  ]);
  let extendedMonths = 0;
  for (const r of rows) if (r.kind === 'extension') extendedMonths += r.months ?? 0;
  const f = rows[0];
  return { extendedMonths, first: f ? { oldTerm: f.old_term, oldMethod: f.old_method } : null };
}

/**
 * The observation track of each loan's last change, for end of day (RULES.md §5). Loans never
 * extended or restructured are not in the map.
 */
export async function loadRestructureTracks(
  tx: Sql,
  loanIds: readonly string[],
): Promise<Map<string, RestructureTrack & { readonly id: string }>> {
  const out = new Map<string, RestructureTrack & { readonly id: string }>();
  if (loanIds.length === 0) return out;
  const rows = await tx.query<{
    id: string;
    loan_id: string;
    effective_date: string;
    for_financial_difficulty: boolean;
    observation_start: string;
    frequency: Frequency;
  }>(
    `select distinct on (r.loan_id) r.id::text as id, r.loan_id::text as loan_id, r.effective_date,
            r.for_financial_difficulty, r.observation_start, l.frequency
       from loan_rescheduling r join loan l on l.id = r.loan_id
      where r.loan_id = any($1::bigint[])
      order by r.loan_id, r.id desc`,
    [integerArray(loanIds)],
  );
  for (const r of rows) {
    out.set(r.loan_id, {
      id: r.id,
      effectiveDate: r.effective_date as LocalDate,
      forFinancialDifficulty: r.for_financial_difficulty,
      observationStart: r.observation_start as LocalDate,
      frequency: r.frequency,
    });
  }
  return out;
}

/** End of day moves an observation start when a payment inside the period was missed. */
export async function saveObservationStarts(
  tx: Sql,
  updates: readonly { readonly id: string; readonly observationStart: LocalDate }[],
): Promise<void> {
  if (updates.length === 0) return;
  await tx.query(
    `update loan_rescheduling r set observation_start = v.start
       from unnest($1::bigint[], $2::date[]) as v(id, start) where r.id = v.id`,
    [integerArray(updates.map((u) => u.id)), dateArray(updates.map((u) => u.observationStart))],
  );
}
