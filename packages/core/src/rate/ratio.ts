import { badInput } from '../errors/domain-error';

/**
 * An exact non-negative rational n/d. Rates ("6.00" % a year), uplifts ("0.5") and provision
 * percentages are parsed from decimal strings into ratios so no rate is ever rounded before the one
 * rounding point a rule names (RULES.md §1). See docs/adr/0001-money-representation.md.
 */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
  /** The decimal text it was parsed from, kept for display and storage. */
  readonly text: string;
}

const DECIMAL = /^(\d{1,6})(?:\.(\d{1,8}))?$/;

export function parseDecimal(text: string, field: string): Ratio {
  const m = DECIMAL.exec(text);
  if (!m) throw badInput(field, `"${text}" is not a non-negative decimal number (e.g. "4.35")`);
  const [, whole = '0', frac = ''] = m;
  const d = 10n ** BigInt(frac.length);
  return { n: BigInt(whole) * d + BigInt(frac || '0'), d, text };
}

export const ratio = (n: bigint, d: bigint, text = `${n}/${d}`): Ratio => ({ n, d, text });

export const isZero = (r: Ratio): boolean => r.n === 0n;

/** Compares two ratios: negative, zero or positive. */
export const compareRatio = (a: Ratio, b: Ratio): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};

/** An annual interest rate in percent per year, e.g. "4.35". */
export type AnnualRate = Ratio;

/** Parses an annual rate in percent; 0 ≤ rate ≤ 36 (the widest legal all-in cap any product may carry). */
export function parseAnnualRate(text: string, field = 'annualRate'): AnnualRate {
  const r = parseDecimal(text, field);
  if (compareRatio(r, ratio(36n, 1n)) > 0) {
    throw badInput(field, `${text} % a year is above 36 %, no lawful loan carries that rate`);
  }
  return r;
}

/** Parses the penalty uplift as a fraction between 0.3 and 0.5 (RULES.md §3). */
export function parseUplift(text: string, field = 'penaltyUplift'): Ratio {
  const r = parseDecimal(text, field);
  if (compareRatio(r, ratio(3n, 10n)) < 0 || compareRatio(r, ratio(1n, 2n)) > 0) {
    throw badInput(field, `"${text}" must be a fraction from 0.3 to 0.5`);
  }
  return r;
}
