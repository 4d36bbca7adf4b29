import { describe, expect, it } from 'vitest';
import { day } from '../../test/helpers';
import { addDays, type LocalDate } from '../calendar/local-date';
import type { Fen } from '../money/fen';
import { DEFAULT_SERVICING } from '../product/loan-terms';
import { parseAnnualRate, ratio } from '../rate/ratio';
import { compoundAccrued, type LoanLedger, openLedger, penaltyAccrued } from '../servicing/ledger';
import { accrualFactor, accrueThrough, dailyAccrualMicro } from './accrual';

/** One installment due on `due`, nothing paid, accrued through `due`. */
function oneInstallment(principal: number, interest: number, due: LocalDate): LoanLedger {
  return openLedger(
    [{ period: 1, dueDate: due, principal: principal as Fen, interest: interest as Fen }],
    due,
  );
}

const sixPct = accrualFactor(parseAnnualRate('6.00'), DEFAULT_SERVICING);
const due = day('2026-01-10');

describe('accrualFactor and dailyAccrualMicro', () => {
  it('is annual × (1 + uplift) / basis per fen, in micro-fen', () => {
    // 6 % × 1.5 / 360 = 0.025 % a day = 250 micro-fen per fen
    expect(dailyAccrualMicro(1, sixPct)).toBe(250n);
    expect(dailyAccrualMicro(1000000, sixPct)).toBe(250000000n);
  });

  it('rounds one day to the micro-fen half up', () => {
    // 5.22 % × 1.5 / 360 = 217.5 micro-fen per fen
    const f = accrualFactor(parseAnnualRate('5.22'), DEFAULT_SERVICING);
    expect(dailyAccrualMicro(1, f)).toBe(218n);
    expect(dailyAccrualMicro(2, f)).toBe(435n);
    expect(dailyAccrualMicro(3, f)).toBe(653n);
  });

  it('accrues nothing on a zero or negative base, or at 0 %', () => {
    expect(dailyAccrualMicro(0, sixPct)).toBe(0n);
    expect(dailyAccrualMicro(-5, sixPct)).toBe(0n);
    expect(dailyAccrualMicro(1000000, accrualFactor(parseAnnualRate('0'), DEFAULT_SERVICING))).toBe(0n);
  });

  it('uses the configured uplift and day basis', () => {
    const u30 = accrualFactor(parseAnnualRate('6.00'), {
      ...DEFAULT_SERVICING,
      penaltyUplift: ratio(3n, 10n, '0.3'),
    });
    // 6 % × 1.3 / 360 = 216.666… micro-fen per fen
    expect(dailyAccrualMicro(1, u30)).toBe(217n);
    expect(dailyAccrualMicro(3, u30)).toBe(650n);
    const b365 = accrualFactor(parseAnnualRate('7.30'), { ...DEFAULT_SERVICING, dayBasis: 365 });
    // 7.3 % × 1.5 / 365 = 300 micro-fen per fen
    expect(dailyAccrualMicro(1, b365)).toBe(300n);
  });
});

describe('accrueThrough', () => {
  it('RULES.md §3: a constant 10,000.00 for 30 days at 6 % × 1.5 accrues the one-shot 75.00', () => {
    const l = accrueThrough(oneInstallment(1000000, 0, due), addDays(due, 30), sixPct, 0);
    expect(penaltyAccrued(l.installments[0]!)).toBe(7500);
    expect(compoundAccrued(l.installments[0]!)).toBe(0);
    expect(l.accruedThrough).toBe('2026-02-09');
  });

  it('keeps fractions of a fen: 1.00 yuan overdue for 360 days at 9 % accrues 0.09', () => {
    const l = accrueThrough(oneInstallment(100, 0, due), addDays(due, 360), sixPct, 0);
    // 0.025 fen a day would round to nothing each day on its own
    expect(l.installments[0]!.penaltyMicro).toBe(9000000n);
    expect(penaltyAccrued(l.installments[0]!)).toBe(9);
  });

  it('charges compound on unpaid scheduled interest only', () => {
    const l = accrueThrough(oneInstallment(972797, 60000, due), addDays(due, 1), sixPct, 0);
    // 9,727.97 × 9 % / 360 = 2.4319925 → 243,199,250 micro-fen; 600.00 × 9 % / 360 = 0.15
    expect(l.installments[0]!.penaltyMicro).toBe(243199250n);
    expect(penaltyAccrued(l.installments[0]!)).toBe(243);
    expect(compoundAccrued(l.installments[0]!)).toBe(15);
  });

  it('accrues nothing on the due date itself, or before it', () => {
    const start = oneInstallment(1000000, 60000, due);
    const early = { ...start, accruedThrough: addDays(due, -20) };
    const l = accrueThrough(early, due, sixPct, 0);
    expect(l.installments[0]!.penaltyMicro).toBe(0n);
    expect(l.accruedThrough).toBe(due);
    // and from before the due date to after it, only the days after it count
    const later = accrueThrough(early, addDays(due, 2), sixPct, 0);
    expect(later.installments[0]!.penaltyMicro).toBe(500000000n);
  });

  it('skips the grace days and starts at the end of day g + 1, charging nothing back', () => {
    const start = oneInstallment(1000000, 0, due);
    expect(accrueThrough(start, addDays(due, 3), sixPct, 3).installments[0]!.penaltyMicro).toBe(0n);
    expect(accrueThrough(start, addDays(due, 4), sixPct, 3).installments[0]!.penaltyMicro).toBe(250000000n);
    expect(accrueThrough(start, addDays(due, 30), sixPct, 3).installments[0]!.penaltyMicro).toBe(
      27n * 250000000n,
    );
  });

  it('never accrues twice: a date already done changes nothing', () => {
    const once = accrueThrough(oneInstallment(1000000, 60000, due), addDays(due, 10), sixPct, 0);
    expect(accrueThrough(once, addDays(due, 10), sixPct, 0)).toBe(once);
    expect(accrueThrough(once, addDays(due, 3), sixPct, 0)).toBe(once);
  });

  it('stops when principal and interest are paid', () => {
    const l = oneInstallment(1000000, 60000, due);
    const paid: LoanLedger = {
      ...l,
      installments: [{ ...l.installments[0]!, principalPaid: 1000000 as Fen, interestPaid: 60000 as Fen }],
    };
    expect(accrueThrough(paid, addDays(due, 50), sixPct, 0).installments).toBe(paid.installments);
  });
});
