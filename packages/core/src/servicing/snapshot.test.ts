import { describe, expect, it } from 'vitest';
import { day, rulesContract, yuan } from '../../test/helpers';
import { DEFAULT_SERVICING } from '../product/loan-terms';
import { replayLoan } from './replay';
import { isSettled, outstandingOf, snapshot } from './snapshot';

const replay = (asOf: string, repayments: { date: string; amount: string }[] = []) =>
  replayLoan({
    terms: rulesContract(),
    settings: DEFAULT_SERVICING,
    repayments: repayments.map((r) => ({ date: day(r.date), amount: yuan(r.amount) })),
    asOf: day(asOf),
  }).ledger;

describe('snapshot', () => {
  it('is current and active on the disbursement date', () => {
    const s = snapshot(replay('2026-01-10'), day('2026-01-10'));
    expect(s).toEqual({
      asOf: '2026-01-10',
      dpd: 0,
      bucket: 'M0',
      classification: 'normal',
      status: 'active',
      outstanding: {
        principal: 12000000,
        overduePrincipal: 0,
        overdueInterest: 0,
        penalty: 0,
        compound: 0,
        fee: 0,
      },
      creditBalance: 0,
    });
  });

  it('counts an installment due on asOf as owed but not overdue', () => {
    const o = outstandingOf(replay('2026-02-10'), day('2026-02-10'));
    expect(o.overduePrincipal).toBe(0);
    expect(o.overdueInterest).toBe(0);
    const next = outstandingOf(replay('2026-02-11'), day('2026-02-11'));
    expect(next.overduePrincipal).toBe(972797);
    expect(next.overdueInterest).toBe(60000);
  });

  it('takes the class from the DPD floor as DPD grows', () => {
    const at = (asOf: string) => snapshot(replay(asOf), day(asOf));
    // first installment due 2026-02-10
    expect(at('2026-05-11')).toMatchObject({ dpd: 90, bucket: 'M3', classification: 'special_mention' });
    expect(at('2026-05-12')).toMatchObject({ dpd: 91, bucket: 'M4', classification: 'substandard' });
    expect(at('2026-11-07')).toMatchObject({ dpd: 270, bucket: 'M7+', classification: 'substandard' });
    expect(at('2026-11-08')).toMatchObject({ dpd: 271, classification: 'doubtful' });
    expect(at('2027-02-05')).toMatchObject({ dpd: 360, classification: 'doubtful' });
    expect(at('2027-02-06')).toMatchObject({ dpd: 361, classification: 'loss' });
  });

  it('keeps accruing after 90 days past due', () => {
    const a = snapshot(replay('2026-05-12'), day('2026-05-12')).outstanding.penalty;
    const b = snapshot(replay('2026-05-13'), day('2026-05-13')).outstanding.penalty;
    expect(b).toBeGreaterThan(a);
  });

  it('is settled only when nothing at all is owed', () => {
    expect(isSettled(replay('2026-01-10'))).toBe(false);
  });
});
