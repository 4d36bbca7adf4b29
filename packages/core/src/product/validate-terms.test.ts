import { describe, expect, it } from 'vitest';
import { expectBadInput } from '../../test/helpers';
import { type LoanTermsInput, parseLoanTerms } from './validate-terms';

const good: LoanTermsInput = {
  principal: '120000.00',
  annualRate: '6.00',
  term: 12,
  method: 'equal_installment',
  disbursementDate: '2026-01-10',
};

describe('parseLoanTerms', () => {
  it('reads good terms, monthly by default', () => {
    const t = parseLoanTerms(good);
    expect(t.principal).toBe(12000000);
    expect(t.annualRate.text).toBe('6.00');
    expect(t.term).toBe(12);
    expect(t.method).toBe('equal_installment');
    expect(t.frequency).toBe('monthly');
    expect(t.disbursementDate).toBe('2026-01-10');
    expect(parseLoanTerms({ ...good, term: '12', frequency: 'quarterly' }).frequency).toBe('quarterly');
  });

  it('refuses a term of 0 or a term that is not a whole number', () => {
    expectBadInput(() => parseLoanTerms({ ...good, term: 0 }), 'term');
    expectBadInput(() => parseLoanTerms({ ...good, term: '0' }), 'term');
    expectBadInput(() => parseLoanTerms({ ...good, term: 1.5 }), 'term');
    expectBadInput(() => parseLoanTerms({ ...good, term: '12.0' }), 'term');
    expectBadInput(() => parseLoanTerms({ ...good, term: -3 }), 'term');
    expectBadInput(() => parseLoanTerms({ ...good, term: 361 }), 'term');
  });

  it('refuses an unknown method or frequency', () => {
    expectBadInput(() => parseLoanTerms({ ...good, method: 'balloon' }), 'method');
    expectBadInput(() => parseLoanTerms({ ...good, method: '' }), 'method');
    expectBadInput(() => parseLoanTerms({ ...good, frequency: 'weekly' }), 'frequency');
  });

  it('refuses less than 1.00 yuan of principal per installment (RULES.md §2)', () => {
    expectBadInput(() => parseLoanTerms({ ...good, principal: '11.99' }), 'principal');
    expect(parseLoanTerms({ ...good, principal: '12.00', annualRate: '0' }).principal).toBe(1200);
    expectBadInput(() => parseLoanTerms({ ...good, principal: '0.99', term: 1 }), 'principal');
    // bullet: one installment whatever the term
    expect(parseLoanTerms({ ...good, principal: '1.00', method: 'bullet' }).principal).toBe(100);
    expectBadInput(() => parseLoanTerms({ ...good, principal: '0.00' }), 'principal');
    expectBadInput(() => parseLoanTerms({ ...good, principal: '-100.00' }), 'principal');
    expectBadInput(() => parseLoanTerms({ ...good, principal: '100.001' }), 'principal');
  });

  it('refuses a rate above 36 % or a malformed rate', () => {
    expectBadInput(() => parseLoanTerms({ ...good, annualRate: '36.01' }), 'annualRate');
    expectBadInput(() => parseLoanTerms({ ...good, annualRate: '6%' }), 'annualRate');
    expect(parseLoanTerms({ ...good, annualRate: '36' }).annualRate.n).toBe(36n);
  });

  it('refuses an impossible disbursement date', () => {
    expectBadInput(() => parseLoanTerms({ ...good, disbursementDate: '2026-02-29' }), 'disbursementDate');
  });
});
