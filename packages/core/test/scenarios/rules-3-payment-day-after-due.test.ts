// RULES.md §3: accrual for a day happens at its end, after that day's money: a payment in full on the
// day after the due date owes no penalty, and at end of day the loan never showed DPD 1.
import { DEFAULT_SERVICING, formatYuan, replayLoan, snapshot } from '@daihou/core';
import { describe, expect, it } from 'vitest';
import { day, rulesContract, yuan } from '../helpers';

const replay = (payDate: string, asOf: string, amount = '10327.97') =>
  replayLoan({
    terms: rulesContract(),
    settings: DEFAULT_SERVICING,
    // replayLoan takes only repayments up to asOf
    repayments: payDate <= asOf ? [{ date: day(payDate), amount: yuan(amount) }] : [],
    asOf: day(asOf),
  });

describe('RULES.md §3 payment on the day after the due date', () => {
  it('owes no penalty and never shows DPD 1', () => {
    for (const asOf of ['2026-02-10', '2026-02-11', '2026-02-12', '2026-03-09']) {
      const s = snapshot(replay('2026-02-11', asOf).ledger, day(asOf));
      expect(s.dpd, asOf).toBe(0);
      expect(s.bucket).toBe('M0');
      expect(s.outstanding.penalty).toBe(0);
      expect(s.outstanding.compound).toBe(0);
    }
    const { allocations } = replay('2026-02-11', '2026-02-11');
    expect(allocations[0]!.lines.map((l) => l.component)).toEqual(['interest', 'principal']);
    expect(allocations[0]!.toCreditBalance).toBe(0);
  });

  it('a day later it is DPD 1 at the end of the due date + 1, and the payment first meets one day of penalty', () => {
    const before = snapshot(replay('2026-02-12', '2026-02-11').ledger, day('2026-02-11'));
    expect(before.dpd).toBe(1);
    expect(before.bucket).toBe('M1');
    // 9,727.97 × 9 % / 360 = 2.43; 600.00 × 9 % / 360 = 0.15
    expect(formatYuan(before.outstanding.penalty)).toBe('2.43');
    expect(formatYuan(before.outstanding.compound)).toBe('0.15');
    const after = replay('2026-02-12', '2026-02-12');
    expect(after.allocations[0]!.lines.map((l) => [l.component, formatYuan(l.amount)])).toEqual([
      ['penalty', '2.43'],
      ['compound', '0.15'],
      ['interest', '600.00'],
      ['principal', '9725.39'],
    ]);
    const s = snapshot(after.ledger, day('2026-02-12'));
    // 2.58 of principal still unpaid: still overdue
    expect(s.dpd).toBe(2);
    expect(formatYuan(s.outstanding.overduePrincipal)).toBe('2.58');
  });
});
