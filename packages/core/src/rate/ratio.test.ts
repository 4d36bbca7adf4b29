import { describe, expect, it } from 'vitest';
import { expectBadInput } from '../../test/helpers';
import { compareRatio, isZero, parseAnnualRate, parseDecimal, parseUplift, ratio } from './ratio';

describe('parseDecimal', () => {
  it('keeps the exact fraction and the text', () => {
    expect(parseDecimal('4.35', 'x')).toEqual({ n: 435n, d: 100n, text: '4.35' });
    expect(parseDecimal('6', 'x')).toEqual({ n: 6n, d: 1n, text: '6' });
    expect(parseDecimal('0.00000001', 'x')).toEqual({ n: 1n, d: 100000000n, text: '0.00000001' });
    expect(parseDecimal('15.40', 'x')).toEqual({ n: 1540n, d: 100n, text: '15.40' });
  });

  it.each(['', '-1', '1e2', '.5', '5.', '1,5', ' 1', '0.123456789', 'abc'])('refuses %j', (text) => {
    expectBadInput(() => parseDecimal(text, 'rate'), 'rate');
  });
});

describe('parseAnnualRate', () => {
  it('accepts 0 to 36 % a year', () => {
    expect(isZero(parseAnnualRate('0'))).toBe(true);
    expect(parseAnnualRate('36').n).toBe(36n);
    expect(parseAnnualRate('36.00000000').text).toBe('36.00000000');
  });

  it('refuses a rate above 36 %, naming the field', () => {
    const e = expectBadInput(() => parseAnnualRate('36.01'), 'annualRate');
    expect(e.message).toContain('36');
    expectBadInput(() => parseAnnualRate('182.5', 'penaltyRate'), 'penaltyRate');
  });

  it('refuses a negative rate', () => {
    expectBadInput(() => parseAnnualRate('-1'), 'annualRate');
  });
});

describe('parseUplift', () => {
  it('accepts 0.3 to 0.5', () => {
    expect(compareRatio(parseUplift('0.3'), ratio(3n, 10n))).toBe(0);
    expect(compareRatio(parseUplift('0.50'), ratio(1n, 2n))).toBe(0);
    expect(compareRatio(parseUplift('0.4'), ratio(2n, 5n))).toBe(0);
  });

  it.each(['0.29', '0.51', '1', '0'])('refuses %s', (text) => {
    expectBadInput(() => parseUplift(text), 'penaltyUplift');
  });
});

describe('compareRatio', () => {
  it('compares exactly across denominators', () => {
    expect(compareRatio(ratio(1n, 3n), ratio(333n, 1000n))).toBe(1);
    expect(compareRatio(ratio(2n, 4n), ratio(1n, 2n))).toBe(0);
    expect(compareRatio(ratio(1n, 7n), ratio(1n, 6n))).toBe(-1);
  });
});
