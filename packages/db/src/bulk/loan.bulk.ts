import type { HistoryInterval } from '../eod/eod-loans.bulk';
import type { Sql } from '../sql-client';
import { dateArray, integerArray, nullableIntegerArray, textArray } from './array-literal';
import { copyField, copyLines } from './copy-text';

export interface LoanKeyRow {
  readonly id: string;
  readonly loan_no: string;
  readonly customer_no: string;
  readonly contract_no: string;
  readonly principal: string;
  readonly annual_rate: string;
  readonly term: number;
  readonly method: string;
  readonly frequency: string;
  readonly disbursement_date: string;
  readonly status: string;
}

/** The stored loans among these loan numbers (借据号), with what identifies their terms. */
export async function findLoansByNo(sql: Sql, loanNos: readonly string[]): Promise<LoanKeyRow[]> {
  if (loanNos.length === 0) return [];
  return sql.query<LoanKeyRow>(
    `select l.id::text as id, l.loan_no, c.customer_no, ct.contract_no, l.principal, l.annual_rate::text,
            l.term, l.method, l.frequency, l.disbursement_date, l.status
       from loan l
       join customer c on c.id = l.customer_id
       join contract ct on ct.id = l.contract_id
      where l.loan_no = any($1::text[])`,
    [textArray(loanNos)],
  );
}

/** The servicing state columns of a loan row, derived from its ledger. */
export interface LoanStateRow {
  readonly status: string;
  readonly accruedThrough: string;
  /** Fen. */
  readonly creditBalance: number;
  /** Fen. */
  readonly principalOwed: number;
  readonly dpd: number;
  readonly bucket: string;
  readonly classification: string;
  readonly classRule: string;
  /** End-of-day bookkeeping (docs/domain/end-of-day.md). */
  readonly oldestUnpaidDue: string | null;
  readonly nextCheckDate: string | null;
  readonly onTimeStreak: number;
  /** Fen. */
  readonly specificProvision: number;
}

export interface NewLoanRow {
  readonly loanNo: string;
  readonly contractId: string;
  readonly customerId: string;
  readonly branchId: string;
  readonly managerId: string | null;
  readonly productCode: string;
  /** Fen. */
  readonly principal: number;
  /** Percent per year as exact decimal text. */
  readonly annualRate: string;
  readonly term: number;
  readonly method: string;
  readonly frequency: string;
  readonly disbursementDate: string;
  readonly maturityDate: string;
  readonly paymentMode: string;
  readonly purpose: string;
  readonly securityType: string;
  readonly state: LoanStateRow;
}

/**
 * The state columns as array parameters, in the order both the insert and the update list them:
 * status, accrued_through, credit_balance, principal_owed, dpd, bucket, classification, class_rule,
 * oldest_unpaid_due, next_check_date, on_time_streak, specific_provision.
 */
function stateColumns(states: readonly LoanStateRow[]): string[] {
  const col = <T>(f: (s: LoanStateRow) => T) => states.map(f);
  return [
    textArray(col((s) => s.status)),
    dateArray(col((s) => s.accruedThrough)),
    integerArray(col((s) => s.creditBalance)),
    integerArray(col((s) => s.principalOwed)),
    integerArray(col((s) => s.dpd)),
    textArray(col((s) => s.bucket)),
    textArray(col((s) => s.classification)),
    textArray(col((s) => s.classRule)),
    textArray(col((s) => s.oldestUnpaidDue)),
    textArray(col((s) => s.nextCheckDate)),
    integerArray(col((s) => s.onTimeStreak)),
    integerArray(col((s) => s.specificProvision)),
  ];
}

/** Inserts loans and returns their ids by loan number. */
export async function insertLoans(sql: Sql, rows: readonly NewLoanRow[]): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const col = <T>(f: (r: NewLoanRow) => T) => rows.map(f);
  const inserted = await sql.query<{ id: string; loan_no: string }>(
    `insert into loan (loan_no, contract_id, customer_id, branch_id, manager_id, product_code, principal,
                       annual_rate, term, method, frequency, disbursement_date, maturity_date, payment_mode,
                       purpose, security_type, status, accrued_through, credit_balance, principal_owed, dpd,
                       bucket, classification, class_rule, own_classification, own_class_rule,
                       oldest_unpaid_due, next_check_date, on_time_streak, specific_provision, evaluated_on)
     select * from unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[], $5::bigint[], $6::text[],
                          $7::bigint[], $8::numeric[], $9::int[], $10::text[], $11::text[], $12::date[],
                          $13::date[], $14::text[], $15::text[], $16::text[], $17::text[], $18::date[],
                          $19::bigint[], $20::bigint[], $21::int[], $22::text[], $23::text[], $24::text[],
                          $23::text[], $24::text[], $25::date[], $26::date[], $27::int[], $28::bigint[],
                          $18::date[])
     returning id::text as id, loan_no`,
    [
      textArray(col((r) => r.loanNo)),
      integerArray(col((r) => r.contractId)),
      integerArray(col((r) => r.customerId)),
      textArray(col((r) => r.branchId)),
      nullableIntegerArray(col((r) => r.managerId)),
      textArray(col((r) => r.productCode)),
      integerArray(col((r) => r.principal)),
      textArray(col((r) => r.annualRate)),
      integerArray(col((r) => r.term)),
      textArray(col((r) => r.method)),
      textArray(col((r) => r.frequency)),
      dateArray(col((r) => r.disbursementDate)),
      dateArray(col((r) => r.maturityDate)),
      textArray(col((r) => r.paymentMode)),
      textArray(col((r) => r.purpose)),
      textArray(col((r) => r.securityType)),
      ...stateColumns(rows.map((r) => r.state)),
    ],
  );
  return new Map(inserted.map((r) => [r.loan_no, r.id]));
}

