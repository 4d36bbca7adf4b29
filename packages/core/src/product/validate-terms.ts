import { parseLocalDate } from '../calendar/local-date';
import { badInput } from '../errors/domain-error';
import { parseYuan } from '../money/fen';
import { parseAnnualRate, parseDecimal, parseUplift, type Ratio } from '../rate/ratio';
import {
  COMPONENTS,
  type Component,
  DEFAULT_SERVICING,
  FREQUENCIES,
  type Frequency,
  type LoanTerms,
  REPAYMENT_METHODS,
  type RepaymentMethod,
  type ServicingSettings,
} from './loan-terms';

export const MAX_TERM = 360;

export function parseMethod(text: string, field = 'method'): RepaymentMethod {
  if ((REPAYMENT_METHODS as readonly string[]).includes(text)) return text as RepaymentMethod;
  throw badInput(field, `unknown repayment method "${text}" (one of ${REPAYMENT_METHODS.join(', ')})`);
}

export function parseFrequency(text: string, field = 'frequency'): Frequency {
  if ((FREQUENCIES as readonly string[]).includes(text)) return text as Frequency;
  throw badInput(field, `unknown frequency "${text}" (monthly or quarterly)`);
}

export function parseTerm(value: string | number, field = 'term'): number {
  const n = typeof value === 'number' ? value : /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_TERM) {
    throw badInput(field, `"${value}" must be a whole number of installments from 1 to ${MAX_TERM}`);
  }
  return n;
}

export interface LoanTermsInput {
  principal: string;
  annualRate: string;
  term: string | number;
  method: string;
  frequency?: string | undefined;
  disbursementDate: string;
}

/** Validates edge input into LoanTerms; each failure names its field. */
export function parseLoanTerms(input: LoanTermsInput): LoanTerms {
  const principal = parseYuan(input.principal, 'principal');
  if (principal <= 0) throw badInput('principal', 'must be more than 0.00');
  const terms: LoanTerms = {
    principal,
    annualRate: parseAnnualRate(input.annualRate, 'annualRate'),
    term: parseTerm(input.term, 'term'),
    method: parseMethod(input.method, 'method'),
    frequency: parseFrequency(input.frequency ?? 'monthly', 'frequency'),
    disbursementDate: parseLocalDate(input.disbursementDate, 'disbursementDate'),
  };
  checkPrincipalPerInstallment(terms);
  return terms;
}

/** RULES.md §2: less than 1.00 yuan of principal per installment is bad input. */
export function checkPrincipalPerInstallment(terms: LoanTerms): void {
  const installments = terms.method === 'bullet' ? 1 : terms.term;
  if (terms.principal < installments * 100) {
    throw badInput(
      'principal',
      `${installments} installments need at least 1.00 yuan of principal each (RULES.md §2)`,
    );
  }
}

export interface ServicingInput {
  penaltyUplift?: string | undefined;
  graceDays?: number | undefined;
  dayBasis?: number | undefined;
  waterfallOrder?: readonly string[] | undefined;
  prepaymentFeeRate?: string | undefined;
  prepaymentFeeFreeDays?: number | undefined;
}

function wholeDays(value: number | undefined, fallback: number, max: number, field: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw badInput(field, `"${value}" must be a whole number of days from 0 to ${max}`);
  }
  return value;
}

export function parseServicingSettings(input: ServicingInput = {}): ServicingSettings {
  const order = input.waterfallOrder ?? DEFAULT_SERVICING.waterfallOrder;
  const known = new Set<string>(COMPONENTS);
  if (
    order.length !== COMPONENTS.length ||
    new Set(order).size !== order.length ||
    !order.every((c) => known.has(c))
  ) {
    throw badInput('waterfallOrder', `must list each of ${COMPONENTS.join(', ')} exactly once`);
  }
  const dayBasis = input.dayBasis ?? DEFAULT_SERVICING.dayBasis;
  if (dayBasis !== 360 && dayBasis !== 365) throw badInput('dayBasis', `"${dayBasis}" must be 360 or 365`);
  let feeRate: Ratio = DEFAULT_SERVICING.prepaymentFeeRate;
  if (input.prepaymentFeeRate !== undefined) {
    feeRate = parseDecimal(input.prepaymentFeeRate, 'prepaymentFeeRate');
    if (feeRate.n > feeRate.d / 10n) throw badInput('prepaymentFeeRate', 'must be a fraction from 0 to 0.1');
  }
  return {
    penaltyUplift:
      input.penaltyUplift === undefined ? DEFAULT_SERVICING.penaltyUplift : parseUplift(input.penaltyUplift),
    graceDays: wholeDays(input.graceDays, DEFAULT_SERVICING.graceDays, 30, 'graceDays'),
    dayBasis,
    waterfallOrder: order as readonly Component[],
    prepaymentFeeRate: feeRate,
    prepaymentFeeFreeDays: wholeDays(input.prepaymentFeeFreeDays, 0, 3660, 'prepaymentFeeFreeDays'),
  };
}
