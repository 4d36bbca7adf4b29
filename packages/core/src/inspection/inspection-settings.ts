import { badInput } from '../errors/domain-error';

/** The kinds of post-loan inspection task (RULES.md §9; GLOSSARY.md kinds `first`, `periodic`, `adhoc`). */
export const INSPECTION_KINDS = ['first', 'periodic', 'adhoc', 'spot_check'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/**
 * The inspection rhythm of one product (RULES.md §9, every number configurable per product). Months
 * and days are whole numbers; the spot-check share is an exact fraction.
 */
export interface InspectionSettings {
  /** First inspection due this many days after disbursement (entrusted payment). */
  readonly firstDueDays: number;
  /** First inspection due this many days after disbursement for self-payment (自主支付) loans. */
  readonly firstDueDaysSelfPayment: number;
  /** Periodic rhythm in months: enterprise loans, individuals, key customers (the shortest that applies). */
  readonly periodicMonthsEnterprise: number;
  readonly periodicMonthsIndividual: number;
  readonly periodicMonthsKeyCustomer: number;
  /** A periodic task appears this many days before it is due, so the manager can plan the visit. */
  readonly periodicLeadDays: number;
  /** An ad-hoc task is created when DPD reaches this (or any principal is overdue). */
  readonly adhocDpd: number;
  /** A rule-created ad-hoc task is due this many days after it is created. */
  readonly adhocDueDays: number;
  /** At least this share of last month's new loans gets an on-site spot check. */
  readonly spotCheckShare: { readonly n: bigint; readonly d: bigint };
}

export const DEFAULT_INSPECTION_SETTINGS: InspectionSettings = {
  firstDueDays: 7,
  firstDueDaysSelfPayment: 3,
  periodicMonthsEnterprise: 3,
  periodicMonthsIndividual: 12,
  periodicMonthsKeyCustomer: 3,
  // Not in RULES.md: half a month's notice is what a manager needs to book a visit (docs/domain/inspections.md).
  periodicLeadDays: 15,
  adhocDpd: 60,
  // Not in RULES.md: a problem found by the rules is looked at within a week.
  adhocDueDays: 7,
  // RULES.md says "a configured share": one in ten new loans by default.
  spotCheckShare: { n: 1n, d: 10n },
};

/** System-wide (not per product): how many of the largest debtors are key customers (RULES.md §9). */
export const DEFAULT_KEY_CUSTOMER_COUNT = 10;

const wholeIn = (value: number, min: number, max: number, field: string): void => {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw badInput(field, `must be a whole number from ${min} to ${max}, got ${value}`);
  }
};

/** Checks a product's settings; a bad value is bad_input naming the setting. */
export function validateInspectionSettings(s: InspectionSettings): InspectionSettings {
  wholeIn(s.firstDueDays, 1, 90, 'firstDueDays');
  wholeIn(s.firstDueDaysSelfPayment, 1, 90, 'firstDueDaysSelfPayment');
  wholeIn(s.periodicMonthsEnterprise, 1, 24, 'periodicMonthsEnterprise');
  // RULES.md §9: individuals at least once a year.
  wholeIn(s.periodicMonthsIndividual, 1, 12, 'periodicMonthsIndividual');
  wholeIn(s.periodicMonthsKeyCustomer, 1, 24, 'periodicMonthsKeyCustomer');
  wholeIn(s.periodicLeadDays, 0, 60, 'periodicLeadDays');
  wholeIn(s.adhocDpd, 1, 365, 'adhocDpd');
  wholeIn(s.adhocDueDays, 1, 90, 'adhocDueDays');
  const share = s.spotCheckShare;
  if (share.d <= 0n || share.n < 0n || share.n > share.d) {
    throw badInput('spotCheckShare', `must be a fraction from 0 to 1, got ${share.n}/${share.d}`);
  }
  return s;
}
