// RULES.md §1 due dates: clamped to the month's last day, the clamp never carries over, the day is literal.
import { generateSchedule, parseLoanTerms } from '@daihou/core';
import { describe, expect, it } from 'vitest';

const dueDates = (disbursementDate: string, term: number) =>
  generateSchedule(
    parseLoanTerms({
      principal: '60000.00',
      annualRate: '6.00',
      term,
      method: 'equal_installment',
      disbursementDate,
    }),
  ).map((i) => i.dueDate);

describe('RULES.md §1 month-end clamp', () => {
  it('from 2026-01-31: 02-28, 03-31, 04-30, 05-31, 06-30, 07-31', () => {
    expect(dueDates('2026-01-31', 6)).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
    ]);
  });

  it('from 2026-11-30: 12-30, 01-30, 02-28, 03-30 (not month ends)', () => {
    expect(dueDates('2026-11-30', 4)).toEqual(['2026-12-30', '2027-01-30', '2027-02-28', '2027-03-30']);
  });
});
