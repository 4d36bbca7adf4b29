import {
  type Bucket,
  type Classification,
  type Fen,
  fen,
  type InstallmentLedger,
  type LoanStatus,
  type LocalDate,
  type QualitativeTrigger,
  type RestructureTrack,
} from '@daihou/core';
import { dateArray, integerArray, textArray } from '../bulk/array-literal';
import { insertNewLoanHistory } from '../bulk/loan.bulk';
import { INSTALLMENT_COLUMNS, type InstallmentRow, toInstallment } from '../repositories/loan.repo';
import { loadRestructureTracks, saveObservationStarts } from '../restructure/rescheduling.repo';
import type { Sql } from '../sql-client';

/** A loan as end of day loads it: the row's servicing state, its installments and class context. */
export interface EodLoan {
  readonly id: string;
  readonly productCode: string;
  readonly annualRate: string;
  readonly status: LoanStatus;
  readonly accruedThrough: LocalDate;
  readonly creditBalance: Fen;
  readonly principalOwed: Fen;
  readonly oldestUnpaidDue: LocalDate | null;
  readonly bucket: Bucket;
  readonly ownClassification: Classification;
  readonly ownClassRule: string;
  readonly classification: Classification;
  readonly classRule: string;
  readonly manualClassification: Classification | null;
  readonly debtorNplFloor: boolean;
  readonly onTimeStreak: number;
  readonly specificProvision: Fen;
  readonly installments: InstallmentLedger[];
  readonly triggers: QualitativeTrigger[];
  /** The loan's last extension or restructuring (RULES.md §5 observation), when it has one. */
  readonly restructure: (RestructureTrack & { readonly id: string }) | null;
}

interface LoanRow {
  id: string;
  product_code: string;
  annual_rate: string;
  status: LoanStatus;
  accrued_through: string;
  credit_balance: string;
  principal_owed: string;
  oldest_unpaid_due: string | null;
  bucket: Bucket;
  own_classification: Classification;
  own_class_rule: string;
  classification: Classification;
  class_rule: string;
  manual_classification: Classification | null;
  debtor_npl_floor: boolean;
  on_time_streak: number;
  specific_provision: string;
}

const toFen = (text: string): Fen => fen(Number(text));

/**
 * Locks and loads the loans of one partition whose end of day can change on `date` (next_check_date
 * on or before it). The lock makes an online booking on the same loan wait for the partition, or the
 * partition wait for the booking: the day's money is either in before the day closes or after it.
 */
export async function loadEodLoans(tx: Sql, loId: string, hiId: string, date: LocalDate): Promise<EodLoan[]> {
  const rows = await tx.query<LoanRow>(
    `select l.id::text as id, l.product_code, l.annual_rate::text as annual_rate, l.status,
            l.accrued_through, l.credit_balance, l.principal_owed, l.oldest_unpaid_due, l.bucket,
            l.own_classification, l.own_class_rule, l.classification, l.class_rule, l.manual_classification,
            l.debtor_npl_floor, l.on_time_streak, l.specific_provision
       from loan l
      where l.id between $1 and $2 and l.status = 'active' and l.next_check_date <= $3
      order by l.id
        for update`,
    [loId, hiId, date],
  );
  if (rows.length === 0) return [];
  const ids = integerArray(rows.map((r) => r.id));
  // An installment due before the day and paid in everything, accrued penalty and compound to the last
  // micro-fen included, can change nothing any more (no accrual, no DPD, no allocation): leaving it out
  // halves what a typical day reads. The test is stricter than core's isInstallmentCleared, never looser.
  const installments = await tx.query<InstallmentRow & { loan_id: string }>(
    `select loan_id::text as loan_id, ${INSTALLMENT_COLUMNS}
       from installment
      where loan_id = any($1::bigint[])
        and (due_date >= $2 or principal_paid < principal_due or interest_paid < interest_due
             or fee_paid < fee_due or penalty_micro > penalty_paid * 1000000
             or compound_micro > compound_paid * 1000000)
      order by installment.loan_id, due_date, period`,
    [ids, date],
  );
  const triggers = await tx.query<{ loan_id: string; trigger: QualitativeTrigger }>(
    `select distinct loan_id::text as loan_id, trigger from loan_class_trigger
      where loan_id = any($1::bigint[]) and recorded_on <= $2 and (lifted_on is null or lifted_on > $2)`,
    [ids, date],
  );
  const tracks = await loadRestructureTracks(
    tx,
    rows.map((r) => r.id),
  );
  const byLoan = new Map<string, InstallmentLedger[]>();
  for (const r of installments) {
    const list = byLoan.get(r.loan_id) ?? [];
    if (list.length === 0) byLoan.set(r.loan_id, list);
    list.push(toInstallment(r));
  }
  const triggersByLoan = new Map<string, QualitativeTrigger[]>();
  for (const t of triggers) {
    const list = triggersByLoan.get(t.loan_id) ?? [];
    list.push(t.trigger);
    triggersByLoan.set(t.loan_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    productCode: r.product_code,
    annualRate: r.annual_rate,
    status: r.status,
    accruedThrough: r.accrued_through as LocalDate,
    creditBalance: toFen(r.credit_balance),
    principalOwed: toFen(r.principal_owed),
    oldestUnpaidDue: r.oldest_unpaid_due as LocalDate | null,
    bucket: r.bucket,
    ownClassification: r.own_classification,
    ownClassRule: r.own_class_rule,
    classification: r.classification,
    classRule: r.class_rule,
    manualClassification: r.manual_classification,
    debtorNplFloor: r.debtor_npl_floor,
    onTimeStreak: r.on_time_streak,
    specificProvision: toFen(r.specific_provision),
    installments: byLoan.get(r.id) ?? [],
    triggers: triggersByLoan.get(r.id) ?? [],
    restructure: tracks.get(r.id) ?? null,
  }));
}

