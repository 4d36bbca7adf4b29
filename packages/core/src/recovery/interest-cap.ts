import type { LocalDate } from '../calendar/local-date';
import { badInput } from '../errors/domain-error';
import { compareRatio, parseDecimal, type Ratio, ratio } from '../rate/ratio';

/**
 * Interest caps (RULES.md §12): a product's annual rate, and its penalty rate plus fees, checked against
 * the institution's configured cap. Two kinds of cap:
 * - `fixed`: an all-in annual percentage (24 % for small-loan companies);
 * - `lpr_multiple`: a multiple of the one-year LPR (贷款市场报价利率) in force at the contract date, from
 *   the dated LPR table (4 × LPR where the private-lending rule applies).
 * Everything is exact rational arithmetic on the decimal strings; nothing is rounded.
 */
export const INTEREST_CAP_KINDS = ['fixed', 'lpr_multiple'] as const;
export type InterestCapKind = (typeof INTEREST_CAP_KINDS)[number];

export type InterestCapSetting =
  | { readonly kind: 'fixed' /** Percent a year, e.g. "24". */; readonly annualCap: string }
  | { readonly kind: 'lpr_multiple' /** e.g. "4". */; readonly multiple: string };

/** One row of the dated LPR table: the one-year LPR in percent, in force from `effectiveFrom`. */
export interface LprEntry {
  readonly effectiveFrom: LocalDate;
  readonly oneYear: string;
}

export interface RateTermsToCheck {
  /** Contract annual rate, percent a year. */
  readonly annualRate: string;
  /** Penalty uplift as a fraction ("0.5"): the penalty rate is annualRate × (1 + uplift). */
  readonly penaltyUplift: string;
  /** A fixed daily penalty in percent a day ("0.05"), annualised × dayBasis; instead of the uplift. */
  readonly penaltyDailyRate?: string | undefined;
  /** Fees charged for the credit, annualised, percent a year (default "0"). */
  readonly annualFeeRate?: string | undefined;
  readonly dayBasis?: 360 | 365 | undefined;
  /** The contract date: which LPR applies. */
  readonly contractDate: LocalDate;
}

export interface CapInForce {
  readonly kind: InterestCapKind;
  /** The cap in percent a year, exact decimal text. */
  readonly limit: string;
  /** For `lpr_multiple`: the LPR used and the day it took effect. */
  readonly lpr: { readonly oneYear: string; readonly effectiveFrom: LocalDate } | null;
  /** E.g. "4 × LPR 3.45 (2023-08-21) = 13.8". */
  readonly description: string;
}

export interface CapFigures {
  readonly annualRate: string;
  readonly penaltyRate: string;
  readonly allIn: string;
  readonly penaltyAllIn: string;
}

export type InterestCapCheck =
  | { readonly ok: true; readonly cap: CapInForce; readonly figures: CapFigures }
  | {
      readonly ok: false;
      readonly cap: CapInForce;
      readonly figures: CapFigures;
      /** The input at fault: annualRate, annualFeeRate, penaltyUplift or penaltyDailyRate. */
      readonly field: string;
      readonly reason: 'rate_above_cap' | 'all_in_above_cap' | 'penalty_above_cap';
      readonly message: string;
    };

const add = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d + b.n * a.d, a.d * b.d);
const mul = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.n, a.d * b.d);
const ONE = ratio(1n, 1n, '1');

/**
 * A ratio as decimal text: exact when it terminates within `maxDecimals` places (every sum and product
 * of decimal strings does), else rounded half up to that many places. Trailing zeros are dropped.
 */
