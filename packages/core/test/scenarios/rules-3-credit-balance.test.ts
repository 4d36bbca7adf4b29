// RULES.md §3.1 credit balance (溢缴款): what a repayment cannot place waits, and is applied by the
// waterfall on the day the next installment falls due; on one day the credit balance is used first,
// then the day's repayments in the order received.
import { DEFAULT_SERVICING, formatYuan, replayLoan, snapshot } from '@daihou/core';
import { describe, expect, it } from 'vitest';
import { day, rulesContract, yuan } from '../helpers';

const replay = (asOf: string, repayments: { date: string; amount: string }[]) =>
  replayLoan({
    terms: rulesContract(),
    settings: DEFAULT_SERVICING,
    repayments: repayments.map((r) => ({ date: day(r.date), amount: yuan(r.amount) })),
    asOf: day(asOf),
  });

const doublePayment = [{ date: '2026-02-10', amount: '20655.94' }];

describe('RULES.md §3 credit balance', () => {
  it('an overpayment waits: the next installment is not touched before its due date', () => {
    const { ledger, allocations } = replay('2026-03-09', doublePayment);
    expect(formatYuan(allocations[0]!.toCreditBalance)).toBe('10327.97');
    expect(formatYuan(ledger.creditBalance)).toBe('10327.97');
    const i2 = ledger.installments[1]!;
    expect([i2.principalPaid, i2.interestPaid]).toEqual([0, 0]);
    const s = snapshot(ledger, day('2026-03-09'));
    expect(s.dpd).toBe(0);
    expect(formatYuan(s.creditBalance)).toBe('10327.97');
  });

  it('is applied on the next due date, as its own allocation', () => {
    const { ledger, allocations } = replay('2026-03-10', doublePayment);
    expect(allocations).toHaveLength(2);
    const fromCredit = allocations[1]!;
    expect(fromCredit.date).toBe('2026-03-10');
    expect(fromCredit.repaymentKey).toBeNull();
    expect(formatYuan(fromCredit.amount)).toBe('10327.97');
    expect(fromCredit.lines.map((l) => [l.period, l.component, formatYuan(l.amount)])).toEqual([
      [2, 'interest', '551.36'],
      [2, 'principal', '9776.61'],
    ]);
    expect(ledger.creditBalance).toBe(0);
    expect(snapshot(ledger, day('2026-04-09')).dpd).toBe(0);
  });

  it('a credit balance short of the installment pays what it can; the loan is overdue the next day', () => {
    const { ledger } = replay('2026-03-11', [{ date: '2026-02-10', amount: '15000.00' }]);
    const i2 = ledger.installments[1]!;
    expect(formatYuan(i2.interestPaid)).toBe('551.36');
    expect(formatYuan(i2.principalPaid)).toBe('4120.67');
    expect(ledger.creditBalance).toBe(0);
    expect(snapshot(ledger, day('2026-03-10')).dpd).toBe(0);
    expect(snapshot(ledger, day('2026-03-11')).dpd).toBe(1);
  });

  it('on a due date the credit balance goes first, then the day’s repayments in the order received', () => {
    const { ledger, allocations } = replay('2026-03-10', [
      { date: '2026-02-10', amount: '15327.97' }, // 5,000.00 left as credit
      { date: '2026-03-10', amount: '6000.00' },
      { date: '2026-03-10', amount: '100.00' },
    ]);
    const onDue = allocations.filter((a) => a.date === '2026-03-10');
    expect(onDue.map((a) => [a.repaymentKey, formatYuan(a.amount), formatYuan(a.toCreditBalance)])).toEqual([
      [null, '5000.00', '0.00'],
      ['2', '6000.00', '672.03'],
      ['3', '100.00', '100.00'],
    ]);
    expect(onDue[0]!.totals).toMatchObject({ interest: 55136, principal: 444864 });
    expect(onDue[1]!.totals).toMatchObject({ interest: 0, principal: 532797 });
    expect(onDue[2]!.lines).toEqual([]);
    expect(formatYuan(ledger.creditBalance)).toBe('772.03');
  });

  it('repayments given out of date order are applied in date order, same-day ones as received', () => {
    const { allocations } = replayLoan({
      terms: rulesContract(),
      settings: DEFAULT_SERVICING,
      repayments: [
        { date: day('2026-03-10'), amount: yuan('10327.97'), key: 'march' },
        { date: day('2026-02-10'), amount: yuan('5000.00'), key: 'feb-a' },
        { date: day('2026-02-10'), amount: yuan('5327.97'), key: 'feb-b' },
      ],
      asOf: day('2026-03-10'),
    });
    expect(allocations.map((a) => a.repaymentKey)).toEqual(['feb-a', 'feb-b', 'march']);
    expect(allocations[0]!.totals).toMatchObject({ interest: 60000, principal: 440000 });
  });
});
