import { describe, expect, it } from 'vitest';
import { amountProblem, newIdempotencyKey } from './amount-input';

describe('amountProblem', () => {
  it('accepts yuan with up to two decimals, more than zero', () => {
    for (const ok of ['1', '1000', '1000.5', '1000.50', '0.01', ' 12.30 ', '9999999999999.99']) {
      expect(amountProblem(ok), ok).toBeNull();
    }
  });
  it('names what is wrong', () => {
    expect(amountProblem('')).toBe('required');
    expect(amountProblem('   ')).toBe('required');
    expect(amountProblem('0')).toBe('positive');
    expect(amountProblem('0.00')).toBe('positive');
    expect(amountProblem('-1')).toBe('positive');
    expect(amountProblem('1.234')).toBe('decimals');
    expect(amountProblem('abc')).toBe('format');
    expect(amountProblem('1,000.00')).toBe('format');
    expect(amountProblem('1e3')).toBe('format');
    expect(amountProblem('.5')).toBe('format');
    expect(amountProblem('12345678901234')).toBe('format');
  });
});

describe('newIdempotencyKey', () => {
  it('is new every time and fits the header rule', () => {
    const a = newIdempotencyKey('repay');
    expect(a).toMatch(/^repay-[0-9a-f]{32}$/);
    expect(newIdempotencyKey('repay')).not.toBe(a);
  });
});
