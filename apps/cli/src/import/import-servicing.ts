import {
  type Allocation,
  type AnnualRate,
  accrualFactor,
  addDays,
  advanceLedger,
  applyMoney,
  type DatedPayment,
  dpdFloorRule,
  type InstallmentLedger,
  isSettled,
  type LoanLedger,
  type LoanSnapshot,
  type LocalDate,
  maxDate,
  outstandingOf,
  type ServicingSettings,
  snapshot,
} from '@daihou/core';

export interface ImportServicingInput {
  /** The loan's installments with nothing paid or accrued (a fresh schedule). */
  readonly installments: readonly InstallmentLedger[];
  readonly disbursementDate: LocalDate;
  readonly annualRate: AnnualRate;
  readonly settings: ServicingSettings;
  /** All of the loan's repayments, each after disbursement and not after the business date, in the order received. */
  readonly payments: readonly DatedPayment[];
  readonly businessDate: LocalDate;
}

export interface ImportServicingResult {
  /** Accrued through the end of asOf, with the business date's money applied. */
  readonly ledger: LoanLedger;
  readonly allocations: readonly (Allocation & { date: LocalDate })[];
  /** The loan at the end of asOf, before the business date's money (DPD, bucket, class are end-of-day outputs). */
  readonly endOfDay: LoanSnapshot;
  readonly asOf: LocalDate;
  readonly status: 'active' | 'settled';
  readonly principalOwed: number;
  readonly classRule: string;
}

const byDate = (a: DatedPayment, b: DatedPayment): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The servicing state an imported history ends with (CONTRACT.md `daihou import`): replayed from
 * disbursement through the end of the day before the business date by the same rules as
 * `daihou simulate` (advanceLedger), so it equals simulate at asOf = business date − 1. Money dated on
 * the business date itself is applied but not yet accrued, as a repayment booked today would be: the
 * business date's end of day accrues it. DPD, bucket and class describe the end of asOf, as end of day
 * left them; status, principal owed and credit balance include today's money (as booking does).
 * A loan disbursed on the business date has asOf = its disbursement date and nothing to accrue.
 */
export function serviceImportedLoan(input: ImportServicingInput): ImportServicingResult {
  const { businessDate, settings } = input;
  const asOf = maxDate(input.disbursementDate, addDays(businessDate, -1));
  const payments = [...input.payments].sort(byDate); // stable: same-day ones stay in the order received
  const past = payments.filter((p) => p.date <= asOf);
  const today = payments.filter((p) => p.date > asOf);
  const start: LoanLedger = {
    installments: input.installments,
    creditBalance: 0 as LoanLedger['creditBalance'],
    accruedThrough: input.disbursementDate,
  };
  const advanced = advanceLedger(start, past, asOf, accrualFactor(input.annualRate, settings), settings);
  const endOfDay = snapshot(advanced.ledger, asOf);
  let ledger = advanced.ledger;
  const allocations = [...advanced.allocations];
  if (today.length > 0) {
    const applied = applyMoney(ledger, businessDate, today, settings.waterfallOrder);
    ledger = applied.ledger;
    for (const a of applied.allocations) allocations.push({ ...a, date: businessDate });
  }
  return {
    ledger,
    allocations,
    endOfDay,
    asOf,
    status: isSettled(ledger) ? 'settled' : 'active',
    principalOwed: outstandingOf(ledger, asOf).principal,
    classRule: dpdFloorRule(endOfDay.dpd),
  };
}
