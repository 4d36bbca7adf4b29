import { describe, expect, it } from 'vitest';
import { day } from '../../test/helpers';
import { parseAnnualRate } from '../rate/ratio';
import { amortize, levelInstallment } from './amortize';
import { periodRate } from './period-rate';

const monthly6 = periodRate(parseAnnualRate('6.00'), 'monthly');

describe('levelInstallment', () => {
  it('is round(P·r·(1+r)^n / ((1+r)^n − 1)) as one quotient', () => {
    expect(levelInstallment(12000000, 12, monthly6)).toBe(1032797);
    expect(levelInstallment(12000000, 1, monthly6)).toBe(12060000);
  });

  it('is round(P/n) at r = 0', () => {
    expect(levelInstallment(100000, 3, { rn: 0, rd: 1 })).toBe(33333);
    expect(levelInstallment(200000, 3, { rn: 0, rd: 1 })).toBe(66667);
  });
});

describe('amortize', () => {
  it('generates a tail of a schedule from a period and balance', () => {
    const tail = amortize({
      balance: 12000000 - 972797,
      firstPeriod: 2,
      lastPeriod: 12,
      method: 'equal_installment',
      rate: monthly6,
      start: day('2026-01-10'),
      frequency: 'monthly',
    });
    expect(tail).toHaveLength(11);
    expect(tail[0]).toEqual({ period: 2, dueDate: '2026-03-10', principal: 977661, interest: 55136 });
    expect(tail[10]!.dueDate).toBe('2027-01-10');
  });

  it('with keepLevel ends as soon as the balance is repaid (a prepayment shortening the term)', () => {
    const s = amortize({
      balance: 3000000,
      firstPeriod: 3,
      lastPeriod: 12,
      method: 'equal_installment',
      rate: monthly6,
      start: day('2026-01-10'),
      frequency: 'monthly',
      keepLevel: 1032797,
    });
    expect(s.length).toBeLessThan(10);
    expect(s.reduce((a, i) => a + i.principal, 0)).toBe(3000000);
    for (const i of s.slice(0, -1)) expect(i.principal + i.interest).toBe(1032797);
    expect(s[0]!.period).toBe(3);
    expect(s[0]!.dueDate).toBe('2026-04-10');
  });
});
