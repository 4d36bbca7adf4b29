import { describe, expect, it } from 'vitest';
import { checkRequiredAreas, requiredAreas, triggersOf } from './inspection-findings';
import { largestDebtors } from './key-customers';

describe('required findings by kind', () => {
  const person = { customerType: 'individual', securityType: 'unsecured' } as const;
  const firm = { customerType: 'enterprise', securityType: 'mortgage' } as const;

  it('first and spot check: use of funds; periodic: everything the loan has', () => {
    expect(requiredAreas('first', firm)).toEqual(['useOfFunds']);
    expect(requiredAreas('spot_check', person)).toEqual(['useOfFunds']);
    expect(requiredAreas('periodic', firm)).toEqual(['useOfFunds', 'operations', 'finances', 'collateral']);
    expect(requiredAreas('periodic', { ...person, securityType: 'guarantee' })).toEqual([
      'useOfFunds',
      'operations',
      'guarantor',
    ]);
    expect(requiredAreas('adhoc', firm)).toEqual(['operations', 'finances']);
  });

  it('a missing area is bad input naming it', () => {
    expect(() => checkRequiredAreas('periodic', firm, new Set(['useOfFunds', 'operations']))).toThrow(
      expect.objectContaining({ code: 'bad_input', field: 'findings.finances' }),
    );
    expect(() => checkRequiredAreas('first', firm, new Set(['useOfFunds']))).not.toThrow();
  });

  it('flags map to the §5 triggers once each', () => {
    expect(triggersOf(['fund_misuse', 'lost_contact', 'fund_misuse', 'business_deterioration'])).toEqual([
      'fund_misuse',
      'malicious_evasion',
    ]);
    expect(triggersOf(['business_deterioration'])).toEqual([]);
  });
});

describe('key customers by size', () => {
  it('the N largest debtors by principal owed, ties by customer id, nobody owing nothing', () => {
    const debtors = [
      { customerId: '5', principalOwed: 100n },
      { customerId: '2', principalOwed: 300n },
      { customerId: '9', principalOwed: 300n },
      { customerId: '1', principalOwed: 0n },
      { customerId: '12', principalOwed: 200n },
    ];
    expect(largestDebtors(debtors, 3)).toEqual(['2', '9', '12']);
    expect(largestDebtors(debtors, 10)).toEqual(['2', '9', '12', '5']);
    expect(largestDebtors(debtors, 0)).toEqual([]);
  });
});
