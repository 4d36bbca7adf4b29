import { describe, expect, it } from 'vitest';
import { day, expectBadInput, rulesContract, yuan } from '../../test/helpers';
import { accrualFactor } from '../interest/accrual';
import type { Fen } from '../money/fen';
import { DEFAULT_SERVICING } from '../product/loan-terms';
import { generateSchedule } from '../schedule/generate-schedule';
import { openLedger } from './ledger';
import { advanceLedger, hasOverdue, replayLoan } from './replay';

const terms = rulesContract();
const settings = DEFAULT_SERVICING;
const factor = accrualFactor(terms.annualRate, settings);

describe('replayLoan input', () => {
  it('refuses repayments on or before disbursement, after asOf, or not positive, naming each', () => {
    const run = (date: string, amount: number) => () =>
      replayLoan({
        terms,
        settings,
        repayments: [
          { date: day('2026-02-10'), amount: yuan('1.00') },
          { date: day(date), amount: amount as Fen },
        ],
        asOf: day('2026-06-30'),
      });
    expectBadInput(run('2026-01-10', 100), 'repayments[1].date');
    expectBadInput(run('2026-01-01', 100), 'repayments[1].date');
    expectBadInput(run('2026-07-01', 100), 'repayments[1].date');
    expectBadInput(run('2026-03-01', 0), 'repayments[1].amount');
    expectBadInput(run('2026-03-01', -5), 'repayments[1].amount');
  });

  it('refuses an asOf before the disbursement date, and accepts the disbursement date itself', () => {
    expectBadInput(() => replayLoan({ terms, settings, repayments: [], asOf: day('2026-01-09') }), 'asOf');
    const { ledger, allocations } = replayLoan({ terms, settings, repayments: [], asOf: day('2026-01-10') });
    expect(ledger.accruedThrough).toBe('2026-01-10');
    expect(allocations).toEqual([]);
  });

  it('keys repayments by their position when no key is given', () => {
    const { allocations } = replayLoan({
      terms,
      settings,
      repayments: [
        { date: day('2026-03-10'), amount: yuan('10.00') },
        { date: day('2026-02-10'), amount: yuan('10.00'), key: 'k-1' },
      ],
      asOf: day('2026-03-10'),
    });
    expect(allocations.map((a) => a.repaymentKey)).toEqual(['k-1', '1']);
  });
});

describe('advanceLedger', () => {
  const open = openLedger(generateSchedule(terms), terms.disbursementDate);

  it('refuses a payment on a day already closed', () => {
    const through = advanceLedger(open, [], day('2026-03-01'), factor, settings).ledger;
    expectBadInput(
      () =>
        advanceLedger(
          through,
          [{ date: day('2026-03-01'), amount: yuan('1.00'), key: 'x' }],
          day('2026-03-05'),
          factor,
          settings,
        ),
      'date',
    );
  });

  it('changes nothing when run again for a date already done', () => {
    const once = advanceLedger(open, [], day('2026-06-30'), factor, settings).ledger;
    const again = advanceLedger(once, [], day('2026-06-30'), factor, settings);
    expect(again.ledger).toEqual(once);
    expect(again.allocations).toEqual([]);
  });

  it('finds overdue installments', () => {
    const l = advanceLedger(open, [], day('2026-02-11'), factor, settings).ledger;
    expect(hasOverdue(l, day('2026-02-10'))).toBe(false);
    expect(hasOverdue(l, day('2026-02-11'))).toBe(true);
  });
});
