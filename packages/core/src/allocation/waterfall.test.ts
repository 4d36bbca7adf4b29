import { describe, expect, it } from 'vitest';
import { day, rulesContract } from '../../test/helpers';
import type { Fen } from '../money/fen';
import { generateSchedule } from '../schedule/generate-schedule';
import { type LoanLedger, openLedger } from '../servicing/ledger';
import { type Allocation, applyMoney } from './waterfall';

const ORDER = ['penalty', 'compound', 'fee', 'interest', 'principal'] as const;

/** The RULES.md §2 equal-installment loan with 1.00 penalty and 0.20 compound accrued on period 1. */
function ledger(): LoanLedger {
  const open = openLedger(generateSchedule(rulesContract()), day('2026-01-10'));
  return {
    ...open,
    installments: open.installments.map((i) =>
      i.period === 1 ? { ...i, penaltyMicro: 100_000_000n, compoundMicro: 20_000_000n } : i,
    ),
  };
}

const conserves = (a: Allocation) => {
  expect(a.lines.reduce((s, l) => s + l.amount, 0) + a.toCreditBalance).toBe(a.amount);
};

describe('applyMoney', () => {
  it('pays penalty → compound → interest → principal of the oldest installment first', () => {
    const { ledger: l, allocations } = applyMoney(
      ledger(),
      day('2026-03-10'),
      [{ key: 'a', amount: 500000 as Fen }],
      ORDER,
    );
    expect(allocations).toHaveLength(1);
    expect(allocations[0]!.lines).toEqual([
      { period: 1, component: 'penalty', amount: 100 },
      { period: 1, component: 'compound', amount: 20 },
      { period: 1, component: 'interest', amount: 60000 },
      { period: 1, component: 'principal', amount: 439880 },
    ]);
    expect(allocations[0]!.totals).toEqual({
      penalty: 100,
      compound: 20,
      fee: 0,
      interest: 60000,
      principal: 439880,
    });
    expect(l.installments[0]!.principalPaid).toBe(439880);
    expect(l.installments[1]!.interestPaid).toBe(0);
    conserves(allocations[0]!);
  });

  it('moves on to the next installment due, and leaves installments not yet due alone', () => {
    const { ledger: l, allocations } = applyMoney(
      ledger(),
      day('2026-03-10'),
      [{ key: 'a', amount: 3000000 as Fen }],
      ORDER,
    );
    const a = allocations[0]!;
    // period 1 in full (10,327.97 + 1.20), period 2 in full (10,327.97), the rest waits
    expect(a.lines.map((x) => x.period)).toEqual([1, 1, 1, 1, 2, 2]);
    expect(a.toCreditBalance).toBe(3000000 - 1032797 - 120 - 1032797);
    expect(l.creditBalance).toBe(a.toCreditBalance);
    expect(l.installments[2]!.principalPaid).toBe(0);
    expect(l.installments[2]!.interestPaid).toBe(0);
    conserves(a);
  });

  it('puts everything in the credit balance when nothing is due', () => {
    const { ledger: l, allocations } = applyMoney(
      ledger(),
      day('2026-02-09'),
      [{ key: 'early', amount: 100000 as Fen }],
      ORDER,
    );
    expect(allocations).toEqual([
      {
        repaymentKey: 'early',
        amount: 100000,
        lines: [],
        totals: { penalty: 0, compound: 0, fee: 0, interest: 0, principal: 0 },
        toCreditBalance: 100000,
      },
    ]);
    expect(l.creditBalance).toBe(100000);
  });

  it('spends the credit balance first, then the day’s repayments in the order received', () => {
    const withCredit = { ...ledger(), creditBalance: 30000 as Fen };
    const { ledger: l, allocations } = applyMoney(
      withCredit,
      day('2026-02-10'),
      [
        { key: 'first', amount: 1000000 as Fen },
        { key: 'second', amount: 10000 as Fen },
      ],
      ORDER,
    );
    expect(allocations.map((a) => [a.repaymentKey, a.amount, a.toCreditBalance])).toEqual([
      [null, 30000, 0],
      ['first', 1000000, 0],
      ['second', 10000, 10000 - (1032797 + 120 - 30000 - 1000000)],
    ]);
    // credit paid penalty, compound and part of the interest
    expect(allocations[0]!.totals).toMatchObject({ penalty: 100, compound: 20, interest: 29880 });
    expect(l.creditBalance).toBe(allocations[2]!.toCreditBalance);
    allocations.forEach(conserves);
  });

  it('records no credit allocation when the credit balance has nothing to pay', () => {
    const withCredit = { ...ledger(), creditBalance: 30000 as Fen };
    const { ledger: l, allocations } = applyMoney(withCredit, day('2026-02-09'), [], ORDER);
    expect(allocations).toEqual([]);
    expect(l.creditBalance).toBe(30000);
  });

  it('follows a configured order', () => {
    const { allocations } = applyMoney(
      ledger(),
      day('2026-02-10'),
      [{ key: 'a', amount: 972800 as Fen }],
      ['principal', 'interest', 'penalty', 'compound', 'fee'],
    );
    expect(allocations[0]!.lines).toEqual([
      { period: 1, component: 'principal', amount: 972797 },
      { period: 1, component: 'interest', amount: 3 },
    ]);
  });

  it('refuses a non-positive payment', () => {
    expect(() => applyMoney(ledger(), day('2026-02-10'), [{ key: 'z', amount: 0 as Fen }], ORDER)).toThrow(
      RangeError,
    );
  });
});
