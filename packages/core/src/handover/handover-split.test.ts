import { describe, expect, it } from 'vitest';
import type { Fen } from '../money/fen';
import { checkManualPlan, compareIds, sharesOf, splitByBalance } from './handover-split';

const u = (customerId: string, balance: number) => ({ customerId, balance: balance as Fen });

describe('splitByBalance', () => {
  it('gives the largest customers first to whoever has least, ties to the earlier successor', () => {
    const units = [u('1', 500), u('2', 400), u('3', 300), u('4', 200), u('5', 100)];
    expect(splitByBalance(units, ['10', '20'])).toEqual([
      { customerId: '1', successorId: '10' },
      { customerId: '2', successorId: '20' },
      { customerId: '3', successorId: '20' },
      { customerId: '4', successorId: '10' },
      { customerId: '5', successorId: '10' },
    ]);
    const shares = sharesOf(units, ['10', '20'], splitByBalance(units, ['10', '20']));
    expect(shares).toEqual([
      { successorId: '10', customers: 3, balance: 800 },
      { successorId: '20', customers: 2, balance: 700 },
    ]);
  });

  it('spreads customers owing nothing by count', () => {
    const plan = splitByBalance([u('1', 0), u('2', 0), u('3', 0), u('4', 0)], ['7', '8']);
    expect(plan.map((a) => a.successorId)).toEqual(['7', '8', '7', '8']);
  });

  it('orders ids numerically, not as text', () => {
    expect(compareIds('9', '10')).toBe(-1);
    const plan = splitByBalance([u('10', 5), u('9', 5)], ['1', '2']);
    expect(plan).toEqual([
      { customerId: '9', successorId: '1' },
      { customerId: '10', successorId: '2' },
    ]);
  });

  it('an empty book is an empty plan; no successor, a repeated one or a bad balance is bad input', () => {
    expect(splitByBalance([], ['1'])).toEqual([]);
    expect(() => splitByBalance([u('1', 1)], [])).toThrow('successorIds');
    expect(() => splitByBalance([u('1', 1)], ['2', '2'])).toThrow('successorIds[1]');
    expect(() => splitByBalance([u('1', -1)], ['2'])).toThrow('units[0].balance');
    expect(() => splitByBalance([u('1', 1), u('1', 2)], ['2'])).toThrow('units[1].customerId');
  });
});

describe('checkManualPlan', () => {
  const units = [u('1', 100), u('2', 200)];
  it('accepts every customer exactly once to a named successor', () => {
    expect(
      checkManualPlan(
        units,
        ['5', '6'],
        [
          { customerId: '2', successorId: '6' },
          { customerId: '1', successorId: '6' },
        ],
      ),
    ).toEqual([
      { customerId: '1', successorId: '6' },
      { customerId: '2', successorId: '6' },
    ]);
  });
  it('names the entry at fault', () => {
    const bad = (plan: { customerId: string; successorId: string }[]) => () =>
      checkManualPlan(units, ['5'], plan);
    expect(bad([{ customerId: '1', successorId: '5' }])).toThrow(/^plan: customer 2/);
    expect(
      bad([
        { customerId: '1', successorId: '5' },
        { customerId: '2', successorId: '9' },
      ]),
    ).toThrow('plan[1].successorId');
    expect(bad([{ customerId: '3', successorId: '5' }])).toThrow('plan[0].customerId');
    expect(
      bad([
        { customerId: '1', successorId: '5' },
        { customerId: '1', successorId: '5' },
      ]),
    ).toThrow('plan[1].customerId');
  });
});
