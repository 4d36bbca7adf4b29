import {
  type Bucket,
  type Classification,
  type Fen,
  type Frequency,
  fen,
  type InstallmentLedger,
  type LoanLedger,
  type LoanStatus,
  type LoanTerms,
  type LocalDate,
  parseAnnualRate,
  type RepaymentMethod,
  type ScheduledInstallment,
} from '@daihou/core';
import type { Sql } from '../sql-client';

export type PaymentMode = 'entrusted' | 'self';
export type SecurityType = 'unsecured' | 'guarantee' | 'mortgage' | 'pledge';

/** A loan (借据) row: its terms, who owns it, and the servicing summary kept for lists. */
export interface Loan {
  readonly id: string;
  readonly loanNo: string;
  readonly contractId: string;
  readonly customerId: string;
  readonly branchId: string;
  readonly managerId: string | null;
  readonly productCode: string;
  readonly terms: LoanTerms;
  readonly maturityDate: LocalDate;
  readonly paymentMode: PaymentMode;
  readonly purpose: string;
  readonly securityType: SecurityType;
  readonly status: LoanStatus;
  /** The last business date whose end of day is in the ledger. */
  readonly accruedThrough: LocalDate;
  readonly creditBalance: Fen;
  readonly principalOwed: Fen;
  readonly dpd: number;
  readonly bucket: Bucket;
  readonly classification: Classification;
  readonly classRule: string;
}

/** A loan with its servicing state, as a service loads it to change it. */
export interface LoanWithLedger {
  readonly loan: Loan;
  readonly ledger: LoanLedger;
}

export interface NewLoan {
  readonly loanNo: string;
  readonly contractId: string;
  readonly customerId: string;
  readonly branchId: string;
  readonly managerId?: string | null | undefined;
  readonly productCode: string;
  readonly terms: LoanTerms;
  /** The schedule generated for `terms` (core generateSchedule); stored as the installments. */
  readonly schedule: readonly ScheduledInstallment[];
  readonly paymentMode: PaymentMode;
  readonly purpose: string;
  readonly securityType: SecurityType;
}

/** Loan-row fields a save writes besides the ledger; DPD, bucket and class only when given (end of day). */
export interface LoanStateFields {
  readonly status: LoanStatus;
  readonly principalOwed: Fen;
  readonly dpd?: number | undefined;
  readonly bucket?: Bucket | undefined;
  readonly classification?: Classification | undefined;
  readonly classRule?: string | undefined;
  /**
   * A business date whose end of day must look at this loan (money moved on it): the loan's
   * next_check_date becomes the earlier of the two.
   */
  readonly checkOn?: LocalDate | undefined;
}

interface LoanRow {
  id: string;
  loan_no: string;
  contract_id: string;
  customer_id: string;
  branch_id: string;
  manager_id: string | null;
  product_code: string;
  principal: string;
  annual_rate: string;
  term: number;
  method: RepaymentMethod;
  frequency: Frequency;
  disbursement_date: string;
  maturity_date: string;
  payment_mode: PaymentMode;
  purpose: string;
  security_type: SecurityType;
  status: LoanStatus;
  accrued_through: string;
  credit_balance: string;
  principal_owed: string;
  dpd: number;
  bucket: Bucket;
  classification: Classification;
  class_rule: string;
}

/** An installment row as selected with INSTALLMENT_COLUMNS. */
export interface InstallmentRow {
  period: number;
  kind: 'scheduled' | 'prepayment';
  due_date: string;
  principal_due: string;
  interest_due: string;
  fee_due: string;
  principal_paid: string;
  interest_paid: string;
  fee_paid: string;
  penalty_micro: string;
  penalty_paid: string;
  compound_micro: string;
  compound_paid: string;
}

const LOAN_COLUMNS = `id, loan_no, contract_id, customer_id, branch_id, manager_id, product_code, principal,
  annual_rate, term, method, frequency, disbursement_date, maturity_date, payment_mode, purpose, security_type,
  status, accrued_through, credit_balance, principal_owed, dpd, bucket, classification, class_rule`;

export const INSTALLMENT_COLUMNS = `period, kind, due_date, principal_due, interest_due, fee_due, principal_paid,
  interest_paid, fee_paid, penalty_micro, penalty_paid, compound_micro, compound_paid`;

/** int8 text → Fen; fen() refuses anything beyond the safe-integer range instead of rounding it. */
const toFen = (text: string): Fen => fen(Number(text));

