import { describe, expect, it } from 'vitest';
import { expectBadInput, rulesContract } from '../../test/helpers';
import { type LoanTermsInput, parseLoanTerms } from '../product/validate-terms';
import { generateSchedule, maturityDate } from './generate-schedule';
import type { ScheduledInstallment } from './installment';

const terms = (input: Partial<LoanTermsInput>) =>
  parseLoanTerms({
    principal: '120000.00',
    annualRate: '6.00',
    term: 12,
    method: 'equal_installment',
    disbursementDate: '2026-01-10',
    ...input,
  });

const row = (i: ScheduledInstallment) => [i.dueDate, i.principal, i.interest];
const totalInterest = (s: readonly ScheduledInstallment[]) => s.reduce((a, i) => a + i.interest, 0);
const totalPrincipal = (s: readonly ScheduledInstallment[]) => s.reduce((a, i) => a + i.principal, 0);

describe('generateSchedule: RULES.md §2 worked examples (120,000.00, 6.00 %, 12 months, 2026-01-10)', () => {
  it('equal_installment', () => {
    const s = generateSchedule(rulesContract('equal_installment'));
    expect(s).toHaveLength(12);
    expect(row(s[0]!)).toEqual(['2026-02-10', 972797, 60000]);
    expect(row(s[1]!)).toEqual(['2026-03-10', 977661, 55136]);
    expect(row(s[11]!)).toEqual(['2027-01-10', 1027661, 5138]);
    expect(totalInterest(s)).toBe(393566);
    // the level installment is 10,327.97 on every period but the last
    for (const i of s.slice(0, 11)) expect(i.principal + i.interest).toBe(1032797);
  });

  it('equal_principal', () => {
    const s = generateSchedule(rulesContract('equal_principal'));
    expect(row(s[0]!)).toEqual(['2026-02-10', 1000000, 60000]);
    expect(row(s[1]!)).toEqual(['2026-03-10', 1000000, 55000]);
    expect(row(s[11]!)).toEqual(['2027-01-10', 1000000, 5000]);
    expect(totalInterest(s)).toBe(390000);
  });

  it('interest_only', () => {
    const s = generateSchedule(rulesContract('interest_only'));
    expect(row(s[0]!)).toEqual(['2026-02-10', 0, 60000]);
    expect(row(s[1]!)).toEqual(['2026-03-10', 0, 60000]);
    expect(row(s[11]!)).toEqual(['2027-01-10', 12000000, 60000]);
    expect(totalInterest(s)).toBe(720000);
  });

  it('principal always sums to the loan', () => {
    for (const m of ['equal_installment', 'equal_principal', 'interest_only', 'bullet']) {
      expect(totalPrincipal(generateSchedule(rulesContract(m)))).toBe(12000000);
    }
  });
});

describe('bullet (利随本清)', () => {
  it('RULES.md §2: 50,000.00 at 5.22 %, 6 months from 2026-03-31 → 2026-09-30, 183 days, 1326.75', () => {
    const s = generateSchedule(
      terms({
        principal: '50000.00',
        annualRate: '5.22',
        term: 6,
        method: 'bullet',
        disbursementDate: '2026-03-31',
      }),
    );
    expect(s).toEqual([{ period: 1, dueDate: '2026-09-30', principal: 5000000, interest: 132675 }]);
  });

  it('counts months whatever the frequency', () => {
    const s = generateSchedule(
      terms({
        principal: '50000.00',
        annualRate: '5.22',
        term: 6,
        method: 'bullet',
        frequency: 'quarterly',
        disbursementDate: '2026-03-31',
      }),
    );
    expect(maturityDate(s)).toBe('2026-09-30');
    expect(s[0]!.interest).toBe(132675);
  });

  it('on a 365-day basis uses actual days / 365', () => {
    const s = generateSchedule(
      terms({
        principal: '50000.00',
        annualRate: '5.22',
        term: 6,
        method: 'bullet',
        disbursementDate: '2026-03-31',
      }),
      365,
    );
    // 5,000,000 × 5.22 % × 183 / 365 = 130,857.53… fen
    expect(s[0]!.interest).toBe(130858);
  });

  it('at 0 % charges no interest', () => {
    const s = generateSchedule(terms({ annualRate: '0', method: 'bullet', term: 3 }));
    expect(s).toEqual([{ period: 1, dueDate: '2026-04-10', principal: 12000000, interest: 0 }]);
  });
});

