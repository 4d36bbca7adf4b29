// RULES.md §1: a monthly interest is one exact quotient, never with a rate rounded first:
// 30.00 at 15.40 % for a month is 0.385 → 0.39, not 0.38.
import { formatYuan, generateSchedule, parseLoanTerms } from '@daihou/core';
import { describe, expect, it } from 'vitest';

describe('RULES.md §1 rounding example', () => {
  it('30.00 at 15.40 % for a month is 0.39', () => {
    const [only] = generateSchedule(
      parseLoanTerms({
        principal: '30.00',
        annualRate: '15.40',
        term: 1,
        method: 'interest_only',
        disbursementDate: '2026-01-10',
      }),
    );
    expect(formatYuan(only!.interest)).toBe('0.39');
  });
});
