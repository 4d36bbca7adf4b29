// RULES.md §3.4 status: settled when every installment's principal, interest, penalty and compound are
// paid, even if a credit balance remains; money received after that adds to the credit balance.
import { DEFAULT_SERVICING, formatYuan, parseLoanTerms, replayLoan, snapshot } from '@daihou/core';
import { describe, expect, it } from 'vitest';
import { day, rulesContract, yuan } from '../helpers';

const bullet = parseLoanTerms({
  principal: '50000.00',
  annualRate: '5.22',
  term: 6,
  method: 'bullet',
  disbursementDate: '2026-03-31',
});

const replayBullet = (asOf: string, repayments: { date: string; amount: string }[]) =>
  replayLoan({
    terms: bullet,
    settings: DEFAULT_SERVICING,
    repayments: repayments.map((r) => ({ date: day(r.date), amount: yuan(r.amount) })),
    asOf: day(asOf),
  });

describe('RULES.md §3 status settled', () => {
  it('is settled with a credit balance left over, and later money adds to it', () => {
    const paid = replayBullet('2026-09-30', [{ date: '2026-09-30', amount: '51400.00' }]);
    const s = snapshot(paid.ledger, day('2026-09-30'));
    expect(s.status).toBe('settled');
    expect(formatYuan(s.creditBalance)).toBe('73.25');
    expect(s.outstanding.principal).toBe(0);

    const later = replayBullet('2026-12-31', [
      { date: '2026-09-30', amount: '51400.00' },
      { date: '2026-10-15', amount: '10.00' },
    ]);
    const t = snapshot(later.ledger, day('2026-12-31'));
    expect(t.status).toBe('settled');
    expect(formatYuan(t.creditBalance)).toBe('83.25');
    expect(later.allocations[1]!.lines).toEqual([]);
    expect(formatYuan(later.allocations[1]!.toCreditBalance)).toBe('10.00');
  });

  it('a payment before maturity waits as credit and settles the loan on the due date', () => {
    const early = [{ date: '2026-06-01', amount: '51326.75' }];
    const before = snapshot(replayBullet('2026-09-29', early).ledger, day('2026-09-29'));
    expect(before.status).toBe('active');
    expect(formatYuan(before.creditBalance)).toBe('51326.75');
    const on = snapshot(replayBullet('2026-09-30', early).ledger, day('2026-09-30'));
    expect(on.status).toBe('settled');
    expect(on.creditBalance).toBe(0);
  });

  it('is settled only when penalty and compound are paid too', () => {
    // principal and interest paid 10 days late: penalty and compound accrued, then paid a day later
    const late = replayBullet('2026-10-10', [{ date: '2026-10-10', amount: '51326.75' }]);
    const s = snapshot(late.ledger, day('2026-10-10'));
    expect(s.status).toBe('active');
    expect(s.dpd).toBe(10);
    const owed = s.outstanding.penalty + s.outstanding.compound + s.outstanding.principal;
    const settle = replayBullet('2026-10-11', [
      { date: '2026-10-10', amount: '51326.75' },
      { date: '2026-10-11', amount: formatYuan(owed) },
    ]);
    const t = snapshot(settle.ledger, day('2026-10-11'));
    expect(t.status).toBe('settled');
    expect(t.creditBalance).toBe(0);
    expect(t.dpd).toBe(0);
  });

  it('the §2 loan repaid on every due date ends settled with nothing owed', () => {
    const terms = rulesContract();
    const dues = ['10327.97', '10327.97', '10327.97', '10327.97', '10327.97', '10327.97'];
    const dates = ['2026-02-10', '2026-03-10', '2026-04-10', '2026-05-10', '2026-06-10', '2026-07-10'];
    const rest = ['2026-08-10', '2026-09-10', '2026-10-10', '2026-11-10', '2026-12-10'];
    const repayments = [
      ...dates.map((d, k) => ({ date: day(d), amount: yuan(dues[k]!) })),
      ...rest.map((d) => ({ date: day(d), amount: yuan('10327.97') })),
      { date: day('2027-01-10'), amount: yuan('10327.99') },
    ];
    const { ledger } = replayLoan({
      terms,
      settings: DEFAULT_SERVICING,
      repayments,
      asOf: day('2027-01-10'),
    });
    const s = snapshot(ledger, day('2027-01-10'));
    expect(s.status).toBe('settled');
    expect(s.creditBalance).toBe(0);
    expect(s.outstanding).toEqual({
      principal: 0,
      overduePrincipal: 0,
      overdueInterest: 0,
      penalty: 0,
      compound: 0,
      fee: 0,
    });
  });
});