const toLoan = (r: LoanRow): Loan => ({
  id: r.id,
  loanNo: r.loan_no,
  contractId: r.contract_id,
  customerId: r.customer_id,
  branchId: r.branch_id,
  managerId: r.manager_id,
  productCode: r.product_code,
  terms: {
    principal: toFen(r.principal),
    annualRate: parseAnnualRate(r.annual_rate),
    term: r.term,
    method: r.method,
    frequency: r.frequency,
    disbursementDate: r.disbursement_date as LocalDate,
  },
  maturityDate: r.maturity_date as LocalDate,
  paymentMode: r.payment_mode,
  purpose: r.purpose,
  securityType: r.security_type,
  status: r.status,
  accruedThrough: r.accrued_through as LocalDate,
  creditBalance: toFen(r.credit_balance),
  principalOwed: toFen(r.principal_owed),
  dpd: r.dpd,
  bucket: r.bucket,
  classification: r.classification,
  classRule: r.class_rule,
});

export const toInstallment = (r: InstallmentRow): InstallmentLedger => ({
  period: r.period,
  // The core ledger leaves kind out for scheduled installments (openLedger does), so round trips compare equal.
  ...(r.kind === 'prepayment' ? { kind: 'prepayment' as const } : {}),
  dueDate: r.due_date as LocalDate,
  principalDue: toFen(r.principal_due),
  interestDue: toFen(r.interest_due),
  feeDue: toFen(r.fee_due),
  principalPaid: toFen(r.principal_paid),
  interestPaid: toFen(r.interest_paid),
  feePaid: toFen(r.fee_paid),
  penaltyMicro: BigInt(r.penalty_micro),
  penaltyPaid: toFen(r.penalty_paid),
  compoundMicro: BigInt(r.compound_micro),
  compoundPaid: toFen(r.compound_paid),
});

/**
 * Creates a loan and its installments. Call inside a transaction: a loan without its schedule must
 * never be visible. The loan starts active, accrued through its disbursement date, nothing paid.
 */
export async function createLoan(sql: Sql, input: NewLoan): Promise<Loan> {
  const { terms, schedule } = input;
  const last = schedule[schedule.length - 1];
  if (!last) throw new RangeError('a loan needs at least one installment');
  const rows = await sql.query<LoanRow>(
    `insert into loan (loan_no, contract_id, customer_id, branch_id, manager_id, product_code, principal,
       annual_rate, term, method, frequency, disbursement_date, maturity_date, payment_mode, purpose,
       security_type, accrued_through, principal_owed, oldest_unpaid_due, next_check_date)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $12, $7, $17::date,
             $17::date + 1)
     returning ${LOAN_COLUMNS}`,
    [
      input.loanNo,
      input.contractId,
      input.customerId,
      input.branchId,
      input.managerId ?? null,
      input.productCode,
      String(terms.principal),
      terms.annualRate.text,
      terms.term,
      terms.method,
      terms.frequency,
      terms.disbursementDate,
      last.dueDate,
      input.paymentMode,
      input.purpose,
      input.securityType,
      // End of day first needs this loan the day after its first due date (docs/domain/end-of-day.md).
      schedule[0]!.dueDate,
    ],
  );
  const loan = toLoan(rows[0]!);
  await sql.query(
    `insert into installment (loan_id, period, due_date, principal_due, interest_due)
     select $1::bigint, v.period, v.due_date, v.principal_due, v.interest_due
     from unnest($2::integer[], $3::date[], $4::bigint[], $5::bigint[])
       as v(period, due_date, principal_due, interest_due)`,
    [
      loan.id,
      schedule.map((s) => s.period),
      schedule.map((s) => s.dueDate),
      schedule.map((s) => String(s.principal)),
      schedule.map((s) => String(s.interest)),
    ],
  );
  return loan;
}

export async function findLoan(sql: Sql, loanId: string): Promise<Loan | null> {
  const rows = await sql.query<LoanRow>(`select ${LOAN_COLUMNS} from loan where id = $1`, [loanId]);
  return rows[0] ? toLoan(rows[0]) : null;
}

export async function findLoanByNo(sql: Sql, loanNo: string): Promise<Loan | null> {
  const rows = await sql.query<LoanRow>(`select ${LOAN_COLUMNS} from loan where loan_no = $1`, [loanNo]);
  return rows[0] ? toLoan(rows[0]) : null;
}

async function loadLedger(sql: Sql, loan: Loan): Promise<LoanLedger> {
  const rows = await sql.query<InstallmentRow>(
    `select ${INSTALLMENT_COLUMNS} from installment where loan_id = $1 order by due_date, period`,
    [loan.id],
  );
  return {
    installments: rows.map(toInstallment),
    creditBalance: loan.creditBalance,
    accruedThrough: loan.accruedThrough,
  };
}

