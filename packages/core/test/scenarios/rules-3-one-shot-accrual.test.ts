// RULES.md §3: a constant balance accrues the legal one-shot amount to within a fen:
// 10,000.00 × 9 % / 360 × 30 days = 75.00 (annual 6 % × (1 + 0.5 uplift) = 9 %).
import { DEFAULT_SERVICING, formatYuan, parseLoanTerms, replayLoan, snapshot } from '@daihou/core';
import { describe, expect, it } from 'vitest';
import { day } from '../helpers';

describe('RULES.md §3 one-shot accrual example', () => {
  it('10,000.00 overdue for 30 days at 6 % with a 50 % uplift owes 75.00 of penalty', () => {
    const terms = parseLoanTerms({
      principal: '10000.00',
      annualRate: '6.00',
      term: 1,
      method: 'bullet',
      disbursementDate: '2026-01-10',
    });
    // due 2026-02-10; 30 days past due at the end of 2026-03-12
    const { ledger } = replayLoan({
      terms,
      settings: DEFAULT_SERVICING,
      repayments: [],
      asOf: day('2026-03-12'),
    });
    const s = snapshot(ledger, day('2026-03-12'));
    expect(s.dpd).toBe(30);
    expect(formatYuan(s.outstanding.penalty)).toBe('75.00');
    // compound on the bullet's interest (10,000.00 × 6 % × 31 / 360 = 51.67): 51.67 × 9 % / 360 × 30 = 0.3875
    expect(formatYuan(s.outstanding.overdueInterest)).toBe('51.67');
    expect(formatYuan(s.outstanding.compound)).toBe('0.39');
  });
});