export interface LoanReplayRow {
  readonly id: string;
  readonly principal: string;
  readonly loan_no: string;
  readonly product_code: string;
  readonly annual_rate: string;
  readonly disbursement_date: string;
  readonly status: string;
  readonly accrued_through: string;
  readonly credit_balance: string;
  readonly principal_owed: string;
  readonly dpd: number;
  readonly bucket: string;
  readonly classification: string;
  readonly class_rule: string;
}

/** What a replay of these loans needs from the loan rows, locked against concurrent booking. */
export async function loadLoansForReplay(sql: Sql, loanIds: readonly string[]): Promise<LoanReplayRow[]> {
  if (loanIds.length === 0) return [];
  return sql.query<LoanReplayRow>(
    `select id::text as id, principal, loan_no, product_code, annual_rate::text, disbursement_date, status,
            accrued_through, credit_balance, principal_owed, dpd, bucket, classification, class_rule
       from loan where id = any($1::bigint[]) order by id for update`,
    [integerArray(loanIds)],
  );
}

/** Rewrites the servicing state of loans (after a replay). */
export async function updateLoanStates(
  sql: Sql,
  rows: readonly { id: string; state: LoanStateRow }[],
): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: { id: string; state: LoanStateRow }) => T) => rows.map(f);
  await sql.query(
    `update loan l set status = v.status, accrued_through = v.accrued_through, credit_balance = v.credit_balance,
            principal_owed = v.principal_owed, dpd = v.dpd, bucket = v.bucket,
            classification = v.classification, class_rule = v.class_rule,
            own_classification = v.classification, own_class_rule = v.class_rule,
            oldest_unpaid_due = v.oldest_unpaid_due, next_check_date = v.next_check_date,
            on_time_streak = v.on_time_streak, specific_provision = v.specific_provision,
            evaluated_on = v.accrued_through, updated_at = now()
       from unnest($1::bigint[], $2::text[], $3::date[], $4::bigint[], $5::bigint[], $6::int[], $7::text[],
                   $8::text[], $9::text[], $10::date[], $11::date[], $12::int[], $13::bigint[])
         as v(id, status, accrued_through, credit_balance, principal_owed, dpd, bucket, classification,
              class_rule, oldest_unpaid_due, next_check_date, on_time_streak, specific_provision)
      where l.id = v.id`,
    [integerArray(col((r) => r.id)), ...stateColumns(rows.map((r) => r.state))],
  );
}

const HISTORY_COLUMNS = [
  'loan_id',
  'valid_from',
  'valid_to',
  'status',
  'principal_owed',
  'credit_balance',
  'oldest_unpaid_due',
  'classification',
  'class_rule',
  'specific_provision',
] as const;

/** Where each interval ends: where the next one of its loan starts, else never ('infinity'). */
function intervalEnds(rows: readonly HistoryInterval[]): string[] {
  const byLoan = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const list = byLoan.get(r.loanId);
    if (list) list.push(i);
    else byLoan.set(r.loanId, [i]);
  });
  const ends = new Array<string>(rows.length);
  for (const list of byLoan.values()) {
    list.sort((a, b) => (rows[a]!.validFrom < rows[b]!.validFrom ? -1 : 1));
    list.forEach((at, k) => {
      ends[at] = k + 1 < list.length ? rows[list[k + 1]!]!.validFrom : 'infinity';
    });
  }
  return ends;
}

/**
 * The as-of history of loans this transaction has just inserted (so none exists yet): each interval runs
 * until the next one of its loan starts, the last one for ever.
 */
export async function insertNewLoanHistory(sql: Sql, rows: readonly HistoryInterval[]): Promise<void> {
  if (rows.length === 0) return;
  if (sql.copyFrom) {
    const ends = intervalEnds(rows);
    await sql.copyFrom(
      'loan_state_history',
      HISTORY_COLUMNS,
      copyLines(rows.length, (i) => {
        const r = rows[i]!;
        return `${r.loanId}\t${r.validFrom}\t${ends[i]}\t${copyField(r.status)}\t${r.principalOwed}\t${r.creditBalance}\t${copyField(r.oldestUnpaidDue)}\t${copyField(r.classification)}\t${copyField(r.classRule)}\t${r.specificProvision}\n`;
      }),
    );
    return;
  }
  const c = <T>(f: (r: HistoryInterval) => T) => rows.map(f);
  await sql.query(
    `insert into loan_state_history (${HISTORY_COLUMNS.join(', ')})
     select v.loan_id, v.valid_from,
            coalesce(lead(v.valid_from) over (partition by v.loan_id order by v.valid_from), 'infinity'),
            v.status, v.principal_owed, v.credit_balance, v.oldest_unpaid_due, v.classification, v.class_rule,
            v.specific_provision
       from unnest($1::bigint[], $2::date[], $3::text[], $4::bigint[], $5::bigint[], $6::date[], $7::text[],
                   $8::text[], $9::bigint[])
         as v(loan_id, valid_from, status, principal_owed, credit_balance, oldest_unpaid_due, classification,
              class_rule, specific_provision)`,
    [
      integerArray(c((r) => r.loanId)),
      dateArray(c((r) => r.validFrom)),
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
