import type { LocalDate } from '../calendar/local-date';
import type { Fen } from '../money/fen';
import type { AnnualRate, Ratio } from '../rate/ratio';

export const REPAYMENT_METHODS = ['equal_installment', 'equal_principal', 'interest_only', 'bullet'] as const;
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

export const FREQUENCIES = ['monthly', 'quarterly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** The contractual terms of one loan (借据), enough to generate its schedule. */
export interface LoanTerms {
  readonly principal: Fen;
  readonly annualRate: AnnualRate;
  /** Number of installments; for `bullet`, months to maturity (RULES.md §2). */
  readonly term: number;
  readonly method: RepaymentMethod;
  readonly frequency: Frequency;
  readonly disbursementDate: LocalDate;
}

/** The components of an installment a repayment can pay, in waterfall terms. */
export const COMPONENTS = ['penalty', 'compound', 'fee', 'interest', 'principal'] as const;
export type Component = (typeof COMPONENTS)[number];

/** Product-level servicing settings (RULES.md §1, §3, §4): every number here is configurable per product. */
export interface ServicingSettings {
  /** Penalty and compound are charged at annual rate × (1 + uplift). */
  readonly penaltyUplift: Ratio;
  /** Days after the due date with no accrual (accrual starts at the end of day graceDays + 1). */
  readonly graceDays: number;
  /** Day-count basis of daily rates. */
  readonly dayBasis: 360 | 365;
  /** Order in which a repayment pays the components of one installment. */
  readonly waterfallOrder: readonly Component[];
  /** Prepayment fee as a fraction of prepaid principal (e.g. 0.01 for 1 %). */
  readonly prepaymentFeeRate: Ratio;
  /** No prepayment fee when prepaying within this many days of disbursement (0: no free window). */
  readonly prepaymentFeeFreeDays: number;
}

export const DEFAULT_WATERFALL: readonly Component[] = [
  'penalty',
  'compound',
  'fee',
  'interest',
  'principal',
];

export const DEFAULT_SERVICING: ServicingSettings = {
  penaltyUplift: { n: 5n, d: 10n, text: '0.5' },
  graceDays: 0,
  dayBasis: 360,
  waterfallOrder: DEFAULT_WATERFALL,
  prepaymentFeeRate: { n: 0n, d: 1n, text: '0' },
  prepaymentFeeFreeDays: 0,
};

/** Months between installments. */
export const periodMonths = (frequency: Frequency): number => (frequency === 'quarterly' ? 3 : 1);

/** Periods per year, the divisor of the annual rate for a period rate. */
export const periodsPerYear = (frequency: Frequency): number => (frequency === 'quarterly' ? 4 : 12);
