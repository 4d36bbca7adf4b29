import {
  DomainError,
  type Fen,
  type LoanTerms,
  type LocalDate,
  parseLoanTerms,
  parseLocalDate,
  parseYuan,
} from '@daihou/core';
import { expect } from 'vitest';

/** A yuan string as fen, e.g. yuan('10327.97'). */
export const yuan = (text: string): Fen => parseYuan(text);

/** A 'YYYY-MM-DD' string as a LocalDate. */
export const day = (text: string): LocalDate => parseLocalDate(text);

/** The contract of RULES.md §2: 120,000.00 at 6.00 %, 12 months, disbursed 2026-01-10. */
export const rulesContract = (method = 'equal_installment'): LoanTerms =>
  parseLoanTerms({
    principal: '120000.00',
    annualRate: '6.00',
    term: 12,
    method,
    disbursementDate: '2026-01-10',
  });

/** Asserts that `run` throws a bad_input DomainError naming `field`. */
export function expectBadInput(run: () => unknown, field: string): DomainError {
  let caught: unknown;
  try {
    run();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected bad input on ${field}`).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect(error.code).toBe('bad_input');
  expect(error.field).toBe(field);
  expect(error.message.startsWith(`${field}: `)).toBe(true);
  return error;
}