export function formatDecimal(r: Ratio, maxDecimals = 8): string {
  const scale = 10n ** BigInt(maxDecimals);
  const scaled = (r.n * scale * 2n + r.d) / (r.d * 2n);
  const whole = scaled / scale;
  const frac = (scaled % scale).toString().padStart(maxDecimals, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

/** The LPR in force on `date`: the latest entry taking effect on or before it; null before the first. */
export function lprAt(table: readonly LprEntry[], date: LocalDate): LprEntry | null {
  let found: LprEntry | null = null;
  for (const e of table) {
    if (e.effectiveFrom <= date && (found === null || e.effectiveFrom > found.effectiveFrom)) found = e;
  }
  return found;
}

/** The cap that applies to a contract signed on `contractDate`. */
export function capInForce(
  setting: InterestCapSetting,
  lprTable: readonly LprEntry[],
  contractDate: LocalDate,
): CapInForce {
  if (setting.kind === 'fixed') {
    const limit = parseDecimal(setting.annualCap, 'annualCap');
    return {
      kind: 'fixed',
      limit: formatDecimal(limit),
      lpr: null,
      description: `fixed all-in cap ${formatDecimal(limit)} % a year`,
    };
  }
  const multiple = parseDecimal(setting.multiple, 'multiple');
  const lpr = lprAt(lprTable, contractDate);
  if (!lpr) {
    throw badInput('contractDate', `no one-year LPR in the table is in force on ${contractDate}`);
  }
  const limit = mul(multiple, parseDecimal(lpr.oneYear, 'lpr.oneYear'));
  return {
    kind: 'lpr_multiple',
    limit: formatDecimal(limit),
    lpr: { oneYear: lpr.oneYear, effectiveFrom: lpr.effectiveFrom },
    description: `${formatDecimal(multiple)} × one-year LPR ${lpr.oneYear} % (in force from ${lpr.effectiveFrom}) = ${formatDecimal(limit)} % a year`,
  };
}

/**
 * Checks a product's rates against the cap (RULES.md §12). Refusals, in this order, name the field:
 * the annual rate above the cap (`annualRate`); rate + fees above it (`annualFeeRate`); the penalty rate
 * (rate × (1 + uplift), or a fixed daily penalty × day basis) plus fees above it (`penaltyUplift` /
 * `penaltyDailyRate`). A fixed daily penalty like 0.5 % a day is 180 % a year and is never let through.
 */
export function checkInterestCap(
  terms: RateTermsToCheck,
  setting: InterestCapSetting,
  lprTable: readonly LprEntry[],
): InterestCapCheck {
  const cap = capInForce(setting, lprTable, terms.contractDate);
  const limit = parseDecimal(cap.limit, 'limit');
  const rate = parseDecimal(terms.annualRate, 'annualRate');
  const fee = parseDecimal(terms.annualFeeRate ?? '0', 'annualFeeRate');
  const dayBasis = terms.dayBasis ?? 360;
  const penaltyField = terms.penaltyDailyRate === undefined ? 'penaltyUplift' : 'penaltyDailyRate';
  const penaltyRate =
    terms.penaltyDailyRate === undefined
      ? mul(rate, add(ONE, parseDecimal(terms.penaltyUplift, 'penaltyUplift')))
      : mul(parseDecimal(terms.penaltyDailyRate, 'penaltyDailyRate'), ratio(BigInt(dayBasis), 1n));
  const allIn = add(rate, fee);
  const penaltyAllIn = add(penaltyRate, fee);
  const figures: CapFigures = {
    annualRate: formatDecimal(rate),
    penaltyRate: formatDecimal(penaltyRate),
    allIn: formatDecimal(allIn),
    penaltyAllIn: formatDecimal(penaltyAllIn),
  };
  const refuse = (
    field: string,
    reason: 'rate_above_cap' | 'all_in_above_cap' | 'penalty_above_cap',
    what: string,
  ): InterestCapCheck => ({
    ok: false,
    cap,
    figures,
    field,
    reason,
    message: `${field}: ${what} is above the interest cap: ${cap.description}`,
  });
  if (compareRatio(rate, limit) > 0) {
    return refuse('annualRate', 'rate_above_cap', `the annual rate ${figures.annualRate} %`);
  }
  if (compareRatio(allIn, limit) > 0) {
    return refuse(
      'annualFeeRate',
      'all_in_above_cap',
      `the annual rate ${figures.annualRate} % plus fees ${formatDecimal(fee)} % = ${figures.allIn} %`,
    );
  }
  if (compareRatio(penaltyAllIn, limit) > 0) {
    const how =
      terms.penaltyDailyRate === undefined
        ? `${figures.annualRate} % × (1 + ${terms.penaltyUplift})`
        : `${terms.penaltyDailyRate} % a day × ${dayBasis}`;
    return refuse(
      penaltyField,
      'penalty_above_cap',
      `the penalty rate ${how} = ${figures.penaltyRate} % plus fees ${formatDecimal(fee)} % = ${figures.penaltyAllIn} %`,
    );
  }
  return { ok: true, cap, figures };
}

/** Validates a cap setting (bad_input naming the field). */
export function parseInterestCapSetting(input: {
  kind: string;
  annualCap?: string | null | undefined;
  multiple?: string | null | undefined;
}): InterestCapSetting {
  if (input.kind === 'fixed') {
    if (!input.annualCap) throw badInput('annualCap', 'a fixed cap needs its percentage a year');
    const c = parseDecimal(input.annualCap, 'annualCap');
    if (c.n === 0n || compareRatio(c, ratio(36n, 1n)) > 0) {
      throw badInput('annualCap', `"${input.annualCap}" must be more than 0 and at most 36 % a year`);
    }
    return { kind: 'fixed', annualCap: input.annualCap };
  }
  if (input.kind === 'lpr_multiple') {
    if (!input.multiple) throw badInput('multiple', 'an LPR cap needs its multiple');
    const m = parseDecimal(input.multiple, 'multiple');
    if (m.n === 0n || compareRatio(m, ratio(10n, 1n)) > 0) {
      throw badInput('multiple', `"${input.multiple}" must be more than 0 and at most 10`);
    }
    return { kind: 'lpr_multiple', multiple: input.multiple };
  }
  throw badInput('kind', `unknown cap kind "${input.kind}" (fixed or lpr_multiple)`);
}
