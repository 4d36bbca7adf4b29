import { describe, expect, it } from 'vitest';
import { expectBadInput } from '../../test/helpers';
import { fen, formatYuan, formatYuanGrouped, maxFen, minFen, parseYuan, sumFen } from './fen';

describe('parseYuan', () => {
  it('reads yuan with two, one or no decimals as whole fen', () => {
    expect(parseYuan('8530.99')).toBe(853099);
    expect(parseYuan('1000')).toBe(100000);
    expect(parseYuan('0.5')).toBe(50);
    expect(parseYuan('0.05')).toBe(5);
    expect(parseYuan('0.00')).toBe(0);
    expect(parseYuan('9999999999999.99')).toBe(999999999999999);
  });

  it('reads negative amounts', () => {
    expect(parseYuan('-12.00')).toBe(-1200);
    expect(parseYuan('-0.01')).toBe(-1);
    expect(parseYuan('-7')).toBe(-700);
  });

  it('reads "-0.00" as zero, not negative zero', () => {
    expect(Object.is(parseYuan('-0.00'), 0)).toBe(true);
    expect(formatYuan(parseYuan('-0.00'))).toBe('0.00');
  });

  it('refuses three decimals instead of rounding, naming the field', () => {
    const e = expectBadInput(() => parseYuan('1.234', 'principal'), 'principal');
    expect(e.message).toContain('more than two decimals');
    expectBadInput(() => parseYuan('-0.001'), 'amount');
    expectBadInput(() => parseYuan('10.000'), 'amount');
  });

  it.each([
    '',
    ' ',
    'abc',
    '1,000.00',
    '1 000',
    '1e3',
    '+5',
    '.5',
    '5.',
    '¥5',
    '5 ',
    ' 5',
    '0x10',
    '1.2.3',
    '--1',
    'NaN',
    'Infinity',
    '12345678901234',
  ])('refuses %j', (text) => {
    expectBadInput(() => parseYuan(text, 'amount'), 'amount');
  });

  it('names the field it was given', () => {
    expectBadInput(() => parseYuan('x', 'repayments[3].amount'), 'repayments[3].amount');
  });
});

describe('formatYuan', () => {
  it('writes exactly two decimals', () => {
    expect(formatYuan(853099)).toBe('8530.99');
    expect(formatYuan(-1200)).toBe('-12.00');
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(50)).toBe('0.50');
    expect(formatYuan(-5)).toBe('-0.05');
    expect(formatYuan(100)).toBe('1.00');
    expect(formatYuan(999999999999999)).toBe('9999999999999.99');
  });

  it('round-trips with parseYuan', () => {
    for (const v of [0, 1, 9, 10, 99, 100, 101, 123456789, -1, -99, -100, -123456789, 900719925474099]) {
      expect(parseYuan(formatYuan(v))).toBe(v);
    }
  });

  it('groups thousands for people', () => {
    expect(formatYuanGrouped(123456789)).toBe('1,234,567.89');
    expect(formatYuanGrouped(-100000)).toBe('-1,000.00');
    expect(formatYuanGrouped(99999)).toBe('999.99');
    expect(formatYuanGrouped(0)).toBe('0.00');
  });
});

describe('fen helpers', () => {
  it('accepts only safe integers', () => {
    expect(fen(12)).toBe(12);
    expect(() => fen(1.5)).toThrow(RangeError);
    expect(() => fen(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => fen(Number.NaN)).toThrow(RangeError);
  });

  it('sums, and picks the smaller or larger', () => {
    expect(sumFen([1, 2, 3])).toBe(6);
    expect(sumFen([])).toBe(0);
    expect(minFen(fen(3), fen(-4))).toBe(-4);
    expect(maxFen(fen(3), fen(-4))).toBe(3);
  });
});
