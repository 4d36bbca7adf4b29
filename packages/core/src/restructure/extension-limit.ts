import type { LocalDate } from '../calendar/local-date';
import { DomainError } from '../errors/domain-error';
import { type Frequency, periodMonths, type RepaymentMethod } from '../product/loan-terms';

/** Term classes of RULES.md §12 (贷款通则 第十二条): by the original term in months. */
export type TermClass = 'short' | 'medium' | 'long';

/** Short-term: up to 1 year inclusive; medium-term: over 1 and up to 5 years; long-term: over 5 years. */
export function termClass(originalMonths: number): TermClass {
  if (originalMonths <= 12) return 'short';
  if (originalMonths <= 60) return 'medium';
  return 'long';
}

/** The longest cumulative extension (展期) in whole months a loan of this original term may get. */
export function extensionLimitMonths(originalMonths: number): number {
  const c = termClass(originalMonths);
  if (c === 'short') return originalMonths;
  // Half of the original term, in whole months: half of 25 months is 12 months, not 12.5.
  if (c === 'medium') return (originalMonths - (originalMonths % 2)) / 2;
  return 36;
}

/** The original contract term in months: installments × months per period; a bullet's term is months. */
export const termMonths = (term: number, method: RepaymentMethod, frequency: Frequency): number =>
  method === 'bullet' ? term : term * periodMonths(frequency);

export interface ExtensionRequest {
  /** The business date the extension is applied for (and, at approval, takes effect). */
  readonly date: LocalDate;
  /** The loan's maturity now: the due date of its last installment. */
  readonly maturityDate: LocalDate;
  readonly method: RepaymentMethod;
  readonly frequency: Frequency;
  /** The original contract term in months (before any extension or restructuring). */
  readonly originalMonths: number;
  /** Months already granted by earlier approved extensions. */
  readonly extendedMonths: number;
  /** Months asked for now. */
  readonly months: number;
}

export interface ExtensionCheck {
  readonly termClass: TermClass;
  readonly limitMonths: number;
  /** Months still available after this extension. */
  readonly remainingMonths: number;
}

const violation = (field: string, message: string): DomainError =>
  new DomainError('rule_violation', `${field}: ${message}`, field);

/**
 * RULES.md §12: an extension is applied for before maturity, and the cumulative extension is at most the
 * original term (short-term), half of it (medium-term) or 3 years (long-term). A quarterly amortising
 * loan extends by whole quarters. Refusals are rule_violation naming the field.
 */
export function checkExtension(r: ExtensionRequest): ExtensionCheck {
  if (!Number.isInteger(r.months) || r.months < 1) {
    throw new DomainError('bad_input', 'months: must be a whole number of months, at least 1', 'months');
  }
  if (r.date >= r.maturityDate) {
    throw violation(
      'date',
      `an extension must be applied for before maturity: the loan matures on ${r.maturityDate} and today is ${r.date}`,
    );
  }
  const pm = r.method === 'bullet' ? 1 : periodMonths(r.frequency);
  if (r.months % pm !== 0) {
    throw violation(
      'months',
      `a quarterly loan extends by whole quarters: ${r.months} is not a multiple of 3`,
    );
  }
  const limit = extensionLimitMonths(r.originalMonths);
  const total = r.extendedMonths + r.months;
  if (total > limit) {
    const cls = termClass(r.originalMonths);
    const left = limit - r.extendedMonths;
    throw violation(
      'months',
      `a ${cls}-term loan of ${r.originalMonths} months may be extended by at most ${limit} months in total; ` +
        `${r.extendedMonths} already granted, so at most ${left < 0 ? 0 : left} more (asked ${r.months})`,
    );
  }
  return { termClass: termClass(r.originalMonths), limitMonths: limit, remainingMonths: limit - total };
}
