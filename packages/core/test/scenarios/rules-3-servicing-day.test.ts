// RULES.md §3 worked example: the §2 contract at 6.00 %, equal installment, uplift 50 %. Repayments
// 2026-02-10 10,327.97; 2026-03-10 10,327.97; 2026-05-20 5,000.00. At the end of 2026-06-30.
import {
  compoundAccrued,
  DEFAULT_SERVICING,
  formatYuan,
  penaltyAccrued,
  replayLoan,
  snapshot,
} from '@daihou/core';
import { describe, expect, it } from 'vitest';
import { day, rulesContract, yuan } from '../helpers';

const replay = () =>
  replayLoan({
    terms: rulesContract(),
    settings: DEFAULT_SERVICING,
    repayments: [
      { date: day('2026-02-10'), amount: yuan('10327.97') },
      { date: day('2026-03-10'), amount: yuan('10327.97') },
      { date: day('2026-05-20'), amount: yuan('5000.00') },
    ],
    asOf: day('2026-06-30'),
  });

describe('RULES.md §3 servicing-day example', () => {
  it('at the end of 2026-06-30: DPD 81, M3, special_mention, and the amounts owed', () => {
    const { ledger } = replay();
    const s = snapshot(ledger, day('2026-06-30'));
    expect(s.dpd).toBe(81);
    expect(s.bucket).toBe('M3');
    expect(s.classification).toBe('special_mention');
    expect(s.status).toBe('active');
    expect(formatYuan(s.outstanding.principal)).toBe('96098.60');
    expect(formatYuan(s.outstanding.overduePrincipal)).toBe('25227.28');
    expect(formatYuan(s.outstanding.overdueInterest)).toBe('857.33');
    expect(formatYuan(s.outstanding.penalty)).toBe('232.52');
    expect(formatYuan(s.outstanding.compound)).toBe('7.80');
    expect(formatYuan(s.creditBalance)).toBe('0.00');
  });

  it('installment 3: principal 4,396.82 of 9,825.49 paid, interest 502.48 of 502.48, penalty 152.80 (95.80 paid), compound 4.90 (paid)', () => {
    const { ledger } = replay();
    const i3 = ledger.installments[2]!;
    expect(i3.period).toBe(3);
    expect(formatYuan(i3.principalPaid)).toBe('4396.82');
    expect(formatYuan(i3.principalDue)).toBe('9825.49');
    expect(formatYuan(i3.interestPaid)).toBe('502.48');
    expect(formatYuan(i3.interestDue)).toBe('502.48');
    expect(formatYuan(penaltyAccrued(i3))).toBe('152.80');
    expect(formatYuan(i3.penaltyPaid)).toBe('95.80');
    expect(formatYuan(compoundAccrued(i3))).toBe('4.90');
    expect(formatYuan(i3.compoundPaid)).toBe('4.90');
  });

  it('the 2026-05-20 repayment went penalty → compound → interest → principal of installment 3', () => {
    const { allocations } = replay();
    expect(allocations.map((a) => [a.date, a.repaymentKey, formatYuan(a.amount)])).toEqual([
      ['2026-02-10', '1', '10327.97'],
      ['2026-03-10', '2', '10327.97'],
      ['2026-05-20', '3', '5000.00'],
    ]);
    const may = allocations[2]!;
    expect(may.lines.map((l) => [l.period, l.component, formatYuan(l.amount)])).toEqual([
      [3, 'penalty', '95.80'],
      [3, 'compound', '4.90'],
      [3, 'interest', '502.48'],
      [3, 'principal', '4396.82'],
    ]);
    expect(may.toCreditBalance).toBe(0);
  });
});
