// RULES.md §2: bullet, 50,000.00 at 5.22 %, 6 months from 2026-03-31 → due 2026-09-30, interest 1326.75
// (183 days).
import { daysBetween, formatYuan, generateSchedule, parseLoanTerms } from '@daihou/core';
import { describe, expect, it } from 'vitest';

describe('RULES.md §2 bullet example', () => {
  it('is due 2026-09-30 with 1326.75 of interest for 183 days', () => {
    const terms = parseLoanTerms({
      principal: '50000.00',
      annualRate: '5.22',
      term: 6,
      method: 'bullet',
      disbursementDate: '2026-03-31',
    });
    const [only, ...rest] = generateSchedule(terms);
    expect(rest).toEqual([]);
    expect(only!.dueDate).toBe('2026-09-30');
    expect(daysBetween(terms.disbursementDate, only!.dueDate)).toBe(183);
    expect(formatYuan(only!.principal)).toBe('50000.00');
    expect(formatYuan(only!.interest)).toBe('1326.75');
  });
});