/** The loan and its ledger, read without a lock (for display and reports). */
export async function loadLoanWithLedger(sql: Sql, loanId: string): Promise<LoanWithLedger | null> {
  const loan = await findLoan(sql, loanId);
  return loan ? { loan, ledger: await loadLedger(sql, loan) } : null;
}

/**
 * Locks the loan row (`select … for update`) and loads its ledger; call inside a transaction. Every
 * writer of a loan's servicing state takes this lock first, so two of them can never both spend the
 * same amount due: the second waits for the first to commit and then reads what the first wrote.
 */
export async function loadLoanForUpdate(tx: Sql, loanId: string): Promise<LoanWithLedger | null> {
  const rows = await tx.query<LoanRow>(`select ${LOAN_COLUMNS} from loan where id = $1 for update`, [loanId]);
  if (!rows[0]) return null;
  const loan = toLoan(rows[0]);
  return { loan, ledger: await loadLedger(tx, loan) };
}

/**
 * Writes a ledger back and makes the stored installments exactly the ledger's: each one inserted or
 * updated (dues, paid and accrued amounts, kind), and stored ones the ledger no longer has removed — a
 * prepayment replaces the installments not yet due (RULES.md §4). Removing one that has money paid or
 * accrued on it is refused: that would make money vanish. Then the loan row: credit balance,
 * accrued-through date, status and principal owed, plus DPD, bucket and class when given. The loan must
 * have been loaded with loadLoanForUpdate in the same transaction.
 */
export async function saveLedger(
  tx: Sql,
  loanId: string,
  ledger: LoanLedger,
  fields: LoanStateFields,
): Promise<void> {
  const is = ledger.installments;
  const periods = is.map((i) => i.period);
  const dropped = await tx.query<{ period: number }>(
    `select period from installment
     where loan_id = $1 and not (period = any($2::integer[]))
       and (principal_paid <> 0 or interest_paid <> 0 or fee_paid <> 0 or penalty_micro <> 0
            or penalty_paid <> 0 or compound_micro <> 0 or compound_paid <> 0)`,
    [loanId, periods],
  );
  if (dropped.length > 0) {
    throw new Error(
      `loan ${loanId}: the ledger drops installments ${dropped.map((r) => r.period).join(', ')} that have money on them`,
    );
  }
  await tx.query('delete from installment where loan_id = $1 and not (period = any($2::integer[]))', [
    loanId,
    periods,
  ]);
  await tx.query(
    `insert into installment (loan_id, period, kind, due_date, principal_due, interest_due, fee_due,
       principal_paid, interest_paid, fee_paid, penalty_micro, penalty_paid, compound_micro, compound_paid)
     select $1::bigint, v.* from unnest($2::integer[], $3::text[], $4::date[], $5::bigint[], $6::bigint[],
       $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[],
       $14::bigint[])
       as v(period, kind, due_date, principal_due, interest_due, fee_due, principal_paid, interest_paid,
            fee_paid, penalty_micro, penalty_paid, compound_micro, compound_paid)
     on conflict (loan_id, period) do update set
       kind = excluded.kind, due_date = excluded.due_date, principal_due = excluded.principal_due,
       interest_due = excluded.interest_due, fee_due = excluded.fee_due,
       principal_paid = excluded.principal_paid, interest_paid = excluded.interest_paid,
       fee_paid = excluded.fee_paid, penalty_micro = excluded.penalty_micro,
       penalty_paid = excluded.penalty_paid, compound_micro = excluded.compound_micro,
       compound_paid = excluded.compound_paid`,
    [
      loanId,
      periods,
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
  const rows = await tx.query(
    `update loan set credit_balance = $2, accrued_through = $3, status = $4, principal_owed = $5,
       dpd = coalesce($6, dpd), bucket = coalesce($7, bucket), classification = coalesce($8, classification),
       class_rule = coalesce($9, class_rule),
       next_check_date = case when $10::date is null then next_check_date
                              else least(coalesce(next_check_date, $10::date), $10::date) end,
       updated_at = now()
     where id = $1 returning id`,
    [
      loanId,
      String(ledger.creditBalance),
      ledger.accruedThrough,
      fields.status,
      String(fields.principalOwed),
      fields.dpd ?? null,
      fields.bucket ?? null,
      fields.classification ?? null,
      fields.classRule ?? null,
      fields.checkOn ?? null,
    ],
  );
  if (rows.length !== 1) throw new Error(`loan ${loanId} does not exist`);
}