/** A loan's state after its end of day, as written back. */
export interface EodLoanResult {
  readonly id: string;
  readonly status: LoanStatus;
  readonly accruedThrough: LocalDate;
  readonly creditBalance: Fen;
  readonly principalOwed: Fen;
  readonly oldestUnpaidDue: LocalDate | null;
  readonly nextCheckDate: LocalDate | null;
  readonly dpd: number;
  readonly bucket: Bucket;
  readonly ownClassification: Classification;
  readonly ownClassRule: string;
  readonly classification: Classification;
  readonly classRule: string;
  readonly onTimeStreak: number;
  readonly specificProvision: Fen;
  /** Installments whose stored values changed. */
  readonly changedInstallments: readonly InstallmentLedger[];
  /** The restructuring whose observation start moved today (a missed payment restarted the period). */
  readonly observationRestart?: { readonly id: string; readonly observationStart: LocalDate } | undefined;
}

export async function saveEodLoans(
  tx: Sql,
  date: LocalDate,
  results: readonly EodLoanResult[],
): Promise<void> {
  if (results.length === 0) return;
  const col = <T>(f: (r: EodLoanResult) => T) => results.map(f);
  await tx.query(
    `update loan l set status = v.status, accrued_through = v.accrued_through, credit_balance = v.credit_balance,
            principal_owed = v.principal_owed, oldest_unpaid_due = v.oldest_unpaid_due,
            next_check_date = v.next_check_date, dpd = v.dpd, bucket = v.bucket,
            own_classification = v.own_classification, own_class_rule = v.own_class_rule,
            classification = v.classification, class_rule = v.class_rule, on_time_streak = v.on_time_streak,
            specific_provision = v.specific_provision, evaluated_on = $1::date, updated_at = now()
       from unnest($2::bigint[], $3::text[], $4::date[], $5::bigint[], $6::bigint[], $7::date[], $8::date[],
                   $9::int[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::int[],
                   $16::bigint[])
         as v(id, status, accrued_through, credit_balance, principal_owed, oldest_unpaid_due, next_check_date,
              dpd, bucket, own_classification, own_class_rule, classification, class_rule, on_time_streak,
              specific_provision)
      where l.id = v.id`,
    [
      date,
      integerArray(col((r) => r.id)),
      textArray(col((r) => r.status)),
      dateArray(col((r) => r.accruedThrough)),
      integerArray(col((r) => r.creditBalance)),
      integerArray(col((r) => r.principalOwed)),
      textArray(col((r) => r.oldestUnpaidDue)),
      textArray(col((r) => r.nextCheckDate)),
      integerArray(col((r) => r.dpd)),
      textArray(col((r) => r.bucket)),
      textArray(col((r) => r.ownClassification)),
      textArray(col((r) => r.ownClassRule)),
      textArray(col((r) => r.classification)),
      textArray(col((r) => r.classRule)),
      integerArray(col((r) => r.onTimeStreak)),
      integerArray(col((r) => r.specificProvision)),
    ],
  );
  const restarts: { id: string; observationStart: LocalDate }[] = [];
  for (const r of results) if (r.observationRestart) restarts.push(r.observationRestart);
  await saveObservationStarts(tx, restarts);
  const ids: string[] = [];
  const inst: InstallmentLedger[] = [];
  for (const r of results) {
    for (const i of r.changedInstallments) {
      ids.push(r.id);
      inst.push(i);
    }
  }
  if (inst.length === 0) return;
  const ic = <T>(f: (i: InstallmentLedger) => T) => inst.map(f);
  await tx.query(
    `update installment i set principal_paid = v.principal_paid, interest_paid = v.interest_paid,
            fee_paid = v.fee_paid, penalty_micro = v.penalty_micro, penalty_paid = v.penalty_paid,
            compound_micro = v.compound_micro, compound_paid = v.compound_paid
       from unnest($1::bigint[], $2::int[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[],
                   $8::bigint[], $9::bigint[])
         as v(loan_id, period, principal_paid, interest_paid, fee_paid, penalty_micro, penalty_paid,
              compound_micro, compound_paid)
      where i.loan_id = v.loan_id and i.period = v.period`,
    [
      integerArray(ids),
      integerArray(ic((i) => i.period)),
      integerArray(ic((i) => i.principalPaid)),
      integerArray(ic((i) => i.interestPaid)),
      integerArray(ic((i) => i.feePaid)),
      integerArray(ic((i) => i.penaltyMicro)),
      integerArray(ic((i) => i.penaltyPaid)),
      integerArray(ic((i) => i.compoundMicro)),
      integerArray(ic((i) => i.compoundPaid)),
    ],
  );
}