describe('due dates', () => {
  it('RULES.md §1: from 2026-01-31 monthly → 02-28, 03-31, 04-30, 05-31, 06-30, 07-31', () => {
    const s = generateSchedule(terms({ term: 6, disbursementDate: '2026-01-31' }));
    expect(s.map((i) => i.dueDate)).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
    ]);
  });

  it('RULES.md §1: the day is literal: from 2026-11-30 → 12-30, 01-30, 02-28, 03-30', () => {
    const s = generateSchedule(terms({ term: 4, disbursementDate: '2026-11-30', method: 'equal_principal' }));
    expect(s.map((i) => i.dueDate)).toEqual(['2026-12-30', '2027-01-30', '2027-02-28', '2027-03-30']);
  });

  it('falls on 02-29 in a leap year', () => {
    const s = generateSchedule(terms({ term: 2, disbursementDate: '2028-01-30' }));
    expect(s.map((i) => i.dueDate)).toEqual(['2028-02-29', '2028-03-30']);
  });
});

describe('r = 0', () => {
  it('equal_installment is round(P/n), the last taking the remainder', () => {
    const s = generateSchedule(terms({ principal: '1000.00', annualRate: '0', term: 3 }));
    expect(s.map((i) => [i.principal, i.interest])).toEqual([
      [33333, 0],
      [33333, 0],
      [33334, 0],
    ]);
  });

  it('rounds P/n half up: 2000.00 over 3 → 666.67, 666.67, 666.66', () => {
    const s = generateSchedule(terms({ principal: '2000.00', annualRate: '0.00', term: 3 }));
    expect(s.map((i) => i.principal)).toEqual([66667, 66667, 66666]);
  });

  it('equal_principal and interest_only charge no interest', () => {
    const ep = generateSchedule(
      terms({ principal: '1000.00', annualRate: '0', term: 3, method: 'equal_principal' }),
    );
    expect(ep.map((i) => [i.principal, i.interest])).toEqual([
      [33333, 0],
      [33333, 0],
      [33334, 0],
    ]);
    const io = generateSchedule(
      terms({ principal: '1000.00', annualRate: '0', term: 3, method: 'interest_only' }),
    );
    expect(io.map((i) => [i.principal, i.interest])).toEqual([
      [0, 0],
      [0, 0],
      [100000, 0],
    ]);
  });
});

describe('quarterly (r = annual / 4, the term counts quarters)', () => {
  const q = (method: string) =>
    generateSchedule(terms({ method, term: 4, frequency: 'quarterly', disbursementDate: '2026-01-31' }));

  it('falls due every 3 months from the disbursement date, clamped', () => {
    expect(q('equal_principal').map((i) => i.dueDate)).toEqual([
      '2026-04-30',
      '2026-07-31',
      '2026-10-31',
      '2027-01-31',
    ]);
  });

  it('equal_principal', () => {
    expect(q('equal_principal').map((i) => [i.principal, i.interest])).toEqual([
      [3000000, 180000],
      [3000000, 135000],
      [3000000, 90000],
      [3000000, 45000],
    ]);
  });

  it('equal_installment', () => {
    // M = round(120,000 × 1.5 % × 1.015⁴ / (1.015⁴ − 1)) = 31,133.37
    expect(q('equal_installment').map((i) => [i.principal, i.interest])).toEqual([
      [2933337, 180000],
      [2977337, 136000],
      [3021997, 91340],
      [3067329, 46010],
    ]);
  });

  it('interest_only', () => {
    expect(q('interest_only').map((i) => [i.principal, i.interest])).toEqual([
      [0, 180000],
      [0, 180000],
      [0, 180000],
      [12000000, 180000],
    ]);
  });
});

describe('bad input', () => {
  it('refuses less than 1.00 yuan of principal per installment, even from hand-built terms', () => {
    const t = terms({ principal: '12.00', annualRate: '0' });
    expect(generateSchedule(t)).toHaveLength(12);
    expectBadInput(() => generateSchedule({ ...t, principal: 1199 as typeof t.principal }), 'principal');
  });

  it('refuses a principal too small to amortise over the term instead of shortening it', () => {
    // round(20,301 / 202) = 101 fen: 201 installments of 1.01 would repay it all before period 202.
    expectBadInput(
      () =>
        generateSchedule(
          terms({ principal: '203.01', annualRate: '0', term: 202, method: 'equal_principal' }),
        ),
      'principal',
    );
    expectBadInput(
      () => generateSchedule(terms({ principal: '108.07', annualRate: '36', term: 107 })),
      'principal',
    );
  });
});
