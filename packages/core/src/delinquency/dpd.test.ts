import { describe, expect, it } from 'vitest';
import { day, rulesContract } from '../../test/helpers';
import type { Fen } from '../money/fen';
import { generateSchedule } from '../schedule/generate-schedule';
import { type InstallmentLedger, type LoanLedger, openLedger } from '../servicing/ledger';
import { daysPastDue } from './dpd';

const open = openLedger(generateSchedule(rulesContract()), day('2026-01-10'));

const paying = (periods: Record<number, Partial<InstallmentLedger>>): LoanLedger => ({
  ...open,
  installments: open.installments.map((i) => ({ ...i, ...(periods[i.period] ?? {}) })),
});

const inFull = (i: InstallmentLedger) => ({ principalPaid: i.principalDue, interestPaid: i.interestDue });

describe('daysPastDue (RULES.md §3.3)', () => {
  it('is 0 before and on the due date, 1 the day after', () => {
    expect(daysPastDue(open, day('2026-01-10'))).toBe(0);
    expect(daysPastDue(open, day('2026-02-09'))).toBe(0);
    expect(daysPastDue(open, day('2026-02-10'))).toBe(0);
    expect(daysPastDue(open, day('2026-02-11'))).toBe(1);
    expect(daysPastDue(open, day('2026-06-30'))).toBe(140);
  });

  it('follows the oldest unpaid installment: clearing it lowers DPD even with later ones unpaid', () => {
    const firstPaid = paying({ 1: inFull(open.installments[0]!) });
    expect(daysPastDue(firstPaid, day('2026-06-30'))).toBe(112);
    const twoPaid = paying({ 1: inFull(open.installments[0]!), 2: inFull(open.installments[1]!) });
    expect(daysPastDue(twoPaid, day('2026-06-30'))).toBe(81);
  });

  it('counts an installment while any principal or interest is unpaid, not for penalty alone', () => {
    const i1 = open.installments[0]!;
    const oneFenShort = paying({
      1: { principalPaid: (i1.principalDue - 1) as Fen, interestPaid: i1.interestDue },
    });
    expect(daysPastDue(oneFenShort, day('2026-02-20'))).toBe(10);
    const interestShort = paying({
      1: { principalPaid: i1.principalDue, interestPaid: (i1.interestDue - 1) as Fen },
    });
    expect(daysPastDue(interestShort, day('2026-02-20'))).toBe(10);
    const penaltyOnly = paying({ 1: { ...inFull(i1), penaltyMicro: 5_000_000n } });
    expect(daysPastDue(penaltyOnly, day('2026-02-20'))).toBe(0);
  });

  it('is 0 once everything due is paid', () => {
    const all = paying(Object.fromEntries(open.installments.map((i) => [i.period, inFull(i)])));
    expect(daysPastDue(all, day('2030-01-01'))).toBe(0);
  });
});