export interface EodEvent {
  readonly loanId: string;
  readonly eventType: string;
  readonly oldValue: string;
  readonly newValue: string;
  readonly rule: string;
}

/**
 * Appends the day's events. The unique key (loan, date, type, value) is what makes a re-run of a
 * day add nothing, even if a partition's work were ever repeated.
 */
export async function insertEodEvents(tx: Sql, date: LocalDate, events: readonly EodEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.query(
    `insert into loan_event (loan_id, business_date, event_type, old_value, new_value, rule, actor)
     select v.loan_id, $1::date, v.event_type, v.old_value, v.new_value, v.rule, 'eod'
       from unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[])
         as v(loan_id, event_type, old_value, new_value, rule)
     on conflict do nothing`,
    [
      date,
      integerArray(events.map((e) => e.loanId)),
      textArray(events.map((e) => e.eventType)),
      textArray(events.map((e) => e.oldValue)),
      textArray(events.map((e) => e.newValue)),
      textArray(events.map((e) => e.rule)),
    ],
  );
}

export interface HistoryRow {
  readonly loanId: string;
  readonly status: LoanStatus;
  readonly principalOwed: Fen;
  readonly creditBalance: Fen;
  readonly oldestUnpaidDue: LocalDate | null;
  readonly classification: Classification;
  readonly classRule: string;
  readonly specificProvision: Fen;
}

/**
 * Starts a new interval of the as-of history at `date` for each loan whose state changed: the open
 * interval is closed at `date` and the new one opened (or replaced, if one already starts that day).
 */
export async function writeStateHistory(
  tx: Sql,
  date: LocalDate,
  rows: readonly HistoryRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const ids = integerArray(rows.map((r) => r.loanId));
  await tx.query(
    `update loan_state_history set valid_to = $1
      where loan_id = any($2::bigint[]) and valid_to = 'infinity' and valid_from < $1`,
    [date, ids],
  );
  const c = <T>(f: (r: HistoryRow) => T) => rows.map(f);
  await tx.query(
    `insert into loan_state_history (loan_id, valid_from, status, principal_owed, credit_balance,
                                     oldest_unpaid_due, classification, class_rule, specific_provision)
     select v.loan_id, $1::date, v.status, v.principal_owed, v.credit_balance, v.oldest_unpaid_due,
            v.classification, v.class_rule, v.specific_provision
       from unnest($2::bigint[], $3::text[], $4::bigint[], $5::bigint[], $6::date[], $7::text[], $8::text[],
                   $9::bigint[])
         as v(loan_id, status, principal_owed, credit_balance, oldest_unpaid_due, classification, class_rule,
              specific_provision)
     on conflict (loan_id, valid_from) do update set status = excluded.status,
       principal_owed = excluded.principal_owed, credit_balance = excluded.credit_balance,
       oldest_unpaid_due = excluded.oldest_unpaid_due, classification = excluded.classification,
       class_rule = excluded.class_rule, specific_provision = excluded.specific_provision`,
    [
      date,
      ids,
      textArray(c((r) => r.status)),
      integerArray(c((r) => r.principalOwed)),
      integerArray(c((r) => r.creditBalance)),
      textArray(c((r) => r.oldestUnpaidDue)),
      textArray(c((r) => r.classification)),
      textArray(c((r) => r.classRule)),
      integerArray(c((r) => r.specificProvision)),
    ],
  );
}

export interface HistoryInterval extends HistoryRow {
  readonly validFrom: LocalDate;
}

/**
 * Replaces the whole as-of history of these loans with the given intervals (a replayed history, as an
 * import computes it); each interval runs until the next one of its loan starts.
 */
export async function replaceStateHistory(tx: Sql, rows: readonly HistoryInterval[]): Promise<void> {
  if (rows.length === 0) return;
  const ids = [...new Set(rows.map((r) => r.loanId))];
  await tx.query('delete from loan_state_history where loan_id = any($1::bigint[])', [integerArray(ids)]);
  await insertNewLoanHistory(tx, rows);
}
