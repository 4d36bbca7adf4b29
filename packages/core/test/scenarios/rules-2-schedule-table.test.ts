// RULES.md §2 worked examples: principal 120,000.00, 6.00 %, 12 months, disbursed 2026-01-10.
import { formatYuan, generateSchedule, type ScheduledInstallment } from '@daihou/core';
import { describe, expect, it } from 'vitest';
import { rulesContract } from '../helpers';

const show = (i: ScheduledInstallment) => [i.dueDate, formatYuan(i.principal), formatYuan(i.interest)];
const totalInterest = (s: readonly ScheduledInstallment[]) =>
  formatYuan(s.reduce((a, i) => a + i.interest, 0));

describe('RULES.md §2 schedule table', () => {
  it.each([
    [
      'equal_installment',
      ['2026-02-10', '9727.97', '600.00'],
      ['2026-03-10', '9776.61', '551.36'],
      ['2027-01-10', '10276.61', '51.38'],
      '3935.66',
    ],
    [
      'equal_principal',
      ['2026-02-10', '10000.00', '600.00'],
      ['2026-03-10', '10000.00', '550.00'],
      ['2027-01-10', '10000.00', '50.00'],
      '3900.00',
    ],
    [
      'interest_only',
      ['2026-02-10', '0.00', '600.00'],
      ['2026-03-10', '0.00', '600.00'],
      ['2027-01-10', '120000.00', '600.00'],
      '7200.00',
    ],
  ])('%s', (method, period1, period2, period12, total) => {
    const s = generateSchedule(rulesContract(method));
    expect(s).toHaveLength(12);
    expect(show(s[0]!)).toEqual(period1);
    expect(show(s[1]!)).toEqual(period2);
    expect(show(s[11]!)).toEqual(period12);
    expect(totalInterest(s)).toBe(total);
  });
});
