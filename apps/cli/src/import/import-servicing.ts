import {
  type Allocation,
  type AnnualRate,
  accrualFactor,
  addDays,
  applyMoney,
  type ClassDecision,
  type DatedPayment,
  DEFAULT_CLASSIFICATION_SETTINGS,
  DEFAULT_PROVISION_SETTINGS,
  type Fen,
  type InstallmentLedger,
  isSettled,
  type LoanLedger,
  type LoanSnapshot,
  type LocalDate,
  maxDate,
  NO_CLASS_CONTEXT,
  nextEvaluationDate,
  openServicingState,
  outstandingOf,
  type ServicingSettings,
  specificProvision,
  type TimelineResult,
  walkTimeline,
} from '@daihou/core';
import type { HistoryInterval, LoanStateRow } from '@daihou/db';

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
  /** The loan's own class at the end of asOf by RULES.md §5 (the debtor-level rule is applied afterwards). */
  readonly decision: ClassDecision;
  readonly classRule: string;
  readonly onTimeStreak: number;
  readonly oldestUnpaidDue: LocalDate | null;
  /** The first business date whose end of day must look at the loan. */
  readonly nextCheckDate: LocalDate | null;
  readonly specificProvision: Fen;
  /** End-of-day states on every day something changed, for the as-of history. */
  readonly history: TimelineResult['history'];
}

const byDate = (a: DatedPayment, b: DatedPayment): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The servicing state an imported history ends with (CONTRACT.md `daihou import`): replayed from
 * disbursement through the end of the day before the business date by the same rules and the same
 * day evaluation as end of day (core walkTimeline), so it equals `daihou simulate` at asOf = business
 * date − 1, and the class applies RULES.md §5 with its whole history (the cure hold needs it). Money
 * dated on the business date itself is applied but not yet accrued, as a repayment booked today would
 * be: the business date's end of day accrues it and re-evaluates the loan.
 */
export function serviceImportedLoan(input: ImportServicingInput): ImportServicingResult {
  const { businessDate, settings } = input;
  const asOf = maxDate(input.disbursementDate, addDays(businessDate, -1));
  const payments = [...input.payments].sort(byDate); // stable: same-day ones stay in the order received
  const past = payments.filter((p) => p.date <= asOf);
  const today = payments.filter((p) => p.date > asOf);
  const start = openServicingState({
    installments: input.installments,
    creditBalance: 0 as Fen,
    accruedThrough: input.disbursementDate,
  });
  const classSettings = DEFAULT_CLASSIFICATION_SETTINGS;
  const walked = walkTimeline(start, past, asOf, {
    factor: accrualFactor(input.annualRate, settings),
    settings,
    classSettings,
    context: NO_CLASS_CONTEXT,
  });
  let ledger = walked.ledger;
  const allocations = [...walked.allocations];
  if (today.length > 0) {
    const applied = applyMoney(ledger, businessDate, today, settings.waterfallOrder);
    ledger = applied.ledger;
    for (const a of applied.allocations) allocations.push({ ...a, date: businessDate });
  }
  const principalOwed = outstandingOf(ledger, asOf).principal;
  const oldest = ledger.installments.find(
    (i) => i.principalPaid < i.principalDue || i.interestPaid < i.interestDue,
  );
  const nextCheck = today.length > 0 ? businessDate : nextEvaluationDate(walked.state, asOf, classSettings);
  const status = isSettled(ledger) ? 'settled' : 'active';
  return {
    ledger,
    allocations,
    endOfDay: walked.snapshot,
    asOf,
    status,
    principalOwed,
    decision: walked.decision,
    classRule: walked.decision.rule,
    onTimeStreak: walked.onTimeStreak,
    oldestUnpaidDue: oldest?.dueDate ?? null,
    nextCheckDate: status === 'active' ? nextCheck : null,
    specificProvision: specificProvision(
      principalOwed as Fen,
      walked.decision.classification,
      DEFAULT_PROVISION_SETTINGS.rates,
    ),
    history: walked.history,
  };
}

/** An as-of history interval before its loan has an id. */
export type LoanHistoryRow = Omit<HistoryInterval, 'loanId'>;

/** The rows of one loan, with its id. */
export const ofLoan = (loanId: string, rows: readonly LoanHistoryRow[]): HistoryInterval[] =>
  rows.map((r) => ({ loanId, ...r }));

/**
 * The as-of history intervals of an imported loan: its state at disbursement, then each end of day on
 * which something changed in the replay (docs/domain/end-of-day.md).
 */
export function historyIntervals(
  principal: Fen,
  installments: readonly InstallmentLedger[],
  disbursementDate: LocalDate,
  s: ImportServicingResult,
): LoanHistoryRow[] {
  const rates = DEFAULT_PROVISION_SETTINGS.rates;
  const out: LoanHistoryRow[] = [
    {
      validFrom: disbursementDate,
      status: 'active',
      principalOwed: principal,
      creditBalance: 0 as Fen,
      oldestUnpaidDue: installments[0]?.dueDate ?? null,
      classification: 'normal',
      classRule: 'dpd=0',
      specificProvision: 0 as Fen,
    },
  ];
  for (const h of s.history) {
    const row: LoanHistoryRow = {
      validFrom: h.date,
      status: h.snapshot.status,
      principalOwed: h.snapshot.outstanding.principal,
      creditBalance: h.snapshot.creditBalance,
      oldestUnpaidDue: h.oldestUnpaidDue,
      classification: h.decision.classification,
      classRule: h.decision.rule,
      specificProvision: specificProvision(
        h.snapshot.outstanding.principal,
        h.decision.classification,
        rates,
      ),
    };
    if (out[out.length - 1]!.validFrom === h.date) out[out.length - 1] = row;
    else out.push(row);
  }
  return out;
}

/** The loan-row state columns an import writes for a serviced loan. */
export const stateOf = (s: ImportServicingResult): LoanStateRow => ({
  status: s.status,
  accruedThrough: s.asOf,
  creditBalance: s.ledger.creditBalance,
  principalOwed: s.principalOwed,
  dpd: s.endOfDay.dpd,
  bucket: s.endOfDay.bucket,
  classification: s.decision.classification,
  classRule: s.classRule,
  oldestUnpaidDue: s.oldestUnpaidDue,
  nextCheckDate: s.nextCheckDate,
  onTimeStreak: s.onTimeStreak,
  specificProvision: s.specificProvision,
});
