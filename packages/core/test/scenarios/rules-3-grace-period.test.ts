// RULES.md §3 grace period: nothing accrues for the first g days after the due date, accrual runs from
// the end of day g + 1, nothing is charged back; DPD counts from the due date regardless.
import { DEFAULT_SERVICING, formatYuan, replayLoan, snapshot } from '@daihou/core';
import { describe, expect, it } from 'vitest';
import { day, rulesContract, yuan } from '../helpers';

const settings = { ...DEFAULT_SERVICING, graceDays: 3 };
const replay = (asOf: string, repayments: { date: string; amount: string }[] = []) =>
  replayLoan({
    terms: rulesContract(),
    settings,
    repayments: repayments.map((r) => ({ date: day(r.date), amount: yuan(r.amount) })),
    asOf: day(asOf),
  });

describe('RULES.md §3 grace period (3 days)', () => {
  it('accrues nothing for 3 days while DPD counts from the due date', () => {
    for (const [asOf, dpd] of [
      ['2026-02-11', 1],
      ['2026-02-12', 2],
      ['2026-02-13', 3],
    ] as const) {
      const s = snapshot(replay(asOf).ledger, day(asOf));
      expect(s.dpd).toBe(dpd);
      expect(s.bucket).toBe('M1');
      expect(s.classification).toBe('special_mention');
      expect(s.outstanding.penalty).toBe(0);
      expect(s.outstanding.compound).toBe(0);
    }
  });

  it('accrues from the end of day 4 on, without charging the grace days back', () => {
    const day4 = snapshot(replay('2026-02-14').ledger, day('2026-02-14'));
    expect(day4.dpd).toBe(4);
    expect(formatYuan(day4.outstanding.penalty)).toBe('2.43');
    expect(formatYuan(day4.outstanding.compound)).toBe('0.15');
    // 2026-02-14 … 2026-02-20 is 7 days: 7 × 2.4319925 = 17.02; 7 × 0.15 = 1.05
    const day10 = snapshot(replay('2026-02-20').ledger, day('2026-02-20'));
    expect(day10.dpd).toBe(10);
    expect(formatYuan(day10.outstanding.penalty)).toBe('17.02');
    expect(formatYuan(day10.outstanding.compound)).toBe('1.05');
  });

  it('a payment in full inside the grace period (or on day g + 1) owes nothing more', () => {
    for (const payDay of ['2026-02-13', '2026-02-14']) {
      const { ledger, allocations } = replay('2026-03-09', [{ date: payDay, amount: '10327.97' }]);
      const s = snapshot(ledger, day('2026-03-09'));
      expect(s.dpd).toBe(0);
      expect(s.outstanding.penalty + s.outstanding.compound).toBe(0);
      expect(allocations[0]!.toCreditBalance).toBe(0);
    }
  });
});
