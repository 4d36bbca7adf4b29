import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../calendar/local-date';
import { DomainError } from '../errors/domain-error';
import {
  checkExtension,
  type ExtensionRequest,
  extensionLimitMonths,
  termClass,
  termMonths,
} from './extension-limit';

const d = parseLocalDate;
const base: ExtensionRequest = {
  date: d('2026-06-01'),
  maturityDate: d('2027-01-10'),
  method: 'equal_installment',
  frequency: 'monthly',
  originalMonths: 12,
  extendedMonths: 0,
  months: 12,
};
const refusal = (r: ExtensionRequest): { code: string; field: string | undefined } => {
  try {
    checkExtension(r);
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: e.field };
    throw e;
  }
  throw new Error('not refused');
};

describe('extension limits (RULES.md §12)', () => {
  it('classes a term by its original months: ≤ 12 short, ≤ 60 medium, over 60 long', () => {
    expect([1, 12, 13, 60, 61, 360].map(termClass)).toEqual([
      'short',
      'short',
      'medium',
      'medium',
      'long',
      'long',
    ]);
  });

  it('allows the original term (short), half of it in whole months (medium), 3 years (long)', () => {
    expect(extensionLimitMonths(6)).toBe(6);
    expect(extensionLimitMonths(12)).toBe(12);
    expect(extensionLimitMonths(13)).toBe(6);
    expect(extensionLimitMonths(24)).toBe(12);
    expect(extensionLimitMonths(25)).toBe(12);
    expect(extensionLimitMonths(60)).toBe(30);
    expect(extensionLimitMonths(61)).toBe(36);
    expect(extensionLimitMonths(360)).toBe(36);
  });

  it('counts the term in months: quarters × 3, a bullet in months', () => {
    expect(termMonths(8, 'equal_principal', 'quarterly')).toBe(24);
    expect(termMonths(6, 'bullet', 'quarterly')).toBe(6);
  });

  it('accepts exactly the limit and refuses one month more, cumulatively', () => {
    expect(checkExtension(base)).toEqual({ termClass: 'short', limitMonths: 12, remainingMonths: 0 });
    expect(refusal({ ...base, months: 13 })).toEqual({ code: 'rule_violation', field: 'months' });
    expect(checkExtension({ ...base, extendedMonths: 5, months: 7 }).remainingMonths).toBe(0);
    expect(refusal({ ...base, extendedMonths: 5, months: 8 })).toEqual({
      code: 'rule_violation',
      field: 'months',
    });
    expect(refusal({ ...base, originalMonths: 24, months: 13 }).field).toBe('months');
    expect(refusal({ ...base, originalMonths: 120, months: 37 }).field).toBe('months');
    expect(checkExtension({ ...base, originalMonths: 120, months: 36 }).limitMonths).toBe(36);
  });

  it('must be applied for before maturity: on the maturity date it is too late', () => {
    expect(checkExtension({ ...base, date: d('2027-01-09'), months: 1 }).remainingMonths).toBe(11);
    expect(refusal({ ...base, date: d('2027-01-10'), months: 1 })).toEqual({
      code: 'rule_violation',
      field: 'date',
    });
    expect(refusal({ ...base, date: d('2027-02-01'), months: 1 }).field).toBe('date');
  });

  it('extends a quarterly loan by whole quarters; 0 months is bad input', () => {
    const q = { ...base, frequency: 'quarterly' as const, originalMonths: 24 };
    expect(checkExtension({ ...q, months: 6 }).remainingMonths).toBe(6);
    expect(refusal({ ...q, months: 4 })).toEqual({ code: 'rule_violation', field: 'months' });
    expect(refusal({ ...base, months: 0 })).toEqual({ code: 'bad_input', field: 'months' });
  });
});
